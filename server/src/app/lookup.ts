import type DataLoader from 'dataloader';
import { notFound } from './errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (id: string) => UUID.test(id);

/** Loads a record by id, or fails with NOT_FOUND (a malformed id is simply unknown). */
export async function findOrFail<T>(loader: DataLoader<string, T | null>, id: string, label: string): Promise<T> {
  const found = isUuid(id) ? await loader.load(id) : null;
  if (!found) throw notFound(label);
  return found;
}
