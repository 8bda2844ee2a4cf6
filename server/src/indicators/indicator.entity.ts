import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Action } from '../actions/action.entity';
import { TrameEntity } from '../app/base.entity';
import { inEnum } from '../app/enum-check';
import { LocalDate } from '../app/scalars';
import { Plan } from '../plans/plan.entity';

export enum IndicatorDirection {
  UP_IS_GOOD = 'UP_IS_GOOD',
  DOWN_IS_GOOD = 'DOWN_IS_GOOD',
}
registerEnumType(IndicatorDirection, {
  name: 'IndicatorDirection',
  description: 'Whether the action succeeds when the figure rises (participants) or falls (waiting time).',
});

@ObjectType({ description: "A result or follow-up indicator of an action: from a baseline towards a target, measured over time." })
@Entity('indicators')
@Index('indicators_plan_idx', ['planId'])
@Index('indicators_action_name_key', ['actionId', 'name'], { unique: true, where: '"archived_at" IS NULL' })
@Check('indicators_direction_check', inEnum('direction', IndicatorDirection))
@Check('indicators_target_check', `("direction" = 'UP_IS_GOOD' AND "target" >= "baseline") OR ("direction" = 'DOWN_IS_GOOD' AND "target" <= "baseline")`)
@Check('indicators_archive_reason_check', `"archived_at" IS NULL OR "archive_reason" IS NOT NULL`)
export class Indicator extends TrameEntity {
  /** Copied from the action's orientation: a plan's indicators are read without joining up to it. */
  @Field(() => ID)
  @Column({ type: 'uuid', name: 'plan_id' })
  planId!: string;

  @ManyToOne(() => Plan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'indicators_plan_fk' })
  plan?: Relation<Plan>;

  @Field(() => ID)
  @Column({ type: 'uuid', name: 'action_id' })
  actionId!: string;

  @ManyToOne(() => Action, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'action_id', foreignKeyConstraintName: 'indicators_action_fk' })
  action?: Relation<Action>;

  @Field(() => String, { description: 'What is counted, e.g. « Participants aux rencontres ».' })
  @Column({ type: 'text' })
  name!: string;

  @Field(() => String, { description: 'The unit of the figures, e.g. « participants », « % », « jours »; may be empty.' })
  @Column({ type: 'text', default: '' })
  unit!: string;

  @Field(() => Float, { description: 'The value when the action started.' })
  @Column({ type: 'double precision' })
  baseline!: number;

  @Field(() => Float, { description: 'The value aimed at.' })
  @Column({ type: 'double precision' })
  target!: number;

  @Field(() => LocalDate, { nullable: true, description: 'When the target should be reached.' })
  @Column({ type: 'date', name: 'target_on', nullable: true })
  targetOn!: string | null;

  @Field(() => IndicatorDirection)
  @Column({ type: 'text' })
  direction!: IndicatorDirection;

  @Field(() => String, { nullable: true, description: 'Why it was archived.' })
  @Column({ type: 'text', name: 'archive_reason', nullable: true })
  archiveReason!: string | null;
}
