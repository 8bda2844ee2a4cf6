import DataLoader from 'dataloader';
import { type DataSource, type EntityTarget, type ObjectLiteral, In, IsNull } from 'typeorm';

/** Records by id, null for an unknown one. */
export function byId<T extends ObjectLiteral & { id: string }>(dataSource: DataSource, entity: EntityTarget<T>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await dataSource.getRepository(entity).findBy({ id: In([...ids]) } as never);
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** Children grouped by a parent key, in the given order, archived ones left out. */
export function childrenOf<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  key: keyof T & string,
  order: Partial<Record<keyof T, 'ASC' | 'DESC'>>,
) {
  return new DataLoader<string, T[]>(async (parentIds) => {
    const rows = await dataSource.getRepository(entity).find({
      where: { [key]: In([...parentIds]), archivedAt: IsNull() } as never,
      order: order as never,
    });
    return parentIds.map((id) => rows.filter((row) => row[key] === id));
  });
}
