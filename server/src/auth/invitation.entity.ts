import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { DateTime } from '../app/scalars';
import { Person } from '../people/person.entity';

@ObjectType({ description: 'An invitation to set a password and join Trame; the link is copied by the admin.' })
@Entity('invitations')
export class Invitation {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text', name: 'token_hash', unique: true })
  tokenHash!: string;

  @Field(() => ID)
  @Index('invitations_person_idx')
  @Column({ type: 'uuid', name: 'person_id' })
  personId!: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'invitations_person_fk' })
  person?: Relation<Person>;

  @Column({ type: 'uuid', name: 'invited_by_id', nullable: true })
  invitedById!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'invited_by_id', foreignKeyConstraintName: 'invitations_invited_by_fk' })
  invitedBy?: Relation<Person> | null;

  @Field(() => DateTime)
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @Field(() => DateTime)
  @Column({ type: 'timestamptz', name: 'expires_at' })
  expiresAt!: Date;

  @Field(() => DateTime, { nullable: true })
  @Column({ type: 'timestamptz', name: 'accepted_at', nullable: true })
  acceptedAt!: Date | null;
}
