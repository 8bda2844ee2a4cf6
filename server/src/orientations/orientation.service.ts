import type { EntityManager } from 'typeorm';
import { type Context, inTransaction } from '../app/context';
import { findOrFail } from '../app/lookup';
import { applyChanges, lockForUpdate } from '../app/updates';
import { PlanEventType, publishPlanChange } from '../plans/plan-event';
import { Orientation } from './orientation.entity';
import type { CreateOrientationInput, UpdateOrientationInput } from './orientation.inputs';

/** Orientations of a plan: edited by the plan's facilitators, each change published live. */
export class OrientationService {
  constructor(private readonly context: Context) {}

  async get(id: string) {
    const orientation = await findOrFail(this.context.loaders.orientation, id, 'Orientation');
    await this.context.access.assertCanReadPlan(orientation.planId);
    return orientation;
  }

  async create(input: CreateOrientationInput) {
    const plan = await findOrFail(this.context.loaders.plan, input.planId, 'Plan');
    await this.context.access.assertCanEditPlan(plan.id);
    return inTransaction(this.context, async (tx) => {
      const number =
        input.number ??
        (await tx.query('SELECT COALESCE(MAX(number), 0) + 1 AS next FROM orientations WHERE plan_id = $1', [plan.id]))[0].next;
      const orientation = await tx.save(
        tx.create(Orientation, { ...input, number, stake: input.stake ?? '', description: input.description ?? '' }),
      );
      await this.publish(tx, PlanEventType.ORIENTATION_CREATED, orientation);
      return orientation;
    });
  }

  async update(input: UpdateOrientationInput) {
    const { id, expectedVersion, ...changes } = input;
    await this.context.access.assertCanEditPlan((await this.get(id)).planId);
    return inTransaction(this.context, async (tx) => {
      const orientation = applyChanges(await lockForUpdate(tx, Orientation, id, "L'orientation", expectedVersion), changes);
      await tx.save(orientation);
      await this.publish(tx, PlanEventType.ORIENTATION_UPDATED, orientation);
      return orientation;
    });
  }

  async archive(id: string) {
    await this.context.access.assertCanEditPlan((await this.get(id)).planId);
    return inTransaction(this.context, async (tx) => {
      const orientation = await lockForUpdate(tx, Orientation, id, "L'orientation");
      orientation.archivedAt ??= new Date();
      await tx.save(orientation);
      await this.publish(tx, PlanEventType.ORIENTATION_ARCHIVED, orientation);
      return orientation;
    });
  }

  private publish(tx: EntityManager, type: PlanEventType, orientation: Orientation) {
    return publishPlanChange(tx, { planId: orientation.planId, type, actorId: this.context.viewer!.id, subjects: { orientation } });
  }
}
