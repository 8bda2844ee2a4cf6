import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Field, Query, Resolver, Root } from 'type-graphql';
import { Action } from '../actions/action.entity';
import type { Context } from '../app/context';
import { DateTime } from '../app/scalars';
import { BudgetLine } from '../budget/budget-line.entity';
import { Commitment } from '../commitments/commitment.entity';
import { Change } from '../history/change.entity';
import { HistoryOf, historyKey } from '../history/history';
import { Indicator } from '../indicators/indicator.entity';
import { Organization } from '../organizations/organization.entity';
import { Person } from '../people/person.entity';
import { compileReview } from './review-compilation';
import { CompiledReview, ReviewCompleteness } from './review-compilation.types';
import { ReportRights } from './report-rights';
import { PartnerReport, ReportStatus, YearlyReview } from './yearly-review.entity';
import { SavePartnerReportInput } from './yearly-review.inputs';
import { YearlyReviewService } from './yearly-review.service';

@ObjectType({ description: "One action of a partner's report: its text, and the ledger's figures it is prefilled from." })
export class ReportSection {
  @Field(() => ID)
  actionId!: string;

  @Field(() => String, { description: 'What the partner did for the action during the year.' })
  text!: string;

  /** The report's organisation and year, for the ledger's figures. */
  organizationId!: string;
  year!: number;
}

@Resolver(() => YearlyReview)
export class YearlyReviewResolver {
  // Queries

  @Authorized()
  @Query(() => YearlyReview, { description: "A plan's yearly review for a year, for the plan's readers; NOT_FOUND until it is opened." })
  yearlyReview(@Arg('planId', () => ID) planId: string, @Arg('year', () => Int) year: number, @Ctx() context: Context) {
    return new YearlyReviewService(context).get(planId, year);
  }

  @Authorized()
  @Query(() => PartnerReport, { description: "A partner's report, for the plan's readers." })
  partnerReport(@Arg('id', () => ID) id: string, @Ctx() context: Context) {
    return new YearlyReviewService(context).report(id);
  }

  @FieldResolver(() => DateTime, { description: 'When it was opened.' })
  openedAt(@Root() review: YearlyReview) {
    return review.createdAt;
  }

  @FieldResolver(() => Person, { nullable: true })
  openedBy(@Root() review: YearlyReview, @Ctx() context: Context) {
    return review.openedById ? context.loaders.person.load(review.openedById) : null;
  }

  @FieldResolver(() => [PartnerReport], { description: "Each partner's report, by organisation name." })
  async reports(@Root() review: YearlyReview, @Ctx() context: Context) {
    const reports = await context.loaders.reportsByReview.load(review.id);
    const names = await context.loaders.organization.loadMany(reports.map((report) => report.organizationId));
    const nameOf = (index: number) => (names[index] as Organization | null)?.name ?? '';
    return reports.map((report, index) => ({ report, name: nameOf(index) })).sort((a, b) => a.name.localeCompare(b.name, 'fr')).map(({ report }) => report);
  }

  @FieldResolver(() => ReviewCompleteness, { description: 'How many partners have submitted, saved a draft, or not started.' })
  async completeness(@Root() review: YearlyReview, @Ctx() context: Context): Promise<ReviewCompleteness> {
    const reports = await context.loaders.reportsByReview.load(review.id);
    const count = (status: ReportStatus) => reports.filter((report) => report.status === status).length;
    return { total: reports.length, submitted: count(ReportStatus.SUBMITTED), draft: count(ReportStatus.DRAFT), notStarted: count(ReportStatus.NOT_STARTED) };
  }

  @FieldResolver(() => CompiledReview, { description: 'The compiled review for the steering committee.' })
  compiled(@Root() review: YearlyReview, @Ctx() context: Context) {
    return compileReview(context.app.dataSource, review);
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may open it again (adding new partners) and reopen submitted reports.' })
  viewerCanManage(@Root() review: YearlyReview, @Ctx() context: Context) {
    return new ReportRights(context).canManage(review.planId);
  }

  // Mutations

  @Authorized()
  @Mutation(() => YearlyReview, { description: "Opens a plan's yearly review (or gives the one open, adding partners who appeared since); facilitators and admins." })
  openYearlyReview(@Arg('planId', () => ID) planId: string, @Arg('year', () => Int) year: number, @Ctx() context: Context) {
    return new YearlyReviewService(context).open(planId, year);
  }

  @Authorized()
  @Mutation(() => PartnerReport, { description: "Saves a partner's report as a draft; the partner's people and facilitators." })
  savePartnerReport(@Arg('input', () => SavePartnerReportInput) input: SavePartnerReportInput, @Ctx() context: Context) {
    return new YearlyReviewService(context).save(input);
  }

  @Authorized()
  @Mutation(() => PartnerReport, { description: "Submits a partner's report to the secretary; the partner's people and facilitators." })
  submitPartnerReport(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() context: Context,
  ) {
    return new YearlyReviewService(context).submit(id, expectedVersion);
  }

  @Authorized()
  @Mutation(() => PartnerReport, { description: 'Sends a submitted report back to its partner as a draft; facilitators and admins.' })
  reopenPartnerReport(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() context: Context,
  ) {
    return new YearlyReviewService(context).reopen(id, expectedVersion);
  }
}

@Resolver(() => PartnerReport)
export class PartnerReportResolver {
  @FieldResolver(() => Organization)
  organization(@Root() report: PartnerReport, @Ctx() context: Context) {
    return context.loaders.organization.load(report.organizationId);
  }

  @FieldResolver(() => DateTime, { nullable: true, description: 'When it was submitted last.' })
  submittedAt(@Root() report: PartnerReport) {
    return report.submittedAt ? new Date(report.submittedAt) : null;
  }

  @FieldResolver(() => Person, { nullable: true })
  submittedBy(@Root() report: PartnerReport, @Ctx() context: Context) {
    return report.submittedById ? context.loaders.person.load(report.submittedById) : null;
  }

  @FieldResolver(() => [ReportSection], { description: 'One section per action the partner accounts for, in the action plan\'s order.' })
  sections(@Root() report: PartnerReport): ReportSection[] {
    return report.sections.map((section) => Object.assign(new ReportSection(), { ...section, organizationId: report.organizationId, year: report.year }));
  }

  @FieldResolver(() => [Change], { description: 'Every change, newest first: who, when, each field old → new.' })
  history(@Root() report: PartnerReport, @Ctx() context: Context) {
    return context.loaders.changesOf.load(historyKey(HistoryOf.PartnerReport, report.id));
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may fill and submit it (while not submitted).' })
  viewerCanFill(@Root() report: PartnerReport, @Ctx() context: Context) {
    return new ReportRights(context).canFill(report);
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may reopen it once submitted.' })
  viewerCanReopen(@Root() report: PartnerReport, @Ctx() context: Context) {
    return new ReportRights(context).canManage(report.planId);
  }
}

/** The ledger's figures each section is prefilled from: live, so the form shows today's ledger. */
@Resolver(() => ReportSection)
export class ReportSectionResolver {
  @FieldResolver(() => Action)
  action(@Root() section: ReportSection, @Ctx() context: Context) {
    return context.loaders.action.load(section.actionId);
  }

  @FieldResolver(() => [Commitment], { description: "The partner's commitments for this action, with their status and progress." })
  async commitments(@Root() section: ReportSection, @Ctx() context: Context) {
    return (await context.loaders.commitmentsByAction.load(section.actionId)).filter((commitment) => commitment.organizationId === section.organizationId);
  }

  @FieldResolver(() => [BudgetLine], { description: 'The budget lines of the year where the partner funds this action.' })
  async budgetLines(@Root() section: ReportSection, @Ctx() context: Context) {
    return (await context.loaders.budgetLinesByAction.load(section.actionId)).filter(
      (line) => line.funderId === section.organizationId && line.year === section.year,
    );
  }

  @FieldResolver(() => [Indicator], { description: "The action's indicators." })
  indicators(@Root() section: ReportSection, @Ctx() context: Context) {
    return context.loaders.indicatorsByAction.load(section.actionId);
  }
}
