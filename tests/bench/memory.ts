/**
 * Memory: heap per idle subscribed connection (Trame, a plain graphql-ws server, a bare ws
 * server), and a leak check: thousands of connect–subscribe–disconnect cycles against Trame,
 * some cut while the connection or the subscription is being set up, after which the server
 * must hold no live subscription and its heap must be back where it started.
 */
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import { MEETING_CHANGED } from './clients';
import type { ChildServer } from './processes';

const KiB = 1024;
const MiB = 1024 * 1024;
const round = (value: number, digits = 1) => Number(value.toFixed(digits));

export interface IdleHeapRow {
  n: number;
  trameKiB?: number;
  graphqlWsKiB?: number;
  rawKiB?: number;
}

/** Heap per connection: after a GC with `n` idle connections, minus before opening them. */
export async function heapPerConnection(server: ChildServer, n: number, open: () => Promise<{ close(): Promise<void> }>, ready: () => Promise<void>) {
  const before = await server.stats();
  const group = await open();
  try {
    await ready();
    const after = await server.stats();
    return { kiB: round((after.heapUsed - before.heapUsed) / n / KiB), close: () => group.close() };
  } catch (error) {
    await group.close();
    throw error;
  }
}

/** Polls the server until it reports `count` live subscriptions (at most `timeoutMs`). */
export async function waitForSubscriptions(server: ChildServer, count: number, timeoutMs = 60_000) {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const { live } = await server.stats();
    if (live.subscriptions === count) return live;
    if (performance.now() > deadline) throw new Error(`${live.subscriptions} live subscriptions, not ${count}, after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** How a cycle ends: cut before the connection is acknowledged, right after subscribing, or once live (complete then close, or close). */
const ENDINGS = ['before ack', 'while subscribing', 'complete when live', 'close when live'] as const;
type Ending = (typeof ENDINGS)[number];

/**
 * One cycle over the graphql-transport-ws protocol by hand: connect, init, subscribe to the
 * meeting from one event back (so a live subscription proves itself with a `next`), end.
 */
function cycle(url: string, cookie: string, variables: Record<string, unknown>, ending: Ending) {
  return new Promise<void>((resolve, reject) => {
    const socket = new WebSocket(url, 'graphql-transport-ws', { headers: { cookie } });
    const timer = setTimeout(() => {
      socket.terminate();
      reject(new Error(`cycle "${ending}" timed out`));
    }, 30_000);
    socket.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
    socket.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    socket.once('open', () => {
      socket.send(JSON.stringify({ type: 'connection_init' }));
      if (ending === 'before ack') socket.close();
    });
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { type: string };
      if (message.type === 'connection_ack') {
        socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: MEETING_CHANGED, variables } }));
        if (ending === 'while subscribing') socket.close();
      } else if (message.type === 'next') {
        if (ending === 'complete when live') socket.send(JSON.stringify({ id: '1', type: 'complete' }));
        socket.close();
      } else if (message.type === 'error') {
        socket.close();
        reject(new Error(`subscription error: ${String(data)}`));
      }
    });
  });
}

export interface LeakCheck {
  cycles: number;
  seconds: number;
  heapBeforeMiB: number;
  heapAfterMiB: number;
  changePercent: number;
  live: { connections: number; subscriptions: number };
}

/** `cycles` cycles, `concurrency` at a time, the four endings in turn; the heap compared after `warmUp` cycles. */
export async function runLeakCheck(options: {
  server: ChildServer;
  url: string;
  cookies: string[];
  meetingId: string;
  after: number;
  cycles: number;
  warmUp: number;
  concurrency: number;
  log: (line: string) => void;
}): Promise<LeakCheck> {
  const { server, url, cookies, meetingId, after, concurrency, log } = options;
  const variables = { meetingId, after: after - 1 };
  const run = async (count: number) => {
    let next = 0;
    const worker = async () => {
      while (next < count) {
        const index = next++;
        await cycle(url, cookies[index % cookies.length], variables, ENDINGS[index % ENDINGS.length]);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
  };
  const settled = async () => {
    const deadline = performance.now() + 30_000;
    for (;;) {
      const stats = await server.stats();
      if ((stats.live.connections === 0 && stats.live.subscriptions === 0) || performance.now() > deadline) return stats;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };
  log(`leak check: ${options.warmUp} warm-up cycles`);
  await run(options.warmUp);
  const before = await settled();
  log(`leak check: ${options.cycles} cycles, ${concurrency} at a time`);
  const started = performance.now();
  await run(options.cycles);
  const seconds = round((performance.now() - started) / 1000);
  const after_ = await settled();
  return {
    cycles: options.cycles,
    seconds,
    heapBeforeMiB: round(before.heapUsed / MiB),
    heapAfterMiB: round(after_.heapUsed / MiB),
    changePercent: round(((after_.heapUsed - before.heapUsed) / before.heapUsed) * 100),
    live: after_.live,
  };
}

export function memoryTables(rows: IdleHeapRow[], leak: LeakCheck | null, leakNote: string | null) {
  const cell = (value?: number) => (value === undefined ? '–' : String(value));
  const lines = [
    '| N idle subscribed connections | Trame (KiB / connection) | plain graphql-ws (KiB / connection) | raw ws (KiB / connection) |',
    '|---:|---:|---:|---:|',
    ...rows.map((row) => `| ${row.n} | ${cell(row.trameKiB)} | ${cell(row.graphqlWsKiB)} | ${cell(row.rawKiB)} |`),
    '',
    '| cycles (connect, subscribe, disconnect) | time (s) | live subscriptions after | open connections after | heap before (MiB) | heap after (MiB) | heap change |',
    '|---:|---:|---:|---:|---:|---:|---:|',
  ];
  if (leak) {
    lines.push(
      `| ${leak.cycles} | ${leak.seconds} | ${leak.live.subscriptions} | ${leak.live.connections} | ${leak.heapBeforeMiB} | ${leak.heapAfterMiB} | ${leak.changePercent > 0 ? '+' : ''}${leak.changePercent} % |`,
    );
  } else {
    lines.push(`| not run: ${leakNote ?? ''} | | | | | | |`);
  }
  return lines.join('\n');
}

export const LEAK_ENDINGS = ENDINGS;
