import type { DataSource } from 'typeorm';
import { BodyKind } from '../../server/src/bodies/governance-body.entity';
import { MemberRole } from '../../server/src/bodies/membership.entity';
import { type ApiClient, clientFor } from './api-client';
import { buildBody, buildPerson, buildPlan, buildWorld, seat } from './factories';

// The agenda's operations and the shapes the agenda tests read back.

export const ITEM = 'id title position parentId meetingId bodyId version durationMinutes notes outcome rolledOverFromId archivedAt';
export const ADD = `mutation ($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { ${ITEM} } }`;
export const UPDATE = `mutation ($input: UpdateAgendaItemInput!) { updateAgendaItem(input: $input) { ${ITEM} } }`;
export const MOVE = `mutation ($input: MoveAgendaItemInput!) { moveAgendaItem(input: $input) { ${ITEM} } }`;
export const REMOVE = `mutation ($id: ID!) { removeAgendaItem(id: $id) { ${ITEM} } }`;
export const ROLL_OVER = `mutation ($input: RollOverAgendaItemsInput!) { rollOverAgendaItems(input: $input) { ${ITEM} } }`;
export const AGENDA = `query ($id: ID!) {
  meeting(id: $id) { plannedMinutes overrunMinutes agenda { ${ITEM} startsAt children { ${ITEM} startsAt } } }
}`;
export const BACKLOG = `query ($id: ID!) { body(id: $id) { backlog { ${ITEM} startsAt children { ${ITEM} } } } }`;

export interface Item {
  id: string;
  title: string;
  position: number;
  parentId: string | null;
  meetingId: string | null;
  version: number;
  startsAt?: string | null;
  children?: Item[];
  [field: string]: unknown;
}

/**
 * The world of the agenda tests: a plan steered by a COPIL (the factories' world) and a COTECH
 * with its own secretary, and a chair of another plan.
 */
export async function buildAgendaWorld(ds: DataSource, url: string) {
  const world = await buildWorld(ds);
  const cotech = await buildBody(ds, { planId: world.plan.id, kind: BodyKind.TECHNICAL_COMMITTEE });
  const cotechSecretary = await buildPerson(ds);
  await seat(ds, cotechSecretary, cotech, MemberRole.SECRETARY);
  const elsewhere = await buildBody(ds, { planId: (await buildPlan(ds)).id });
  const elsewhereChair = await buildPerson(ds);
  await seat(ds, elsewhereChair, elsewhere, MemberRole.CHAIR);
  const people = { ...world.people, cotechSecretary, elsewhereChair };
  const as = Object.fromEntries(
    await Promise.all(Object.entries(people).map(async ([role, person]) => [role, await clientFor(url, person)])),
  ) as Record<keyof typeof people, ApiClient>;
  return { ...world, cotech, elsewhere, people, as };
}

export type AgendaWorld = Awaited<ReturnType<typeof buildAgendaWorld>>;

/** Adds items with these titles, in order, where `place` says; returns them. */
export async function addItems(client: ApiClient, place: Record<string, unknown>, titles: string[], extra: Record<string, unknown> = {}) {
  const items: Item[] = [];
  for (const title of titles) items.push((await client.data(ADD, { input: { ...place, title, ...extra } })).addAgendaItem);
  return items;
}

export async function readAgenda(client: ApiClient, meetingId: string) {
  return (await client.data(AGENDA, { id: meetingId })).meeting as { plannedMinutes: number; overrunMinutes: number; agenda: Item[] };
}

/** The agenda as titles, a section's items after it as "Section › Item". */
export function outline(items: Item[]): string[] {
  return items.flatMap((item) => [item.title, ...(item.children ?? []).map((child) => `${item.title} › ${child.title}`)]);
}

/** Checks every list is numbered 0..n-1 and returns the outline. */
export function denseOutline(items: Item[]): string[] {
  const dense = (list: Item[]) => list.every((item, index) => item.position === index);
  if (!dense(items) || !items.every((item) => dense(item.children ?? []))) {
    throw new Error(`Positions are not dense: ${JSON.stringify(items.map((item) => [item.title, item.position]))}`);
  }
  return outline(items);
}
