import type { EntityManager } from 'typeorm';
import { lockForUpdate } from '../app/updates';
import { GovernanceBody } from '../bodies/governance-body.entity';
import { Meeting } from '../meetings/meeting.entity';
import type { AgendaItem } from './agenda-item.entity';

/** Where an item sits: a meeting's agenda, or its body's backlog when `meetingId` is null. */
export interface AgendaPlace {
  bodyId: string;
  meetingId: string | null;
}

export const placeOf = (item: AgendaPlace): AgendaPlace => ({ bodyId: item.bodyId, meetingId: item.meetingId });

export const samePlace = (a: AgendaPlace, b: AgendaPlace) => a.meetingId === b.meetingId && a.bodyId === b.bodyId;

/**
 * Locks, FOR UPDATE, the rows that guard the lists of these places: the meeting's row, or the
 * body's for its backlog. Every structural change takes them before touching items, meetings
 * first and bodies last, each in id order: two changes needing the same rows queue up instead
 * of deadlocking (and a body is last because inserting an item takes a key lock on it).
 */
export async function lockPlaces(tx: EntityManager, places: AgendaPlace[]): Promise<Map<string, Meeting>> {
  const meetingIds = [...new Set(places.flatMap((place) => (place.meetingId ? [place.meetingId] : [])))].sort();
  const bodyIds = [...new Set(places.filter((place) => !place.meetingId).map((place) => place.bodyId))].sort();
  const meetings = new Map<string, Meeting>();
  for (const id of meetingIds) meetings.set(id, await lockForUpdate(tx, Meeting, id, 'Réunion'));
  for (const id of bodyIds) await lockForUpdate(tx, GovernanceBody, id, 'Instance');
  return meetings;
}

/** The live items of one list (a place's top level, or one section), in order. */
export async function listIds(tx: EntityManager, place: AgendaPlace, parentId: string | null): Promise<string[]> {
  const rows: { id: string }[] = await tx.query(
    `SELECT id FROM agenda_items
      WHERE archived_at IS NULL AND body_id = $1
        AND meeting_id IS NOT DISTINCT FROM $2::uuid AND parent_id IS NOT DISTINCT FROM $3::uuid
      ORDER BY position, created_at, id`,
    [place.bodyId, place.meetingId, parentId],
  );
  return rows.map((row) => row.id);
}

/**
 * Numbers a list 0..n-1 in this order. Raw SQL on purpose: a place in a list is not content,
 * so it leaves `version` alone and a reorder never makes someone's text edit stale.
 */
export async function writeOrder(tx: EntityManager, ids: string[]) {
  if (!ids.length) return;
  await tx.query(
    `UPDATE agenda_items a SET position = v.n - 1
       FROM unnest($1::uuid[]) WITH ORDINALITY AS v(id, n)
      WHERE a.id = v.id AND a.position <> v.n - 1`,
    [ids],
  );
}

/** Puts an item (and, for a section, its items) in another place and list, version untouched. */
export async function relocate(tx: EntityManager, item: AgendaItem, place: AgendaPlace, parentId: string | null) {
  await tx.query('UPDATE agenda_items SET body_id = $2, meeting_id = $3, parent_id = $4 WHERE id = $1', [
    item.id,
    place.bodyId,
    place.meetingId,
    parentId,
  ]);
  if (!samePlace(item, place)) {
    await tx.query('UPDATE agenda_items SET body_id = $2, meeting_id = $3 WHERE parent_id = $1', [item.id, place.bodyId, place.meetingId]);
  }
}

/** Where `position` lands in a list of `length` other items: moves apply to the list as it is now. */
export const clampPosition = (position: number, length: number) => Math.max(0, Math.min(position, length));
