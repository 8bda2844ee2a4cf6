/** Writes schema/schema.graphql from the code: `npm run schema`. */
import { writeFile } from 'node:fs/promises';
import { printTrameSchema, SCHEMA_FILE } from './app/schema-file';

await writeFile(SCHEMA_FILE, await printTrameSchema());
console.log(`Wrote ${SCHEMA_FILE}`);
