import 'reflect-metadata';
import { fileURLToPath } from 'node:url';
import { readConfig } from './app/config';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './app/embedded-postgres';
import { buildTrameSchema } from './app/schema';
import { startServer } from './app/server';
import { ensureFirstAdmin } from './demo/ensure-admin';
import { loadDemoData } from './demo/load-demo-data';

const CLIENT_DIST = fileURLToPath(new URL('../../client/dist', import.meta.url));

const config = readConfig();
let embedded: EmbeddedDatabase | undefined;
let databaseUrl = config.databaseUrl;
if (!databaseUrl) {
  console.log(`No DATABASE_URL: starting the embedded PostgreSQL (data in ${config.dataDir}/)…`);
  embedded = await startEmbeddedPostgres(config.dataDir);
  databaseUrl = embedded.url;
}

const server = await startServer({
  config,
  databaseUrl,
  schema: await buildTrameSchema(),
  clientDist: CLIENT_DIST,
  log: (line) => console.error(line),
});
const { dataSource } = server.services;
const wantDemo = process.env.TRAME_DEMO_DATA ? process.env.TRAME_DEMO_DATA === 'true' : Boolean(embedded);
if (wantDemo && (await loadDemoData(dataSource))) {
  console.log('Demo data loaded: Valenciennes Métropole, PLDESS 2021–2026 (accounts in the README).');
}
if (await ensureFirstAdmin(dataSource, process.env.TRAME_ADMIN_EMAIL, process.env.TRAME_ADMIN_PASSWORD)) {
  console.log(`First admin created: ${process.env.TRAME_ADMIN_EMAIL}`);
}
console.log(`Trame is ready at http://localhost:${server.port}`);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: finishing requests and stopping…`);
  await server.stop().catch((error) => console.error(error));
  await embedded?.stop().catch((error) => console.error(error));
  process.exit(0);
}
// embedded-postgres installs exit hooks that exit at once with 128+signal; replace them so
// requests drain first, then the database stops (shutdown does both).
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.removeAllListeners(signal);
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
