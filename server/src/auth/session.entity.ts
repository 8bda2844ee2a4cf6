import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { DateTime } from '../app/scalars';
import { Person } from '../people/person.entity';

@ObjectType({ description: 'A signed-in browser; it can be revoked.' })
@Entity('sessions')
export class Session {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text', name: 'token_hash', unique: true })
  tokenHash!: string;

  @Index('sessions_person_idx')
  @Column({ type: 'uuid', name: 'person_id' })
  personId!: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'sessions_person_fk' })
  person?: Relation<Person>;

  @Field(() => DateTime)
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @Field(() => DateTime)
  @Column({ type: 'timestamptz', name: 'expires_at' })
  expiresAt!: Date;

  @Field(() => DateTime, { nullable: true })
  @Column({ type: 'timestamptz', name: 'revoked_at', nullable: true })
  revokedAt!: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', name: 'user_agent', nullable: true })
  userAgent!: string | null;
}
