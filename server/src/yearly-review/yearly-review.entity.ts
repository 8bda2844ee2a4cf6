import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { TrameEntity } from '../app/base.entity';
import { inEnum } from '../app/enum-check';
import { Organization } from '../organizations/organization.entity';
import { Person } from '../people/person.entity';
import { Plan } from '../plans/plan.entity';

export enum ReportStatus {
  NOT_STARTED = 'NOT_STARTED',
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
}
registerEnumType(ReportStatus, {
  name: 'ReportStatus',
  description: 'Not started (as prefilled), draft (saved, not yet given), submitted (given to the secretary; reopened as a draft).',
});

/** What a partner says it did for one action during the year. */
export interface ReportSectionRecord {
  actionId: string;
  text: string;
}

@ObjectType({ description: "A plan's yearly account (point annuel) for one year: each partner's report and the compiled review." })
@Entity('yearly_reviews')
@Index('yearly_reviews_plan_year_key', ['planId', 'year'], { unique: true })
export class YearlyReview extends TrameEntity {
  @Field(() => ID)
  @Column({ type: 'uuid', name: 'plan_id' })
  planId!: string;

  @ManyToOne(() => Plan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'yearly_reviews_plan_fk' })
  plan?: Relation<Plan>;

  @Field(() => Int, { description: "The year accounted for, within the plan's period." })
  @Column({ type: 'int' })
  year!: number;

  @Field(() => ID, { nullable: true, description: 'Who opened it.' })
  @Column({ type: 'uuid', name: 'opened_by_id', nullable: true })
  openedById!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'opened_by_id', foreignKeyConstraintName: 'yearly_reviews_opened_by_fk' })
  openedBy?: Relation<Person> | null;
}

@ObjectType({ description: "A partner organisation's report for a yearly review: what it did for each of its actions, and its comments." })
@Entity('partner_reports')
@Index('partner_reports_review_organization_key', ['reviewId', 'organizationId'], { unique: true })
@Index('partner_reports_plan_idx', ['planId'])
@Check('partner_reports_status_check', inEnum('status', ReportStatus))
export class PartnerReport extends TrameEntity {
  @Field(() => ID)
  @Column({ type: 'uuid', name: 'review_id' })
  reviewId!: string;

  @ManyToOne(() => YearlyReview, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'review_id', foreignKeyConstraintName: 'partner_reports_review_fk' })
  review?: Relation<YearlyReview>;

  /** Copied from the review: rights and events are decided without joining up to it. */
  @Field(() => ID)
  @Column({ type: 'uuid', name: 'plan_id' })
  planId!: string;

  @ManyToOne(() => Plan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'partner_reports_plan_fk' })
  plan?: Relation<Plan>;

  @Field(() => Int)
  @Column({ type: 'int' })
  year!: number;

  @Field(() => ID, { description: 'The partner organisation that reports.' })
  @Column({ type: 'uuid', name: 'organization_id' })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'partner_reports_organization_fk' })
  organization?: Relation<Organization>;

  @Field(() => ReportStatus)
  @Column({ type: 'text', default: ReportStatus.NOT_STARTED })
  status!: ReportStatus;

  /** One entry per action of the partner, in the action plan's order. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  sections!: ReportSectionRecord[];

  @Field(() => String, { description: 'General comments: difficulties, prospects, requests to the steering committee.' })
  @Column({ type: 'text', default: '' })
  comments!: string;

  @Column({ type: 'timestamptz', name: 'submitted_at', nullable: true })
  submittedAt!: Date | null;

  @Field(() => ID, { nullable: true, description: 'Who submitted it last.' })
  @Column({ type: 'uuid', name: 'submitted_by_id', nullable: true })
  submittedById!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'submitted_by_id', foreignKeyConstraintName: 'partner_reports_submitted_by_fk' })
  submittedBy?: Relation<Person> | null;
}
