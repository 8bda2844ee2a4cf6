import pg from 'pg';
import { DataSource, type Logger } from 'typeorm';
import { MIGRATIONS } from '../migrations';
import { ENTITIES } from './entities';

// Keep SQL dates as 'YYYY-MM-DD' strings: a JS Date would shift them by the time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

/** Counts the SQL statements sent, so tests can check that list queries are batched. */
export class StatementCounter implements Logger {
  count = 0;
  logQuery() {
    this.count += 1;
  }
  logQueryError() {}
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}
}

export function createDataSource(url: string, logger = new StatementCounter()) {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    synchronize: false,
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    logging: ['query'],
    logger,
    extra: { max: Number(process.env.TRAME_DB_POOL ?? 10) },
  });
}

/** Connects and applies pending migrations. */
export async function openDatabase(url: string) {
  const counter = new StatementCounter();
  const dataSource = createDataSource(url, counter);
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'all' });
  return { dataSource, counter };
}
