import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, clientFor } from '../helpers/api-client';
import { eventually } from '../helpers/eventually';
import { buildWorld, type World } from '../helpers/factories';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { Collector, connectWs, PLAN_CHANGED } from '../helpers/ws-client';

let server: TestServer;
let world: World;
const cleanups: (() => unknown)[] = [];

beforeAll(async () => {
  server = await startTestServer();
  world = await buildWorld(server.services.dataSource);
});
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});
afterAll(() => server.stop());

const RENAME = `mutation ($input: UpdateOrientationInput!) { updateOrientation(input: $input) { id version } }`;
const LAST_SEQ = `query ($id: ID!) { plan(id: $id) { lastEventSeq } }`;

async function subscribeAs(person: { email: string }, after?: number) {
  const api = await clientFor(server.url, person);
  const start = after ?? (await api.data(LAST_SEQ, { id: world.plan.id })).plan.lastEventSeq;
  const { client } = connectWs(server.wsUrl, api.cookie);
  cleanups.push(() => client.dispose());
  return new Collector(client, PLAN_CHANGED, { planId: world.plan.id, after: start });
}

async function rename(client: ApiClient, title: string) {
  return client.data(RENAME, { input: { id: world.orientation.id, title } });
}

describe('planChanged', () => {
  it('delivers an edit to every subscriber of the plan, with the changed record', async () => {
    const chair = await clientFor(server.url, world.people.chair);
    const memberFeed = await subscribeAs(world.people.member);
    const observerFeed = await subscribeAs(world.people.observer);
    await rename(chair, 'Coopérer avec les entreprises');
    for (const feed of [memberFeed, observerFeed]) {
      const [{ planChanged }] = await feed.waitFor(1);
      expect(planChanged).toMatchObject({
        type: 'ORIENTATION_UPDATED',
        actorId: world.people.chair.id,
        orientation: { id: world.orientation.id, title: 'Coopérer avec les entreprises' },
      });
    }
  });

  it('delivers events in sequence order with no gap', async () => {
    const chair = await clientFor(server.url, world.people.chair);
    const feed = await subscribeAs(world.people.member);
    for (const title of ['Premier titre', 'Deuxième titre', 'Troisième titre']) await rename(chair, title);
    const events = (await feed.waitFor(3)).map((event) => event.planChanged);
    expect(events.map((event) => event.orientation.title)).toEqual(['Premier titre', 'Deuxième titre', 'Troisième titre']);
    expect(events[1].seq).toBe(events[0].seq + 1);
    expect(events[2].seq).toBe(events[1].seq + 1);
  });

  it('emits nothing for a change that is refused and rolled back', async () => {
    const chair = await clientFor(server.url, world.people.chair);
    const feed = await subscribeAs(world.people.member);
    const duplicate = await chair.request(
      `mutation ($input: CreateOrientationInput!) { createOrientation(input: $input) { id } }`,
      { input: { planId: world.plan.id, number: world.orientation.number, title: 'Doublon de numéro' } },
    );
    expect(duplicate.errors?.[0].extensions?.code).toBe('CONFLICT');
    await rename(chair, 'Après le refus');
    const [{ planChanged }] = await feed.waitFor(1);
    expect(planChanged.orientation.title).toBe('Après le refus');
    expect(feed.received).toHaveLength(1);
  });

  it('replays what a reconnecting client missed, after its cursor, exactly once', async () => {
    const chair = await clientFor(server.url, world.people.chair);
    const first = await subscribeAs(world.people.member);
    await rename(chair, 'Vu en direct');
    const [{ planChanged: seen }] = await first.waitFor(1);
    first.stop();
    for (const title of ['Manqué 1', 'Manqué 2']) await rename(chair, title);
    const resumed = await subscribeAs(world.people.member, seen.seq);
    await resumed.waitFor(2);
    await rename(chair, 'De nouveau en direct');
    const events = (await resumed.waitFor(3)).map((event) => event.planChanged);
    expect(events.map((event) => event.orientation.title)).toEqual(['Manqué 1', 'Manqué 2', 'De nouveau en direct']);
    expect(events.map((event) => event.seq)).toEqual([seen.seq + 1, seen.seq + 2, seen.seq + 3]);
  });

  it('stops delivering to a member from the event that removes them', async () => {
    const chair = await clientFor(server.url, world.people.chair);
    const extra = await import('../helpers/factories').then(({ buildPerson, seat }) =>
      buildPerson(server.services.dataSource).then(async (person) => ({
        person,
        membership: await seat(server.services.dataSource, person, world.body, 'MEMBER' as never),
      })),
    );
    const leaving = await subscribeAs(extra.person);
    const staying = await subscribeAs(world.people.member);
    await rename(chair, 'Avant le départ');
    await leaving.waitFor(1);
    await chair.data(`mutation ($id: ID!) { endMembership(id: $id) { id endsOn } }`, { id: extra.membership.id });
    await rename(chair, 'Après le départ');
    const types = (await staying.waitFor(3)).map((event) => event.planChanged.type);
    expect(types).toEqual(['ORIENTATION_UPDATED', 'MEMBERSHIP_ENDED', 'ORIENTATION_UPDATED']);
    expect(leaving.received.map((event) => event.planChanged.orientation?.title)).toEqual(['Avant le départ']);
  });

  it('ends the subscription of a session that signs out', async () => {
    const chair = await clientFor(server.url, world.people.chair);
    const member = await clientFor(server.url, world.people.member);
    const { plan } = await member.data(LAST_SEQ, { id: world.plan.id });
    const { client } = connectWs(server.wsUrl, member.cookie);
    cleanups.push(() => client.dispose());
    const feed = new Collector(client, PLAN_CHANGED, { planId: world.plan.id, after: plan.lastEventSeq });
    await rename(chair, 'Avant la déconnexion');
    await feed.waitFor(1);
    await member.data('mutation { signOut }');
    await eventually(async () => {
      await rename(chair, `Après la déconnexion ${Date.now()}`);
      expect(feed.completed).toBe(true);
    }, 10_000);
    expect(feed.received).toHaveLength(1);
  });

  it('refuses to subscribe someone outside the plan', async () => {
    const feed = await subscribeAs(world.people.outsider, 0);
    const errors = (await feed.waitForError()) as { extensions?: { code?: string } }[];
    expect(errors[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a WebSocket that is not signed in at connection_init', async () => {
    const { client, closed } = connectWs(server.wsUrl, null);
    cleanups.push(() => client.dispose());
    expect((await closed).code).toBe(4403);
  });

  it('refuses a WebSocket upgrade from a foreign origin', async () => {
    const chair = await clientFor(server.url, world.people.chair);
    const { client, closed } = connectWs(server.wsUrl, chair.cookie, { origin: 'https://evil.example' });
    cleanups.push(() => client.dispose());
    // The upgrade is answered 401, so the socket never opens: an abnormal closure.
    expect((await closed).code).toBe(1006);
    const sameOrigin = connectWs(server.wsUrl, chair.cookie, { origin: server.url });
    cleanups.push(() => sameOrigin.client.dispose());
    const feed = new Collector(sameOrigin.client, PLAN_CHANGED, { planId: world.plan.id, after: 0 });
    cleanups.push(feed.stop);
    await feed.waitFor(1);
  });

  it('keeps delivering after the LISTEN connection drops', async () => {
    const chair = await clientFor(server.url, world.people.chair);
    const feed = await subscribeAs(world.people.member);
    server.services.bus.dropListener();
    await rename(chair, 'Pendant la coupure');
    const [{ planChanged }] = await feed.waitFor(1, 10_000);
    expect(planChanged.orientation.title).toBe('Pendant la coupure');
  });
});
