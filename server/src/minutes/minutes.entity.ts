import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { inEnum } from '../app/enum-check';
import { DateTime } from '../app/scalars';
import { Meeting } from '../meetings/meeting.entity';
import { Person } from '../people/person.entity';

export enum MinutesStatus {
  DRAFT = 'DRAFT',
  PROPOSED = 'PROPOSED',
  APPROVED = 'APPROVED',
}
registerEnumType(MinutesStatus, { name: 'MinutesStatus', description: 'Drafted during the meeting, proposed after it, approved at the next one.' });

@ObjectType({ description: "One version of a meeting's minutes (compte rendu); an approved version is locked." })
@Entity('minutes_versions')
@Index('minutes_versions_meeting_version_key', ['meetingId', 'version'], { unique: true })
@Check('minutes_versions_status_check', inEnum('status', MinutesStatus))
export class MinutesVersion {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Column({ type: 'uuid', name: 'meeting_id' })
  meetingId!: string;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'minutes_versions_meeting_fk' })
  meeting?: Relation<Meeting>;

  @Field(() => Int, { description: '1 for the first text; a correction of approved minutes starts a new version.' })
  @Column({ type: 'int' })
  version!: number;

  @Field(() => String, { description: 'The text, in Markdown.' })
  @Column({ type: 'text', default: '' })
  text!: string;

  @Field(() => MinutesStatus)
  @Column({ type: 'text', default: MinutesStatus.DRAFT })
  status!: MinutesStatus;

  @Field(() => String, { nullable: true, description: 'Why a correction was made.' })
  @Column({ type: 'text', name: 'correction_reason', nullable: true })
  correctionReason!: string | null;

  @Field(() => ID, { nullable: true, description: 'The meeting that approved it.' })
  @Column({ type: 'uuid', name: 'approved_in_meeting_id', nullable: true })
  approvedInMeetingId!: string | null;

  @ManyToOne(() => Meeting, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'approved_in_meeting_id', foreignKeyConstraintName: 'minutes_versions_approved_in_fk' })
  approvedInMeeting?: Relation<Meeting> | null;

  @Field(() => DateTime, { nullable: true })
  @Column({ type: 'timestamptz', name: 'approved_at', nullable: true })
  approvedAt!: Date | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', name: 'author_id', nullable: true })
  authorId!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'minutes_versions_author_fk' })
  author?: Relation<Person> | null;

  @Field(() => DateTime)
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @Field(() => Int, { description: 'Increases at each save; send it back as expectedRevision.' })
  @Column({ type: 'int', default: 1 })
  revision!: number;
}
