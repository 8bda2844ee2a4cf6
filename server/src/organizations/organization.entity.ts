import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, Entity } from 'typeorm';
import { TrameEntity } from '../app/base.entity';
import { inEnum } from '../app/enum-check';

export enum OrganizationKind {
  ASSOCIATION = 'ASSOCIATION',
  COOPERATIVE = 'COOPERATIVE',
  MUTUAL = 'MUTUAL',
  FOUNDATION = 'FOUNDATION',
  ESS_BUSINESS = 'ESS_BUSINESS',
  LOCAL_AUTHORITY = 'LOCAL_AUTHORITY',
  STATE = 'STATE',
  PUBLIC_BODY = 'PUBLIC_BODY',
  CHAMBER = 'CHAMBER',
  DEVELOPMENT_AGENCY = 'DEVELOPMENT_AGENCY',
  SOCIAL_PARTNER = 'SOCIAL_PARTNER',
  NETWORK = 'NETWORK',
  BUSINESS = 'BUSINESS',
  OTHER = 'OTHER',
}
registerEnumType(OrganizationKind, {
  name: 'OrganizationKind',
  description: 'The four ESS families, public partners, chambers, networks and conventional businesses.',
});

@ObjectType({ description: 'A partner organisation: ESS structure, public body, chamber, business…' })
@Entity('organizations')
@Check('organizations_kind_check', inEnum('kind', OrganizationKind))
export class Organization extends TrameEntity {
  @Field(() => String)
  @Column({ type: 'text', unique: true })
  name!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  acronym!: string | null;

  @Field(() => OrganizationKind)
  @Column({ type: 'text' })
  kind!: OrganizationKind;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  website!: string | null;
}
