import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../server/src/app/database';
import { startEmbeddedPostgres } from '../../server/src/app/embedded-postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    serverUrl: string;
    templateDatabase: string;
    /** Prefix of this run's databases, so runs side by side never drop each other's. */
    databasePrefix: string;
  }
}

/**
 * One PostgreSQL for the run: DATABASE_URL's, or an embedded one. Migrations are applied once
 * to a template database that every test database is copied from.
 */
export default async function setup(project: TestProject) {
  let stopEmbedded: (() => Promise<void>) | null = null;
  let serverUrl = process.env.DATABASE_URL;
  let dataDir: string | null = null;
  if (!serverUrl) {
    dataDir = await mkdtemp(path.join(tmpdir(), 'trame-test-pg-'));
    // Run as root, PostgreSQL runs as the user postgres, who must be able to enter it.
    await chmod(dataDir, 0o755);
    const embedded = await startEmbeddedPostgres(dataDir);
    serverUrl = embedded.url;
    stopEmbedded = embedded.stop;
  }
  const templateDatabase = `trame_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${templateDatabase}`);
  await admin.query(`CREATE DATABASE ${templateDatabase}`);
  const { dataSource } = await openDatabase(withDatabase(serverUrl, templateDatabase));
  await dataSource.destroy();
  project.provide('serverUrl', serverUrl);
  project.provide('templateDatabase', templateDatabase);
  const databasePrefix = `trame_test_${process.pid}_`;
  project.provide('databasePrefix', databasePrefix);

  return async () => {
    const leftovers = await admin.query(
      `SELECT datname FROM pg_database WHERE starts_with(datname, $1) OR datname = $2`,
      [databasePrefix, templateDatabase],
    );
    for (const { datname } of leftovers.rows) await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    await admin.end();
    await stopEmbedded?.();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  };
}

export function withDatabase(serverUrl: string, database: string) {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
