import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { TrameEntity } from '../app/base.entity';
import { inEnum } from '../app/enum-check';
import { LocalDate } from '../app/scalars';
import { Organization } from '../organizations/organization.entity';
import { Person } from '../people/person.entity';
import { GovernanceBody } from './governance-body.entity';

export enum MemberRole {
  CHAIR = 'CHAIR',
  CO_CHAIR = 'CO_CHAIR',
  SECRETARY = 'SECRETARY',
  MEMBER = 'MEMBER',
  OBSERVER = 'OBSERVER',
}
registerEnumType(MemberRole, { name: 'MemberRole', description: 'Role of a person in a body.' });

/** Roles that run a body: they convene it and edit the plan it steers. */
export const FACILITATOR_ROLES = [MemberRole.CHAIR, MemberRole.CO_CHAIR, MemberRole.SECRETARY];
/** Roles that manage who sits in the body. */
export const CHAIR_ROLES = [MemberRole.CHAIR, MemberRole.CO_CHAIR];

@ObjectType({ description: 'A person sitting in a body, with a role, for an organisation, over a period.' })
@Entity('memberships')
@Check('memberships_role_check', inEnum('role', MemberRole))
@Check('memberships_period_check', `"ends_on" IS NULL OR "ends_on" >= "starts_on"`)
@Index('memberships_open_key', ['bodyId', 'personId'], { unique: true, where: '"ends_on" IS NULL' })
export class Membership extends TrameEntity {
  @Field(() => ID)
  @Column({ type: 'uuid', name: 'body_id' })
  bodyId!: string;

  @ManyToOne(() => GovernanceBody, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'body_id', foreignKeyConstraintName: 'memberships_body_fk' })
  body?: Relation<GovernanceBody>;

  @Field(() => ID)
  @Index('memberships_person_idx')
  @Column({ type: 'uuid', name: 'person_id' })
  personId!: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'memberships_person_fk' })
  person?: Relation<Person>;

  @Field(() => MemberRole)
  @Column({ type: 'text' })
  role!: MemberRole;

  @Field(() => ID, { nullable: true, description: 'The organisation represented in this body.' })
  @Column({ type: 'uuid', name: 'organization_id', nullable: true })
  organizationId!: string | null;

  @ManyToOne(() => Organization, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'memberships_organization_fk' })
  organization?: Relation<Organization> | null;

  @Field(() => LocalDate)
  @Column({ type: 'date', name: 'starts_on', default: () => 'CURRENT_DATE' })
  startsOn!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Set when the person leaves the body.' })
  @Column({ type: 'date', name: 'ends_on', nullable: true })
  endsOn!: string | null;
}
