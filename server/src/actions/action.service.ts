import type { EntityManager } from 'typeorm';
import { type Context, inTransaction } from '../app/context';
import { badInput } from '../app/errors';
import { findOrFail, isUuid } from '../app/lookup';
import { applyChanges, lockForUpdate } from '../app/updates';
import { PlanEventType, publishPlanChange } from '../plans/plan-event';
import { Action, ActionPartner } from './action.entity';
import type { CreateActionInput, UpdateActionInput } from './action.inputs';

/** Actions of the action plan: edited by the plan's facilitators, each change published live. */
export class ActionService {
  constructor(private readonly context: Context) {}

  async get(id: string) {
    const action = await findOrFail(this.context.loaders.action, id, 'Action');
    const orientation = await findOrFail(this.context.loaders.orientation, action.orientationId, 'Orientation');
    await this.context.access.assertCanReadPlan(orientation.planId);
    return action;
  }

  async create(input: CreateActionInput) {
    const { partnerIds, ...fields } = input;
    const planId = await this.editablePlanOf(input.orientationId);
    this.assertIds([fields.leadPartnerId, ...(partnerIds ?? [])]);
    return inTransaction(this.context, async (tx) => {
      const [{ next }] = await tx.query(
        'SELECT COALESCE(MAX(position), -1) + 1 AS next FROM actions WHERE orientation_id = $1',
        [input.orientationId],
      );
      const action = await tx.save(tx.create(Action, { ...fields, description: fields.description ?? '', position: next }));
      if (partnerIds) await this.setPartners(tx, action.id, partnerIds);
      await this.publish(tx, planId, PlanEventType.ACTION_CREATED, action);
      return action;
    });
  }

  async update(input: UpdateActionInput) {
    const { id, expectedVersion, partnerIds, ...changes } = input;
    const current = await this.get(id);
    const planId = await this.editablePlanOf(current.orientationId);
    if (changes.orientationId && (await this.editablePlanOf(changes.orientationId)) !== planId) {
      throw badInput("Une action ne peut changer que d'orientation au sein du même plan.");
    }
    this.assertIds([changes.leadPartnerId, ...(partnerIds ?? [])]);
    return inTransaction(this.context, async (tx) => {
      const action = applyChanges(await lockForUpdate(tx, Action, id, "L'action", expectedVersion), changes);
      // The partners live in their own table: replacing them still counts as a change of the
      // action, so its version moves on and a stale copy of the list cannot overwrite it.
      if (partnerIds) action.updatedAt = new Date();
      await tx.save(action);
      if (partnerIds) await this.setPartners(tx, action.id, partnerIds);
      await this.publish(tx, planId, PlanEventType.ACTION_UPDATED, action);
      return action;
    });
  }

  async archive(id: string) {
    const planId = await this.editablePlanOf((await this.get(id)).orientationId);
    return inTransaction(this.context, async (tx) => {
      const action = await lockForUpdate(tx, Action, id, "L'action");
      action.archivedAt ??= new Date();
      await tx.save(action);
      await this.publish(tx, planId, PlanEventType.ACTION_ARCHIVED, action);
      return action;
    });
  }

  private async editablePlanOf(orientationId: string) {
    const orientation = await findOrFail(this.context.loaders.orientation, orientationId, 'Orientation');
    if (orientation.archivedAt) throw badInput('Cette orientation est archivée.');
    await this.context.access.assertCanEditPlan(orientation.planId);
    return orientation.planId;
  }

  private assertIds(ids: (string | null | undefined)[]) {
    if (ids.some((id) => id && !isUuid(id))) throw badInput('Organisation partenaire inconnue.');
  }

  private async setPartners(tx: EntityManager, actionId: string, partnerIds: string[]) {
    await tx.delete(ActionPartner, { actionId });
    const unique = [...new Set(partnerIds)];
    if (unique.length) await tx.insert(ActionPartner, unique.map((organizationId) => ({ actionId, organizationId })));
  }

  private publish(tx: EntityManager, planId: string, type: PlanEventType, action: Action) {
    return publishPlanChange(tx, { planId, type, actorId: this.context.viewer!.id, subjects: { action } });
  }
}
