import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Person } from '../people/person.entity';
import { EVIDENCE_MAX_BYTES } from './evidence-types';

/** A file uploaded as the evidence of a progress report, kept in PostgreSQL; attached to one report at most. */
@ObjectType({ description: 'A file given as the evidence of a progress report (a report, a photo, a spreadsheet…).' })
@Entity('evidence_files')
@Check('evidence_files_size_check', `"size" BETWEEN 1 AND ${EVIDENCE_MAX_BYTES}`)
export class EvidenceFile {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Never loaded with the record: only the download reads it. */
  @Column({ type: 'bytea', select: false })
  content!: Buffer;

  @Field(() => String)
  @Column({ type: 'text' })
  filename!: string;

  @Field(() => String, { description: 'Its media type, as accepted at upload.' })
  @Column({ type: 'text', name: 'content_type' })
  contentType!: string;

  @Field(() => Int, { description: 'In bytes.' })
  @Column({ type: 'int' })
  size!: number;

  /** Hex SHA-256 of the content. */
  @Column({ type: 'text' })
  sha256!: string;

  @Column({ type: 'uuid', name: 'uploaded_by', nullable: true })
  uploadedBy!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'uploaded_by', foreignKeyConstraintName: 'evidence_files_uploaded_by_fk' })
  uploader?: Relation<Person> | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @Field(() => String, { description: 'Where to download it (for the readers of its plan).' })
  get url() {
    return `/evidence/${this.id}`;
  }
}
