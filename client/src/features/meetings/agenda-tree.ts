/** The fields of an agenda item the tree and the running clock need. */
export interface AgendaTreeItem {
  id: string;
  parentId?: string | null;
  position: number;
  durationMinutes: number;
}

export interface AgendaNode<T extends AgendaTreeItem> {
  item: T;
  /** "1", "2", then "2.1", "2.2" for a section's items. */
  number: string;
  /** When the item starts, counting from the meeting's start. */
  startsAt: Date;
  children: AgendaNode<T>[];
}

/**
 * Items in order with their running clock, as the exports print them: a section takes its own
 * duration, then its items follow one after another.
 */
export function agendaTree<T extends AgendaTreeItem>(items: readonly T[], meetingStartsAt: string | Date): AgendaNode<T>[] {
  const byPosition = (a: T, b: T) => a.position - b.position;
  const top = items.filter((item) => !item.parentId).sort(byPosition);
  let clock = new Date(meetingStartsAt).getTime();
  const node = (item: T, number: string): AgendaNode<T> => {
    const startsAt = new Date(clock);
    clock += item.durationMinutes * 60_000;
    return { item, number, startsAt, children: [] };
  };
  return top.map((item, index) => {
    const parent = node(item, `${index + 1}`);
    parent.children = items
      .filter((child) => child.parentId === item.id)
      .sort(byPosition)
      .map((child, childIndex) => node(child, `${index + 1}.${childIndex + 1}`));
    return parent;
  });
}

/** Total planned minutes of a list of items (sections and their items). */
export const totalMinutes = (items: readonly { durationMinutes: number }[]) =>
  items.reduce((total, item) => total + item.durationMinutes, 0);

/** A top-level item of the live agenda, with its section's items. */
export interface AgendaEntry {
  id: string;
  durationMinutes: number;
  children?: readonly { id: string; durationMinutes: number }[];
}

/**
 * The running clock of the live agenda, in the order of the cached lists (the server's rule:
 * each item starts when the ones before it, sections' own time included, are over), with the
 * printed numbers ("2", "2.1") and the total.
 */
export function agendaClock(entries: readonly AgendaEntry[], meetingStartsAt: string | Date) {
  const startsAt = new Map<string, Date>();
  const numbers = new Map<string, string>();
  let clock = new Date(meetingStartsAt).getTime();
  const start = new Date(clock);
  entries.forEach((entry, index) => {
    startsAt.set(entry.id, new Date(clock));
    numbers.set(entry.id, `${index + 1}`);
    clock += entry.durationMinutes * 60_000;
    entry.children?.forEach((child, childIndex) => {
      startsAt.set(child.id, new Date(clock));
      numbers.set(child.id, `${index + 1}.${childIndex + 1}`);
      clock += child.durationMinutes * 60_000;
    });
  });
  return { startsAt, numbers, plannedMinutes: Math.round((clock - start.getTime()) / 60_000) };
}

/** "1 h 45", "45 min": a length of time, for reading. */
export function formatMinutes(minutes: number, t: (key: string, named: Record<string, unknown>) => string): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return t('agenda.minutes', { count: rest });
  return rest === 0 ? t('agenda.hours', { hours }) : t('agenda.hoursMinutes', { hours, minutes: String(rest).padStart(2, '0') });
}
