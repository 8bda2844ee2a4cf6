import type { DataSource } from 'typeorm';

/**
 * How far actions have gone, from 0 to 100, and how that rolls up.
 *
 * - An action's progress is the average progress of its live commitments (archived and
 *   abandoned ones left out, a done one counting 100 whatever its percentage says). An action
 *   without any is measured by its indicators instead: the average attainment of those with a
 *   measurement (see indicators/attainment.ts, the same formula). Neither: null, not zero.
 * - An orientation's and the plan's progress are the plain average of their live actions'
 *   (archived and abandoned actions left out), each action weighing the same whatever its
 *   number of commitments; actions with no progress are not counted.
 *
 * `scope` selects the actions (`a`, joined with their orientation `o`), and the same set as
 * a condition on the commitments (`c`) and the indicators (`i`), so that each table is read
 * through its own index; everything is one SQL statement, whatever the number of actions.
 */
interface Scope {
  actions: string;
  commitments: string;
  indicators: string;
}

function progressSql(scope: Scope, groupBy: 'a.id' | 'orientation') {
  const attainment = `CASE WHEN i.target = i.baseline
      THEN CASE WHEN (i.direction = 'UP_IS_GOOD' AND latest.value >= i.target) OR (i.direction = 'DOWN_IS_GOOD' AND latest.value <= i.target) THEN 1 ELSE 0 END
      ELSE least(1, greatest(0, (latest.value - i.baseline) / (i.target - i.baseline))) END`;
  const perAction = `
    WITH by_commitments AS (
      SELECT c.action_id, avg(CASE WHEN c.status = 'DONE' THEN 100 ELSE c.progress END)::float8 AS progress
        FROM commitments c
       WHERE ${scope.commitments} AND c.archived_at IS NULL AND c.status <> 'ABANDONED'
       GROUP BY c.action_id
    ), by_indicators AS (
      SELECT i.action_id, 100 * avg(${attainment}) AS progress
        FROM indicators i
        CROSS JOIN LATERAL (
          SELECT m.value FROM measurements m WHERE m.indicator_id = i.id AND m.archived_at IS NULL ORDER BY m.measured_on DESC LIMIT 1
        ) latest
       WHERE ${scope.indicators} AND i.archived_at IS NULL AND NOT EXISTS (SELECT 1 FROM by_commitments b WHERE b.action_id = i.action_id)
       GROUP BY i.action_id
    ), per_action AS (
      SELECT a.id, a.orientation_id, o.number, a.status, a.archived_at, coalesce(b.progress, bi.progress) AS progress
        FROM actions a JOIN orientations o ON o.id = a.orientation_id
        LEFT JOIN by_commitments b ON b.action_id = a.id LEFT JOIN by_indicators bi ON bi.action_id = a.id
       WHERE ${scope.actions}
    )`;
  if (groupBy === 'a.id') return `${perAction} SELECT id, round(progress)::int AS progress FROM per_action`;
  return `${perAction}
    SELECT GROUPING(orientation_id)::int AS grouping, orientation_id, round(avg(progress))::int AS progress,
           count(progress)::int AS measured_actions, count(*)::int AS actions
      FROM per_action WHERE archived_at IS NULL AND status <> 'ABANDONED'
     GROUP BY GROUPING SETS ((), (orientation_id))
     ORDER BY grouping DESC, min(number)`;
}

export interface RolledUpProgress {
  /** Null when none of its actions has any progress to show. */
  progress: number | null;
  /** Live actions counted, and how many of them have a progress. */
  actions: number;
  measuredActions: number;
}

interface RollUpRow {
  grouping: number;
  orientation_id: string | null;
  progress: number | null;
  measured_actions: number;
  actions: number;
}

const rolledUp = (row: RollUpRow | undefined): RolledUpProgress => ({
  progress: row?.progress ?? null,
  actions: row?.actions ?? 0,
  measuredActions: row?.measured_actions ?? 0,
});

/** Each action's progress (0–100, or null), in the order of the ids. */
export async function actionProgress(dataSource: DataSource, actionIds: readonly string[]): Promise<(number | null)[]> {
  const rows: { id: string; progress: number | null }[] = await dataSource.query(progressSql({ actions: 'a.id = ANY($1)', commitments: 'c.action_id = ANY($1)', indicators: 'i.action_id = ANY($1)' }, 'a.id'), [actionIds]);
  const byId = new Map(rows.map((row) => [row.id, row.progress]));
  return actionIds.map((id) => byId.get(id) ?? null);
}

/** Each orientation's progress, in the order of the ids. */
export async function orientationProgress(dataSource: DataSource, orientationIds: readonly string[]): Promise<RolledUpProgress[]> {
  const rows: RollUpRow[] = await dataSource.query(progressSql(
      {
        actions: 'a.orientation_id = ANY($1)',
        commitments: 'c.action_id IN (SELECT id FROM actions WHERE orientation_id = ANY($1))',
        indicators: 'i.action_id IN (SELECT id FROM actions WHERE orientation_id = ANY($1))',
      },
      'orientation',
    ), [orientationIds]);
  return orientationIds.map((id) => rolledUp(rows.find((row) => row.grouping === 0 && row.orientation_id === id)));
}

/** The plan's progress, and each of its orientations' (those with live actions). */
export async function planProgress(dataSource: DataSource, planId: string) {
  const rows: RollUpRow[] = await dataSource.query(progressSql(
      { actions: 'o.plan_id = $1 AND o.archived_at IS NULL', commitments: 'c.plan_id = $1', indicators: 'i.plan_id = $1' },
      'orientation',
    ), [planId]);
  return {
    plan: rolledUp(rows.find((row) => row.grouping === 1)),
    byOrientation: new Map(rows.filter((row) => row.grouping === 0).map((row) => [row.orientation_id!, rolledUp(row)])),
  };
}
