/**
 * The Trame server of the benchmark, in a process of its own so that the clients' work does
 * not share its event loop. Driven by IPC: `stats` (statement count, live connections and
 * subscriptions, and heap, after a GC when run with --expose-gc), `cpu` (the process's CPU time,
 * no GC), `loop` and `stop`.
 */
import 'reflect-metadata';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { readConfig } from '../../server/src/app/config';
import { buildTrameSchema } from '../../server/src/app/schema';
import { startServer } from '../../server/src/app/server';

const databaseUrl = process.env.BENCH_DATABASE_URL!;
const server = await startServer({
  config: { ...readConfig({}), port: 0, host: '127.0.0.1' },
  databaseUrl,
  schema: await buildTrameSchema(),
  log: (line) => console.error(`[trame] ${line}`),
});

const gc = (globalThis as { gc?: () => void }).gc;
// The server's event-loop lag, read (and restarted) by `loop`: how late its timers ran.
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
loopDelay.enable();

process.on('message', async (message: { type: string; id: number }) => {
  if (message.type === 'stats') {
    if (gc) {
      gc();
      gc();
    }
    const { heapUsed, rss } = process.memoryUsage();
    process.send!({ type: 'stats', id: message.id, statements: server.statements.count, heapUsed, rss, gc: Boolean(gc), live: server.live() });
  } else if (message.type === 'cpu') {
    process.send!({ type: 'cpu', id: message.id, ...process.cpuUsage() });
  } else if (message.type === 'loop') {
    const p99Ms = loopDelay.percentile(99) / 1e6;
    const maxMs = loopDelay.max / 1e6;
    loopDelay.reset();
    process.send!({ type: 'loop', id: message.id, p99Ms, maxMs });
  } else if (message.type === 'stop') {
    await server.stop();
    process.send!({ type: 'stopped', id: message.id }, () => process.disconnect());
  }
});

process.send!({ type: 'ready', port: server.port });
