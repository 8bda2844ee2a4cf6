import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { TrameEntity } from '../app/base.entity';
import { inEnum } from '../app/enum-check';
import { DateTime } from '../app/scalars';
import { AgendaItem } from '../agenda/agenda-item.entity';
import { GovernanceBody } from '../bodies/governance-body.entity';

export enum MeetingKind {
  REGULAR = 'REGULAR',
  WORKSHOP = 'WORKSHOP',
}
registerEnumType(MeetingKind, { name: 'MeetingKind', description: 'A regular meeting, or a co-construction workshop.' });

/** draft → convened → in session → closed → minutes approved; a draft or convened meeting may be cancelled. */
export enum MeetingStatus {
  DRAFT = 'DRAFT',
  CONVENED = 'CONVENED',
  IN_SESSION = 'IN_SESSION',
  CLOSED = 'CLOSED',
  MINUTES_APPROVED = 'MINUTES_APPROVED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(MeetingStatus, { name: 'MeetingStatus' });

@ObjectType({ description: 'A meeting of a governance body.' })
@Entity('meetings')
@Index('meetings_body_starts_idx', ['bodyId', 'startsAt'])
@Check('meetings_kind_check', inEnum('kind', MeetingKind))
@Check('meetings_status_check', inEnum('status', MeetingStatus))
@Check('meetings_period_check', `"ends_at" > "starts_at"`)
export class Meeting extends TrameEntity {
  @Field(() => ID)
  @Column({ type: 'uuid', name: 'body_id' })
  bodyId!: string;

  @ManyToOne(() => GovernanceBody, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'body_id', foreignKeyConstraintName: 'meetings_body_fk' })
  body?: Relation<GovernanceBody>;

  @Field(() => String)
  @Column({ type: 'text' })
  title!: string;

  @Field(() => MeetingKind)
  @Column({ type: 'text', default: MeetingKind.REGULAR })
  kind!: MeetingKind;

  @Field(() => DateTime)
  @Column({ type: 'timestamptz', name: 'starts_at' })
  startsAt!: Date;

  @Field(() => DateTime)
  @Column({ type: 'timestamptz', name: 'ends_at' })
  endsAt!: Date;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  place!: string | null;

  @Field(() => String, { nullable: true, description: 'Link to join online.' })
  @Column({ type: 'text', name: 'online_url', nullable: true })
  onlineUrl!: string | null;

  @Field(() => MeetingStatus)
  @Column({ type: 'text', default: MeetingStatus.DRAFT })
  status!: MeetingStatus;

  @Field(() => Int, { description: 'Number of the latest published agenda (0 before convening).' })
  @Column({ type: 'int', name: 'agenda_revision', default: 0 })
  agendaRevision!: number;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled.' })
  @Column({ type: 'text', name: 'cancellation_reason', nullable: true })
  cancellationReason!: string | null;

  @Field(() => DateTime, { nullable: true, description: 'When the facilitator opened the meeting room (live session).' })
  @Column({ type: 'timestamptz', name: 'room_opened_at', nullable: true })
  roomOpenedAt!: Date | null;

  @Field(() => DateTime, { nullable: true, description: 'When the room was closed.' })
  @Column({ type: 'timestamptz', name: 'room_closed_at', nullable: true })
  roomClosedAt!: Date | null;

  @Field(() => ID, { nullable: true, description: 'The agenda item every participant follows in the room.' })
  @Column({ type: 'uuid', name: 'current_item_id', nullable: true })
  currentItemId!: string | null;

  @ManyToOne(() => AgendaItem, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'current_item_id', foreignKeyConstraintName: 'meetings_current_item_fk' })
  currentItem?: Relation<AgendaItem> | null;

  @Field(() => DateTime, { nullable: true, description: "Since when the current item's timer runs (null when paused)." })
  @Column({ type: 'timestamptz', name: 'timer_started_at', nullable: true })
  timerStartedAt!: Date | null;
}
