import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { recordEvent } from '../../server/src/events/event-log';
import { planTopic } from '../../server/src/events/topics';
import { clientFor } from '../helpers/api-client';
import { buildWorld, type World } from '../helpers/factories';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { Collector, connectWs } from '../helpers/ws-client';

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

const PLAN_CHANGED = `subscription ($planId: ID!, $after: Int) {
  planChanged(planId: $planId, after: $after) { seq type at planId actorId plan { id title } }
}`;

async function follow(target: TestServer, after: number) {
  const member = await clientFor(target.url, world.people.member);
  const { client } = connectWs(target.wsUrl, member.cookie);
  cleanups.push(() => client.dispose());
  return new Collector(client, PLAN_CHANGED, { planId: world.plan.id, after });
}

async function lastSeq() {
  const rows = await server.services.dataSource.query('SELECT last_seq FROM topic_sequences WHERE topic = $1', [planTopic(world.plan.id)]);
  return (rows[0]?.last_seq ?? 0) as number;
}

/** Records a plan event carrying the plan with this title, as a service would. */
function recordTitle(title: string) {
  return server.services.dataSource.transaction((tx) =>
    recordEvent(tx, {
      topic: planTopic(world.plan.id),
      type: 'PLAN_UPDATED',
      actorId: world.people.chair.id,
      payload: { planId: world.plan.id, plan: { ...world.plan, title } },
    }),
  );
}

describe('the notification of an event', () => {
  it('delivers the same event, to the millisecond, whether it came with the notification or was read from the table', async () => {
    const live = await follow(server, await lastSeq());
    // Once a first event is in, the instance listens: the next one comes with its notification.
    await recordTitle('Pour commencer');
    await live.waitFor(1);
    const after = await lastSeq();
    const recorded = await recordTitle('Annoncé par la notification');
    const fromNotice = (await live.waitFor(2))[1];
    // A second instance, started afterwards, can only read the event from the table.
    const second = await startTestServer({ databaseUrl: server.databaseUrl });
    cleanups.push(() => second.stop());
    const [fromTable] = await (await follow(second, after)).waitFor(1);
    expect(fromNotice).toEqual(fromTable);
    expect(fromNotice.planChanged).toMatchObject({
      seq: recorded.seq,
      at: recorded.createdAt.toISOString(),
      actorId: world.people.chair.id,
      plan: { id: world.plan.id, title: 'Annoncé par la notification' },
    });
  });

  it('delivers an event too long for a notification by reading it from the table', async () => {
    const feed = await follow(server, await lastSeq());
    await recordTitle('Pour commencer');
    await feed.waitFor(1);
    const title = `Un titre très long ${'é'.repeat(5000)}`;
    await recordTitle(title);
    await recordTitle('Le suivant, court');
    const events = await feed.waitFor(3);
    expect(events.map((event) => event.planChanged.plan.title)).toEqual(['Pour commencer', title, 'Le suivant, court']);
  });
});
