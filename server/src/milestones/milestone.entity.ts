import { Field, ID, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Action } from '../actions/action.entity';
import { TrameEntity } from '../app/base.entity';
import { LocalDate } from '../app/scalars';
import { Person } from '../people/person.entity';
import { Plan } from '../plans/plan.entity';

@ObjectType({ description: 'A dated step of an action: planned for a day, done on a day, carried by someone.' })
@Entity('milestones')
@Index('milestones_plan_planned_idx', ['planId', 'plannedOn'])
@Index('milestones_action_idx', ['actionId'])
@Check('milestones_archive_reason_check', `"archived_at" IS NULL OR "archive_reason" IS NOT NULL`)
export class Milestone extends TrameEntity {
  /** Copied from the action's orientation: a plan's timeline is read without joining up to it. */
  @Field(() => ID)
  @Column({ type: 'uuid', name: 'plan_id' })
  planId!: string;

  @ManyToOne(() => Plan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'milestones_plan_fk' })
  plan?: Relation<Plan>;

  @Field(() => ID)
  @Column({ type: 'uuid', name: 'action_id' })
  actionId!: string;

  @ManyToOne(() => Action, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'action_id', foreignKeyConstraintName: 'milestones_action_fk' })
  action?: Relation<Action>;

  @Field(() => String)
  @Column({ type: 'text' })
  title!: string;

  @Field(() => LocalDate, { description: 'The day it is planned for; past it and not done, it is late.' })
  @Column({ type: 'date', name: 'planned_on' })
  plannedOn!: string;

  @Field(() => LocalDate, { nullable: true, description: 'The day it was done; null while it is not.' })
  @Column({ type: 'date', name: 'done_on', nullable: true })
  doneOn!: string | null;

  @Field(() => ID, { nullable: true, description: 'The person who carries it.' })
  @Column({ type: 'uuid', name: 'responsible_id', nullable: true })
  responsibleId!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'responsible_id', foreignKeyConstraintName: 'milestones_responsible_fk' })
  responsible?: Relation<Person> | null;

  @Field(() => String, { nullable: true, description: 'Why it was archived.' })
  @Column({ type: 'text', name: 'archive_reason', nullable: true })
  archiveReason!: string | null;
}
