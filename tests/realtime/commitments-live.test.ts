import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Person } from '../../server/src/people/person.entity';
import { clientFor } from '../helpers/api-client';
import { CREATE_COMMITMENT, daysFromToday, RECORD_PROGRESS } from '../helpers/commitments';
import { buildOrganization, buildWorld, type World } from '../helpers/factories';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { Collector, connectWs } from '../helpers/ws-client';

let server: TestServer;
let world: World;
let partnerId: string;
const cleanups: (() => unknown)[] = [];

beforeAll(async () => {
  server = await startTestServer();
  world = await buildWorld(server.services.dataSource);
  partnerId = (await buildOrganization(server.services.dataSource)).id;
  await server.services.dataSource.getRepository(Person).update({ id: world.people.member.id }, { organizationId: partnerId });
});
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});
afterAll(() => server.stop());

const COMMITMENT_CHANGED = `subscription ($planId: ID!, $after: Int) {
  planChanged(planId: $planId, after: $after) { seq type actorId commitment { id status progress late dueOn organizationId } }
}`;

async function subscribeAs(person: { email: string }) {
  const api = await clientFor(server.url, person);
  const { plan } = await api.data('query ($id: ID!) { plan(id: $id) { lastEventSeq } }', { id: world.plan.id });
  const { client } = connectWs(server.wsUrl, api.cookie);
  cleanups.push(() => client.dispose());
  const feed = new Collector(client, COMMITMENT_CHANGED, { planId: world.plan.id, after: plan.lastEventSeq });
  cleanups.push(feed.stop);
  return feed;
}

describe('commitments on the plan stream', () => {
  it("moves a late commitment on the chair's dashboard when the partner records progress, without reload", async () => {
    const chair = await clientFor(server.url, world.people.chair);
    const input = { actionId: world.action.id, organizationId: partnerId, title: 'Former vingt bénévoles', dueOn: daysFromToday(-3), accepted: true };
    const { createCommitment: made } = await chair.data(CREATE_COMMITMENT, { input });
    const chairFeed = await subscribeAs(world.people.chair);
    const observerFeed = await subscribeAs(world.people.observer);
    const partner = await clientFor(server.url, world.people.member);
    await partner.data(RECORD_PROGRESS, { input: { commitmentId: made.id, progress: 60, note: 'Douze bénévoles formés' } });
    await partner.data(RECORD_PROGRESS, { input: { commitmentId: made.id, status: 'DONE' } });
    for (const feed of [chairFeed, observerFeed]) {
      const events = (await feed.waitFor(2)).map((event) => event.planChanged);
      expect(events.map((event) => [event.type, event.actorId, event.commitment.status, event.commitment.progress, event.commitment.late])).toEqual([
        ['COMMITMENT_CHANGED', world.people.member.id, 'IN_PROGRESS', 60, true],
        ['COMMITMENT_CHANGED', world.people.member.id, 'DONE', 100, false],
      ]);
      expect(events[1].seq).toBe(events[0].seq + 1);
      expect(events[0].commitment).toMatchObject({ id: made.id, dueOn: daysFromToday(-3), organizationId: partnerId });
    }
  });

  it('publishes nothing for a refused report', async () => {
    const chair = await clientFor(server.url, world.people.chair);
    const input = { actionId: world.action.id, organizationId: partnerId, title: 'Publier un guide' };
    const { createCommitment: made } = await chair.data(CREATE_COMMITMENT, { input });
    const feed = await subscribeAs(world.people.chair);
    const refused = await chair.request(RECORD_PROGRESS, { input: { commitmentId: made.id, status: 'DONE' } });
    expect(refused.errors?.[0].extensions?.code).toBe('CONFLICT');
    await chair.data(RECORD_PROGRESS, { input: { commitmentId: made.id, status: 'ACCEPTED' } });
    const [{ planChanged }] = await feed.waitFor(1);
    expect(planChanged.commitment.status).toBe('ACCEPTED');
    expect(feed.received).toHaveLength(1);
  });

  it('refuses the stream to someone outside the plan', async () => {
    const api = await clientFor(server.url, world.people.outsider);
    const { client } = connectWs(server.wsUrl, api.cookie);
    cleanups.push(() => client.dispose());
    const feed = new Collector(client, COMMITMENT_CHANGED, { planId: world.plan.id, after: 0 });
    cleanups.push(feed.stop);
    const errors = (await feed.waitForError()) as { extensions?: { code?: string } }[];
    expect(errors[0].extensions?.code).toBe('FORBIDDEN');
  });
});
