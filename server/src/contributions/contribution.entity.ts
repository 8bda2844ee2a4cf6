import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Action } from '../actions/action.entity';
import { AgendaItem } from '../agenda/agenda-item.entity';
import { TrameEntity } from '../app/base.entity';
import { inEnum } from '../app/enum-check';
import { DateTime } from '../app/scalars';
import { Decision } from '../decisions/decision.entity';
import { Meeting } from '../meetings/meeting.entity';
import { Orientation } from '../orientations/orientation.entity';
import { Person } from '../people/person.entity';
import { Plan } from '../plans/plan.entity';

export enum ContributionKind {
  PROPOSAL = 'PROPOSAL',
  IDEA = 'IDEA',
  QUESTION = 'QUESTION',
  OBJECTION = 'OBJECTION',
  AMENDMENT = 'AMENDMENT',
}
registerEnumType(ContributionKind, { name: 'ContributionKind' });

export enum ContributionStatus {
  OPEN = 'OPEN',
  RETAINED = 'RETAINED',
  DECLINED = 'DECLINED',
  MERGED = 'MERGED',
}
registerEnumType(ContributionStatus, { name: 'ContributionStatus', description: "The facilitator's verdict." });

export enum ReactionKind {
  THANKS = 'THANKS',
  AGREE = 'AGREE',
  THINKING = 'THINKING',
  CONCERN = 'CONCERN',
}
registerEnumType(ReactionKind, { name: 'ReactionKind', description: 'Quick reactions beside supports.' });

@ObjectType({ description: "A member's contribution to a plan: in a meeting on an agenda item, or between meetings." })
@Entity('contributions')
@Index('contributions_plan_idx', ['planId', 'createdAt'])
@Index('contributions_meeting_idx', ['meetingId', 'agendaItemId'])
@Check('contributions_kind_check', inEnum('kind', ContributionKind))
@Check('contributions_status_check', inEnum('status', ContributionStatus))
@Check('contributions_merge_check', `("status" = 'MERGED') = ("merged_into_id" IS NOT NULL)`)
export class Contribution extends TrameEntity {
  /** Chosen by the client, so a retried post is recognised instead of posted twice. */
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  declare id: string;

  @Field(() => ID)
  @Column({ type: 'uuid', name: 'plan_id' })
  planId!: string;

  @ManyToOne(() => Plan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'contributions_plan_fk' })
  plan?: Relation<Plan>;

  @Field(() => ID, { nullable: true, description: 'The meeting it was made in; null between meetings.' })
  @Column({ type: 'uuid', name: 'meeting_id', nullable: true })
  meetingId!: string | null;

  @ManyToOne(() => Meeting, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'contributions_meeting_fk' })
  meeting?: Relation<Meeting> | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', name: 'agenda_item_id', nullable: true })
  agendaItemId!: string | null;

  @ManyToOne(() => AgendaItem, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'agenda_item_id', foreignKeyConstraintName: 'contributions_agenda_item_fk' })
  agendaItem?: Relation<AgendaItem> | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', name: 'orientation_id', nullable: true })
  orientationId!: string | null;

  @ManyToOne(() => Orientation, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'orientation_id', foreignKeyConstraintName: 'contributions_orientation_fk' })
  orientation?: Relation<Orientation> | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', name: 'action_id', nullable: true })
  actionId!: string | null;

  @ManyToOne(() => Action, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'action_id', foreignKeyConstraintName: 'contributions_action_fk' })
  action?: Relation<Action> | null;

  @Field(() => ID, { nullable: true, description: 'The contribution it replies to.' })
  @Column({ type: 'uuid', name: 'parent_id', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => Contribution, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'contributions_parent_fk' })
  parent?: Relation<Contribution> | null;

  @Field(() => ID)
  @Column({ type: 'uuid', name: 'author_id' })
  authorId!: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'contributions_author_fk' })
  author?: Relation<Person>;

  @Field(() => ContributionKind)
  @Column({ type: 'text' })
  kind!: ContributionKind;

  @Field(() => String)
  @Column({ type: 'text' })
  text!: string;

  @Field(() => Boolean)
  @Column({ type: 'boolean', default: false })
  pinned!: boolean;

  @Field(() => ContributionStatus)
  @Column({ type: 'text', default: ContributionStatus.OPEN })
  status!: ContributionStatus;

  @Field(() => String, { nullable: true, description: 'Why it was retained or declined.' })
  @Column({ type: 'text', name: 'status_reason', nullable: true })
  statusReason!: string | null;

  @Field(() => ID, { nullable: true, description: 'The contribution it was merged into, as a duplicate.' })
  @Column({ type: 'uuid', name: 'merged_into_id', nullable: true })
  mergedIntoId!: string | null;

  @ManyToOne(() => Contribution, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'merged_into_id', foreignKeyConstraintName: 'contributions_merged_into_fk' })
  mergedInto?: Relation<Contribution> | null;

  @Field(() => DateTime, { nullable: true, description: 'Hidden by a moderator: kept, and shown to moderators only.' })
  @Column({ type: 'timestamptz', name: 'hidden_at', nullable: true })
  hiddenAt!: Date | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', name: 'hidden_by_id', nullable: true })
  hiddenById!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'hidden_by_id', foreignKeyConstraintName: 'contributions_hidden_by_fk' })
  hiddenBy?: Relation<Person> | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', name: 'hidden_reason', nullable: true })
  hiddenReason!: string | null;

  @Field(() => ID, { nullable: true, description: 'The action it became, if retained as one.' })
  @Column({ type: 'uuid', name: 'resulting_action_id', nullable: true })
  resultingActionId!: string | null;

  @ManyToOne(() => Action, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'resulting_action_id', foreignKeyConstraintName: 'contributions_resulting_action_fk' })
  resultingAction?: Relation<Action> | null;

  @Field(() => ID, { nullable: true, description: 'The agenda item it became, for a later meeting.' })
  @Column({ type: 'uuid', name: 'resulting_agenda_item_id', nullable: true })
  resultingAgendaItemId!: string | null;

  @ManyToOne(() => AgendaItem, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'resulting_agenda_item_id', foreignKeyConstraintName: 'contributions_resulting_agenda_item_fk' })
  resultingAgendaItem?: Relation<AgendaItem> | null;

  @Field(() => ID, { nullable: true, description: 'The decision it became.' })
  @Column({ type: 'uuid', name: 'resulting_decision_id', nullable: true })
  resultingDecisionId!: string | null;

  @ManyToOne(() => Decision, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'resulting_decision_id', foreignKeyConstraintName: 'contributions_resulting_decision_fk' })
  resultingDecision?: Relation<Decision> | null;
}

/** A +1: one per person and contribution; when duplicates merge, supports follow. */
@Entity('contribution_supports')
export class ContributionSupport {
  @PrimaryColumn({ type: 'uuid', name: 'contribution_id' })
  contributionId!: string;

  @PrimaryColumn({ type: 'uuid', name: 'person_id' })
  @Index('contribution_supports_person_idx')
  personId!: string;

  @ManyToOne(() => Contribution, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contribution_id', foreignKeyConstraintName: 'contribution_supports_contribution_fk' })
  contribution?: Relation<Contribution>;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'contribution_supports_person_fk' })
  person?: Relation<Person>;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}

@Entity('contribution_reactions')
@Check('contribution_reactions_kind_check', inEnum('reaction', ReactionKind))
export class ContributionReaction {
  @PrimaryColumn({ type: 'uuid', name: 'contribution_id' })
  contributionId!: string;

  @PrimaryColumn({ type: 'uuid', name: 'person_id' })
  personId!: string;

  @PrimaryColumn({ type: 'text' })
  reaction!: ReactionKind;

  @ManyToOne(() => Contribution, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contribution_id', foreignKeyConstraintName: 'contribution_reactions_contribution_fk' })
  contribution?: Relation<Contribution>;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'contribution_reactions_person_fk' })
  person?: Relation<Person>;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
