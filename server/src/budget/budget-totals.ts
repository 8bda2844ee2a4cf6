import type { Context } from '../app/context';
import { readablePlan } from '../commitments/commitment-ledger';
import { type BudgetAmounts, BudgetTotals } from './budget-totals.types';

interface Row {
  grouping: number;
  orientation_id: string | null;
  action_id: string | null;
  funder_id: string | null;
  year: number | null;
  planned: string;
  committed: string;
  spent: string;
  line_count: number;
  orientation_number: number | null;
  action_position: number | null;
}

/** GROUPING() bits of each grouping set, for (orientation, action, funder, year). */
const WHOLE_PLAN = 0b1111;
const BY_ORIENTATION = 0b0111;
const BY_ACTION = 0b1011;
const BY_FUNDER = 0b1101;
const BY_YEAR = 0b1110;

const amounts = (row: Row | undefined): BudgetAmounts => ({
  planned: row?.planned ?? '0',
  committed: row?.committed ?? '0',
  spent: row?.spent ?? '0',
  lineCount: row?.line_count ?? 0,
});

/** A plan's budget totals, every grouping summed by PostgreSQL in one statement (numeric: exact). */
export async function budgetTotals(context: Context, planId: string, year: number | null): Promise<BudgetTotals> {
  const plan = await readablePlan(context, planId);
  const rows: Row[] = await context.app.dataSource.query(
    `SELECT GROUPING(a.orientation_id, b.action_id, b.funder_id, b.year)::int AS grouping,
            a.orientation_id, b.action_id, b.funder_id, b.year,
            coalesce(sum(b.planned), 0)::text AS planned,
            coalesce(sum(b.committed), 0)::text AS committed,
            coalesce(sum(b.spent), 0)::text AS spent,
            count(b.id)::int AS line_count,
            min(o.number) AS orientation_number,
            min(a.position) AS action_position
       FROM budget_lines b
       JOIN actions a ON a.id = b.action_id AND a.archived_at IS NULL
       JOIN orientations o ON o.id = a.orientation_id AND o.archived_at IS NULL
      WHERE b.plan_id = $1 AND b.archived_at IS NULL AND ($2::int IS NULL OR b.year = $2)
      GROUP BY GROUPING SETS ((), (a.orientation_id), (b.action_id), (b.funder_id), (b.year))`,
    [plan.id, year],
  );
  const of = (grouping: number) => rows.filter((row) => row.grouping === grouping);
  const inPlanOrder = (a: Row, b: Row) => a.orientation_number! - b.orientation_number! || a.action_position! - b.action_position!;
  return Object.assign(new BudgetTotals(), {
    planId: plan.id,
    year,
    ...amounts(of(WHOLE_PLAN)[0]),
    byOrientation: of(BY_ORIENTATION).sort(inPlanOrder).map((row) => ({ orientationId: row.orientation_id!, ...amounts(row) })),
    byAction: of(BY_ACTION).sort(inPlanOrder).map((row) => ({ actionId: row.action_id!, ...amounts(row) })),
    byFunder: of(BY_FUNDER)
      .sort((a, b) => Number(b.planned) - Number(a.planned) || a.funder_id!.localeCompare(b.funder_id!))
      .map((row) => ({ funderId: row.funder_id!, ...amounts(row) })),
    byYear: of(BY_YEAR).sort((a, b) => a.year! - b.year!).map((row) => ({ year: row.year!, ...amounts(row) })),
  });
}
