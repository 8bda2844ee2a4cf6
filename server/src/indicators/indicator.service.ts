import type { EntityManager } from 'typeorm';
import { FollowUpRights } from '../actions/follow-up-rights';
import { type Context, inTransaction } from '../app/context';
import { badInput, conflict } from '../app/errors';
import { findOrFail } from '../app/lookup';
import { lockForUpdate } from '../app/updates';
import { checkedArchiveReason } from '../history/archive-reason';
import { ChangeKind } from '../history/change.entity';
import { diffOf, HistoryOf, recordChange } from '../history/history';
import { PlanEventType, publishPlanChange } from '../plans/plan-event';
import { targetFitsDirection } from './attainment';
import { Indicator, IndicatorDirection } from './indicator.entity';
import type { CreateIndicatorInput, UpdateIndicatorInput } from './indicator.inputs';

/** The fields whose changes the history keeps. */
export const INDICATOR_HISTORY_FIELDS = [
  'name', 'unit', 'baseline', 'target', 'targetOn', 'direction', 'archivedAt', 'archiveReason',
] as const satisfies readonly (keyof Indicator)[];

function assertTargetFits(indicator: Indicator) {
  if (!targetFitsDirection(indicator)) {
    throw badInput(
      indicator.direction === IndicatorDirection.UP_IS_GOOD
        ? 'Pour un indicateur à la hausse, la cible ne peut pas être inférieure à la valeur de départ.'
        : 'Pour un indicateur à la baisse, la cible ne peut pas être supérieure à la valeur de départ.',
    );
  }
}

/** Actions' indicators: defined by the plan's facilitators, every change kept and published live. */
export class IndicatorService {
  private readonly rights: FollowUpRights;

  constructor(private readonly context: Context) {
    this.rights = new FollowUpRights(context);
  }

  async get(id: string) {
    const indicator = await findOrFail(this.context.loaders.indicator, id, 'Indicateur');
    await this.context.access.assertCanReadPlan(indicator.planId);
    return indicator;
  }

  async create(input: CreateIndicatorInput) {
    const { planId } = await this.rights.actionOf(input.actionId, { open: true });
    await this.rights.assertCanSteer(planId);
    return inTransaction(this.context, async (tx) => {
      const indicator = tx.create(Indicator, { ...input, name: input.name.trim(), unit: input.unit?.trim() ?? '', planId });
      assertTargetFits(indicator);
      await tx.save(indicator);
      await this.keep(tx, ChangeKind.CREATED, null, indicator);
      return indicator;
    });
  }

  async update(input: UpdateIndicatorInput) {
    const { id, expectedVersion, ...changes } = input;
    await this.rights.assertCanSteer((await this.get(id)).planId);
    return inTransaction(this.context, async (tx) => {
      const indicator = await this.lockOpen(tx, id, expectedVersion);
      const before = { ...indicator };
      // A required field sent as null is left as it is; null clears only the target date.
      for (const [key, value] of Object.entries(changes) as [keyof typeof changes, never][]) {
        if (value !== undefined && (value !== null || key === 'targetOn')) indicator[key] = value;
      }
      indicator.name = indicator.name.trim();
      indicator.unit = indicator.unit.trim();
      assertTargetFits(indicator);
      await tx.save(indicator);
      await this.keep(tx, ChangeKind.UPDATED, before, indicator);
      return indicator;
    });
  }

  /** Nothing is deleted: an indicator no longer followed is archived, with the reason; its measurements stay. */
  async archive(id: string, reason: string, expectedVersion?: number | null) {
    await this.rights.assertCanSteer((await this.get(id)).planId);
    const why = checkedArchiveReason(reason);
    return inTransaction(this.context, async (tx) => {
      const indicator = await this.lockOpen(tx, id, expectedVersion);
      const before = { ...indicator };
      Object.assign(indicator, { archivedAt: new Date(), archiveReason: why });
      await tx.save(indicator);
      await this.keep(tx, ChangeKind.ARCHIVED, before, indicator);
      return indicator;
    });
  }

  private async lockOpen(tx: EntityManager, id: string, expectedVersion?: number | null) {
    const indicator = await lockForUpdate(tx, Indicator, id, "L'indicateur", expectedVersion);
    if (indicator.archivedAt) throw conflict('Cet indicateur est archivé : il ne change plus.');
    return indicator;
  }

  /** Keeps the change in the history and announces it on the plan's stream, if anything moved. */
  private async keep(tx: EntityManager, kind: ChangeKind, before: Indicator | null, indicator: Indicator) {
    const actorId = this.context.viewer!.id;
    const diff = diffOf(before, indicator, INDICATOR_HISTORY_FIELDS);
    if (!diff.length) return;
    await recordChange(tx, { entityType: HistoryOf.Indicator, entityId: indicator.id, kind, actorId, diff });
    await publishPlanChange(tx, { planId: indicator.planId, type: PlanEventType.INDICATOR_CHANGED, actorId, subjects: { indicator } });
  }
}
