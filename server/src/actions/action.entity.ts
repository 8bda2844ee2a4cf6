import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { TrameEntity } from '../app/base.entity';
import { inEnum } from '../app/enum-check';
import { LocalDate } from '../app/scalars';
import { Orientation } from '../orientations/orientation.entity';
import { Organization } from '../organizations/organization.entity';

export enum ActionStatus {
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  SUSPENDED = 'SUSPENDED',
  ABANDONED = 'ABANDONED',
}
registerEnumType(ActionStatus, { name: 'ActionStatus' });

@ObjectType({ description: "An action of the plan's action plan, under one orientation." })
@Entity('actions')
@Check('actions_status_check', inEnum('status', ActionStatus))
@Check('actions_dates_check', `"ends_on" IS NULL OR "starts_on" IS NULL OR "ends_on" >= "starts_on"`)
export class Action extends TrameEntity {
  @Field(() => ID)
  @Index('actions_orientation_idx')
  @Column({ type: 'uuid', name: 'orientation_id' })
  orientationId!: string;

  @ManyToOne(() => Orientation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'orientation_id', foreignKeyConstraintName: 'actions_orientation_fk' })
  orientation?: Relation<Orientation>;

  @Field(() => Int, { description: 'Order of the action within its orientation.' })
  @Column({ type: 'int', default: 0 })
  position!: number;

  @Field(() => String)
  @Column({ type: 'text' })
  title!: string;

  @Field(() => String)
  @Column({ type: 'text', default: '' })
  description!: string;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', name: 'lead_partner_id', nullable: true })
  leadPartnerId!: string | null;

  @ManyToOne(() => Organization, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'lead_partner_id', foreignKeyConstraintName: 'actions_lead_partner_fk' })
  leadPartner?: Relation<Organization> | null;

  @Field(() => ActionStatus)
  @Column({ type: 'text', default: ActionStatus.PLANNED })
  status!: ActionStatus;

  @Field(() => LocalDate, { nullable: true })
  @Column({ type: 'date', name: 'starts_on', nullable: true })
  startsOn!: string | null;

  @Field(() => LocalDate, { nullable: true })
  @Column({ type: 'date', name: 'ends_on', nullable: true })
  endsOn!: string | null;
}

/** An organisation taking part in an action beside its lead partner. */
@Entity('action_partners')
export class ActionPartner {
  @PrimaryColumn({ type: 'uuid', name: 'action_id' })
  actionId!: string;

  @PrimaryColumn({ type: 'uuid', name: 'organization_id' })
  @Index('action_partners_organization_idx')
  organizationId!: string;

  @ManyToOne(() => Action, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'action_id', foreignKeyConstraintName: 'action_partners_action_fk' })
  action?: Relation<Action>;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'action_partners_organization_fk' })
  organization?: Relation<Organization>;
}
