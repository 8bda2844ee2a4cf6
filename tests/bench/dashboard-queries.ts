/**
 * The dashboard benchmark's requests: each GraphQL query the chairs' dashboard sends, and the
 * same answer written by hand as one SQL statement (the floor the ratio is taken against).
 */
import type { DashboardWorld } from './dashboard-seed';

export interface DashboardCase {
  name: string;
  graphql: string;
  variables: (world: DashboardWorld) => Record<string, unknown>;
  sql: string;
  params: (world: DashboardWorld, today: string) => unknown[];
}

const OPEN = `('PROPOSED','ACCEPTED','IN_PROGRESS','AT_RISK')`;

const TALLY = 'total late dueWithin30Days done averageProgress';

const SUMMARY = `query ($planId: ID!) { commitmentSummary(planId: $planId) {
  ${TALLY} byStatus { status count }
  byOrganization { organization { id name } ${TALLY} }
  byOrientation { orientation { id number title } ${TALLY} }
  progress { progress actions measuredActions }
  progressByOrientation { orientation { id number title } progress actions measuredActions }
} }`;

/** The figures (grouping sets over status × partner × orientation cells) and the roll-up, with the partners' and orientations' names. */
const SUMMARY_SQL = `
WITH cells AS (
  SELECT c.status, c.organization_id, a.orientation_id, count(*) AS total,
         count(*) FILTER (WHERE c.status IN ${OPEN} AND c.due_on < $2) AS late,
         count(*) FILTER (WHERE c.status IN ${OPEN} AND c.due_on BETWEEN $2 AND $2::date + 30) AS due_soon,
         sum(c.progress) FILTER (WHERE c.status <> 'ABANDONED') AS progress_sum,
         count(*) FILTER (WHERE c.status <> 'ABANDONED') AS progress_count
    FROM commitments c JOIN actions a ON a.id = c.action_id
   WHERE c.plan_id = $1 AND c.archived_at IS NULL
   GROUP BY c.status, c.organization_id, a.orientation_id
), figures AS (
  SELECT GROUPING(status, organization_id, orientation_id) AS g, status, organization_id, orientation_id,
         sum(total) AS total, sum(late) AS late, sum(due_soon) AS due_soon,
         coalesce(sum(total) FILTER (WHERE status = 'DONE'), 0) AS done,
         round(sum(progress_sum) / nullif(sum(progress_count), 0)) AS average_progress
    FROM cells
   GROUP BY GROUPING SETS ((), (status), (organization_id), (orientation_id))
), by_commitments AS (
  SELECT action_id, avg(CASE WHEN status = 'DONE' THEN 100 ELSE progress END) AS progress
    FROM commitments WHERE plan_id = $1 AND archived_at IS NULL AND status <> 'ABANDONED' GROUP BY action_id
), by_indicators AS (
  SELECT i.action_id, 100 * avg(CASE WHEN i.target = i.baseline
           THEN CASE WHEN (i.direction = 'UP_IS_GOOD' AND m.value >= i.target) OR (i.direction = 'DOWN_IS_GOOD' AND m.value <= i.target) THEN 1 ELSE 0 END
           ELSE least(1, greatest(0, (m.value - i.baseline) / (i.target - i.baseline))) END) AS progress
    FROM indicators i
    CROSS JOIN LATERAL (SELECT value FROM measurements WHERE indicator_id = i.id AND archived_at IS NULL ORDER BY measured_on DESC LIMIT 1) m
   WHERE i.plan_id = $1 AND i.archived_at IS NULL AND NOT EXISTS (SELECT 1 FROM by_commitments b WHERE b.action_id = i.action_id)
   GROUP BY i.action_id
), roll_up AS (
  SELECT GROUPING(a.orientation_id) AS g, a.orientation_id, round(avg(coalesce(b.progress, bi.progress))) AS progress,
         count(coalesce(b.progress, bi.progress)) AS measured, count(*) AS actions
    FROM actions a JOIN orientations o ON o.id = a.orientation_id
    LEFT JOIN by_commitments b ON b.action_id = a.id LEFT JOIN by_indicators bi ON bi.action_id = a.id
   WHERE o.plan_id = $1 AND o.archived_at IS NULL AND a.archived_at IS NULL AND a.status <> 'ABANDONED'
   GROUP BY GROUPING SETS ((), (a.orientation_id))
)
SELECT f.*, NULL::bigint AS measured, org.name AS organization, o.number, o.title FROM figures f
  LEFT JOIN organizations org ON org.id = f.organization_id LEFT JOIN orientations o ON o.id = f.orientation_id
UNION ALL
SELECT r.g + 10, NULL, NULL, r.orientation_id, r.actions, NULL, NULL, NULL, r.progress, r.measured, NULL, o.number, o.title FROM roll_up r
  LEFT JOIN orientations o ON o.id = r.orientation_id`;

const ITEM = 'id title status progress dueOn late organization { id name } action { id title orientation { id number title } }';

const ledger = (args: string, variables = '') => `query ($planId: ID!${variables}) {
  commitments(planId: $planId, ${args}) { totalCount hasMore items { ${ITEM} } } }`;

/**
 * A ledger page with its names, as the list shows it, and the total, in one statement: the page
 * is chosen on the commitments alone and then joined, the total counted by a subquery.
 */
const ledgerSql = (where: string, order: string) => {
  const filtered = `FROM commitments c WHERE c.plan_id = $1 AND c.archived_at IS NULL ${where}`;
  return `
SELECT p.id, p.title, p.status, p.progress, p.due_on, p.status IN ${OPEN} AND p.due_on < $2 AS late,
       org.id, org.name, a.id, a.title, o.id, o.number, o.title, (SELECT count(*) ${filtered}) AS total
  FROM (SELECT c.* ${filtered} ORDER BY ${order}, c.created_at, c.id LIMIT 20) p
  JOIN actions a ON a.id = p.action_id JOIN orientations o ON o.id = a.orientation_id
  JOIN organizations org ON org.id = p.organization_id
 ORDER BY ${order.replaceAll('c.', 'p.')}, p.created_at, p.id`;
};

const URGENCY = `CASE WHEN c.status IN ${OPEN} THEN 0 ELSE 1 END, c.due_on NULLS LAST`;

export const DASHBOARD_CASES: DashboardCase[] = [
  {
    name: 'Dashboard: commitmentSummary (figures + progress roll-up)',
    graphql: SUMMARY,
    variables: (world) => ({ planId: world.planId }),
    sql: SUMMARY_SQL,
    params: (world, today) => [world.planId, today],
  },
  {
    name: 'Ledger: first page (urgency, 20)',
    graphql: ledger('limit: 20'),
    variables: (world) => ({ planId: world.planId }),
    sql: ledgerSql('AND $2::date IS NOT NULL', URGENCY),
    params: (world, today) => [world.planId, today],
  },
  {
    name: 'Ledger: filtered page (partner, orientation, in progress or at risk, search)',
    graphql: ledger('limit: 20, organizationId: $organizationId, orientationId: $orientationId, status: [IN_PROGRESS, AT_RISK], search: "rencontres"', ', $organizationId: ID, $orientationId: ID'),
    variables: (world) => ({ planId: world.planId, organizationId: world.organizationId, orientationId: world.orientationId }),
    sql: ledgerSql(
      `AND c.organization_id = $3 AND c.action_id IN (SELECT id FROM actions WHERE orientation_id = $4) AND c.status IN ('IN_PROGRESS','AT_RISK')
       AND (c.title ILIKE '%rencontres%' OR c.details ILIKE '%rencontres%')`,
      URGENCY,
    ),
    params: (world, today) => [world.planId, today, world.organizationId, world.orientationId],
  },
  {
    name: 'Ledger: sorted page (least advanced first, 20)',
    graphql: ledger('limit: 20, sort: PROGRESS'),
    variables: (world) => ({ planId: world.planId }),
    sql: ledgerSql('AND $2::date IS NOT NULL', 'c.progress'),
    params: (world, today) => [world.planId, today],
  },
];
