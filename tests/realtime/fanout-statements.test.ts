import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MemberRole } from '../../server/src/bodies/membership.entity';
import { clientFor } from '../helpers/api-client';
import { buildPerson, buildWorld, seat, type World } from '../helpers/factories';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { Collector, connectWs, PLAN_CHANGED } from '../helpers/ws-client';

let server: TestServer;
let world: World;
const cleanups: (() => unknown)[] = [];

beforeAll(async () => {
  // Re-check sessions at every event, the worst case, to show it is one query, not one each.
  server = await startTestServer({ config: { sessionCheckMs: 0 } });
  world = await buildWorld(server.services.dataSource);
});
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});
afterAll(() => server.stop());

const RENAME = `mutation ($input: UpdateOrientationInput!) { updateOrientation(input: $input) { id } }`;

/** SQL statements spent on three events delivered to `count` subscribers (mutations included). */
async function statementsFor(count: number) {
  const chair = await clientFor(server.url, world.people.chair);
  const feeds: Collector[] = [];
  for (let index = 0; index < count; index++) {
    const person = await buildPerson(server.services.dataSource);
    await seat(server.services.dataSource, person, world.body, MemberRole.MEMBER);
    const api = await clientFor(server.url, person);
    const { plan } = await api.data('query ($id: ID!) { plan(id: $id) { lastEventSeq } }', { id: world.plan.id });
    const { client } = connectWs(server.wsUrl, api.cookie);
    cleanups.push(() => client.dispose());
    feeds.push(new Collector(client, PLAN_CHANGED, { planId: world.plan.id, after: plan.lastEventSeq }));
  }
  await chair.data(RENAME, { input: { id: world.orientation.id, title: `Échauffement ${count}` } });
  await Promise.all(feeds.map((feed) => feed.waitFor(1)));
  const before = server.statements.count;
  for (let event = 2; event <= 4; event++) {
    await chair.data(RENAME, { input: { id: world.orientation.id, title: `Événement ${count}-${event}` } });
    await Promise.all(feeds.map((feed) => feed.waitFor(event)));
  }
  return server.statements.count - before;
}

describe('delivering events', () => {
  it('spends no more SQL statements per event for 20 subscribers than for one', async () => {
    const one = await statementsFor(1);
    const twenty = await statementsFor(20);
    expect(one).toBeGreaterThan(0);
    // Rights are read once per event and sessions re-checked in one batch, never a query per
    // subscriber (that would be 19 more per event here); a refresh may fall either side of an event.
    expect(twenty).toBeLessThanOrEqual(one + 3);
  });
});
