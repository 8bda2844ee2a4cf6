import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, Generated, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { inEnum } from '../app/enum-check';
import { DateTime, Json } from '../app/scalars';
import { Person } from '../people/person.entity';

export enum ChangeKind {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  ARCHIVED = 'ARCHIVED',
}
registerEnumType(ChangeKind, { name: 'ChangeKind', description: 'Whether the record was created, changed or archived.' });

@ObjectType({ description: 'One field of a change: its value before and after (null when it had none).' })
export class FieldChange {
  @Field(() => String, { description: 'The name of the field, as in the schema.' })
  field!: string;

  @Field(() => Json, { nullable: true })
  oldValue!: unknown;

  @Field(() => Json, { nullable: true })
  newValue!: unknown;
}

/**
 * A change to a followed record (commitment, indicator, measurement, budget line…): who, when
 * and what moved from what to what. Appended, never edited, so the history cannot be rewritten.
 */
@ObjectType({ description: 'A change kept in the history of a record: who, when, and each field old → new.' })
@Entity('changes')
@Index('changes_entity_idx', ['entityType', 'entityId', 'seq'])
@Check('changes_kind_check', inEnum('kind', ChangeKind))
export class Change {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The table of the record, such as `commitments`. */
  @Column({ type: 'text', name: 'entity_type' })
  entityType!: string;

  @Column({ type: 'uuid', name: 'entity_id' })
  entityId!: string;

  @Field(() => ChangeKind)
  @Column({ type: 'text' })
  kind!: ChangeKind;

  @Field(() => ID, { nullable: true, description: 'Who made the change (null for imports and demo data).' })
  @Column({ type: 'uuid', name: 'actor_id', nullable: true })
  actorId!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'changes_actor_fk' })
  actor?: Relation<Person> | null;

  @Field(() => DateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;

  /** Orders changes of the same time: those of one transaction share it. */
  @Generated('increment')
  @Column({ type: 'bigint' })
  seq!: string;

  @Field(() => [FieldChange])
  @Column({ type: 'jsonb' })
  diff!: FieldChange[];
}
