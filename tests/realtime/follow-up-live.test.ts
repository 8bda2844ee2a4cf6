import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { clientFor } from '../helpers/api-client';
import { daysFromToday } from '../helpers/commitments';
import { buildOrganization, buildWorld, type World } from '../helpers/factories';
import { CREATE_BUDGET_LINE, CREATE_INDICATOR, CREATE_MILESTONE, partnerOfAction, RECORD_MEASUREMENT, UPDATE_MILESTONE } from '../helpers/follow-up';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { Collector, connectWs } from '../helpers/ws-client';

let server: TestServer;
let world: World;
const cleanups: (() => unknown)[] = [];

beforeAll(async () => {
  server = await startTestServer();
  world = await buildWorld(server.services.dataSource);
  await partnerOfAction(server.services.dataSource, world);
});
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});
afterAll(() => server.stop());

const FOLLOW_UP_CHANGED = `subscription ($planId: ID!, $after: Int) {
  planChanged(planId: $planId, after: $after) {
    seq type actorId
    indicator { id name latestValue attainment }
    measurement { id value measuredOn }
    milestone { id title doneOn late }
    budgetLine { id year planned funder { id } }
  }
}`;

async function subscribeAs(person: { email: string }) {
  const api = await clientFor(server.url, person);
  const { plan } = await api.data('query ($id: ID!) { plan(id: $id) { lastEventSeq } }', { id: world.plan.id });
  const { client } = connectWs(server.wsUrl, api.cookie);
  cleanups.push(() => client.dispose());
  const feed = new Collector(client, FOLLOW_UP_CHANGED, { planId: world.plan.id, after: plan.lastEventSeq });
  cleanups.push(feed.stop);
  return feed;
}

describe('follow-up on the plan stream', () => {
  it('delivers indicators, measurements, milestones and budget lines as they change, in order, to every reader of the plan', async () => {
    const chair = await clientFor(server.url, world.people.chair);
    const partner = await clientFor(server.url, world.people.member);
    const chairFeed = await subscribeAs(world.people.chair);
    const observerFeed = await subscribeAs(world.people.observer);
    const input = { actionId: world.action.id, name: 'Participants', baseline: 0, target: 40, direction: 'UP_IS_GOOD' };
    const { createIndicator } = await chair.data(CREATE_INDICATOR, { input });
    await partner.data(RECORD_MEASUREMENT, { input: { indicatorId: createIndicator.id, value: 10, measuredOn: daysFromToday(-1) } });
    const { createMilestone } = await chair.data(CREATE_MILESTONE, { input: { actionId: world.action.id, title: 'Lancement', plannedOn: daysFromToday(-2) } });
    await partner.data(UPDATE_MILESTONE, { input: { id: createMilestone.id, doneOn: daysFromToday(0) } });
    const funder = await buildOrganization(server.services.dataSource);
    await chair.data(CREATE_BUDGET_LINE, { input: { actionId: world.action.id, funderId: funder.id, year: 2022, planned: '12000.5' } });
    for (const feed of [chairFeed, observerFeed]) {
      const events = (await feed.waitFor(5)).map((event) => event.planChanged);
      expect(events.map((event) => [event.type, event.actorId])).toEqual([
        ['INDICATOR_CHANGED', world.people.chair.id],
        ['MEASUREMENT_RECORDED', world.people.member.id],
        ['MILESTONE_CHANGED', world.people.chair.id],
        ['MILESTONE_CHANGED', world.people.member.id],
        ['BUDGET_CHANGED', world.people.chair.id],
      ]);
      expect(events.map((event) => event.seq)).toEqual([0, 1, 2, 3, 4].map((offset) => events[0].seq + offset));
      // Derived figures are computed as each event is delivered: they may already count later measurements.
      expect(events[0].indicator).toMatchObject({ id: createIndicator.id, name: 'Participants' });
      expect(events[1]).toMatchObject({ measurement: { value: 10, measuredOn: daysFromToday(-1) }, indicator: { id: createIndicator.id, latestValue: 10, attainment: 0.25 } });
      expect(events[2].milestone).toMatchObject({ title: 'Lancement', late: true, doneOn: null });
      expect(events[3].milestone).toMatchObject({ late: false, doneOn: daysFromToday(0) });
      expect(events[4].budgetLine).toMatchObject({ year: 2022, planned: '12000.50', funder: { id: funder.id } });
    }
  });

  it('publishes nothing for a refused change', async () => {
    const chair = await clientFor(server.url, world.people.chair);
    const observer = await clientFor(server.url, world.people.observer);
    const feed = await subscribeAs(world.people.chair);
    const input = { actionId: world.action.id, name: 'Refusé', baseline: 0, target: 1, direction: 'UP_IS_GOOD' };
    expect(await observer.errorCode(CREATE_INDICATOR, { input })).toBe('FORBIDDEN');
    expect(await chair.errorCode(CREATE_INDICATOR, { input: { ...input, target: -1 } })).toBe('BAD_USER_INPUT');
    await chair.data(CREATE_INDICATOR, { input: { ...input, name: 'Accepté' } });
    const [{ planChanged }] = await feed.waitFor(1);
    expect(planChanged.indicator.name).toBe('Accepté');
    expect(feed.received).toHaveLength(1);
  });
});
