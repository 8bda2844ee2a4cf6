import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { BUDGET_LINE_HISTORY_FIELDS } from '../budget/budget-line.service';
import { ChangeKind } from '../history/change.entity';
import { diffOf, HistoryOf, recordChange } from '../history/history';
import { INDICATOR_HISTORY_FIELDS } from '../indicators/indicator.service';
import { MEASUREMENT_HISTORY_FIELDS } from '../indicators/measurement.service';
import { MILESTONE_HISTORY_FIELDS } from '../milestones/milestone.service';

const FIELDS: Record<string, readonly string[]> = {
  [HistoryOf.Indicator]: INDICATOR_HISTORY_FIELDS,
  [HistoryOf.Measurement]: MEASUREMENT_HISTORY_FIELDS,
  [HistoryOf.Milestone]: MILESTONE_HISTORY_FIELDS,
  [HistoryOf.BudgetLine]: BUDGET_LINE_HISTORY_FIELDS,
};

/** Saves a demo record with its creation in the history, as the services would have (no live event: nobody listens yet). */
export async function createKept<T extends ObjectLiteral & { id: string }>(
  tx: EntityManager,
  entity: EntityTarget<T>,
  entityType: HistoryOf,
  fields: Partial<T>,
  actorId: string | null,
  at?: Date,
): Promise<T> {
  const record = (await tx.save(tx.create(entity, { ...fields, ...(at ? { createdAt: at, updatedAt: at } : {}) } as never))) as T;
  const diff = diffOf(null, record, FIELDS[entityType] as never);
  await recordChange(tx, { entityType, entityId: record.id, kind: ChangeKind.CREATED, actorId, diff, at });
  return record;
}
