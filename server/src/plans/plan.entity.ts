import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { TrameEntity } from '../app/base.entity';
import { inEnum } from '../app/enum-check';
import { LocalDate } from '../app/scalars';
import { Territory } from '../territories/territory.entity';

export enum PlanKind {
  PLDESS = 'PLDESS',
  PLDE_ESS_PART = 'PLDE_ESS_PART',
}
registerEnumType(PlanKind, {
  name: 'PlanKind',
  description: 'A PLDESS, or the ESS part (volet ESS) of a wider local economic development plan (PLDE).',
});

export enum PlanStatus {
  DRAFT = 'DRAFT',
  ADOPTED = 'ADOPTED',
  IN_PROGRESS = 'IN_PROGRESS',
  UNDER_REVIEW = 'UNDER_REVIEW',
  COMPLETED = 'COMPLETED',
}
registerEnumType(PlanStatus, { name: 'PlanStatus' });

@ObjectType({ description: "A territory's multi-year plan for the social and solidarity economy." })
@Entity('plans')
@Check('plans_period_check', `"end_year" >= "start_year"`)
@Check('plans_kind_check', inEnum('kind', PlanKind))
@Check('plans_status_check', inEnum('status', PlanStatus))
export class Plan extends TrameEntity {
  @Field(() => ID)
  @Index('plans_territory_idx')
  @Column({ type: 'uuid', name: 'territory_id' })
  territoryId!: string;

  @ManyToOne(() => Territory, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'territory_id', foreignKeyConstraintName: 'plans_territory_fk' })
  territory?: Relation<Territory>;

  @Field(() => String)
  @Column({ type: 'text' })
  title!: string;

  @Field(() => PlanKind)
  @Column({ type: 'text' })
  kind!: PlanKind;

  @Field(() => Int)
  @Column({ type: 'int', name: 'start_year' })
  startYear!: number;

  @Field(() => Int)
  @Column({ type: 'int', name: 'end_year' })
  endYear!: number;

  @Field(() => PlanStatus)
  @Column({ type: 'text', default: PlanStatus.DRAFT })
  status!: PlanStatus;

  @Field(() => LocalDate, { nullable: true })
  @Column({ type: 'date', name: 'adopted_on', nullable: true })
  adoptedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'The body that adopted it, e.g. « Bureau communautaire ».' })
  @Column({ type: 'text', name: 'adopted_by', nullable: true })
  adoptedBy!: string | null;

  @Field(() => String, { description: 'What the plan is for, in a few sentences.' })
  @Column({ type: 'text', default: '' })
  summary!: string;
}
