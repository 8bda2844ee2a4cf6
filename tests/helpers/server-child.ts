/**
 * A Trame server in a process of its own, for tests that kill and restart one: started on
 * SERVER_PORT (0 for any) over SERVER_DATABASE_URL, it reports its port over IPC.
 */
import 'reflect-metadata';
import { readConfig } from '../../server/src/app/config';
import { buildTrameSchema } from '../../server/src/app/schema';
import { startServer } from '../../server/src/app/server';

const server = await startServer({
  config: { ...readConfig({}), port: Number(process.env.SERVER_PORT ?? 0), host: '127.0.0.1' },
  databaseUrl: process.env.SERVER_DATABASE_URL!,
  schema: await buildTrameSchema(),
  log: () => {},
});
process.on('message', async (message: { type: string }) => {
  if (message.type !== 'stop') return;
  await server.stop();
  process.exit(0);
});
process.send!({ type: 'ready', port: server.port });
