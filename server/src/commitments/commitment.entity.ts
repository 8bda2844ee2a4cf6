import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Action } from '../actions/action.entity';
import { TrameEntity } from '../app/base.entity';
import { inEnum } from '../app/enum-check';
import { LocalDate } from '../app/scalars';
import { Decision } from '../decisions/decision.entity';
import { Organization } from '../organizations/organization.entity';
import { Person } from '../people/person.entity';
import { Plan } from '../plans/plan.entity';

export enum CommitmentStatus {
  PROPOSED = 'PROPOSED',
  ACCEPTED = 'ACCEPTED',
  IN_PROGRESS = 'IN_PROGRESS',
  AT_RISK = 'AT_RISK',
  DONE = 'DONE',
  ABANDONED = 'ABANDONED',
}
registerEnumType(CommitmentStatus, {
  name: 'CommitmentStatus',
  description: 'Proposed → accepted → in progress → done; at risk while in progress; abandoned, with a reason.',
});

@ObjectType({ description: "A partner organisation's commitment to the plan: what it promised, for which action, by when." })
@Entity('commitments')
@Index('commitments_plan_status_idx', ['planId', 'status'])
@Index('commitments_action_idx', ['actionId'])
@Index('commitments_organization_idx', ['organizationId'])
@Index('commitments_decision_idx', ['decisionId'])
@Check('commitments_status_check', inEnum('status', CommitmentStatus))
@Check('commitments_progress_check', `"progress" BETWEEN 0 AND 100`)
@Check('commitments_abandon_reason_check', `"status" <> 'ABANDONED' OR "abandon_reason" IS NOT NULL`)
@Check('commitments_archive_reason_check', `"archived_at" IS NULL OR "archive_reason" IS NOT NULL`)
export class Commitment extends TrameEntity {
  /** Copied from the action's orientation: a plan's ledger is read without joining up to it. */
  @Field(() => ID)
  @Column({ type: 'uuid', name: 'plan_id' })
  planId!: string;

  @ManyToOne(() => Plan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'commitments_plan_fk' })
  plan?: Relation<Plan>;

  @Field(() => ID, { description: 'The action it serves.' })
  @Column({ type: 'uuid', name: 'action_id' })
  actionId!: string;

  @ManyToOne(() => Action, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'action_id', foreignKeyConstraintName: 'commitments_action_fk' })
  action?: Relation<Action>;

  @Field(() => ID, { description: 'The partner organisation that commits.' })
  @Column({ type: 'uuid', name: 'organization_id' })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'commitments_organization_fk' })
  organization?: Relation<Organization>;

  @Field(() => ID, { nullable: true, description: 'The person answerable for it.' })
  @Column({ type: 'uuid', name: 'responsible_id', nullable: true })
  responsibleId!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'responsible_id', foreignKeyConstraintName: 'commitments_responsible_fk' })
  responsible?: Relation<Person> | null;

  @Field(() => ID, { nullable: true, description: 'The decision of a meeting it was made in; null when entered directly.' })
  @Column({ type: 'uuid', name: 'decision_id', nullable: true })
  decisionId!: string | null;

  @ManyToOne(() => Decision, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decision_id', foreignKeyConstraintName: 'commitments_decision_fk' })
  decision?: Relation<Decision> | null;

  @Field(() => String, { description: 'What is promised, in a sentence.' })
  @Column({ type: 'text' })
  title!: string;

  @Field(() => String)
  @Column({ type: 'text', default: '' })
  details!: string;

  @Field(() => LocalDate, { nullable: true, description: 'The date it is due by; past it, an open commitment is late.' })
  @Column({ type: 'date', name: 'due_on', nullable: true })
  dueOn!: string | null;

  @Field(() => CommitmentStatus, { description: 'Changed by recording progress, so each change is in the timeline.' })
  @Column({ type: 'text', default: CommitmentStatus.PROPOSED })
  status!: CommitmentStatus;

  @Field(() => Int, { description: 'Progress, 0 to 100.' })
  @Column({ type: 'int', default: 0 })
  progress!: number;

  @Field(() => String, { nullable: true, description: 'Why it was abandoned.' })
  @Column({ type: 'text', name: 'abandon_reason', nullable: true })
  abandonReason!: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was archived.' })
  @Column({ type: 'text', name: 'archive_reason', nullable: true })
  archiveReason!: string | null;
}
