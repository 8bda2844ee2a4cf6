import type { EntityManager } from 'typeorm';
import { type Context, inTransaction } from '../app/context';
import { findOrFail } from '../app/lookup';
import { applyChanges, lockForUpdate } from '../app/updates';
import { PlanEventType, publishPlanChange } from '../plans/plan-event';
import type { CreateBodyInput, UpdateBodyInput } from './body.inputs';
import { GovernanceBody } from './governance-body.entity';

/** Governance bodies of a plan: created by admins, described by their chairs. */
export class BodyService {
  constructor(private readonly context: Context) {}

  async get(id: string) {
    const body = await findOrFail(this.context.loaders.body, id, 'Instance');
    await this.context.access.assertCanReadPlan(body.planId);
    return body;
  }

  async create(input: CreateBodyInput) {
    this.context.access.assertAdmin();
    await findOrFail(this.context.loaders.plan, input.planId, 'Plan');
    return inTransaction(this.context, async (tx) => {
      const body = await tx.save(tx.create(GovernanceBody, { ...input, mission: input.mission ?? '' }));
      await this.publish(tx, PlanEventType.BODY_CREATED, body);
      return body;
    });
  }

  async update(input: UpdateBodyInput) {
    const { id, expectedVersion, ...changes } = input;
    await this.get(id);
    await this.context.access.assertCanManageBody(id);
    return inTransaction(this.context, async (tx) => {
      const body = applyChanges(await lockForUpdate(tx, GovernanceBody, id, "L'instance", expectedVersion), changes);
      await tx.save(body);
      await this.publish(tx, PlanEventType.BODY_UPDATED, body);
      return body;
    });
  }

  async archive(id: string) {
    this.context.access.assertAdmin();
    return inTransaction(this.context, async (tx) => {
      const body = await lockForUpdate(tx, GovernanceBody, id, "L'instance");
      body.archivedAt ??= new Date();
      await tx.save(body);
      await this.publish(tx, PlanEventType.BODY_ARCHIVED, body);
      return body;
    });
  }

  private publish(tx: EntityManager, type: PlanEventType, body: GovernanceBody) {
    return publishPlanChange(tx, { planId: body.planId, type, actorId: this.context.viewer!.id, subjects: { body } });
  }
}
