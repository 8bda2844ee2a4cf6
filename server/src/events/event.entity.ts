import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** One recorded change: the append-only source of truth of the live pipeline. */
@Entity('events')
@Index('events_topic_seq_key', ['topic', 'seq'], { unique: true })
export class EventRecord {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'text' })
  topic!: string;

  @Column({ type: 'int' })
  seq!: number;

  @Column({ type: 'text' })
  type!: string;

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @Column({ type: 'uuid', name: 'actor_id', nullable: true })
  actorId!: string | null;

  @Column({ type: 'timestamptz', name: 'created_at', default: () => 'now()' })
  createdAt!: Date;
}

/** The last sequence number handed out per topic; its row lock makes sequences gap-free. */
@Entity('topic_sequences')
export class TopicSequence {
  @PrimaryColumn({ type: 'text' })
  topic!: string;

  @Column({ type: 'int', name: 'last_seq' })
  lastSeq!: number;
}
