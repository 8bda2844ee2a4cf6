import type { EntityManager } from 'typeorm';
import { EventRecord } from './event.entity';
import { NOTIFY_CHANNEL } from './topics';

export interface NewEvent {
  topic: string;
  type: string;
  payload: Record<string, unknown>;
  actorId: string | null;
}

/** NOTIFY payloads stop at 8000 bytes. */
const MAX_NOTICE_BYTES = 7900;

/**
 * In one statement: the topic's next sequence number, the event, and the NOTIFY, which carries
 * the event when it fits (else only its topic: "read topic X again"). The JSON the notice
 * carries is the payload as given, with the time in milliseconds, as read back from the table.
 */
const RECORD_EVENT = `
  WITH next AS (
    INSERT INTO topic_sequences (topic, last_seq) VALUES ($1, 1)
    ON CONFLICT (topic) DO UPDATE SET last_seq = topic_sequences.last_seq + 1
    RETURNING last_seq
  ), recorded AS (
    INSERT INTO events (topic, seq, type, payload, actor_id)
    SELECT $1, last_seq, $2, $3::text::jsonb, $4::uuid FROM next
    RETURNING id, seq, created_at
  ), notice AS (
    SELECT id, seq, created_at,
           left(json_build_object('id', id::text, 'topic', $1::text, 'seq', seq, 'type', $2::text, 'actorId', $4::text,
                                  'createdAt', floor(extract(epoch FROM created_at) * 1000))::text, -1)
             || ',"payload":' || $3::text || '}' AS message
      FROM recorded
  )
  SELECT id, seq, created_at, pg_notify($5, CASE WHEN octet_length(message) <= $6 THEN message ELSE $1 END) FROM notice`;

/**
 * Appends an event in the caller's transaction. The topic's sequence row stays locked until
 * that transaction ends, so sequence numbers are handed out in commit order with no gap, and
 * the NOTIFY is only sent if the transaction commits.
 */
export async function recordEvent(tx: EntityManager, event: NewEvent): Promise<EventRecord> {
  const [row] = await tx.query(RECORD_EVENT, [event.topic, event.type, JSON.stringify(event.payload), event.actorId, NOTIFY_CHANNEL, MAX_NOTICE_BYTES]);
  return Object.assign(new EventRecord(), { ...event, id: row.id, seq: row.seq, createdAt: row.created_at });
}

/** The event a notice carries, or only the topic to read again. */
export function readNotice(notice: string): { topic: string; event: EventRecord | null } {
  if (!notice.startsWith('{')) return { topic: notice, event: null };
  const data = JSON.parse(notice) as EventRecord & { createdAt: number };
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
