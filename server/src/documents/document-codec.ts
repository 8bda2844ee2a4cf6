import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { badInput } from '../app/errors';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export const toBase64 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');

function fromBase64(value: string, what: string): Uint8Array {
  if (value.length % 4 !== 0 || !BASE64.test(value)) throw badInput(`${what} : base64 attendu.`);
  return new Uint8Array(Buffer.from(value, 'base64'));
}

/** A client's Yjs update, refused (BAD_USER_INPUT) when it does not even parse. */
export function decodeUpdate(value: string): Uint8Array {
  const update = fromBase64(value, 'Modification');
  try {
    Y.parseUpdateMeta(update);
  } catch {
    throw badInput('Modification illisible : ce n’est pas une mise à jour Yjs.');
  }
  return update;
}

export function decodeStateVector(value: string): Uint8Array {
  const vector = fromBase64(value, 'Vecteur d’état');
  try {
    Y.decodeStateVector(vector);
  } catch {
    throw badInput('Vecteur d’état illisible.');
  }
  return vector;
}

const COLOR = /^#[0-9a-f]{6}$/i;
const PALETTE = ['#1f6feb', '#b35900', '#2d7d46', '#a4262c', '#6f42c1', '#00707a', '#8a5a00', '#c2185b'];

/** A stable caret colour per person, when the client's is not a plain #rrggbb. */
function colorOf(personId: string) {
  let hash = 0;
  for (const char of personId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return PALETTE[hash % PALETTE.length];
}

/**
 * Checks an awareness update (y-protocols' encoding) is only about this client, and re-encodes
 * it with the name the server knows: nobody shows a caret under someone else's name, and the
 * colour cannot carry anything but a colour.
 */
export function relayedAwareness(value: string, clientId: string, person: { id: string; displayName: string }): string {
  const update = fromBase64(value, 'Présence');
  const entries: { client: number; clock: number; state: Record<string, unknown> | null }[] = [];
  try {
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    for (let i = 0; i < count; i++) {
      const client = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      entries.push({ client, clock, state: JSON.parse(decoding.readVarString(decoder)) });
    }
    if (decoding.hasContent(decoder)) throw new Error('trailing bytes');
  } catch {
    throw badInput('Présence illisible : ce n’est pas une mise à jour d’awareness.');
  }
  if (entries.length !== 1 || String(entries[0].client) !== clientId) throw badInput('Une présence ne parle que de son propre client.');
  const [{ client, clock, state }] = entries;
  if (state !== null && (typeof state !== 'object' || Array.isArray(state))) throw badInput('Présence illisible.');
  const claimed = (state?.user ?? {}) as { color?: unknown };
  const user = { name: person.displayName, color: typeof claimed.color === 'string' && COLOR.test(claimed.color) ? claimed.color : colorOf(person.id), personId: person.id };
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint(encoder, client);
  encoding.writeVarUint(encoder, clock);
  encoding.writeVarString(encoder, JSON.stringify(state === null ? null : { ...state, user }));
  return toBase64(encoding.toUint8Array(encoder));
}
