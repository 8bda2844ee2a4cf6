/**
 * Prints a migration for the difference between the entities and a database that has all
 * committed migrations applied: `npm run migration:generate -w server -- Name`.
 */
import { writeFile } from 'node:fs/promises';
import { openDatabase } from '../app/database';

const name = process.argv[2];
const url = process.env.DATABASE_URL;
if (!name || !url) {
  console.error('Usage: DATABASE_URL=… npm run migration:generate -w server -- MigrationName');
  process.exit(2);
}
const { dataSource } = await openDatabase(url);
const sql = await dataSource.driver.createSchemaBuilder().log();
await dataSource.destroy();
if (sql.upQueries.length === 0) {
  console.log('The database already matches the entities.');
  process.exit(0);
}
const stamp = Date.now();
const quote = (query: string) => '`' + query.replace(/`/g, '\\`') + '`';
const lines = (queries: { query: string }[]) =>
  queries.map(({ query }) => `    await queryRunner.query(${quote(query)});`).join('\n');
const file = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${name}${stamp} implements MigrationInterface {
  name = '${name}${stamp}';

  async up(queryRunner: QueryRunner): Promise<void> {
${lines(sql.upQueries)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${lines(sql.downQueries.reverse())}
  }
}
`;
const path = new URL(`./${stamp}-${name}.ts`, import.meta.url);
await writeFile(path, file);
console.log(`Wrote ${path.pathname}; add it to migrations/index.ts.`);
