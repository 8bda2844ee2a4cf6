import { runCoeditingBenchmark } from './coediting';
import { runDashboardBenchmark } from './dashboard';
import { runSessionBenchmarks } from './session';

/**
 * The benchmarks run after the fan-out and memory ones, each on its own database and server
 * process: session load, reconnect storm, co-editing, the chairs' dashboard. BENCH_MORE
 * lists which (default "session,coediting,dashboard"; empty for none).
 */
export async function runMoreBenchmarks(serverUrl: string, log: (line: string) => void) {
  const wanted = (process.env.BENCH_MORE ?? 'session,coediting,dashboard').split(',').filter(Boolean);
  const parts: Record<string, () => Promise<string[]>> = {
    session: () => runSessionBenchmarks(serverUrl),
    coediting: async () => [await runCoeditingBenchmark(serverUrl, log)],
    dashboard: async () => [await runDashboardBenchmark(serverUrl, log)],
  };
  const sections: string[] = [];
  let failed = false;
  for (const name of wanted) {
    try {
      sections.push(...(await parts[name]()));
    } catch (error) {
      failed = true;
      log(`${name}: ${error instanceof Error ? error.stack : String(error)}`);
      sections.push(`## ${name}\n\nNot measured: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { sections, failed };
}
