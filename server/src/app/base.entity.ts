import { Field, ID, ObjectType } from 'type-graphql';
import {
  Column,
  CreateDateColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { DateTime } from './scalars';

/** Columns every editable record carries: id, timestamps, soft archive and a version for stale writes. */
@ObjectType()
export abstract class TrameEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => DateTime)
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @Field(() => DateTime)
  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;

  @Field(() => DateTime, { nullable: true, description: 'Set when the record is archived; archived records are hidden from lists by default.' })
  @Column({ type: 'timestamptz', name: 'archived_at', nullable: true })
  archivedAt!: Date | null;

  @Field(() => Number, { description: 'Increases at each change; send it back as expectedVersion to refuse stale writes.' })
  @VersionColumn({ type: 'int' })
  version!: number;
}
