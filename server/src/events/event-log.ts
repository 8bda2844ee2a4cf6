import type { EntityManager } from 'typeorm';
import { EventRecord } from './event.entity';
import { NOTIFY_CHANNEL } from './topics';

export interface NewEvent {
  topic: string;
  type: string;
  payload: Record<string, unknown>;
  actorId: string | null;
}

/**
 * Appends an event in the caller's transaction. The topic's sequence row stays locked until
 * that transaction ends, so sequence numbers are handed out in commit order with no gap, and
 * the NOTIFY is only sent if the transaction commits.
 */
export async function recordEvent(tx: EntityManager, event: NewEvent): Promise<EventRecord> {
  const [{ last_seq: seq }] = await tx.query(
    `INSERT INTO topic_sequences (topic, last_seq) VALUES ($1, 1)
     ON CONFLICT (topic) DO UPDATE SET last_seq = topic_sequences.last_seq + 1
     RETURNING last_seq`,
    [event.topic],
  );
  const payload = JSON.stringify(event.payload);
  const [row] = await tx.query(
    `INSERT INTO events (topic, seq, type, payload, actor_id) VALUES ($1, $2, $3, $4, $5)
     RETURNING id, created_at`,
    [event.topic, seq, event.type, payload, event.actorId],
  );
  const record = Object.assign(new EventRecord(), { ...event, id: row.id, seq, createdAt: row.created_at });
  await tx.query('SELECT pg_notify($1, $2)', [NOTIFY_CHANNEL, notice(record, payload)]);
  return record;
}

/** NOTIFY payloads stop at 8000 bytes. */
const MAX_NOTICE_BYTES = 7900;

/**
 * What NOTIFY says: the event itself when it fits, so that listeners need not read it back,
 * else only its topic ("read topic X again").
 */
function notice(record: EventRecord, payload: string) {
  const { id, topic, seq, type, actorId, createdAt } = record;
  const full = `${JSON.stringify({ id, topic, seq, type, actorId, createdAt }).slice(0, -1)},"payload":${payload}}`;
  return Buffer.byteLength(full) <= MAX_NOTICE_BYTES ? full : topic;
}

/** The event a notice carries, or only the topic to read again. */
export function readNotice(notice: string): { topic: string; event: EventRecord | null } {
  if (!notice.startsWith('{')) return { topic: notice, event: null };
  const data = JSON.parse(notice) as EventRecord & { createdAt: string };
  const event = Object.assign(new EventRecord(), data, { createdAt: new Date(data.createdAt) });
  return { topic: event.topic, event };
}

/** Events of a topic after a sequence number, in order. */
export async function readEvents(manager: EntityManager, topic: string, afterSeq: number, limit = 1000) {
  return manager
    .getRepository(EventRecord)
    .createQueryBuilder('event')
    .where('event.topic = :topic AND event.seq > :afterSeq', { topic, afterSeq })
    .orderBy('event.seq', 'ASC')
    .limit(limit)
    .getMany();
}

export async function currentSeq(manager: EntityManager, topic: string): Promise<number> {
  const rows = await manager.query('SELECT last_seq FROM topic_sequences WHERE topic = $1', [topic]);
  return rows[0]?.last_seq ?? 0;
}
