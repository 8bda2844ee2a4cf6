import { lexicographicSortSchema, printSchema } from 'graphql';
import { fileURLToPath } from 'node:url';
import { buildTrameSchema } from './schema';

export const SCHEMA_FILE = fileURLToPath(new URL('../../../schema/schema.graphql', import.meta.url));

/** The schema as committed: sorted, so the file only changes when the API does. */
export async function printTrameSchema() {
  const header = '# Emitted from the server code by `npm run schema`; do not edit by hand.\n\n';
  return header + printSchema(lexicographicSortSchema(await buildTrameSchema())) + '\n';
}
