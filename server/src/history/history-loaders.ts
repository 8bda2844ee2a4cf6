import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { Change } from './change.entity';

/** The history of records, keyed `entityType|entityId` (see historyKey), newest change first. */
export function historyLoaders(dataSource: DataSource) {
  return {
    changesOf: new DataLoader<string, Change[]>(async (keys) => {
      const pairs = keys.map((key) => key.split('|'));
      const rows: Change[] = await dataSource.query(
        `SELECT c.id, c.entity_type AS "entityType", c.entity_id AS "entityId", c.kind, c.actor_id AS "actorId", c.at, c.diff
           FROM changes c JOIN unnest($1::text[], $2::uuid[]) AS k(entity_type, entity_id) USING (entity_type, entity_id)
          ORDER BY c.at DESC, c.seq DESC`,
        [pairs.map(([type]) => type), pairs.map(([, id]) => id)],
      );
      const byKey = new Map<string, Change[]>();
      for (const row of rows) {
        const key = `${row.entityType}|${row.entityId}`;
        byKey.set(key, [...(byKey.get(key) ?? []), Object.assign(new Change(), row)]);
      }
      return keys.map((key) => byKey.get(key) ?? []);
    }),
  };
}
