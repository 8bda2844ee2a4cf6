/**
 * The live-session benchmarks on their own: session load and reconnect storm, against one
 * Trame process. `npm run bench` runs them too; this prints their tables only.
 * Settings: DATABASE_URL, BENCH_SESSION_SECONDS (default 60), BENCH_SESSION_RATES (default
 * "10,25,50,100,200"), BENCH_FOLLOWERS (default 1000), BENCH_PARTICIPANTS (default 200).
 */
import { createBenchDatabase, startPostgres } from './database';
import { killChildren, startChild } from './processes';
import { reconnectStormTable, runReconnectStorm } from './reconnect-storm';
import { runSessionLoad, sessionLoadTable, type SessionLoadSettings } from './session-load';

const log = (line: string) => console.log(`[bench] ${line}`);

export function sessionSettings(): SessionLoadSettings {
  return {
    followers: Number(process.env.BENCH_FOLLOWERS ?? 1000),
    participants: Number(process.env.BENCH_PARTICIPANTS ?? 200),
    rates: (process.env.BENCH_SESSION_RATES ?? '10,25,50,100,200').split(',').map(Number),
    seconds: Number(process.env.BENCH_SESSION_SECONDS ?? 60),
  };
}

/** Both benchmarks, each on a fresh database and server; returns their markdown sections. */
export async function runSessionBenchmarks(serverUrl: string) {
  const settings = sessionSettings();
  const sections: string[] = [];
  for (const part of ['load', 'storm'] as const) {
    const database = await createBenchDatabase(serverUrl);
    const server = await startChild('./trame-process.ts', { BENCH_DATABASE_URL: database.url });
    try {
      if (part === 'load') {
        const rows = await runSessionLoad(server, database.url, settings, log);
        sections.push(`## Session load: ${settings.participants} participants, ${settings.followers} followers\n\n${sessionLoadTable(rows, settings)}`);
      } else {
        const row = await runReconnectStorm(server, database.url, settings.followers, 20, log);
        sections.push(`## Reconnect storm\n\n${reconnectStormTable(row)}`);
      }
    } finally {
      await server.stop();
      await database.drop();
    }
  }
  return sections;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const postgres = await startPostgres(log);
  try {
    console.log(`\n${(await runSessionBenchmarks(postgres.serverUrl)).join('\n\n')}\n`);
  } finally {
    await postgres.stop();
    killChildren();
  }
}
