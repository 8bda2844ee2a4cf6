import type { Context } from '../app/context';
import { OPEN_STATUSES, today } from './commitment-lifecycle';
import { CommitmentStatus } from './commitment.entity';
import { readablePlan } from './commitment-ledger';
import { CommitmentSummary, type CommitmentTally } from './commitment-summary.types';
import { planProgress } from './progress-rollup';

interface Row {
  grouping: number;
  status: CommitmentStatus | null;
  organization_id: string | null;
  orientation_id: string | null;
  total: number;
  late: number;
  due_soon: number;
  done: number;
  average_progress: number | null;
  orientation_number: number | null;
}

/** GROUPING() bits of each grouping set, for (status, organisation, orientation). */
const WHOLE_PLAN = 0b111;
const BY_STATUS = 0b011;
const BY_ORGANIZATION = 0b101;
const BY_ORIENTATION = 0b110;

/** Adds days to a YYYY-MM-DD date. */
function plusDays(date: string, days: number) {
  const moved = new Date(`${date}T00:00:00Z`);
  moved.setUTCDate(moved.getUTCDate() + days);
  return moved.toISOString().slice(0, 10);
}

const tally = (row: Row | undefined): CommitmentTally => ({
  total: row?.total ?? 0,
  late: row?.late ?? 0,
  dueWithin30Days: row?.due_soon ?? 0,
  done: row?.done ?? 0,
  averageProgress: row?.average_progress ?? null,
});

/** The dashboard's figures: all groupings in one statement, the progress roll-up in another, run side by side. */
export async function commitmentSummary(context: Context, planId: string): Promise<CommitmentSummary> {
  const plan = await readablePlan(context, planId);
  const day = today();
  const open = `c.status = ANY($4)`;
  const [rows, progress] = await Promise.all([
    // Rolled up in two steps: one pass groups the commitments into cells (status × partner ×
    // orientation, a few thousand at most), the grouping sets then add cells up, not rows.
    context.app.dataSource.query(
    `WITH cells AS (
       SELECT c.status, c.organization_id, a.orientation_id, count(*) AS total,
              count(*) FILTER (WHERE ${open} AND c.due_on < $2) AS late,
              count(*) FILTER (WHERE ${open} AND c.due_on BETWEEN $2 AND $3) AS due_soon,
              sum(c.progress) FILTER (WHERE c.status <> 'ABANDONED') AS progress_sum,
              count(*) FILTER (WHERE c.status <> 'ABANDONED') AS progress_count
         FROM commitments c JOIN actions a ON a.id = c.action_id
        WHERE c.plan_id = $1 AND c.archived_at IS NULL
        GROUP BY c.status, c.organization_id, a.orientation_id
     )
     SELECT GROUPING(cells.status, cells.organization_id, cells.orientation_id)::int AS grouping,
            cells.status, cells.organization_id, cells.orientation_id,
            sum(total)::int AS total, sum(late)::int AS late, sum(due_soon)::int AS due_soon,
            coalesce(sum(total) FILTER (WHERE cells.status = 'DONE'), 0)::int AS done,
            round(sum(progress_sum) / nullif(sum(progress_count), 0))::int AS average_progress,
            min(o.number) AS orientation_number
       FROM cells JOIN orientations o ON o.id = cells.orientation_id
      GROUP BY GROUPING SETS ((), (cells.status), (cells.organization_id), (cells.orientation_id))
      ORDER BY late DESC, total DESC, cells.organization_id`,
    [plan.id, day, plusDays(day, 30), OPEN_STATUSES],
    ) as Promise<Row[]>,
    planProgress(context.app.dataSource, plan.id),
  ]);
  const { plan: planRollUp, byOrientation: progressOf } = progress;
  const of = (grouping: number) => rows.filter((row) => row.grouping === grouping);
  return Object.assign(new CommitmentSummary(), {
    planId: plan.id,
    ...tally(of(WHOLE_PLAN)[0]),
    byStatus: Object.values(CommitmentStatus).map((status) => ({
      status,
      count: of(BY_STATUS).find((row) => row.status === status)?.total ?? 0,
    })),
    byOrganization: of(BY_ORGANIZATION).map((row) => ({ organizationId: row.organization_id!, ...tally(row) })),
    byOrientation: of(BY_ORIENTATION)
      .sort((a, b) => a.orientation_number! - b.orientation_number!)
      .map((row) => ({ orientationId: row.orientation_id!, ...tally(row) })),
    progress: planRollUp,
    progressByOrientation: [...progressOf].map(([orientationId, rollUp]) => ({ orientationId, ...rollUp })),
  });
}
