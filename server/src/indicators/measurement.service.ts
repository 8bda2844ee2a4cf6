import type { EntityManager } from 'typeorm';
import { FollowUpRights } from '../actions/follow-up-rights';
import { type Context, inTransaction } from '../app/context';
import { badInput, conflict } from '../app/errors';
import { findOrFail } from '../app/lookup';
import { lockForUpdate } from '../app/updates';
import { today } from '../commitments/commitment-lifecycle';
import { checkedArchiveReason } from '../history/archive-reason';
import { ChangeKind } from '../history/change.entity';
import { diffOf, HistoryOf, recordChange } from '../history/history';
import { PlanEventType, publishPlanChange } from '../plans/plan-event';
import type { Indicator } from './indicator.entity';
import type { RecordMeasurementInput, UpdateMeasurementInput } from './indicator.inputs';
import { Measurement } from './measurement.entity';

/** The fields whose changes the history keeps. */
export const MEASUREMENT_HISTORY_FIELDS = [
  'indicatorId', 'measuredOn', 'value', 'source', 'reportedById', 'archivedAt', 'archiveReason',
] as const satisfies readonly (keyof Measurement)[];

/** A measurement describes what was observed: on a past day or today, never ahead. */
export function measuredOnError(date: string) {
  return date > today() ? "La date d'une mesure ne peut pas être dans le futur." : null;
}

/** Writes a new measurement in the caller's transaction, with its history and its live event. */
export async function insertMeasurement(
  tx: EntityManager,
  actorId: string,
  indicator: Indicator,
  fields: { measuredOn: string; value: number; source: string },
) {
  const measurement = await tx.save(tx.create(Measurement, { ...fields, indicatorId: indicator.id, reportedById: actorId }));
  await keepMeasurement(tx, actorId, ChangeKind.CREATED, null, measurement, indicator);
  return measurement;
}

async function keepMeasurement(tx: EntityManager, actorId: string, kind: ChangeKind, before: Measurement | null, measurement: Measurement, indicator: Indicator) {
  const diff = diffOf(before, measurement, MEASUREMENT_HISTORY_FIELDS);
  if (!diff.length) return;
  await recordChange(tx, { entityType: HistoryOf.Measurement, entityId: measurement.id, kind, actorId, diff });
  const type = kind === ChangeKind.CREATED ? PlanEventType.MEASUREMENT_RECORDED : PlanEventType.MEASUREMENT_CHANGED;
  await publishPlanChange(tx, { planId: indicator.planId, type, actorId, subjects: { measurement, indicator } });
}

/** Indicators' measurements: recorded by the action's partners and facilitators, corrected or archived, never deleted. */
export class MeasurementService {
  private readonly rights: FollowUpRights;

  constructor(private readonly context: Context) {
    this.rights = new FollowUpRights(context);
  }

  async record(input: RecordMeasurementInput) {
    const indicator = await this.reportableIndicator(input.indicatorId, true);
    const dateError = measuredOnError(input.measuredOn);
    if (dateError) throw badInput(dateError);
    return inTransaction(this.context, (tx) =>
      insertMeasurement(tx, this.context.viewer!.id, indicator, {
        measuredOn: input.measuredOn,
        value: input.value,
        source: input.source?.trim() ?? '',
      }),
    );
  }

  async update(input: UpdateMeasurementInput) {
    const { id, expectedVersion, ...changes } = input;
    const indicator = await this.reportableIndicator((await this.get(id)).indicatorId, false);
    const dateError = changes.measuredOn ? measuredOnError(changes.measuredOn) : null;
    if (dateError) throw badInput(dateError);
    return inTransaction(this.context, async (tx) => {
      const measurement = await this.lockOpen(tx, id, expectedVersion);
      const before = { ...measurement };
      if (changes.measuredOn != null) measurement.measuredOn = changes.measuredOn;
      if (changes.value != null) measurement.value = changes.value;
      if (changes.source != null) measurement.source = changes.source.trim();
      await tx.save(measurement);
      await keepMeasurement(tx, this.context.viewer!.id, ChangeKind.UPDATED, before, measurement, indicator);
      return measurement;
    });
  }

  /** A measurement entered by mistake is archived, with the reason; the latest value falls back on the one before. */
  async archive(id: string, reason: string, expectedVersion?: number | null) {
    const indicator = await this.reportableIndicator((await this.get(id)).indicatorId, false);
    const why = checkedArchiveReason(reason);
    return inTransaction(this.context, async (tx) => {
      const measurement = await this.lockOpen(tx, id, expectedVersion);
      const before = { ...measurement };
      Object.assign(measurement, { archivedAt: new Date(), archiveReason: why });
      await tx.save(measurement);
      await keepMeasurement(tx, this.context.viewer!.id, ChangeKind.ARCHIVED, before, measurement, indicator);
      return measurement;
    });
  }

  async get(id: string) {
    const measurement = await findOrFail(this.context.loaders.measurement, id, 'Mesure');
    const indicator = await findOrFail(this.context.loaders.indicator, measurement.indicatorId, 'Indicateur');
    await this.context.access.assertCanReadPlan(indicator.planId);
    return measurement;
  }

  /** An indicator still followed, of an action the viewer may report on (still open, to measure anew). */
  private async reportableIndicator(indicatorId: string, openAction: boolean) {
    const indicator = await findOrFail(this.context.loaders.indicator, indicatorId, 'Indicateur');
    const { action, planId } = await this.rights.actionOf(indicator.actionId, { open: openAction });
    await this.rights.assertCanReport(action, planId);
    if (indicator.archivedAt) throw conflict('Cet indicateur est archivé : il ne reçoit plus de mesures.');
    return indicator;
  }

  private async lockOpen(tx: EntityManager, id: string, expectedVersion?: number | null) {
    const measurement = await lockForUpdate(tx, Measurement, id, 'La mesure', expectedVersion);
    if (measurement.archivedAt) throw conflict('Cette mesure est archivée : elle ne change plus.');
    return measurement;
  }
}
