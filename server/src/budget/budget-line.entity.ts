import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Action } from '../actions/action.entity';
import { TrameEntity } from '../app/base.entity';
import { Organization } from '../organizations/organization.entity';
import { Plan } from '../plans/plan.entity';
import { Euros } from './euros.scalar';

@ObjectType({ description: "What a funder puts into an action for a year: planned, committed and spent, in euros." })
@Entity('budget_lines')
@Index('budget_lines_plan_idx', ['planId'])
@Index('budget_lines_funder_idx', ['funderId'])
@Index('budget_lines_action_funder_year_key', ['actionId', 'funderId', 'year'], { unique: true, where: '"archived_at" IS NULL' })
@Check('budget_lines_amounts_check', `"planned" >= 0 AND "committed" >= 0 AND "spent" >= 0`)
@Check('budget_lines_archive_reason_check', `"archived_at" IS NULL OR "archive_reason" IS NOT NULL`)
export class BudgetLine extends TrameEntity {
  /** Copied from the action's orientation: a plan's totals are computed without joining up to it. */
  @Field(() => ID)
  @Column({ type: 'uuid', name: 'plan_id' })
  planId!: string;

  @ManyToOne(() => Plan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'budget_lines_plan_fk' })
  plan?: Relation<Plan>;

  @Field(() => ID)
  @Column({ type: 'uuid', name: 'action_id' })
  actionId!: string;

  @ManyToOne(() => Action, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'action_id', foreignKeyConstraintName: 'budget_lines_action_fk' })
  action?: Relation<Action>;

  @Field(() => ID, { description: 'The organisation that pays.' })
  @Column({ type: 'uuid', name: 'funder_id' })
  funderId!: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'funder_id', foreignKeyConstraintName: 'budget_lines_funder_fk' })
  funder?: Relation<Organization>;

  @Field(() => Int, { description: "A year of the plan's period." })
  @Column({ type: 'int' })
  year!: number;

  @Field(() => Euros, { description: 'What the funder plans to put in.' })
  @Column({ type: 'numeric', precision: 14, scale: 2, default: 0 })
  planned!: string;

  @Field(() => Euros, { description: 'What it has formally committed (voted, signed).' })
  @Column({ type: 'numeric', precision: 14, scale: 2, default: 0 })
  committed!: string;

  @Field(() => Euros, { description: 'What has been spent.' })
  @Column({ type: 'numeric', precision: 14, scale: 2, default: 0 })
  spent!: string;

  @Field(() => String)
  @Column({ type: 'text', default: '' })
  note!: string;

  @Field(() => String, { nullable: true, description: 'Why it was archived.' })
  @Column({ type: 'text', name: 'archive_reason', nullable: true })
  archiveReason!: string | null;
}
