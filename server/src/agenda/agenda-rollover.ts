import { type EntityManager, IsNull } from 'typeorm';
import { agendaOrder } from './agenda-clock';
import { AgendaItem, AgendaItemOutcome } from './agenda-item.entity';
import { type AgendaPlace, listIds } from './agenda-lists';

/**
 * Copies the unfinished items of a meeting to the end of another place's agenda, each one
 * remembering where it came from. A section comes along when it or one of its items is
 * unfinished, so its items keep their heading; an item with a live copy already is not copied
 * again, so rolling over twice (two people at once, say) adds nothing the second time.
 * The caller holds the locks of both places.
 */
export async function copyUnfinished(tx: EntityManager, fromMeetingId: string, target: AgendaPlace): Promise<AgendaItem[]> {
  const items = agendaOrder(await tx.find(AgendaItem, { where: { meetingId: fromMeetingId, archivedAt: IsNull() } }));
  if (!items.length) return [];
  const copiedBefore = new Set(
    (
      (await tx.query('SELECT rolled_over_from_id AS id FROM agenda_items WHERE rolled_over_from_id = ANY($1) AND archived_at IS NULL', [
        items.map((item) => item.id),
      ])) as { id: string }[]
    ).map((row) => row.id),
  );
  const due = (item: AgendaItem) => item.outcome === AgendaItemOutcome.UNFINISHED && !copiedBefore.has(item.id);
  let next = (await listIds(tx, target, null)).length;
  const created: AgendaItem[] = [];
  for (const top of items.filter((item) => !item.parentId)) {
    const children = items.filter((child) => child.parentId === top.id && due(child));
    const section = !copiedBefore.has(top.id) && (due(top) || children.length) ? await copy(tx, top, target, null, next++) : null;
    if (section) created.push(section);
    // Items of a section copied before (or not copied) go to the top level.
    let position = 0;
    for (const child of children) created.push(await copy(tx, child, target, section?.id ?? null, section ? position++ : next++));
  }
  return created;
}

function copy(tx: EntityManager, source: AgendaItem, target: AgendaPlace, parentId: string | null, position: number) {
  const { title, description, kind, durationMinutes, presenterId, preparerId, ready, orientationIds, actionIds, links } = source;
  return tx.save(
    tx.create(AgendaItem, {
      ...{ title, description, kind, durationMinutes, presenterId, preparerId, ready, orientationIds, actionIds, links },
      bodyId: target.bodyId,
      meetingId: target.meetingId,
      parentId,
      position,
      notes: '',
      outcome: AgendaItemOutcome.PENDING,
      archivedAt: null,
      rolledOverFromId: source.id,
    }),
  );
}
