import type { DataSource } from 'typeorm';
import { CommitmentStatus } from '../commitments/commitment.entity';
import { attainment } from '../indicators/attainment';
import type { IndicatorDirection } from '../indicators/indicator.entity';
import { addCents, subtractCents } from './cents';
import type { BudgetYearFigures, CommitmentFigures, CompiledAction, CompiledReview, IndicatorFigures, PartnerNarrative } from './review-compilation.types';
import { ReportStatus, type ReportSectionRecord, type YearlyReview } from './yearly-review.entity';

interface CommitmentRow { action_id: string; status: CommitmentStatus; progress: number; existed: boolean; status_then: CommitmentStatus; progress_then: number }
interface BudgetRow { action_id: string | null; year: number; planned: string; committed: string; spent: string }
interface IndicatorRow { id: string; action_id: string; name: string; unit: string; baseline: number; target: number; direction: IndicatorDirection; latest: number | null; previous: number | null }
interface ReportRow { id: string; organization_id: string; name: string; status: ReportStatus; comments: string; sections: ReportSectionRecord[] }

const average = (values: number[]) => (values.length ? Math.round(values.reduce((sum, value) => sum + value, 0) / values.length) : null);

/** Tallies commitments now and at the end of the previous year (the status and progress before the first report of the year). */
function commitmentFigures(rows: CommitmentRow[]): CommitmentFigures {
  const before = rows.filter((row) => row.existed);
  const now = average(rows.filter((row) => row.status !== CommitmentStatus.ABANDONED).map((row) => row.progress));
  const then = average(before.filter((row) => row.status_then !== CommitmentStatus.ABANDONED).map((row) => row.progress_then));
  return {
    total: rows.length,
    byStatus: Object.values(CommitmentStatus).map((status) => ({ status, count: rows.filter((row) => row.status === status).length })),
    averageProgress: now,
    progressDelta: now !== null && then !== null ? now - then : null,
    doneSinceLastYear: rows.filter((row) => row.status === CommitmentStatus.DONE && !(row.existed && row.status_then === CommitmentStatus.DONE)).length,
    newSinceLastYear: rows.length - before.length,
  };
}

/** This year's and last year's sums, from the rows of the two years. */
function budgetFigures(rows: BudgetRow[], year: number): BudgetYearFigures {
  const sum = (of: number, field: 'planned' | 'committed' | 'spent') => rows.filter((row) => row.year === of).reduce((total, row) => addCents(total, row[field]), '0.00');
  const spent = sum(year, 'spent');
  const previousSpent = sum(year - 1, 'spent');
  return {
    planned: sum(year, 'planned'),
    committed: sum(year, 'committed'),
    spent,
    previousPlanned: sum(year - 1, 'planned'),
    previousCommitted: sum(year - 1, 'committed'),
    previousSpent,
    spentDelta: subtractCents(spent, previousSpent),
  };
}

function indicatorFigures(row: IndicatorRow): IndicatorFigures {
  const delta = row.latest !== null && row.previous !== null ? Math.round((row.latest - row.previous) * 1e6) / 1e6 : null;
  return {
    indicatorId: row.id,
    name: row.name,
    unit: row.unit,
    baseline: row.baseline,
    target: row.target,
    direction: row.direction,
    latestValue: row.latest,
    previousValue: row.previous,
    delta,
    attainment: attainment(row, row.latest),
    previousAttainment: attainment(row, row.previous),
  };
}

/**
 * The compiled review of a year, in a fixed number of statements: commitments as the ledger
 * holds them today (archived ones left out, as in the ledger) with their state at the end of
 * the previous year; budget lines of the year and the previous one; each indicator's latest
 * value by the end of either year; the partners' reports.
 */
export async function compileReview(dataSource: DataSource, review: Pick<YearlyReview, 'id' | 'planId' | 'year'>): Promise<CompiledReview> {
  const { planId, year } = review;
  const [[plan], actions, commitments, budget, indicators, reports] = await Promise.all([
    dataSource.query(`SELECT title FROM plans WHERE id = $1`, [planId]) as Promise<{ title: string }[]>,
    dataSource.query(
      `SELECT a.id, a.title, o.id AS orientation_id, o.number, o.title AS orientation_title
         FROM actions a JOIN orientations o ON o.id = a.orientation_id
        WHERE o.plan_id = $1 AND a.archived_at IS NULL AND o.archived_at IS NULL
        ORDER BY o.number, a.position, a.created_at`,
      [planId],
    ) as Promise<{ id: string; title: string; orientation_id: string; number: number; orientation_title: string }[]>,
    dataSource.query(
      `SELECT c.action_id, c.status, c.progress, c.created_at < make_date($2, 1, 1) AS existed,
              coalesce(f.previous_status, c.status) AS status_then, coalesce(f.previous_progress, c.progress) AS progress_then
         FROM commitments c
         LEFT JOIN LATERAL (
           SELECT p.previous_status, p.previous_progress FROM progress_updates p
            WHERE p.commitment_id = c.id AND p.created_at >= make_date($2, 1, 1)
            ORDER BY p.created_at, p.seq LIMIT 1) f ON true
        WHERE c.plan_id = $1 AND c.archived_at IS NULL`,
      [planId, year],
    ) as Promise<CommitmentRow[]>,
    dataSource.query(
      `SELECT b.action_id, b.year, sum(b.planned)::text AS planned, sum(b.committed)::text AS committed, sum(b.spent)::text AS spent
         FROM budget_lines b
         JOIN actions a ON a.id = b.action_id AND a.archived_at IS NULL
         JOIN orientations o ON o.id = a.orientation_id AND o.archived_at IS NULL
        WHERE b.plan_id = $1 AND b.archived_at IS NULL AND b.year IN ($2, $2 - 1)
        GROUP BY b.action_id, b.year`,
      [planId, year],
    ) as Promise<BudgetRow[]>,
    dataSource.query(
      `SELECT i.id, i.action_id, i.name, i.unit, i.baseline, i.target, i.direction,
              (SELECT m.value FROM measurements m WHERE m.indicator_id = i.id AND m.archived_at IS NULL AND m.measured_on <= make_date($2, 12, 31)
                ORDER BY m.measured_on DESC LIMIT 1) AS latest,
              (SELECT m.value FROM measurements m WHERE m.indicator_id = i.id AND m.archived_at IS NULL AND m.measured_on <= make_date($2 - 1, 12, 31)
                ORDER BY m.measured_on DESC LIMIT 1) AS previous
         FROM indicators i WHERE i.plan_id = $1 AND i.archived_at IS NULL ORDER BY i.created_at, i.id`,
      [planId, year],
    ) as Promise<IndicatorRow[]>,
    dataSource.query(
      `SELECT r.id, r.organization_id, org.name, r.status, r.comments, r.sections
         FROM partner_reports r JOIN organizations org ON org.id = r.organization_id
        WHERE r.review_id = $1 ORDER BY org.name, r.id`,
      [review.id],
    ) as Promise<ReportRow[]>,
  ]);
  const submitted = reports.filter((report) => report.status === ReportStatus.SUBMITTED);
  const narrativesOf = (actionId: string): PartnerNarrative[] =>
    submitted.flatMap((report) => {
      const text = report.sections.find((section) => section.actionId === actionId)?.text.trim();
      return text ? [{ organizationId: report.organization_id, organizationName: report.name, text }] : [];
    });
  const compiledActions = actions.map((action): CompiledAction & { orientationId: string } => ({
    orientationId: action.orientation_id,
    actionId: action.id,
    title: action.title,
    commitments: commitmentFigures(commitments.filter((row) => row.action_id === action.id)),
    budget: budgetFigures(budget.filter((row) => row.action_id === action.id), year),
    indicators: indicators.filter((row) => row.action_id === action.id).map(indicatorFigures),
    narratives: narrativesOf(action.id),
  }));
  const orientations = [...new Map(actions.map((action) => [action.orientation_id, action])).values()].map((action) => {
    const ids = new Set(actions.filter((other) => other.orientation_id === action.orientation_id).map((other) => other.id));
    return {
      orientationId: action.orientation_id,
      number: action.number,
      title: action.orientation_title,
      commitments: commitmentFigures(commitments.filter((row) => ids.has(row.action_id))),
      budget: budgetFigures(budget.filter((row) => ids.has(row.action_id!)), year),
      actions: compiledActions.filter((compiled) => compiled.orientationId === action.orientation_id),
    };
  });
  const count = (status: ReportStatus) => reports.filter((report) => report.status === status).length;
  return {
    planId,
    planTitle: plan.title,
    year,
    previousYear: year - 1,
    commitments: commitmentFigures(commitments),
    budget: budgetFigures(budget, year),
    orientations,
    partners: reports.map((report) => ({
      reportId: report.id,
      organizationId: report.organization_id,
      organizationName: report.name,
      status: report.status,
      comments: report.status === ReportStatus.SUBMITTED ? report.comments : '',
    })),
    completeness: { total: reports.length, submitted: count(ReportStatus.SUBMITTED), draft: count(ReportStatus.DRAFT), notStarted: count(ReportStatus.NOT_STARTED) },
  };
}
