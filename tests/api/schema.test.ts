import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/src/app/database';
import { printTrameSchema, SCHEMA_FILE } from '../../server/src/app/schema-file';
import { createTestDatabase } from '../helpers/database';

describe('the committed schema', () => {
  it('equals what the server code emits (run `npm run schema` after changing the API)', async () => {
    expect(await readFile(SCHEMA_FILE, 'utf8')).toBe(await printTrameSchema());
  });

  it('names the core types and a Subscription type', async () => {
    const schema = await readFile(SCHEMA_FILE, 'utf8');
    for (const type of ['Territory', 'Plan', 'Orientation', 'Action', 'Organization', 'Person', 'GovernanceBody', 'Membership', 'Subscription']) {
      expect(schema).toMatch(new RegExp(`^type ${type} \\{`, 'm'));
    }
  });
});

describe('the migrations', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it('build exactly the schema the entities describe (generate a migration after changing one)', async () => {
    const { dataSource } = await openDatabase(database.url);
    try {
      const pending = await dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((query) => query.query)).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });

  it('keep the rules in the database: a bad row is refused by PostgreSQL itself', async () => {
    const { dataSource } = await openDatabase(database.url);
    try {
      await expect(
        dataSource.query(`INSERT INTO territories (name, kind, version) VALUES ('X', 'PLANET', 1)`),
      ).rejects.toThrow(/territories_kind_check/);
      await expect(
        dataSource.query(`INSERT INTO plans (territory_id, title, kind, start_year, end_year, version) VALUES (gen_random_uuid(), 'P', 'PLDESS', 2021, 2026, 1)`),
      ).rejects.toThrow(/plans_territory_fk/);
    } finally {
      await dataSource.destroy();
    }
  });
});
