import type { EntityManager } from 'typeorm';
import { PlanEventType, publishPlanChange } from '../plans/plan-event';
import { AgendaItem } from './agenda-item.entity';
import { listIds, lockPlaces } from './agenda-lists';

export interface BacklogTarget {
  planId: string;
  bodyId: string;
  actorId: string;
}

/**
 * Appends items, in this order, at the end of a body's backlog (its row locked, so concurrent
 * appends queue up and positions stay dense) and tells each on the plan's stream. What turns
 * into agenda items (a retained contribution, a commitment to review) comes in through here.
 */
export async function appendToBacklog(tx: EntityManager, target: BacklogTarget, items: Partial<AgendaItem>[]): Promise<AgendaItem[]> {
  const place = { bodyId: target.bodyId, meetingId: null };
  await lockPlaces(tx, [place]);
  const first = (await listIds(tx, place, null)).length;
  const created: AgendaItem[] = [];
  for (const [index, fields] of items.entries()) {
    const saved = await tx.save(tx.create(AgendaItem, { ...fields, ...place, parentId: null, position: first + index }));
    const agendaItem = await tx.findOneByOrFail(AgendaItem, { id: saved.id });
    await publishPlanChange(tx, { planId: target.planId, type: PlanEventType.BACKLOG_ITEM_CHANGED, actorId: target.actorId, subjects: { agendaItem } });
    created.push(agendaItem);
  }
  return created;
}
