/**
 * The chairs' dashboard on a large plan: 2,000 actions, 20,000 commitments with 100,000
 * progress entries and 100,000 measurements, generated with bulk SQL. For each query the
 * dashboard sends (over HTTP to a Trame child process, as the chair), the SQL statements per
 * request, p50 and p99 of the request time, and the ratio to the same answer computed by one
 * hand-written SQL statement sent with pg from this process, the two alternating run by run.
 *
 * Settings: DATABASE_URL (else an embedded PostgreSQL), BENCH_DASHBOARD_RUNS (measured runs per
 * query, default 50), BENCH_DASHBOARD_SCALE (a fraction of the plan's size, default 1).
 * On its own: `node --import tsx tests/bench/dashboard.ts` prints the markdown section.
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { today } from '../../server/src/commitments/commitment-lifecycle';
import { createBenchDatabase, startPostgres } from './database';
import { DASHBOARD_CASES, type DashboardCase } from './dashboard-queries';
import { type DashboardWorld, LARGE_PLAN, seedDashboardPlan } from './dashboard-seed';
import { type ChildServer, killChildren, startChild } from './processes';

const RUNS = Number(process.env.BENCH_DASHBOARD_RUNS ?? 50);
const SCALE = Number(process.env.BENCH_DASHBOARD_SCALE ?? 1);
const WARM_UP = 5;
const TARGET_P50_MS = 50;
const TARGET_RATIO = 2;

type Log = (line: string) => void;

const round = (value: number, digits = 1) => Number(value.toFixed(digits));

/** Nearest-rank percentile. */
function percentile(values: number[], p: number) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

interface Row {
  name: string;
  statements: number;
  trame: { p50: number; p99: number };
  sql: { p50: number; p99: number };
}

async function graphql(server: ChildServer, world: DashboardWorld, query: string, variables: Record<string, unknown>) {
  const response = await fetch(`http://127.0.0.1:${server.port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: world.chairCookie },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(`GraphQL error: ${body.errors[0].message}`);
  return body.data;
}

async function measure(server: ChildServer, sql: pg.Client, world: DashboardWorld, benchCase: DashboardCase): Promise<Row> {
  const variables = benchCase.variables(world);
  const params = benchCase.params(world, today());
  for (let run = 0; run < WARM_UP; run++) {
    await graphql(server, world, benchCase.graphql, variables);
    await sql.query(benchCase.sql, params);
  }
  const before = (await server.stats()).statements;
  const trame: number[] = [];
  const raw: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    let start = performance.now();
    await graphql(server, world, benchCase.graphql, variables);
    trame.push(performance.now() - start);
    start = performance.now();
    await sql.query(benchCase.sql, params);
    raw.push(performance.now() - start);
  }
  const statements = ((await server.stats()).statements - before) / RUNS;
  const of = (values: number[]) => ({ p50: round(percentile(values, 50), 2), p99: round(percentile(values, 99), 2) });
  return { name: benchCase.name, statements: round(statements, 2), trame: of(trame), sql: of(raw) };
}

function table(rows: Row[]) {
  const lines = [
    '| query | SQL statements / request | Trame p50 (ms) | Trame p99 (ms) | one SQL query p50 (ms) | one SQL query p99 (ms) | ratio p50 |',
    '|---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const row of rows) {
    const ratio = round(row.trame.p50 / row.sql.p50, 2);
    lines.push(`| ${row.name} | ${row.statements} | ${row.trame.p50} | ${row.trame.p99} | ${row.sql.p50} | ${row.sql.p99} | ${ratio}× |`);
  }
  return lines.join('\n');
}

/** Generates the plan in a fresh database, measures each query, and returns the markdown section. */
export async function runDashboardBenchmark(serverUrl: string, log: Log): Promise<string> {
  const size = Object.fromEntries(Object.entries(LARGE_PLAN).map(([key, value]) => [key, Math.round(value * SCALE)])) as typeof LARGE_PLAN;
  const database = await createBenchDatabase(serverUrl);
  const sql = new pg.Client({ connectionString: database.url });
  let server: ChildServer | null = null;
  try {
    let start = performance.now();
    log(`dashboard: generating ${size.actions} actions, ${size.commitments} commitments, ${size.progressUpdates} progress entries, ${size.measurements} measurements`);
    const world = await seedDashboardPlan(database.url, size);
    const seedSeconds = round((performance.now() - start) / 1000);
    log(`dashboard: generated in ${seedSeconds} s`);
    server = await startChild('./trame-process.ts', { BENCH_DATABASE_URL: database.url });
    await sql.connect();
    const [{ server_version: postgresVersion }] = (await sql.query('SHOW server_version')).rows;
    const rows: Row[] = [];
    start = performance.now();
    for (const benchCase of DASHBOARD_CASES) {
      rows.push(await measure(server, sql, world, benchCase));
      log(`dashboard: ${benchCase.name}: p50 ${rows.at(-1)!.trame.p50} ms`);
    }
    const dashboard = rows[0];
    const verdict =
      dashboard.trame.p50 < TARGET_P50_MS && dashboard.trame.p50 / dashboard.sql.p50 < TARGET_RATIO ? 'met' : 'missed';
    return `## Chairs' dashboard: a plan of ${size.actions} actions, ${size.commitments} commitments

${table(rows)}

- Target (dashboard p50 under ${TARGET_P50_MS} ms, ratio under ${TARGET_RATIO}): ${verdict}.
- ${RUNS} measured runs per query after ${WARM_UP} warm-up runs, one request at a time; the plan generated with bulk SQL in ${seedSeconds} s, then ANALYZE. Measuring took ${round((performance.now() - start) / 1000)} s.
- Date: ${new Date().toISOString()}; load average before measuring: ${os.loadavg().map((value) => value.toFixed(2)).join(', ')}.
- Machine: ${os.availableParallelism()} cores, ${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, PostgreSQL ${postgresVersion}.
- The plan: ${size.progressUpdates} progress entries, ${size.measurements} measurements on two indicators per action, 60 partners, 10 orientations; commitments in every status, due dates spread over a year either side of today; one action in ten has no commitment, so its progress comes from its indicators.

### How to read it

- **Trame p50/p99**: the time of a GraphQL request over HTTP (loopback), sent by the chair, from sending it to the parsed answer, measured in the benchmark's process: sign-in check, rights, the queries and the names (partners, orientations, actions) through the loaders.
- **one SQL query**: the same answer, names included, computed by one hand-written statement sent with \`pg\` from the benchmark's process (no rights, no GraphQL); the two alternate run by run, so the load is the same for both.
- **SQL statements / request**: the server's statement counter over the measured runs, divided by their number (a test checks that it stays under 8 and does not grow with the data or the page size: tests/api/commitments-progress.test.ts).`;
  } finally {
    await sql.end().catch(() => {});
    await server?.stop();
    await database.drop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const log = (line: string) => console.log(`[bench] ${line}`);
  const postgres = await startPostgres(log);
  try {
    console.log(`\n${await runDashboardBenchmark(postgres.serverUrl, log)}\n`);
  } finally {
    await postgres.stop();
    killChildren();
  }
}
