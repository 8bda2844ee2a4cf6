import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface ServerStats {
  statements: number;
  heapUsed: number;
  rss: number;
  gc: boolean;
  live: { connections: number; subscriptions: number };
}

/** A server run in a child process (trame-process.ts or raw-process.ts), driven over IPC. */
export interface ChildServer {
  port: number;
  stats(): Promise<ServerStats>;
  /** The process's CPU time so far (user + system), in microseconds; no GC first. */
  cpuMicros(): Promise<number>;
  /** The event-loop lag since the last call (Trame's process only). */
  loopLag(): Promise<{ p99Ms: number; maxMs: number }>;
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();

/** Kills what is still running (by its pid, only the children this script started). */
export function killChildren() {
  for (const child of running) child.kill('SIGKILL');
}

export async function startChild(file: string, env: Record<string, string> = {}): Promise<ChildServer> {
  const child = fork(fileURLToPath(new URL(file, import.meta.url)), [], {
    // BENCH_NODE_ARGS adds flags to the servers' Node, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
    execArgv: ['--import', 'tsx', '--expose-gc', ...(process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean)],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  let nextId = 0;
  const pending = new Map<number, (reply: any) => void>();
  child.on('message', (message: any) => {
    if (message.id !== undefined) {
      pending.get(message.id)?.(message);
      pending.delete(message.id);
    }
  });
  const request = (type: string, timeoutMs = 30_000) =>
    new Promise<any>((resolve, reject) => {
      const id = nextId++;
      const timer = setTimeout(() => reject(new Error(`${file}: no answer to ${type}`)), timeoutMs);
      pending.set(id, (reply) => {
        clearTimeout(timer);
        resolve(reply);
      });
      child.send({ type, id });
    });
  const port = await new Promise<number>((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`${file} exited (${code}) before it was ready`));
    child.once('exit', onExit);
    child.on('message', (message: any) => {
      if (message.type === 'ready') {
        child.off('exit', onExit);
        resolve(message.port);
      }
    });
  });
  return {
    port,
    stats: () => request('stats'),
    cpuMicros: async () => {
      const { user, system } = await request('cpu');
      return user + system;
    },
    loopLag: () => request('loop'),
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      try {
        await request('stop', 20_000);
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
      } finally {
        if (child.exitCode === null) {
          console.error(`[bench] ${file} did not exit after stopping: killed`);
          child.kill('SIGKILL');
        }
      }
    },
  };
}
