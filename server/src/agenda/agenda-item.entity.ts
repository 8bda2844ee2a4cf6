import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { TrameEntity } from '../app/base.entity';
import { inEnum } from '../app/enum-check';
import { GovernanceBody } from '../bodies/governance-body.entity';
import { Commitment } from '../commitments/commitment.entity';
import { Meeting } from '../meetings/meeting.entity';
import { Person } from '../people/person.entity';

export enum AgendaItemKind {
  INFORMATION = 'INFORMATION',
  DISCUSSION = 'DISCUSSION',
  DECISION = 'DECISION',
  CO_CONSTRUCTION = 'CO_CONSTRUCTION',
}
registerEnumType(AgendaItemKind, { name: 'AgendaItemKind' });

export enum AgendaItemOutcome {
  PENDING = 'PENDING',
  DONE = 'DONE',
  UNFINISHED = 'UNFINISHED',
}
registerEnumType(AgendaItemOutcome, { name: 'AgendaItemOutcome', description: 'How the item went in its meeting.' });

@ObjectType({ description: 'A document or page attached to an agenda item.' })
export class AgendaLink {
  @Field(() => String)
  label!: string;

  @Field(() => String)
  url!: string;
}

@ObjectType({ description: "An item of a meeting's agenda, or of a body's backlog when it has no meeting yet." })
@Entity('agenda_items')
@Index('agenda_items_meeting_idx', ['meetingId', 'position'])
@Index('agenda_items_body_idx', ['bodyId'])
@Index('agenda_items_commitment_idx', ['commitmentId'])
@Check('agenda_items_kind_check', inEnum('kind', AgendaItemKind))
@Check('agenda_items_outcome_check', inEnum('outcome', AgendaItemOutcome))
@Check('agenda_items_duration_check', `"duration_minutes" BETWEEN 0 AND 600`)
@Check('agenda_items_parent_check', `"parent_id" IS NULL OR "parent_id" <> "id"`)
export class AgendaItem extends TrameEntity {
  @Field(() => ID, { description: 'The body whose meeting or backlog holds the item.' })
  @Column({ type: 'uuid', name: 'body_id' })
  bodyId!: string;

  @ManyToOne(() => GovernanceBody, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'body_id', foreignKeyConstraintName: 'agenda_items_body_fk' })
  body?: Relation<GovernanceBody>;

  @Field(() => ID, { nullable: true, description: 'Null while the item waits in the backlog.' })
  @Column({ type: 'uuid', name: 'meeting_id', nullable: true })
  meetingId!: string | null;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'agenda_items_meeting_fk' })
  meeting?: Relation<Meeting> | null;

  @Field(() => ID, { nullable: true, description: 'The section it belongs to (one level of nesting).' })
  @Column({ type: 'uuid', name: 'parent_id', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => AgendaItem, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'agenda_items_parent_fk' })
  parent?: Relation<AgendaItem> | null;

  @Field(() => Int, { description: 'Order among its siblings, from 0.' })
  @Column({ type: 'int', default: 0 })
  position!: number;

  @Field(() => String)
  @Column({ type: 'text' })
  title!: string;

  @Field(() => String)
  @Column({ type: 'text', default: '' })
  description!: string;

  @Field(() => AgendaItemKind)
  @Column({ type: 'text', default: AgendaItemKind.INFORMATION })
  kind!: AgendaItemKind;

  @Field(() => Int, { description: 'Planned duration in minutes.' })
  @Column({ type: 'int', name: 'duration_minutes', default: 15 })
  durationMinutes!: number;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', name: 'presenter_id', nullable: true })
  presenterId!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'presenter_id', foreignKeyConstraintName: 'agenda_items_presenter_fk' })
  presenter?: Relation<Person> | null;

  @Field(() => ID, { nullable: true, description: 'Who prepares it.' })
  @Column({ type: 'uuid', name: 'preparer_id', nullable: true })
  preparerId!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'preparer_id', foreignKeyConstraintName: 'agenda_items_preparer_fk' })
  preparer?: Relation<Person> | null;

  @Field(() => Boolean, { description: 'Whether its preparation is finished.' })
  @Column({ type: 'boolean', default: false })
  ready!: boolean;

  @Field(() => [ID], { description: 'The orientations it is about.' })
  @Column({ type: 'uuid', array: true, name: 'orientation_ids', default: () => "'{}'" })
  orientationIds!: string[];

  @Field(() => [ID], { description: 'The actions it is about.' })
  @Column({ type: 'uuid', array: true, name: 'action_ids', default: () => "'{}'" })
  actionIds!: string[];

  @Field(() => [AgendaLink], { description: 'Documents and pages the item needs.' })
  @Column({ type: 'jsonb', default: () => "'[]'" })
  links!: AgendaLink[];

  @Field(() => String, { description: 'Outcome notes, written during the meeting.' })
  @Column({ type: 'text', default: '' })
  notes!: string;

  @Field(() => AgendaItemOutcome)
  @Column({ type: 'text', default: AgendaItemOutcome.PENDING })
  outcome!: AgendaItemOutcome;

  @Field(() => Int, { description: 'Seconds spent on it in the room, not counting a timer running now.' })
  @Column({ type: 'int', name: 'elapsed_seconds', default: 0 })
  elapsedSeconds!: number;

  @Field(() => ID, { nullable: true, description: 'The item it was rolled over from.' })
  @Column({ type: 'uuid', name: 'rolled_over_from_id', nullable: true })
  rolledOverFromId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The commitment it reviews, when proposed from the ledger.' })
  @Column({ type: 'uuid', name: 'commitment_id', nullable: true })
  commitmentId!: string | null;

  @ManyToOne(() => Commitment, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'commitment_id', foreignKeyConstraintName: 'agenda_items_commitment_fk' })
  commitment?: Relation<Commitment> | null;
}
