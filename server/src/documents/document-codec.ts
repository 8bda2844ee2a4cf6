import * as decoding from 'lib0/decoding';
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

/** Checks an awareness update (y-protocols' encoding) is only about this client; returns it decoded. */
export function decodeAwareness(value: string, clientId: string): Uint8Array {
  const update = fromBase64(value, 'Présence');
  const clients: string[] = [];
  try {
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    for (let i = 0; i < count; i++) {
      clients.push(String(decoding.readVarUint(decoder)));
      decoding.readVarUint(decoder);
      JSON.parse(decoding.readVarString(decoder));
    }
    if (decoding.hasContent(decoder)) throw new Error('trailing bytes');
  } catch {
    throw badInput('Présence illisible : ce n’est pas une mise à jour d’awareness.');
  }
  if (clients.length !== 1 || clients[0] !== clientId) throw badInput('Une présence ne parle que de son propre client.');
  return update;
}
