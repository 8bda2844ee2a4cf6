import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { TrameEntity } from '../app/base.entity';
import { inEnum } from '../app/enum-check';
import { Plan } from '../plans/plan.entity';

export enum BodyKind {
  STEERING_COMMITTEE = 'STEERING_COMMITTEE',
  TECHNICAL_COMMITTEE = 'TECHNICAL_COMMITTEE',
  ACTOR_COLLECTIVE = 'ACTOR_COLLECTIVE',
  GOVERNANCE_COUNCIL = 'GOVERNANCE_COUNCIL',
  TECHNICAL_FOLLOW_UP_COMMITTEE = 'TECHNICAL_FOLLOW_UP_COMMITTEE',
  TERRITORIAL_WATCH_UNIT = 'TERRITORIAL_WATCH_UNIT',
  PROJECT_GROUP = 'PROJECT_GROUP',
  STEERING_BODY = 'STEERING_BODY',
  DECISION_BODY = 'DECISION_BODY',
  OTHER = 'OTHER',
}
registerEnumType(BodyKind, {
  name: 'BodyKind',
  description: 'The shape of a governance body: COPIL, COTECH, actor collective, co-chaired council, watch unit…',
});

@ObjectType({ description: 'A governance body (instance de gouvernance) that steers a plan.' })
@Entity('governance_bodies')
@Check('governance_bodies_kind_check', inEnum('kind', BodyKind))
@Check('governance_bodies_min_meetings_check', `"min_meetings_per_year" >= 0`)
@Check('governance_bodies_quorum_check', `"quorum_percent" BETWEEN 0 AND 100`)
export class GovernanceBody extends TrameEntity {
  @Field(() => ID)
  @Index('governance_bodies_plan_idx')
  @Column({ type: 'uuid', name: 'plan_id' })
  planId!: string;

  @ManyToOne(() => Plan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'governance_bodies_plan_fk' })
  plan?: Relation<Plan>;

  @Field(() => BodyKind)
  @Column({ type: 'text' })
  kind!: BodyKind;

  @Field(() => String)
  @Column({ type: 'text' })
  name!: string;

  @Field(() => String, { description: 'What the body is for.' })
  @Column({ type: 'text', default: '' })
  mission!: string;

  @Field(() => Int, { description: 'Minimum number of meetings a year (its cadence).' })
  @Column({ type: 'int', name: 'min_meetings_per_year', default: 1 })
  minMeetingsPerYear!: number;

  @Field(() => Int, { description: 'Share of voting members (in %) that must be present, or represented, for the quorum.' })
  @Column({ type: 'int', name: 'quorum_percent', default: 50 })
  quorumPercent!: number;

  @Field(() => Boolean, { description: 'Whether proxies (pouvoirs) count towards the quorum.' })
  @Column({ type: 'boolean', name: 'quorum_counts_proxies', default: true })
  quorumCountsProxies!: boolean;
}
