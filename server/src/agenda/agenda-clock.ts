import type { AgendaItem } from './agenda-item.entity';

type Timed = Pick<AgendaItem, 'id' | 'parentId' | 'position' | 'durationMinutes'>;

/** Items in agenda order: each top-level item, then the items of its section. */
export function agendaOrder<T extends Timed>(items: readonly T[]): T[] {
  const byPosition = (a: T, b: T) => a.position - b.position;
  const top = items.filter((item) => !item.parentId).sort(byPosition);
  return top.flatMap((item) => [item, ...items.filter((child) => child.parentId === item.id).sort(byPosition)]);
}

/**
 * When each item starts: the meeting's start plus the durations of every item before it in
 * agenda order. A section takes its own time first, then its items follow one after another,
 * as the printed agenda shows them.
 */
export function runningClock(items: readonly Timed[], startsAt: Date): Map<string, Date> {
  const clock = new Map<string, Date>();
  let minutes = 0;
  for (const item of agendaOrder(items)) {
    clock.set(item.id, new Date(startsAt.getTime() + minutes * 60_000));
    minutes += item.durationMinutes;
  }
  return clock;
}

/** Minutes the agenda plans, sections and their items included. */
export const plannedMinutes = (items: readonly Timed[]) =>
  agendaOrder(items).reduce((total, item) => total + item.durationMinutes, 0);

/** How far the agenda runs past the meeting's end, in whole minutes; 0 when it fits. */
export function overrunMinutes(items: readonly Timed[], meeting: { startsAt: Date; endsAt: Date }) {
  const length = (meeting.endsAt.getTime() - meeting.startsAt.getTime()) / 60_000;
  return Math.max(0, Math.ceil(plannedMinutes(items) - length));
}
