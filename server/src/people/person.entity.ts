import { Field, ID, ObjectType } from 'type-graphql';
import { Check, Column, Entity, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { TrameEntity } from '../app/base.entity';
import { Organization } from '../organizations/organization.entity';

@ObjectType({ description: 'A user account: a person who takes part in the bodies, for an organisation.' })
@Entity('people')
@Check('people_email_check', `"email" = lower("email") AND "email" LIKE '%_@_%'`)
export class Person extends TrameEntity {
  @Field(() => String, { description: 'Sign-in address (lower case).' })
  @Column({ type: 'text', unique: true })
  email!: string;

  @Field(() => String)
  @Column({ type: 'text', name: 'display_name' })
  displayName!: string;

  @Field(() => ID, { nullable: true, description: 'The organisation the person represents by default.' })
  @Column({ type: 'uuid', name: 'organization_id', nullable: true })
  organizationId!: string | null;

  @ManyToOne(() => Organization, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'people_organization_fk' })
  organization?: Relation<Organization> | null;

  @Field(() => Boolean, { description: 'Platform administrator: manages people, plans and bodies.' })
  @Column({ type: 'boolean', name: 'is_admin', default: false })
  isAdmin!: boolean;

  @Column({ type: 'text', name: 'password_hash', nullable: true, select: false })
  passwordHash!: string | null;
}
