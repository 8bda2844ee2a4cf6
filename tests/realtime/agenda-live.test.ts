import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ADD, type AgendaWorld, addItems, buildAgendaWorld, type Item, MOVE, readAgenda, UPDATE } from '../helpers/agenda';
import type { ApiClient } from '../helpers/api-client';
import { buildMeeting } from '../helpers/factories';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { Collector, connectWs } from '../helpers/ws-client';

let server: TestServer;
let world: AgendaWorld;
const cleanups: (() => unknown)[] = [];

beforeAll(async () => {
  server = await startTestServer();
  world = await buildAgendaWorld(server.services.dataSource, server.url);
});
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});
afterAll(() => server.stop());

const MEETING_CHANGED = `subscription ($meetingId: ID!, $after: Int) {
  meetingChanged(meetingId: $meetingId, after: $after) { seq type actorId order agendaItem { id title position parentId meetingId } }
}`;
const PLAN_CHANGED = `subscription ($planId: ID!, $after: Int) {
  planChanged(planId: $planId, after: $after) { seq type actorId agendaItem { id title bodyId meetingId } }
}`;

interface MeetingEvent {
  seq: number;
  type: string;
  actorId: string;
  order: string[] | null;
  agendaItem: Item | null;
}

/** A live feed of the meeting for this client, from what it has read. */
async function follow(api: ApiClient, meetingId: string) {
  const { meeting } = await api.data('query ($id: ID!) { meeting(id: $id) { lastEventSeq } }', { id: meetingId });
  const { client } = connectWs(server.wsUrl, api.cookie);
  cleanups.push(() => client.dispose());
  return new Collector<{ meetingChanged: MeetingEvent }>(client, MEETING_CHANGED, { meetingId, after: meeting.lastEventSeq });
}

/**
 * The order a client ends with when it applies each AGENDA_REORDERED it receives, as the web
 * client does, checking on the way that every move applied to the order left by the one
 * before: only the moved item changed place (a move computed on a stale list would not).
 */
function orderSeenBy(feed: Collector<{ meetingChanged: MeetingEvent }>, initial: string[]) {
  let order = initial;
  for (const { meetingChanged: event } of feed.received) {
    if (event.type !== 'AGENDA_REORDERED') continue;
    const movedId = event.agendaItem!.id;
    expect(event.order!.filter((id) => id !== movedId)).toEqual(order.filter((id) => id !== movedId));
    order = event.order!;
  }
  return order;
}

describe('the agenda, live', () => {
  it("delivers an item drafted by the COTECH secretary to the COPIL secretary's meetingChanged subscription", async () => {
    const meeting = await buildMeeting(server.services.dataSource, { bodyId: world.body.id });
    const feed = await follow(world.as.secretary, meeting.id);
    await addItems(world.as.cotechSecretary, { meetingId: meeting.id }, ['Proposition du COTECH']);
    const [{ meetingChanged }] = await feed.waitFor(1);
    expect(meetingChanged).toMatchObject({
      type: 'AGENDA_ITEM_ADDED',
      actorId: world.people.cotechSecretary.id,
      agendaItem: { title: 'Proposition du COTECH', position: 0, meetingId: meeting.id },
    });
  });

  it('serialises two people reordering at once: nothing lost or duplicated, and both end with the same order', async () => {
    const meeting = await buildMeeting(server.services.dataSource, { bodyId: world.body.id });
    const titles = ['Accueil', 'Bilan', 'Budget', 'Actions', 'Calendrier', 'Divers'];
    const ids = (await addItems(world.as.secretary, { meetingId: meeting.id }, titles)).map((item) => item.id);
    const [claire, karim] = [world.as.secretary, world.as.cotechSecretary];
    const feeds = [await follow(claire, meeting.id), await follow(karim, meeting.id)];
    const rounds = 6;
    for (let round = 0; round < rounds; round++) {
      // Both ask at the same moment, often for the same item or the same place.
      const results = await Promise.all([
        claire.request(MOVE, { input: { id: ids[round % ids.length], position: 0 } }),
        karim.request(MOVE, { input: { id: ids[(round * 2 + 1) % ids.length], position: (round * 5) % 9 } }),
      ]);
      for (const result of results) expect(result.errors).toBeUndefined();
    }
    const { agenda } = await readAgenda(world.as.member, meeting.id);
    const finalOrder = agenda.map((item) => item.id);
    expect([...finalOrder].sort()).toEqual([...ids].sort());
    expect(agenda.map((item) => item.position)).toEqual([0, 1, 2, 3, 4, 5]);
    for (const feed of feeds) {
      const events = (await feed.waitFor(2 * rounds)).map((event) => event.meetingChanged);
      expect(events.map((event) => event.seq)).toEqual(events.map((_, index) => events[0].seq + index));
      expect(orderSeenBy(feed, ids)).toEqual(finalOrder);
    }
    expect(feeds[0].received).toEqual(feeds[1].received);
  });

  it('refuses the second of two edits made from the same version with CONFLICT', async () => {
    const meeting = await buildMeeting(server.services.dataSource, { bodyId: world.body.id });
    const [item] = await addItems(world.as.secretary, { meetingId: meeting.id }, ['Point disputé']);
    const edit = (client: ApiClient, title: string) => client.request(UPDATE, { input: { id: item.id, expectedVersion: item.version, title } });
    const results = await Promise.all([edit(world.as.secretary, 'Version de Claire'), edit(world.as.cotechSecretary, 'Version de Karim')]);
    const codes = results.map((result) => result.errors?.[0]?.extensions?.code ?? 'OK');
    expect([...codes].sort()).toEqual(['CONFLICT', 'OK']);
    const winner = results.find((result) => !result.errors)!.data.updateAgendaItem;
    const { agenda } = await readAgenda(world.as.member, meeting.id);
    expect(agenda[0]).toMatchObject({ title: winner.title, version: item.version + 1 });
  });

  it('tells the meeting left and the meeting joined when an item moves between them', async () => {
    const [from, to] = [
      await buildMeeting(server.services.dataSource, { bodyId: world.body.id }),
      await buildMeeting(server.services.dataSource, { bodyId: world.body.id }),
    ];
    const [item] = await addItems(world.as.secretary, { meetingId: from.id }, ['Reporté']);
    await addItems(world.as.secretary, { meetingId: to.id }, ['Déjà prévu']);
    const [leftFeed, joinedFeed] = [await follow(world.as.member, from.id), await follow(world.as.member, to.id)];
    await world.as.secretary.data(MOVE, { input: { id: item.id, meetingId: to.id, position: 0 } });
    const [{ meetingChanged: left }] = await leftFeed.waitFor(1);
    expect(left).toMatchObject({ type: 'AGENDA_ITEM_REMOVED', agendaItem: { id: item.id, meetingId: to.id } });
    const [{ meetingChanged: joined }] = await joinedFeed.waitFor(1);
    expect(joined).toMatchObject({ type: 'AGENDA_REORDERED', agendaItem: { id: item.id, position: 0 } });
    expect(joined.order).toEqual([item.id, (await readAgenda(world.as.member, to.id)).agenda[1].id]);
  });

  it("announces backlog items on the plan's stream", async () => {
    const { plan } = await world.as.member.data('query ($id: ID!) { plan(id: $id) { lastEventSeq } }', { id: world.plan.id });
    const { client } = connectWs(server.wsUrl, world.as.member.cookie);
    cleanups.push(() => client.dispose());
    const feed = new Collector(client, PLAN_CHANGED, { planId: world.plan.id, after: plan.lastEventSeq });
    await world.as.cotechSecretary.data(ADD, { input: { bodyId: world.body.id, title: 'À inscrire un jour' } });
    const [{ planChanged }] = await feed.waitFor(1);
    expect(planChanged).toMatchObject({
      type: 'BACKLOG_ITEM_CHANGED',
      actorId: world.people.cotechSecretary.id,
      agendaItem: { title: 'À inscrire un jour', bodyId: world.body.id, meetingId: null },
    });
  });
});
