import type { DataSource } from 'typeorm';
import * as Y from 'yjs';
import { translateDatabaseError } from '../app/database-errors';
import { notFound } from '../app/errors';
import { type DocumentKey, keyString } from './document-kind';
import type { DocumentTarget } from './document-targets';
import { UpdateOrigin } from './document.entity';
import { normalizedText, seededDoc } from './document-text';
import { bytes, KEY_WHERE, keyParams, loadDoc, LockedDocument, type LockedRow, type StoredUpdate } from './locked-document';

export type { StoredUpdate, UpdateNotice } from './locked-document';

/** Updates stored after the snapshot before they are merged into it. */
const COMPACT_AFTER = 100;
/** Merged updates kept anyway, so a client back from a short disconnection gets them one by one. */
const KEEP_TAIL = 50;
/** The record's change is announced on its plan or meeting stream at most this often. */
export const PUBLISH_EVERY_MS = 2000;
/** Documents kept in memory per instance, the most recently changed ones. */
const CACHE_SIZE = 50;

export interface DocumentState {
  state: Uint8Array;
  stateVector: Uint8Array;
  seq: number;
  text: string;
}

/** Stores the documents: one compacted snapshot each, the updates after it, and an in-memory copy of the busy ones. */
export class DocumentStore {
  private readonly cache = new Map<string, { doc: Y.Doc; seq: number }>();
  /** Documents known to exist: pushing to them needs no check. */
  private readonly known = new Set<string>();

  constructor(
    private readonly dataSource: DataSource,
    /** Called when a record's new text could not be announced yet (too soon after the last time). */
    private readonly publishLater: (target: DocumentTarget) => void,
  ) {}

  /** Creates the document from the record's text the first time; later, catches up with a text edited elsewhere. */
  async open(target: DocumentTarget) {
    const [row] = await this.dataSource.query(`SELECT text FROM documents WHERE ${KEY_WHERE}`, keyParams(target));
    const text = normalizedText((await target.readText(this.dataSource.manager, false)).text);
    if (!row) {
      const doc = seededDoc(text);
      // Two instances may seed at once: the first insert wins, and everyone edits its paragraphs.
      await this.dataSource.query(
        `INSERT INTO documents (kind, entity_id, snapshot, state_vector, text) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
        [...keyParams(target), Buffer.from(Y.encodeStateAsUpdate(doc)), Buffer.from(Y.encodeStateVector(doc)), text],
      );
    } else if (row.text !== text) {
      await this.change(target, null, async () => {});
    }
    this.known.add(keyString(target));
  }

  /** Creates the document if need be; its text is caught up with when it is next changed. */
  async ensure(target: DocumentTarget) {
    if (!this.known.has(keyString(target))) await this.open(target);
  }

  /** The whole state, read in one statement so the snapshot and the updates after it agree. */
  async state(key: DocumentKey): Promise<DocumentState> {
    const [row] = await this.dataSource.query(
      `SELECT d.snapshot, d.last_seq, d.text, d.state_vector,
              ARRAY(SELECT u.update FROM document_updates u
                     WHERE u.kind = d.kind AND u.entity_id = d.entity_id AND u.seq > d.snapshot_seq ORDER BY u.seq) AS updates
         FROM documents d WHERE d.kind = $1 AND d.entity_id = $2`,
      keyParams(key),
    );
    if (!row) throw notFound('Document');
    const parts = [bytes(row.snapshot), ...(row.updates as Buffer[]).map(bytes)];
    return {
      state: parts.length === 1 ? parts[0] : Y.mergeUpdates(parts),
      stateVector: bytes(row.state_vector),
      seq: row.last_seq,
      text: row.text,
    };
  }

  /** The stored updates after `after`, in order, or null when some were merged into the snapshot since. */
  async updatesAfter(key: DocumentKey, after: number, upTo = 2_147_483_647): Promise<StoredUpdate[] | null> {
    const rows: { seq: number; update: Buffer; client_ids: string[]; last_seq: number }[] = await this.dataSource.query(
      `SELECT u.seq, u.update, u.client_ids, d.last_seq FROM documents d
         LEFT JOIN document_updates u ON u.kind = d.kind AND u.entity_id = d.entity_id AND u.seq > $3 AND u.seq <= $4
        WHERE d.kind = $1 AND d.entity_id = $2 ORDER BY u.seq`,
      [...keyParams(key), after, upTo],
    );
    if (rows.length === 0) throw notFound('Document');
    const found = rows.filter((row) => row.seq !== null);
    const expected = Math.min(rows[0].last_seq, upTo) - after;
    if (found.length < expected) return null;
    return found.map((row) => ({ seq: row.seq, update: bytes(row.update), clientIds: row.client_ids }));
  }

  /** The latest seq of each document asked for. */
  async latestSeqs(keys: DocumentKey[]): Promise<Map<string, number>> {
    if (keys.length === 0) return new Map();
    const rows: { kind: string; entity_id: string; last_seq: number }[] = await this.dataSource.query(
      `SELECT kind, entity_id, last_seq FROM documents WHERE (kind, entity_id) IN (SELECT * FROM unnest($1::text[], $2::uuid[]))`,
      [keys.map((key) => key.kind), keys.map((key) => key.entityId)],
    );
    return new Map(rows.map((row) => [`${row.kind}:${row.entity_id}`, row.last_seq]));
  }

  /**
   * Runs `work` on the locked document, after catching up with a text edited elsewhere; then
   * writes the record's text, compacts when due and wakes every instance. `actorId` is who
   * the record's change is announced as.
   */
  async change<T>(target: DocumentTarget, actorId: string | null, work: (locked: LockedDocument) => Promise<T>): Promise<T> {
    const key = keyString(target);
    // Out of the cache while it changes: a failed transaction must not leave its edits in it.
    const cached = this.cache.get(key);
    this.cache.delete(key);
    let locked!: LockedDocument;
    let deferPublish = false;
    const result = await this.dataSource
      .transaction(async (tx) => {
        const [row]: LockedRow[] = await tx.query(
          `SELECT snapshot_seq, last_seq, text, text_published_at FROM documents WHERE ${KEY_WHERE} FOR UPDATE`,
          keyParams(target),
        );
        if (!row) throw notFound('Document');
        const read = await target.readText(tx, true);
        const entity = { ...read, text: normalizedText(read.text) };
        const usable = cached && cached.seq >= row.snapshot_seq && cached.seq <= row.last_seq;
        let doc: Y.Doc;
        if (usable && cached.seq === row.last_seq) doc = cached.doc;
        else doc = usable ? await loadDoc(tx, target, cached.seq, cached.doc) : await loadDoc(tx, target, row.snapshot_seq);
        locked = new LockedDocument(tx, target, { ...row }, doc, entity);
        if (entity.text !== row.text) {
          locked.replaceText(entity.text);
          await locked.append({ origin: UpdateOrigin.ENTITY });
        }
        const result = await work(locked);
        deferPublish = await this.finish(locked, row, actorId);
        return result;
      })
      .catch((error) => {
        throw translateDatabaseError(error);
      });
    const current = this.cache.get(key);
    if (!current || current.seq < locked.seq) this.remember(key, locked.doc, locked.seq);
    if (deferPublish) this.publishLater(target);
    return result;
  }

  /** Announces the record's latest text if it changed since it was last announced. */
  async publishIfStale(target: DocumentTarget) {
    await this.dataSource.transaction(async (tx) => {
      const [row] = await tx.query(
        `SELECT text_changed_at > COALESCE(text_published_at, '-infinity') AS stale FROM documents WHERE ${KEY_WHERE} FOR UPDATE`,
        keyParams(target),
      );
      if (!row?.stale) return;
      await target.publish(tx, null);
      await tx.query(`UPDATE documents SET text_published_at = now() WHERE ${KEY_WHERE}`, keyParams(target));
    });
  }

  /** Writes the text and the document row; true when the record's change must be announced later. */
  private async finish(locked: LockedDocument, before: LockedRow, actorId: string | null) {
    if (locked.appended.length === 0 && locked.text() === before.text) return false;
    const { tx, target, doc, row } = locked;
    const text = locked.text();
    // Changed here, not merely caught up with an edit made elsewhere (whose service announced it).
    const textChanged = text !== locked.entity.text;
    if (textChanged) await target.writeText(tx, text, actorId);
    let publishNow = false;
    let deferred = false;
    if (textChanged) {
      publishNow = !before.text_published_at || Date.now() - before.text_published_at.getTime() >= PUBLISH_EVERY_MS;
      if (publishNow) await target.publish(tx, actorId);
      else deferred = true;
    }
    const compact = row.last_seq - row.snapshot_seq >= COMPACT_AFTER;
    await tx.query(
      `UPDATE documents SET last_seq = $3, text = $4, state_vector = $5,
              text_changed_at = CASE WHEN $6 THEN now() ELSE text_changed_at END,
              text_published_at = CASE WHEN $7 THEN now() ELSE text_published_at END,
              snapshot = COALESCE($8, snapshot), snapshot_seq = CASE WHEN $8::bytea IS NULL THEN snapshot_seq ELSE $3 END
        WHERE ${KEY_WHERE}`,
      [
        ...keyParams(target),
        row.last_seq,
        text,
        Buffer.from(Y.encodeStateVector(doc)),
        textChanged,
        publishNow,
        compact ? Buffer.from(Y.encodeStateAsUpdate(doc)) : null,
      ],
    );
    if (compact) {
      await tx.query(`DELETE FROM document_updates WHERE ${KEY_WHERE} AND seq <= $3`, [...keyParams(target), row.last_seq - KEEP_TAIL]);
    }
    return deferred;
  }

  private remember(key: string, doc: Y.Doc, seq: number) {
    this.cache.delete(key);
    this.cache.set(key, { doc, seq });
    if (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
  }
}
