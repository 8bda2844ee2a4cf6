import type { EntityManager } from 'typeorm';
import { Change, ChangeKind, type FieldChange } from './change.entity';

/** The record types whose history is kept, by table name. */
export enum HistoryOf {
  Commitment = 'commitments',
  Indicator = 'indicators',
  Measurement = 'measurements',
  Milestone = 'milestones',
  BudgetLine = 'budget_lines',
  PartnerReport = 'partner_reports',
}

/** A value as the history keeps it: dates as ISO text, missing values as null. */
function comparable(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  return value ?? null;
}

/** The fields whose value differs between two snapshots of a record. */
export function diffOf<T extends object>(before: Partial<T> | null, after: T, fields: readonly (keyof T & string)[]): FieldChange[] {
  return fields.flatMap((field) => {
    const oldValue = comparable(before?.[field]);
    const newValue = comparable(after[field]);
    return JSON.stringify(oldValue) === JSON.stringify(newValue) ? [] : [{ field, oldValue, newValue }];
  });
}

/** Appends a change to a record's history in the caller's transaction; nothing if no field moved. */
export async function recordChange(
  tx: EntityManager,
  change: { entityType: HistoryOf; entityId: string; kind: ChangeKind; actorId: string | null; diff: FieldChange[]; at?: Date },
) {
  if (!change.diff.length) return null;
  return tx.save(tx.create(Change, change));
}

/** The key of a record's history in the `changesOf` loader. */
export const historyKey = (entityType: HistoryOf, entityId: string) => `${entityType}|${entityId}`;
