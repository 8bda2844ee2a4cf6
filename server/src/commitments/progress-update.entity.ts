import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, Generated, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { inEnum } from '../app/enum-check';
import { DateTime } from '../app/scalars';
import { EvidenceFile } from '../evidence/evidence-file.entity';
import { Person } from '../people/person.entity';
import { Commitment, CommitmentStatus } from './commitment.entity';

/** An entry of a commitment's timeline: appended at each progress report, never edited. */
@ObjectType({ description: "An entry of a commitment's progress timeline: who reported what, when, with a note and evidence." })
@Entity('progress_updates')
@Index('progress_updates_commitment_idx', ['commitmentId', 'seq'])
@Index('progress_updates_evidence_file_idx', ['evidenceFileId'], { unique: true })
@Check('progress_updates_status_check', inEnum('status', CommitmentStatus))
@Check('progress_updates_progress_check', `"progress" BETWEEN 0 AND 100`)
export class ProgressUpdate {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Column({ type: 'uuid', name: 'commitment_id' })
  commitmentId!: string;

  @ManyToOne(() => Commitment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'commitment_id', foreignKeyConstraintName: 'progress_updates_commitment_fk' })
  commitment?: Relation<Commitment>;

  @Field(() => ID, { nullable: true, description: 'Who reported it.' })
  @Column({ type: 'uuid', name: 'author_id', nullable: true })
  authorId!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'progress_updates_author_fk' })
  author?: Relation<Person> | null;

  @Field(() => DateTime, { description: 'When it was reported.' })
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  /** Orders entries of the same time: those written in one transaction share it. */
  @Generated('increment')
  @Column({ type: 'bigint' })
  seq!: string;

  @Field(() => CommitmentStatus, { description: 'The status after this report.' })
  @Column({ type: 'text' })
  status!: CommitmentStatus;

  @Field(() => CommitmentStatus, { description: 'The status before it.' })
  @Column({ type: 'text', name: 'previous_status' })
  previousStatus!: CommitmentStatus;

  @Field(() => Int, { description: 'The progress after this report, 0 to 100.' })
  @Column({ type: 'int' })
  progress!: number;

  @Field(() => Int, { description: 'The progress before it.' })
  @Column({ type: 'int', name: 'previous_progress' })
  previousProgress!: number;

  @Field(() => String)
  @Column({ type: 'text', default: '' })
  note!: string;

  @Field(() => String, { nullable: true, description: 'A link to the evidence (a report, a photo, an article…).' })
  @Column({ type: 'text', name: 'evidence_url', nullable: true })
  evidenceUrl!: string | null;

  /** An uploaded file (the `evidenceFile` field), attached to this report only. */
  @Column({ type: 'uuid', name: 'evidence_file_id', nullable: true })
  evidenceFileId!: string | null;

  @ManyToOne(() => EvidenceFile, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'evidence_file_id', foreignKeyConstraintName: 'progress_updates_evidence_file_fk' })
  evidenceFile?: Relation<EvidenceFile> | null;
}
