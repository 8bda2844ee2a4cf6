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
    context.app.dataSource.query(
    `SELECT GROUPING(c.status, c.organization_id, a.orientation_id)::int AS grouping,
            c.status, c.organization_id, a.orientation_id,
            count(*)::int AS total,
            count(*) FILTER (WHERE ${open} AND c.due_on < $2)::int AS late,
            count(*) FILTER (WHERE ${open} AND c.due_on BETWEEN $2 AND $3)::int AS due_soon,
            count(*) FILTER (WHERE c.status = 'DONE')::int AS done,
            round(avg(c.progress) FILTER (WHERE c.status <> 'ABANDONED'))::int AS average_progress,
            min(o.number) AS orientation_number
       FROM commitments c
       JOIN actions a ON a.id = c.action_id
       JOIN orientations o ON o.id = a.orientation_id
      WHERE c.plan_id = $1 AND c.archived_at IS NULL
      GROUP BY GROUPING SETS ((), (c.status), (c.organization_id), (a.orientation_id))
      ORDER BY late DESC, total DESC, c.organization_id`,
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
