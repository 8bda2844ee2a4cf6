import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { inEnum } from '../app/enum-check';
import { DateTime } from '../app/scalars';
import { Contribution } from '../contributions/contribution.entity';
import { Person } from '../people/person.entity';
import { DocumentKind } from './document-kind';

export enum UpdateOrigin {
  /** Typed by the people in `author_ids`. */
  EDIT = 'EDIT',
  /** The record's text was changed outside the co-editor (a form, an import): the document caught up. */
  ENTITY = 'ENTITY',
  /** A retained amendment, applied by its author_ids. */
  AMENDMENT = 'AMENDMENT',
}

/**
 * A co-edited text: its Yjs state compacted up to `snapshot_seq`, the updates after it in
 * document_updates, and the plain text last written to the record.
 */
@Entity('documents')
@Check('documents_kind_check', inEnum('kind', DocumentKind))
export class DocumentRecord {
  @PrimaryColumn({ type: 'text' })
  kind!: DocumentKind;

  @PrimaryColumn({ type: 'uuid', name: 'entity_id' })
  entityId!: string;

  /** The merged Yjs state of every update up to snapshot_seq, garbage-collected. */
  @Column({ type: 'bytea' })
  snapshot!: Buffer;

  @Column({ type: 'int', name: 'snapshot_seq', default: 0 })
  snapshotSeq!: number;

  /** The seq of the latest update: the document's version. */
  @Column({ type: 'int', name: 'last_seq', default: 0 })
  lastSeq!: number;

  @Column({ type: 'bytea', name: 'state_vector' })
  stateVector!: Buffer;

  /** The plain text, as last written to the record: a difference means the record was edited elsewhere. */
  @Column({ type: 'text', default: '' })
  text!: string;

  @Column({ type: 'timestamptz', name: 'text_changed_at', nullable: true })
  textChangedAt!: Date | null;

  /** When the record's change was last announced on its plan or meeting stream (at most every few seconds). */
  @Column({ type: 'timestamptz', name: 'text_published_at', nullable: true })
  textPublishedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}

/** One stored update (merged over a short window); those before the snapshot are kept a while for resuming clients. */
@Entity('document_updates')
@Check('document_updates_origin_check', inEnum('origin', UpdateOrigin))
export class DocumentUpdate {
  @PrimaryColumn({ type: 'text' })
  kind!: DocumentKind;

  @PrimaryColumn({ type: 'uuid', name: 'entity_id' })
  entityId!: string;

  @PrimaryColumn({ type: 'int' })
  seq!: number;

  @ManyToOne(() => DocumentRecord, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'kind', referencedColumnName: 'kind', foreignKeyConstraintName: 'document_updates_document_fk' },
    { name: 'entity_id', referencedColumnName: 'entityId', foreignKeyConstraintName: 'document_updates_document_fk' },
  ])
  document?: Relation<DocumentRecord>;

  @Column({ type: 'bytea' })
  update!: Buffer;

  @Column({ type: 'text', default: UpdateOrigin.EDIT })
  origin!: UpdateOrigin;

  @Column({ type: 'uuid', name: 'author_ids', array: true, default: () => "'{}'" })
  authorIds!: string[];

  @Column({ type: 'text', name: 'client_ids', array: true, default: () => "'{}'" })
  clientIds!: string[];

  /** The amendment (its contribution's id) this update applied. */
  @Column({ type: 'uuid', name: 'amendment_id', nullable: true })
  amendmentId!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}

@ObjectType({ description: 'A change proposed to a co-edited text as a whole new text, carried by an AMENDMENT contribution.' })
@Entity('document_amendments')
@Index('document_amendments_document_idx', ['kind', 'entityId'])
@Check('document_amendments_kind_check', inEnum('kind', DocumentKind))
export class DocumentAmendment {
  @Field(() => ID, { description: "The contribution's id." })
  @PrimaryColumn({ type: 'uuid', name: 'contribution_id' })
  contributionId!: string;

  @ManyToOne(() => Contribution, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contribution_id', foreignKeyConstraintName: 'document_amendments_contribution_fk' })
  contribution?: Relation<Contribution>;

  @Field(() => DocumentKind)
  @Column({ type: 'text' })
  kind!: DocumentKind;

  @Field(() => ID)
  @Column({ type: 'uuid', name: 'entity_id' })
  entityId!: string;

  @Field(() => String, { description: 'The text when it was proposed.' })
  @Column({ type: 'text', name: 'base_text' })
  baseText!: string;

  @Field(() => Int, { description: "The document's seq when it was proposed." })
  @Column({ type: 'int', name: 'base_seq' })
  baseSeq!: number;

  @Field(() => String, { description: 'The whole text proposed.' })
  @Column({ type: 'text', name: 'proposed_text' })
  proposedText!: string;

  @Field(() => DateTime, { nullable: true })
  @Column({ type: 'timestamptz', name: 'applied_at', nullable: true })
  appliedAt!: Date | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', name: 'applied_by_id', nullable: true })
  appliedById!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'applied_by_id', foreignKeyConstraintName: 'document_amendments_applied_by_fk' })
  appliedBy?: Relation<Person> | null;

  @Field(() => Int, { nullable: true, description: 'The seq of the update that applied it.' })
  @Column({ type: 'int', name: 'applied_seq', nullable: true })
  appliedSeq!: number | null;

  @Field(() => DateTime)
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
