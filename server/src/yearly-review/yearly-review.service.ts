import type { EntityManager } from 'typeorm';
import { type Context, inTransaction } from '../app/context';
import { badInput, conflict, notFound } from '../app/errors';
import { findOrFail } from '../app/lookup';
import { lockForUpdate } from '../app/updates';
import { ChangeKind } from '../history/change.entity';
import { diffOf, HistoryOf, recordChange } from '../history/history';
import { PlanEventType, publishPlanChange } from '../plans/plan-event';
import { planPartners, prefilledSections } from './report-partners';
import { ReportRights } from './report-rights';
import { PartnerReport, ReportStatus, YearlyReview } from './yearly-review.entity';
import type { SavePartnerReportInput } from './yearly-review.inputs';

/** The fields whose changes the history keeps. */
export const REPORT_HISTORY_FIELDS = ['status', 'sections', 'comments', 'submittedAt', 'submittedById'] as const satisfies readonly (keyof PartnerReport)[];

/** The yearly account: opened by the secretary, each partner's report filled and submitted, every change kept and published. */
export class YearlyReviewService {
  private readonly rights: ReportRights;

  constructor(private readonly context: Context) {
    this.rights = new ReportRights(context);
  }

  /** The review of a plan's year, for its readers; NOT_FOUND until it is opened. */
  async get(planId: string, year: number) {
    const plan = await this.planYear(planId, year);
    const review = await this.context.app.dataSource.getRepository(YearlyReview).findOneBy({ planId: plan.id, year });
    if (!review) throw notFound('Point annuel');
    return review;
  }

  async report(id: string) {
    const report = await findOrFail(this.context.loaders.partnerReport, id, 'Compte rendu');
    await this.context.access.assertCanReadPlan(report.planId);
    return report;
  }

  /**
   * Opens the year's review, or gives the one already open: each partner without a report
   * gets one, prefilled from the ledger. Opening again adds the partners that appeared since.
   */
  async open(planId: string, year: number) {
    const plan = await this.planYear(planId, year);
    await this.rights.assertCanManage(plan.id);
    const actorId = this.context.viewer!.id;
    return inTransaction(this.context, async (tx) => {
      // Serialises concurrent openings of the same plan, so each partner gets one report.
      await tx.query('SELECT id FROM plans WHERE id = $1 FOR UPDATE', [plan.id]);
      let review = await tx.findOneBy(YearlyReview, { planId: plan.id, year });
      if (!review) {
        review = await tx.save(tx.create(YearlyReview, { planId: plan.id, year, openedById: actorId }));
        await publishPlanChange(tx, { planId: plan.id, type: PlanEventType.YEARLY_REVIEW_OPENED, actorId, subjects: { yearlyReview: review } });
      }
      const existing = new Set((await tx.findBy(PartnerReport, { reviewId: review.id })).map((report) => report.organizationId));
      for (const partner of await planPartners(tx, plan.id, year)) {
        if (existing.has(partner.organizationId)) continue;
        const report = await tx.save(
          tx.create(PartnerReport, {
            reviewId: review.id,
            planId: plan.id,
            year,
            organizationId: partner.organizationId,
            sections: await prefilledSections(tx, partner, year),
          }),
        );
        await this.keep(tx, ChangeKind.CREATED, null, report);
      }
      return review;
    });
  }

  /** Saves the partner's text as a draft; a submitted report must be reopened first. */
  async save(input: SavePartnerReportInput) {
    const { id, expectedVersion, sections, comments } = input;
    await this.rights.assertCanFill(await this.report(id));
    return inTransaction(this.context, async (tx) => {
      const report = await lockForUpdate(tx, PartnerReport, id, 'Le compte rendu', expectedVersion);
      if (report.status === ReportStatus.SUBMITTED) throw conflict('Ce compte rendu est remis : la présidence ou le secrétariat doit le rouvrir avant toute modification.');
      const before = { ...report, sections: [...report.sections] };
      if (sections) {
        const known = new Set(report.sections.map((section) => section.actionId));
        const unknown = sections.find((section) => !known.has(section.actionId));
        if (unknown) throw badInput("Une section porte sur une action dont ce partenaire ne rend pas compte.");
        const texts = new Map(sections.map((section) => [section.actionId, section.text.trim()]));
        report.sections = report.sections.map((section) => ({ actionId: section.actionId, text: texts.get(section.actionId) ?? section.text }));
      }
      if (comments !== undefined && comments !== null) report.comments = comments.trim();
      report.status = ReportStatus.DRAFT;
      await tx.save(report);
      await this.keep(tx, ChangeKind.UPDATED, before, report);
      return report;
    });
  }

  /** Gives the report to the secretary. */
  async submit(id: string, expectedVersion?: number | null) {
    await this.rights.assertCanFill(await this.report(id));
    return this.move(id, expectedVersion, (report) => {
      if (report.status === ReportStatus.SUBMITTED) throw conflict('Ce compte rendu est déjà remis.');
      Object.assign(report, { status: ReportStatus.SUBMITTED, submittedAt: new Date(), submittedById: this.context.viewer!.id });
    });
  }

  /** Sends a submitted report back to its partner as a draft. */
  async reopen(id: string, expectedVersion?: number | null) {
    await this.rights.assertCanManage((await this.report(id)).planId);
    return this.move(id, expectedVersion, (report) => {
      if (report.status !== ReportStatus.SUBMITTED) throw conflict("Seul un compte rendu remis peut être rouvert.");
      report.status = ReportStatus.DRAFT;
    });
  }

  private move(id: string, expectedVersion: number | null | undefined, change: (report: PartnerReport) => void) {
    return inTransaction(this.context, async (tx) => {
      const report = await lockForUpdate(tx, PartnerReport, id, 'Le compte rendu', expectedVersion);
      const before = { ...report };
      change(report);
      await tx.save(report);
      await this.keep(tx, ChangeKind.UPDATED, before, report);
      return report;
    });
  }

  /** A readable plan, and a year of its period. */
  private async planYear(planId: string, year: number) {
    const plan = await findOrFail(this.context.loaders.plan, planId, 'Plan');
    await this.context.access.assertCanReadPlan(plan.id);
    if (!Number.isInteger(year) || year < plan.startYear || year > plan.endYear) {
      throw badInput(`Le plan couvre les années ${plan.startYear} à ${plan.endYear}.`);
    }
    return plan;
  }

  private async keep(tx: EntityManager, kind: ChangeKind, before: PartnerReport | null, report: PartnerReport) {
    const diff = diffOf(before, report, REPORT_HISTORY_FIELDS);
    if (!diff.length) return;
    const actorId = this.context.viewer!.id;
    await recordChange(tx, { entityType: HistoryOf.PartnerReport, entityId: report.id, kind, actorId, diff });
    await publishPlanChange(tx, { planId: report.planId, type: PlanEventType.PARTNER_REPORT_CHANGED, actorId, subjects: { partnerReport: report } });
  }
}
