import type { EntityManager, EntityTarget } from 'typeorm';
import type { TrameEntity } from './base.entity';
import { conflict, notFound } from './errors';
import { isUuid } from './lookup';

/**
 * Locks a row for the rest of the transaction and refuses a stale write: when the caller
 * sends the version it last saw and the row has moved on since, it is a CONFLICT.
 */
export async function lockForUpdate<T extends TrameEntity>(
  tx: EntityManager,
  entity: EntityTarget<T>,
  id: string,
  label: string,
  expectedVersion?: number | null,
): Promise<T> {
  const row = isUuid(id)
    ? await tx.findOne(entity, { where: { id } as never, lock: { mode: 'pessimistic_write' } })
    : null;
  if (!row) throw notFound(label);
  if (expectedVersion != null && row.version !== expectedVersion) {
    throw conflict(
      `${label} a été modifié(e) entre-temps (version ${row.version}, vous aviez la ${expectedVersion}) : rechargez avant d'enregistrer.`,
    );
  }
  return row;
}

/** Copies the fields the caller set (undefined means "leave as is"). */
export function applyChanges<T extends object>(row: T, changes: Partial<T>): T {
  for (const [key, value] of Object.entries(changes)) {
    if (value !== undefined && key !== 'id' && key !== 'expectedVersion') {
      (row as Record<string, unknown>)[key] = value;
    }
  }
  return row;
}
