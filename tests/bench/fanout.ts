/**
 * `npm run bench`: fan-out of one meeting's live events to N graphql-ws subscribers, against a
 * bare `ws` broadcast to the same N sockets. See BENCHMARKS.md for how to read the figures.
 *
 * Settings (environment): DATABASE_URL (else an embedded PostgreSQL), BENCH_SIZES (default
 * "100,1000,5000"), BENCH_EVENTS (measured events per size, default 100), BENCH_GAP_MS (pause
 * before each measured Trame event, default 0), BENCH_NODE_ARGS (extra flags for the servers'
 * Node, e.g. --cpu-prof), BENCH_LEAK_CYCLES (connect–subscribe–disconnect cycles of the leak
 * check, default 10000; 0 skips it), BENCH_OUTPUT (default BENCHMARKS.md at the repository root;
 * "-" to only print).
 */
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { type ClientGroup, openGraphqlClients, openRawClients, Tracker } from './clients';
import { createBenchDatabase, seedWorld, startPostgres } from './database';
import { heapPerConnection, type IdleHeapRow, LEAK_ENDINGS, type LeakCheck, memoryTables, runLeakCheck, waitForSubscriptions } from './memory';
import { runMoreBenchmarks } from './more';
import { type ChildServer, killChildren, startChild } from './processes';

const SIZES = (process.env.BENCH_SIZES ?? '100,1000,5000').split(',').map(Number);
const EVENTS = Number(process.env.BENCH_EVENTS ?? 100);
/** A pause before each measured Trame event (BENCH_GAP_MS), to see events further apart than the session-check TTL. */
const GAP_MS = Number(process.env.BENCH_GAP_MS ?? 0);
const WARM_UP = 2;
const QUIET_WARM_UP = 20;
const QUIET_MUTATIONS = 30;
const LEAK_CYCLES = Number(process.env.BENCH_LEAK_CYCLES ?? 10_000);
const LEAK_WARM_UP = 1000;
const LEAK_CONCURRENCY = 50;
const EVENT_TIMEOUT_MS = 30_000;
const RUN_TIMEOUT_MS = 8 * 60_000;
const OUTPUT = process.env.BENCH_OUTPUT ?? fileURLToPath(new URL('../../BENCHMARKS.md', import.meta.url));

const log = (line: string) => console.log(`[bench] ${line}`);
const round = (value: number, digits = 1) => Number(value.toFixed(digits));

/** Nearest-rank percentile. */
function percentile(values: number[], p: number) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

interface Row {
  n: number;
  reached: boolean;
  note?: string;
  connectSeconds?: number;
  trame?: { p50: number; p99: number; mutationP50: number };
  raw?: { p50: number; p99: number };
  statementsPerEvent?: number;
  heapPerConnectionKiB?: number;
  /** Server CPU time (user + system) over the measured events, per delivered message, in µs; `fanout` without the mutations' own. */
  cpuPerDelivery?: { trame: number; fanout: number; raw?: number };
  /** The benchmark's own CPU (the clients') per message received, in µs. */
  clientCpu?: { trame: number; raw?: number };
}

interface Context {
  bytes: number;
  gc: boolean;
  mutationStatements: number;
  mutationCpuMs: number;
  memory: IdleHeapRow[];
  leak: LeakCheck | null;
  leakNote: string | null;
}

const openGroups = new Set<ClientGroup>();
async function closeGroup(group: ClientGroup) {
  await group.close();
  openGroups.delete(group);
}

async function run(results: Row[], context: Context, cleanups: (() => Promise<unknown>)[]) {
  const postgres = await startPostgres(log);
  cleanups.push(() => postgres.stop());
  const database = await createBenchDatabase(postgres.serverUrl);
  cleanups.push(() => database.drop());
  const maxN = Math.max(...SIZES);
  log(`database ${database.name}: migrating and seeding ${maxN} members…`);
  const world = await seedWorld(database.url, maxN);

  const trame: ChildServer = await startChild('./trame-process.ts', { BENCH_DATABASE_URL: database.url });
  cleanups.push(() => trame.stop());
  const raw: ChildServer = await startChild('./raw-process.ts');
  cleanups.push(() => raw.stop());
  const plain: ChildServer = await startChild('./graphql-ws-process.ts');
  cleanups.push(() => plain.stop());
  const httpUrl = `http://127.0.0.1:${trame.port}/graphql`;
  const wsUrl = `ws://127.0.0.1:${trame.port}/graphql`;

  const graphql = async (query: string, variables: Record<string, unknown>) => {
    const response = await fetch(httpUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: world.facilitatorCookie },
      body: JSON.stringify({ query, variables }),
    });
    const result = (await response.json()) as { data?: any; errors?: unknown[] };
    if (result.errors?.length) throw new Error(`GraphQL error: ${JSON.stringify(result.errors)}`);
    return result.data;
  };
  const rename = (title: string) =>
    graphql('mutation ($input: UpdateMeetingInput!) { updateMeeting(input: $input) { id version } }', {
      input: { id: world.meetingId, title },
    });
  const lastSeq = async () => (await graphql('query ($id: ID!) { meeting(id: $id) { lastEventSeq } }', { id: world.meetingId })).meeting.lastEventSeq as number;

  // What one mutation costs in SQL and CPU with nobody listening (warmed up first), to read the
  // per-event figures against.
  for (let index = 0; index < QUIET_WARM_UP; index++) await rename(`Sans abonné, échauffement ${index}`);
  const quietBefore = (await trame.stats()).statements;
  const quietCpu = await trame.cpuMicros();
  for (let index = 0; index < QUIET_MUTATIONS; index++) await rename(`Sans abonné ${index}`);
  context.mutationCpuMs = (await trame.cpuMicros() - quietCpu) / QUIET_MUTATIONS / 1000;
  context.mutationStatements = ((await trame.stats()).statements - quietBefore) / QUIET_MUTATIONS;

  for (const n of SIZES) {
    const row: Row = { n, reached: false };
    results.push(row);
    const memory: IdleHeapRow = { n };
    context.memory.push(memory);
    const tracker = new Tracker();
    let subscriptionError: unknown = null;
    try {
      // Trame: N subscribers of the same meeting.
      const idle = await trame.stats();
      context.gc = idle.gc;
      const after = await lastSeq();
      const started = performance.now();
      log(`N=${n}: connecting ${n} graphql-ws clients…`);
      const group = await openGraphqlClients({
        url: wsUrl,
        cookies: world.cookies.slice(0, n),
        meetingId: world.meetingId,
        after,
        tracker,
        onError: (error) => (subscriptionError ??= error),
        onNextBytes: (bytes) => (context.bytes ||= bytes),
      });
      openGroups.add(group);
      // Every subscription replays from `after`, so each client gets the warm-up events even
      // if its subscription started after they were sent: once all have them, all are live.
      for (let index = 0; index < WARM_UP; index++) {
        const key = `Échauffement ${n}-${index}`;
        const all = tracker.expect(key, n, 60_000);
        await rename(key);
        await all;
      }
      if (subscriptionError) throw new Error(`subscription error: ${JSON.stringify(subscriptionError)}`);
      row.connectSeconds = round((performance.now() - started) / 1000);
      const subscribed = await trame.stats();
      row.heapPerConnectionKiB = round((subscribed.heapUsed - idle.heapUsed) / n / 1024);
      memory.trameKiB = row.heapPerConnectionKiB;
      log(`N=${n}: all subscribed in ${row.connectSeconds} s; sending ${EVENTS} events`);

      const latencies: number[] = [];
      const mutations: number[] = [];
      const cpuBefore = await trame.cpuMicros();
      const clientCpuBefore = process.cpuUsage();
      for (let index = 0; index < EVENTS; index++) {
        const key = `Banc ${n}-${index}`;
        if (GAP_MS > 0) await new Promise((resolve) => setTimeout(resolve, GAP_MS));
        const all = tracker.expect(key, n, EVENT_TIMEOUT_MS);
        const sent = performance.now();
        await rename(key);
        const answered = performance.now();
        const last = await all;
        mutations.push(answered - sent);
        latencies.push(last - answered);
      }
      const clientCpu = process.cpuUsage(clientCpuBefore);
      row.clientCpu = { trame: round((clientCpu.user + clientCpu.system) / (n * EVENTS), 1) };
      const cpu = (await trame.cpuMicros()) - cpuBefore;
      row.cpuPerDelivery = {
        trame: round(cpu / (n * EVENTS), 2),
        fanout: round(Math.max(0, cpu - EVENTS * context.mutationCpuMs * 1000) / (n * EVENTS), 2),
      };
      const measured = await trame.stats();
      if (subscriptionError) throw new Error(`subscription error: ${JSON.stringify(subscriptionError)}`);
      row.statementsPerEvent = round((measured.statements - subscribed.statements) / EVENTS, 2);
      row.trame = { p50: round(percentile(latencies, 50)), p99: round(percentile(latencies, 99)), mutationP50: round(percentile(mutations, 50)) };
      log(`N=${n}: Trame p50 ${row.trame.p50} ms, p99 ${row.trame.p99} ms, ${row.statementsPerEvent} statements/event`);
      await closeGroup(group);

      // Baseline: the same payload size, broadcast by a bare ws server to N sockets.
      const payload = (key: string) => {
        const base = JSON.stringify({ key, pad: '' });
        return JSON.stringify({ key, pad: 'x'.repeat(Math.max(0, context.bytes - Buffer.byteLength(base))) });
      };
      const rawHeap = await heapPerConnection(raw, n, () => openRawClients({ url: `ws://127.0.0.1:${raw.port}/raw`, count: n, tracker }), async () => {});
      memory.rawKiB = rawHeap.kiB;
      const rawGroup = { close: rawHeap.close };
      openGroups.add(rawGroup);
      const broadcast = async (key: string) => {
        const response = await fetch(`http://127.0.0.1:${raw.port}/broadcast`, { method: 'POST', body: payload(key) });
        await response.text();
      };
      for (let index = 0; index < WARM_UP; index++) {
        const all = tracker.expect(`raw-warm-${n}-${index}`, n, 60_000);
        await broadcast(`raw-warm-${n}-${index}`);
        await all;
      }
      const rawLatencies: number[] = [];
      const rawCpuBefore = await raw.cpuMicros();
      const rawClientCpuBefore = process.cpuUsage();
      for (let index = 0; index < EVENTS; index++) {
        const key = `raw-${n}-${index}`;
        const all = tracker.expect(key, n, EVENT_TIMEOUT_MS);
        await broadcast(key);
        const triggered = performance.now();
        rawLatencies.push((await all) - triggered);
      }
      const rawClientCpu = process.cpuUsage(rawClientCpuBefore);
      row.clientCpu.raw = round((rawClientCpu.user + rawClientCpu.system) / (n * EVENTS), 1);
      row.cpuPerDelivery.raw = round((await raw.cpuMicros() - rawCpuBefore) / (n * EVENTS), 2);
      row.raw = { p50: round(percentile(rawLatencies, 50), 2), p99: round(percentile(rawLatencies, 99), 2) };
      log(`N=${n}: raw ws p50 ${row.raw.p50} ms, p99 ${row.raw.p99} ms`);
      await closeGroup(rawGroup);

      // Reference for memory: the same subscriptions on a plain graphql-ws server.
      const plainHeap = await heapPerConnection(
        plain,
        n,
        () => openGraphqlClients({ url: `ws://127.0.0.1:${plain.port}/graphql`, cookies: world.cookies.slice(0, n), meetingId: world.meetingId, after: 0, tracker, onError: (error) => (subscriptionError ??= error), onNextBytes: () => {} }),
        () => waitForSubscriptions(plain, n).then(() => {}),
      );
      memory.graphqlWsKiB = plainHeap.kiB;
      await plainHeap.close();
      row.reached = true;
    } catch (error) {
      row.note = error instanceof Error ? error.message : String(error);
      log(`N=${n} not reached: ${row.note}`);
      for (const group of [...openGroups]) await closeGroup(group).catch(() => {});
      break;
    }
  }

  if (LEAK_CYCLES > 0 && results.every((row) => row.reached)) {
    try {
      context.leak = await runLeakCheck({
        server: trame,
        url: wsUrl,
        cookies: world.cookies.slice(0, LEAK_WARM_UP),
        meetingId: world.meetingId,
        after: await lastSeq(),
        cycles: LEAK_CYCLES,
        warmUp: LEAK_WARM_UP,
        concurrency: LEAK_CONCURRENCY,
        log,
      });
      log(`leak check: ${JSON.stringify(context.leak)}`);
    } catch (error) {
      context.leakNote = error instanceof Error ? error.message : String(error);
      log(`leak check failed: ${context.leakNote}`);
    }
  } else {
    context.leakNote = LEAK_CYCLES > 0 ? 'not every size was reached' : 'BENCH_LEAK_CYCLES=0';
  }
  return postgres;
}

function ratio(a?: number, b?: number) {
  return a !== undefined && b !== undefined && b > 0 ? `${round(a / b)}×` : '–';
}

function tables(results: Row[]) {
  const latency = [
    '| N subscribers | Trame p50 (ms) | Trame p99 (ms) | raw ws p50 (ms) | raw ws p99 (ms) | ratio p50 | ratio p99 | mutation round trip p50 (ms) | connect + subscribe all (s) |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  const cost = [
    '| N subscribers | CPU / delivery, Trame (µs) | CPU / delivery, raw ws (µs) | CPU ratio | CPU / delivery, Trame fan-out only (µs) | fan-out CPU ratio | SQL statements / event | server heap / idle subscriber (KiB) |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const row of results) {
    if (!row.trame) {
      latency.push(`| ${row.n} | not reached: ${row.note ?? ''} | | | | | | | |`);
      cost.push(`| ${row.n} | not reached | | | | | | |`);
      continue;
    }
    const { trame, raw, cpuPerDelivery: cpu } = row;
    latency.push(
      `| ${row.n} | ${trame.p50} | ${trame.p99} | ${raw?.p50 ?? '–'} | ${raw?.p99 ?? '–'} | ${ratio(trame.p50, raw?.p50)} | ${ratio(trame.p99, raw?.p99)} | ${trame.mutationP50} | ${row.connectSeconds} |`,
    );
    cost.push(
      `| ${row.n} | ${cpu?.trame ?? '–'} | ${cpu?.raw ?? '–'} | ${ratio(cpu?.trame, cpu?.raw)} | ${cpu?.fanout ?? '–'} | ${ratio(cpu?.fanout, cpu?.raw)} | ${row.statementsPerEvent} | ${row.heapPerConnectionKiB} |`,
    );
  }
  return `${latency.join('\n')}\n\n${cost.join('\n')}`;
}

function command() {
  const env: string[] = [];
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    if (url.password) url.password = '***';
    env.push(`DATABASE_URL=${url.toString()}`);
  }
  for (const name of ['BENCH_SIZES', 'BENCH_EVENTS', 'BENCH_GAP_MS', 'BENCH_LEAK_CYCLES']) if (process.env[name]) env.push(`${name}=${process.env[name]}`);
  return [...env, 'npm run bench'].join(' ');
}

async function main() {
  const results: Row[] = [];
  const context: Context = { bytes: 0, gc: false, mutationStatements: 0, mutationCpuMs: 0, memory: [], leak: null, leakNote: null };
  const cleanups: (() => Promise<unknown>)[] = [];
  const began = performance.now();
  let failure: unknown = null;
  let postgresVersion = 'unknown';
  let serverUrl: string | null = null;
  let watchdog: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      run(results, context, cleanups).then(async (postgres) => {
        serverUrl = postgres.serverUrl;
        const client = new pg.Client({ connectionString: postgres.serverUrl });
        await client.connect();
        postgresVersion = (await client.query('SHOW server_version')).rows[0].server_version;
        await client.end();
        postgresVersion += postgres.embedded ? ' (embedded)' : '';
      }),
      new Promise((_, reject) => {
        watchdog = setTimeout(() => reject(new Error(`the run took more than ${RUN_TIMEOUT_MS / 60_000} minutes`)), RUN_TIMEOUT_MS);
      }),
    ]);
  } catch (error) {
    failure = error;
    console.error(error);
  } finally {
    clearTimeout(watchdog);
    for (const group of [...openGroups]) await closeGroup(group).catch((error) => console.error(error));
  }
  // The first cleanup stops PostgreSQL: the other benchmarks run before it.
  const [stopPostgres, ...rest] = cleanups;
  for (const cleanup of rest.reverse()) await cleanup().catch((error) => console.error(error));
  killChildren();
  const more = serverUrl ? await runMoreBenchmarks(serverUrl, log) : { sections: [], failed: true };
  await stopPostgres?.().catch((error) => console.error(error));
  killChildren();
  const seconds = round((performance.now() - began) / 1000, 0);

  const rendered = tables(results);
  console.log(`\n${rendered}\n`);
  const memory = memoryTables(context.memory, context.leak, context.leakNote);
  console.log(`${memory}\n`);
  const reachedAll = results.length === SIZES.length && results.every((row) => row.reached);
  const leakPassed = LEAK_CYCLES === 0 || (context.leak !== null && context.leak.live.subscriptions === 0 && Math.abs(context.leak.changePercent) <= 5);
  const markdown = `# Benchmarks

## Live fan-out: one meeting, N subscribers

${rendered}

- Command: \`${command()}\` (whole run: ${seconds} s${failure ? `, ended by an error: ${String(failure)}` : ''}).
- Date: ${new Date().toISOString()}.
- Machine: ${os.availableParallelism()} cores (\`nproc\`), ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${round(os.totalmem() / 2 ** 30, 0)} GiB RAM, Node ${process.version}, PostgreSQL ${postgresVersion}, ${process.platform} ${os.release()}.
- ${EVENTS} measured events per N after ${WARM_UP} warm-up events${GAP_MS ? `, ${GAP_MS} ms apart` : ', back to back'}; one \`next\` message is ${context.bytes} bytes, and the baseline sends that many.
- One \`updateMeeting\` with no subscriber at all costs ${round(context.mutationStatements, 2)} SQL statements and ${round(context.mutationCpuMs, 2)} ms of the server's CPU (HTTP, GraphQL, the transaction and recording the event).
${reachedAll ? '' : `- Not every size was reached: ${results.filter((row) => !row.reached).map((row) => `N = ${row.n}: ${row.note}`).join('; ') || 'the run stopped early'}.\n`}
### How to read it

- **Trame p50/p99**: for each event (an \`updateMeeting\` renaming the meeting, sent over HTTP by its chair), the time from the mutation's HTTP response to the moment the **last** of the N \`meetingChanged\` subscribers received it; the median and the 99th percentile over the events (with ${EVENTS} events, p99 is the slowest one). The path is: commit → \`NOTIFY\`, which carries the event (an event too long for a notification is read from the table once) → one batched session check and one readers lookup for all the subscribers → the subscription's selection executed once per group of subscribers sending the same operation and variables (here one group: the selection asks nothing personal) → the \`next\` message serialised once and written to each socket.
- **raw ws**: the floor for the same work on the same machine: a bare \`ws\` server, sent an HTTP request, answers it and then writes a message of the same size to the same N sockets; measured the same way (from the HTTP response to the last receipt). No database, no GraphQL.
- **ratio**: Trame / raw ws. The target is a ratio ≤ 2 at N = 1,000. The \`NOTIFY\` carrying the event leaves the database at commit, as the mutation's response starts its way back, so with few subscribers the last one can get the event before the sender gets its response: the time is then negative (and so is the ratio).
- **CPU / delivery**: the server process's CPU time (user + system, \`process.cpuUsage()\` read in the child before the first and after the last measured event), divided by N × events; for Trame it includes handling the mutations themselves (see the CPU of one mutation with no subscriber above), for raw ws the broadcast requests. **CPU ratio**: Trame / raw ws; the target is ≤ 2. **Fan-out only**: the same, less the CPU of as many mutations with no subscriber (the figure above, measured after ${QUIET_WARM_UP} warm-up mutations over ${QUIET_MUTATIONS}): the delivery's own cost; **fan-out CPU ratio**: that against raw ws.
- **SQL statements / event**: the server's statement counter (every query sent through TypeORM) over the measured events, divided by their number; it includes the mutation itself (see the figure with no subscriber above). It must not grow with N.
- **server heap / idle subscriber**: the Trame process's \`heapUsed\` after a forced GC with N clients connected and subscribed, minus before connecting them, divided by N${context.gc ? '' : ' (no GC was available: read it as a rough figure)'}.
- The servers (Trame, the raw \`ws\` server, the plain graphql-ws server of the memory table) each run in a child process; the N clients all run in the benchmark's own process, one WebSocket each, over loopback, so at large N part of the measured time is the clients' process reading N messages. Trame's subscribers speak the graphql-ws protocol (\`graphql-transport-ws\`) over bare \`ws\` sockets rather than through the graphql-ws client library, which costs that process half as much again per message and would weigh on the Trame column only; as measured, the clients' process spent ${results.filter((row) => row.clientCpu).map((row) => `${row.clientCpu!.trame} µs per message for Trame's and ${row.clientCpu!.raw ?? '–'} µs for raw's at N = ${row.n}`).join('; ')}. The events are sent one at a time: each waits until every subscriber got the previous one.

## Memory

${memory}

- Heap per idle subscribed connection, for each N: the process's \`heapUsed\` after a forced GC with the N connections open and subscribed, minus before opening them, divided by N. **Trame**: the figure of the table above (\`meetingChanged\` subscriptions, after the warm-up events); target ≤ 25 KiB. **plain graphql-ws**: a \`graphql-ws\` server (\`useServer\`) with the same subscription shape, executed per subscriber from an in-memory pub/sub, no database, counted once all N subscriptions are live. **raw ws**: the bare \`ws\` server's sockets.
- Leak check: ${LEAK_CYCLES} cycles against Trame (after ${LEAK_WARM_UP} warm-up cycles, ${LEAK_CONCURRENCY} at a time, each a new WebSocket with a member's session): connect, \`connection_init\`, subscribe to the meeting from one event back, then end in turn: ${LEAK_ENDINGS.map((ending) => `*${ending}*`).join(', ')} (*before ack* and *while subscribing* close the socket while the connection or the subscription is being set up; the last two wait for the replayed event). Then: the live event-log subscriptions and open connections the server reports, and its \`heapUsed\` after a forced GC against before the ${LEAK_CYCLES} cycles. Target: no live subscription left, heap within 5 %${context.leak ? (leakPassed ? ' (met)' : ' (**not met**)') : ''}.

${more.sections.join('\n\n')}
`;
  for (const section of more.sections) console.log(`${section}\n`);
  if (OUTPUT !== '-') {
    await writeFile(OUTPUT, markdown);
    log(`written to ${OUTPUT}`);
  }
  process.exitCode = failure || !reachedAll || !leakPassed || more.failed ? 1 : 0;
}

await main();
