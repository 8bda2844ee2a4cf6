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
  const [row] = await tx.query(
    `INSERT INTO events (topic, seq, type, payload, actor_id) VALUES ($1, $2, $3, $4, $5)
     RETURNING id, created_at`,
    [event.topic, seq, event.type, JSON.stringify(event.payload), event.actorId],
  );
  await tx.query('SELECT pg_notify($1, $2)', [NOTIFY_CHANNEL, event.topic]);
  return Object.assign(new EventRecord(), { ...event, id: row.id, seq, createdAt: row.created_at });
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
