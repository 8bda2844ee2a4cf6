import type { EntityManager } from 'typeorm';
import * as Y from 'yjs';
import { DOCUMENT_CHANNEL, type DocumentKey, keyString } from './document-kind';
import type { DocumentTarget } from './document-targets';
import type { UpdateOrigin } from './document.entity';
import { isWellFormed, plainText, replaceText } from './document-text';

/** Base64 updates up to this size travel in the NOTIFY itself (payloads stop at 8000 bytes). */
const INLINE_MAX = 6000;

export interface StoredUpdate {
  seq: number;
  update: Uint8Array;
  clientIds: string[];
}

/** What the NOTIFY of a stored update carries; `u` (base64) only when small. */
export interface UpdateNotice {
  k: string;
  s: number;
  c: string[];
  u?: string;
}

export interface LockedRow {
  snapshot_seq: number;
  last_seq: number;
  text: string;
  text_published_at: Date | null;
}

export const bytes = (buffer: Buffer | Uint8Array) => new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
export const KEY_WHERE = 'kind = $1 AND entity_id = $2';
export const keyParams = (key: DocumentKey) => [key.kind, key.entityId];

/**
 * The document as the transaction that locks it sees it: clients' updates are applied one by
 * one and checked, and what they changed is stored as one merged update.
 */
export class LockedDocument {
  readonly appended: StoredUpdate[] = [];
  private captured: Uint8Array[] = [];
  private currentText: string | null = null;

  constructor(
    readonly tx: EntityManager,
    readonly target: DocumentTarget,
    readonly row: LockedRow,
    public doc: Y.Doc,
    /** The record's text, locked, and why it may not be edited now. */
    readonly entity: { text: string; refusal: Error | null },
  ) {}

  get seq() {
    return this.row.last_seq;
  }

  /** Applies a client's update; false when it is malformed or writes what the editor never writes: then rebuild(). */
  tryApply(update: Uint8Array): boolean {
    try {
      this.capture(() => Y.applyUpdate(this.doc, update, 'client'));
    } catch {
      return false;
    }
    const { pendingStructs, pendingDs } = this.doc.store;
    return !pendingStructs && !pendingDs && isWellFormed(this.doc);
  }

  /** A change made here, on the server (an amendment, a text edited elsewhere). */
  replaceText(text: string) {
    this.capture(() => this.doc.transact(() => replaceText(this.doc, text), 'server'));
  }

  /** Back to the stored state, forgetting what was applied since the last append(). */
  async rebuild() {
    this.doc = await loadDoc(this.tx, this.target, this.row.snapshot_seq);
    this.captured = [];
    this.currentText = null;
  }

  text() {
    this.currentText ??= plainText(this.doc);
    return this.currentText;
  }

  /** Stores what changed since the last call as one update, or nothing when nothing changed. */
  async append(meta: { origin: UpdateOrigin; authorIds?: string[]; clientIds?: string[]; amendmentId?: string }) {
    if (this.captured.length === 0) return null;
    const update = this.captured.length === 1 ? this.captured[0] : Y.mergeUpdates(this.captured);
    this.captured = [];
    const seq = ++this.row.last_seq;
    const clientIds = meta.clientIds ?? [];
    // The NOTIFY goes with the insert; PostgreSQL delivers it only if the transaction commits.
    const notice: UpdateNotice = { k: keyString(this.target), s: seq, c: clientIds };
    const encoded = Buffer.from(update).toString('base64');
    if (encoded.length <= INLINE_MAX) notice.u = encoded;
    await this.tx.query(
      `WITH stored AS (
         INSERT INTO document_updates (kind, entity_id, seq, update, origin, author_ids, client_ids, amendment_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING seq)
       SELECT pg_notify($9, $10) FROM stored`,
      [
        ...keyParams(this.target),
        seq,
        Buffer.from(update),
        meta.origin,
        meta.authorIds ?? [],
        clientIds,
        meta.amendmentId ?? null,
        DOCUMENT_CHANNEL,
        JSON.stringify(notice),
      ],
    );
    const stored = { seq, update, clientIds };
    this.appended.push(stored);
    return stored;
  }

  private capture(work: () => void) {
    this.currentText = null;
    const listener = (update: Uint8Array) => this.captured.push(update);
    this.doc.on('update', listener);
    try {
      work();
    } finally {
      this.doc.off('update', listener);
    }
  }
}

export async function loadDoc(manager: EntityManager, key: DocumentKey, fromSeq: number, base?: Y.Doc) {
  const doc = base ?? new Y.Doc();
  if (!base) {
    const [row] = await manager.query(`SELECT snapshot FROM documents WHERE ${KEY_WHERE}`, keyParams(key));
    Y.applyUpdate(doc, bytes(row.snapshot));
  }
  const rows: { update: Buffer }[] = await manager.query(
    `SELECT update FROM document_updates WHERE ${KEY_WHERE} AND seq > $3 ORDER BY seq`,
    [...keyParams(key), fromSeq],
  );
  for (const row of rows) Y.applyUpdate(doc, bytes(row.update));
  return doc;
}

