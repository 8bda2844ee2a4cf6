import { Between, IsNull } from 'typeorm';
import { Action } from '../actions/action.entity';
import type { Context } from '../app/context';
import { badInput } from '../app/errors';
import { findOrFail } from '../app/lookup';
import { isLate, today } from '../commitments/commitment-lifecycle';
import { Commitment } from '../commitments/commitment.entity';
import { Milestone } from './milestone.entity';
import { isMilestoneLate } from './milestone.service';
import { PlanTimeline } from './plan-timeline.types';

const LONGEST_DAYS = 30 * 366;

/** The timeline of a plan over a period (its whole period by default), in four SQL statements whatever its size. */
export async function planTimeline(context: Context, planId: string, from?: string | null, to?: string | null): Promise<PlanTimeline> {
  const plan = await findOrFail(context.loaders.plan, planId, 'Plan');
  await context.access.assertCanReadPlan(plan.id);
  const start = from ?? `${plan.startYear}-01-01`;
  const end = to ?? `${plan.endYear}-12-31`;
  if (start > end) throw badInput('La période commence après sa fin.');
  if ((Date.parse(end) - Date.parse(start)) / 86_400_000 > LONGEST_DAYS) throw badInput('La période couvre au plus 30 ans.');
  const { manager } = context.app.dataSource;
  const [actions, milestones, commitments] = await Promise.all([
    manager
      .createQueryBuilder(Action, 'a')
      .innerJoinAndSelect('a.orientation', 'o')
      .where('o.plan_id = :planId AND a.archived_at IS NULL AND o.archived_at IS NULL', { planId: plan.id })
      .orderBy('o.number')
      .addOrderBy('a.position')
      .addOrderBy('a.created_at')
      .getMany(),
    manager.find(Milestone, {
      where: { planId: plan.id, archivedAt: IsNull(), plannedOn: Between(start, end) },
      order: { plannedOn: 'ASC', createdAt: 'ASC' },
    }),
    manager.find(Commitment, {
      where: { planId: plan.id, archivedAt: IsNull(), dueOn: Between(start, end) },
      order: { dueOn: 'ASC', createdAt: 'ASC' },
    }),
  ]);
  const day = today();
  const rows = actions.map((action) => {
    context.loaders.action.prime(action.id, action);
    context.loaders.orientation.prime(action.orientation!.id, action.orientation!);
    const own = { milestones: milestones.filter((m) => m.actionId === action.id), commitments: commitments.filter((c) => c.actionId === action.id) };
    const lateCount = own.milestones.filter((m) => isMilestoneLate(m, day)).length + own.commitments.filter((c) => isLate(c, day)).length;
    return { action, ...own, lateCount };
  });
  return Object.assign(new PlanTimeline(), {
    planId: plan.id,
    from: start,
    to: end,
    today: day,
    actions: rows,
    lateCount: rows.reduce((sum, row) => sum + row.lateCount, 0),
  });
}
