import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { DateTime, Json } from '../app/scalars';
import { Person } from '../people/person.entity';
import { Meeting } from './meeting.entity';

@ObjectType({ description: 'An agenda as published when the meeting was convened (or re-published): frozen.' })
@Entity('agenda_publications')
@Index('agenda_publications_meeting_revision_key', ['meetingId', 'revision'], { unique: true })
export class AgendaPublication {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Column({ type: 'uuid', name: 'meeting_id' })
  meetingId!: string;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'agenda_publications_meeting_fk' })
  meeting?: Relation<Meeting>;

  @Field(() => Int)
  @Column({ type: 'int' })
  revision!: number;

  @Field(() => Json, { description: 'The meeting and its items as they were published.' })
  @Column({ type: 'jsonb' })
  snapshot!: Record<string, unknown>;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', name: 'published_by_id', nullable: true })
  publishedById!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'published_by_id', foreignKeyConstraintName: 'agenda_publications_published_by_fk' })
  publishedBy?: Relation<Person> | null;

  @Field(() => DateTime)
  @CreateDateColumn({ type: 'timestamptz', name: 'published_at' })
  publishedAt!: Date;
}
