import type { EntityManager } from 'typeorm';
import { type Context, inTransaction } from '../app/context';
import { badInput } from '../app/errors';
import { findOrFail, isUuid } from '../app/lookup';
import { type PageArgs, paginate } from '../app/pagination';
import { applyChanges, lockForUpdate } from '../app/updates';
import { Plan } from './plan.entity';
import { PlanEventType, publishPlanChange } from './plan-event';
import type { CreatePlanInput, PlanFilterArgs, UpdatePlanInput } from './plan.inputs';

/** Plans: who may see and change them, and the events their changes emit. */
export class PlanService {
  constructor(private readonly context: Context) {}

  async list(filter: PlanFilterArgs, page: PageArgs) {
    const readable = await this.context.access.readablePlanIds();
    const query = this.context.app.dataSource.getRepository(Plan).createQueryBuilder('plan');
    if (readable) query.andWhere('plan.id = ANY(:readable)', { readable });
    if (filter.territoryId) {
      if (!isUuid(filter.territoryId)) return { items: [], totalCount: 0, hasMore: false };
      query.andWhere('plan.territory_id = :territoryId', { territoryId: filter.territoryId });
    }
    if (filter.status) query.andWhere('plan.status = :status', { status: filter.status });
    if (!filter.includeArchived) query.andWhere('plan.archived_at IS NULL');
    if (filter.search) {
      query.andWhere('plan.title ILIKE :search', { search: `%${filter.search}%` });
    }
    return paginate(query.orderBy('plan.start_year', 'DESC').addOrderBy('plan.title', 'ASC'), page);
  }

  async get(id: string) {
    const plan = await findOrFail(this.context.loaders.plan, id, 'Plan');
    await this.context.access.assertCanReadPlan(plan.id);
    return plan;
  }

  async create(input: CreatePlanInput) {
    this.context.access.assertAdmin();
    if (input.endYear < input.startYear) throw badInput("L'année de fin doit suivre l'année de début.");
    await findOrFail(this.context.loaders.territory, input.territoryId, 'Territoire');
    return inTransaction(this.context, async (tx) => {
      const plan = await tx.save(tx.create(Plan, { ...input, summary: input.summary ?? '' }));
      await this.publish(tx, PlanEventType.PLAN_UPDATED, plan);
      return plan;
    });
  }

  async update(input: UpdatePlanInput) {
    const { id, expectedVersion, ...changes } = input;
    await this.context.access.assertCanEditPlan((await this.get(id)).id);
    return inTransaction(this.context, async (tx) => {
      const plan = applyChanges(await lockForUpdate(tx, Plan, id, 'Le plan', expectedVersion), changes);
      if (plan.endYear < plan.startYear) throw badInput("L'année de fin doit suivre l'année de début.");
      await tx.save(plan);
      await this.publish(tx, PlanEventType.PLAN_UPDATED, plan);
      return plan;
    });
  }

  async archive(id: string) {
    this.context.access.assertAdmin();
    return inTransaction(this.context, async (tx) => {
      const plan = await lockForUpdate(tx, Plan, id, 'Le plan');
      plan.archivedAt ??= new Date();
      await tx.save(plan);
      await this.publish(tx, PlanEventType.PLAN_ARCHIVED, plan);
      return plan;
    });
  }

  private publish(tx: EntityManager, type: PlanEventType, plan: Plan) {
    return publishPlanChange(tx, { planId: plan.id, type, actorId: this.context.viewer!.id, subjects: { plan } });
  }
}
