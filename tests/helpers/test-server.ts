import type { GraphQLSchema } from 'graphql';
import { readConfig, type TrameConfig } from '../../server/src/app/config';
import { buildTrameSchema } from '../../server/src/app/schema';
import { startServer, type TrameServer } from '../../server/src/app/server';
import { createTestDatabase } from './database';

let schema: Promise<GraphQLSchema> | null = null;

export interface TestServer extends TrameServer {
  databaseUrl: string;
  wsUrl: string;
}

/**
 * A real server on a free port over a fresh database (or the one given, to run several
 * instances on one database). Stop it after use; it drops the database it created.
 */
export async function startTestServer(
  options: { databaseUrl?: string; config?: Partial<TrameConfig>; clientDist?: string } = {},
): Promise<TestServer> {
  schema ??= buildTrameSchema();
  const database = options.databaseUrl ? null : await createTestDatabase();
  const databaseUrl = options.databaseUrl ?? database!.url;
  const config = { ...readConfig({}), port: 0, host: '127.0.0.1', ...options.config };
  const server = await startServer({ config, databaseUrl, schema: await schema, clientDist: options.clientDist });
  return {
    ...server,
    databaseUrl,
    wsUrl: `${server.url.replace('http', 'ws')}/graphql`,
    async stop() {
      await server.stop();
      await database?.drop();
    },
  };
}
