import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { TrameEntity } from '../app/base.entity';
import { Plan } from '../plans/plan.entity';

@ObjectType({ description: 'A strategic orientation (axe) of a plan, with its stake (enjeu).' })
@Entity('orientations')
@Index('orientations_plan_number_key', ['planId', 'number'], { unique: true })
@Check('orientations_number_check', `"number" > 0`)
export class Orientation extends TrameEntity {
  @Field(() => ID)
  @Column({ type: 'uuid', name: 'plan_id' })
  planId!: string;

  @ManyToOne(() => Plan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'orientations_plan_fk' })
  plan?: Relation<Plan>;

  @Field(() => Int, { description: 'Its number in the plan (1, 2, 3…).' })
  @Column({ type: 'int' })
  number!: number;

  @Field(() => String)
  @Column({ type: 'text' })
  title!: string;

  @Field(() => String, { description: 'The stake (enjeu) the orientation answers.' })
  @Column({ type: 'text', default: '' })
  stake!: string;

  @Field(() => String)
  @Column({ type: 'text', default: '' })
  description!: string;
}
