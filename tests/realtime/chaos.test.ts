import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { AgendaItem } from '../../server/src/agenda/agenda-item.entity';
import { MeetingStatus } from '../../server/src/meetings/meeting.entity';
import { ApiClient, clientFor } from '../helpers/api-client';
import { eventually } from '../helpers/eventually';
import { buildMeeting, buildWorld, type World } from '../helpers/factories';
import { gapsAndDuplicates, ResumingFeed } from '../helpers/resuming-feed';
import { ServerProcess } from '../helpers/server-process';
import { startTestServer, type TestServer } from '../helpers/test-server';

const EVENTS = 2000;
const FOLLOWERS = 24;
const WRITERS = 4;
const POST = 'mutation ($input: PostContributionInput!) { postContribution(input: $input) { id } }';

// The in-process server only builds the data; the two instances under test are child processes.
let setup: TestServer;
let world: World;
let instances: ServerProcess[];

beforeAll(async () => {
  setup = await startTestServer();
  world = await buildWorld(setup.services.dataSource);
  instances = [new ServerProcess(setup.databaseUrl), new ServerProcess(setup.databaseUrl)];
  await Promise.all(instances.map((instance) => instance.start()));
});
afterAll(async () => {
  await Promise.all(instances.map((instance) => instance.stop()));
  await setup.stop();
});

/** Posts one contribution, retrying the same id through whichever instance answers until one does. */
async function postSurely(clients: ApiClient[], input: Record<string, unknown>) {
  for (let attempt = 0; ; attempt++) {
    try {
      const result = await clients[attempt % clients.length].request(POST, { input });
      if (!result.errors) return;
      throw new Error(JSON.stringify(result.errors));
    } catch (error) {
      if (attempt > 200) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

it(
  'every client ends with a contiguous, duplicate-free sequence through dropped connections and a crashed instance',
  async () => {
    const ds = setup.services.dataSource;
    const meeting = await buildMeeting(ds, { bodyId: world.body.id, status: MeetingStatus.IN_SESSION });
    await ds.getRepository(AgendaItem).save({ bodyId: world.body.id, meetingId: meeting.id, title: 'Stratégie 2027' });
    const writers = await Promise.all(instances.map((instance) => clientFor(instance.url, world.people.member)));
    const { meeting: before } = await writers[0].data('query ($id: ID!) { meeting(id: $id) { lastEventSeq } }', { id: meeting.id });

    const feeds = await Promise.all(
      Array.from({ length: FOLLOWERS }, async (_, index) => {
        const person = index % 2 ? world.people.observer : world.people.chair;
        const api = await clientFor(instances[index % 2].url, person);
        // Each follower starts on one instance and moves to the other one at each reconnection.
        const servers = index % 2 ? [instances[1], instances[0]] : instances;
        const feed = new ResumingFeed(servers, api.cookie!, meeting.id, before.lastEventSeq);
        feed.start();
        return feed;
      }),
    );

    let posted = 0;
    const write = async (writer: number) => {
      while (posted < EVENTS) {
        posted += 1;
        const input = { id: randomUUID(), planId: world.plan.id, meetingId: meeting.id, kind: 'IDEA', text: `Idée ${posted} (${writer})` };
        await postSurely(writer % 2 ? [...writers].reverse() : writers, input);
      }
    };
    const chaos = async () => {
      for (let round = 0; posted < EVENTS; round++) {
        await new Promise((resolve) => setTimeout(resolve, 300));
        for (const feed of feeds) if (Math.random() < 0.25) feed.cut();
        if (round === 4) {
          // An instance crashes; its clients and writers move to the other while it restarts.
          await instances[1].kill();
          await new Promise((resolve) => setTimeout(resolve, 500));
          await instances[1].start();
        }
      }
    };
    await Promise.all([...Array.from({ length: WRITERS }, (_, writer) => write(writer)), chaos()]);

    const admin = new pg.Client({ connectionString: setup.databaseUrl });
    await admin.connect();
    const [{ count, last }] = (
      await admin.query("SELECT count(*)::int AS count, max(seq) AS last FROM events WHERE topic = $1 AND type = 'CONTRIBUTION_POSTED'", [`meeting:${meeting.id}`])
    ).rows;
    await admin.end();
    // Retried posts were recognised by their id: exactly one event each.
    expect(count).toBe(EVENTS);

    await eventually(() => expect(feeds.filter((feed) => feed.lastSeq < last)).toEqual([]), 30_000);
    for (const feed of feeds) {
      expect(gapsAndDuplicates(feed.seqs, before.lastEventSeq + 1, last)).toEqual({ missing: [], duplicates: [], outOfOrder: false });
    }
    expect(feeds.reduce((sum, feed) => sum + feed.reconnections, 0)).toBeGreaterThan(FOLLOWERS);
    await Promise.all(feeds.map((feed) => feed.stop()));
  },
  180_000,
);
