import type { QueryRunner } from 'typeorm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { recordEvent } from '../../server/src/events/event-log';
import { planTopic } from '../../server/src/events/topics';
import { clientFor } from '../helpers/api-client';
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

async function feedOf(target: TestServer) {
  const member = await clientFor(target.url, world.people.member);
  const { plan } = await member.data('query ($id: ID!) { plan(id: $id) { lastEventSeq } }', { id: world.plan.id });
  const { client } = connectWs(target.wsUrl, member.cookie);
  cleanups.push(() => client.dispose());
  return { feed: new Collector(client, PLAN_CHANGED, { planId: world.plan.id, after: plan.lastEventSeq }), after: plan.lastEventSeq as number };
}

async function openTransaction(): Promise<QueryRunner> {
  const runner = server.services.dataSource.createQueryRunner();
  await runner.connect();
  await runner.startTransaction();
  cleanups.push(() => runner.release());
  return runner;
}

function recordTitle(runner: QueryRunner, title: string) {
  return recordEvent(runner.manager, {
    topic: planTopic(world.plan.id),
    type: 'PLAN_UPDATED',
    actorId: null,
    payload: { planId: world.plan.id, plan: { ...world.plan, title } },
  });
}

/** Waits until some backend of this database waits on a lock (the second transaction). */
function someoneWaitsOnALock() {
  return eventually(async () => {
    const [{ waiting }] = await server.services.dataSource.query(
      `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
    );
    expect(waiting).toBeGreaterThan(0);
  });
}

describe('the event pipeline', () => {
  it('delivers two overlapping transactions in sequence order even when the later one tries to commit first', async () => {
    const { feed, after } = await feedOf(server);
    const first = await openTransaction();
    const second = await openTransaction();
    await recordTitle(first, 'Écrit en premier');
    let secondCommitted = false;
    const secondDone = recordTitle(second, 'Écrit en second')
      .then(() => second.commitTransaction())
      .then(() => (secondCommitted = true));
    await someoneWaitsOnALock();
    expect(secondCommitted).toBe(false);
    await first.commitTransaction();
    await secondDone;
    const events = (await feed.waitFor(2)).map((event) => event.planChanged);
    expect(events.map((event) => [event.seq, event.plan.title])).toEqual([
      [after + 1, 'Écrit en premier'],
      [after + 2, 'Écrit en second'],
    ]);
  });

  it('never delivers a rolled-back event, and leaves no gap in the sequence', async () => {
    const { feed, after } = await feedOf(server);
    const rolledBack = await openTransaction();
    await recordTitle(rolledBack, 'Jamais validé');
    await rolledBack.rollbackTransaction();
    const committed = await openTransaction();
    await recordTitle(committed, 'Validé');
    await committed.commitTransaction();
    const [{ planChanged }] = await feed.waitFor(1);
    expect([planChanged.seq, planChanged.plan.title]).toEqual([after + 1, 'Validé']);
    expect(feed.received).toHaveLength(1);
  });

  it('delivers a change committed through a second server instance on the same database', async () => {
    const second = await startTestServer({ databaseUrl: server.databaseUrl });
    cleanups.push(() => second.stop());
    const onFirst = await feedOf(server);
    const onSecond = await feedOf(second);
    const chairOnSecond = await clientFor(second.url, world.people.chair);
    const chairOnFirst = await clientFor(server.url, world.people.chair);
    const RENAME = `mutation ($input: UpdateOrientationInput!) { updateOrientation(input: $input) { id } }`;
    await chairOnSecond.data(RENAME, { input: { id: world.orientation.id, title: 'Depuis la seconde instance' } });
    await chairOnFirst.data(RENAME, { input: { id: world.orientation.id, title: 'Depuis la première instance' } });
    for (const { feed } of [onFirst, onSecond]) {
      const titles = (await feed.waitFor(2)).map((event) => event.planChanged.orientation.title);
      expect(titles).toEqual(['Depuis la seconde instance', 'Depuis la première instance']);
    }
  });
});
