import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AgendaItem } from '../../server/src/agenda/agenda-item.entity';
import { MemberRole } from '../../server/src/bodies/membership.entity';
import { clientFor } from '../helpers/api-client';
import { eventually } from '../helpers/eventually';
import { buildMeeting, buildPerson, buildWorld, seat, type World } from '../helpers/factories';
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

const PRESENCE = `subscription ($meetingId: ID!) { roomPresence(meetingId: $meetingId) { meetingId count quorumRequired people { id displayName } } }`;

/** A convened-then-opened meeting of the world's body (its members are invited, so the quorum counts them). */
async function meetingInSession() {
  const meeting = await buildMeeting(server.services.dataSource, { bodyId: world.body.id });
  const secretary = await clientFor(server.url, world.people.secretary);
  await secretary.data('mutation ($id: ID!) { conveneMeeting(id: $id) { id } }', { id: meeting.id });
  await secretary.data('mutation ($id: ID!) { openMeeting(id: $id) { id } }', { id: meeting.id });
  return { meetingId: meeting.id, secretary };
}

/** Someone in the room through `target`: their presence feed, and a way to leave (closing the socket). */
async function enter(target: TestServer, person: { email: string }, meetingId: string) {
  const api = await clientFor(target.url, person);
  const { client } = connectWs(target.wsUrl, api.cookie);
  cleanups.push(() => client.dispose());
  return { feed: new Collector(client, PRESENCE, { meetingId }), leave: () => client.dispose() };
}

const latest = (feed: Collector) => feed.received.at(-1)?.roomPresence;

function sees(feed: Collector, count: number, timeoutMs = 5000) {
  return eventually(() => {
    expect(feed.errors).toEqual([]);
    expect(latest(feed)?.count).toBe(count);
    return latest(feed);
  }, timeoutMs);
}

describe('the room live', () => {
  it('delivers ROOM_UPDATED with the meeting to a meetingChanged subscriber', async () => {
    const { meetingId, secretary } = await meetingInSession();
    const item = await server.services.dataSource
      .getRepository(AgendaItem)
      .save({ bodyId: world.body.id, meetingId, position: 0, title: 'Diagnostic territorial' });
    const member = await clientFor(server.url, world.people.member);
    const { meeting } = await member.data('query ($id: ID!) { meeting(id: $id) { lastEventSeq } }', { id: meetingId });
    const { client } = connectWs(server.wsUrl, member.cookie);
    cleanups.push(() => client.dispose());
    const feed = new Collector(
      client,
      'subscription ($m: ID!, $after: Int) { meetingChanged(meetingId: $m, after: $after) { type actorId meeting { id roomOpen currentItem { id } } } }',
      { m: meetingId, after: meeting.lastEventSeq },
    );
    await secretary.data('mutation ($m: ID!) { openRoom(meetingId: $m) { id } }', { m: meetingId });
    const [{ meetingChanged }] = await feed.waitFor(1);
    expect(meetingChanged).toEqual({
      type: 'ROOM_UPDATED',
      actorId: world.people.secretary.id,
      meeting: { id: meetingId, roomOpen: true, currentItem: { id: item.id } },
    });
  });
});

describe('presence in the room', () => {
  it('shows two participants to each other, with the quorum to reach', async () => {
    const { meetingId, secretary } = await meetingInSession();
    const member = await enter(server, world.people.member, meetingId);
    const observer = await enter(server, world.people.observer, meetingId);
    const { meeting } = await secretary.data('query ($id: ID!) { meeting(id: $id) { quorum { required } } }', { id: meetingId });
    for (const { feed } of [member, observer]) {
      const presence = await sees(feed, 2);
      expect(presence.meetingId).toBe(meetingId);
      expect(presence.quorumRequired).toBe(meeting.quorum.required);
      expect(presence.people.map((person: { id: string }) => person.id).sort()).toEqual(
        [world.people.member.id, world.people.observer.id].sort(),
      );
    }
  });

  it('takes out of the room someone whose connection closes', async () => {
    const { meetingId } = await meetingInSession();
    const member = await enter(server, world.people.member, meetingId);
    const observer = await enter(server, world.people.observer, meetingId);
    await sees(member.feed, 2);
    await observer.leave();
    const presence = await sees(member.feed, 1);
    expect(presence.people).toEqual([{ id: world.people.member.id, displayName: world.people.member.displayName }]);
  });

  it('refuses someone who may not read the meeting', async () => {
    const { meetingId } = await meetingInSession();
    const outsider = await enter(server, world.people.outsider, meetingId);
    const errors = (await outsider.feed.waitForError()) as { extensions?: { code?: string } }[];
    expect(errors[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('shows participants on two server instances to each other', async () => {
    const second = await startTestServer({ databaseUrl: server.databaseUrl });
    cleanups.push(() => second.stop());
    const { meetingId } = await meetingInSession();
    const onFirst = await enter(server, world.people.member, meetingId);
    const onSecond = await enter(second, world.people.observer, meetingId);
    await sees(onFirst.feed, 2);
    await sees(onSecond.feed, 2);
    await onSecond.leave();
    await sees(onFirst.feed, 1);
  });

  it('coalesces ten people joining at once into a few updates', async () => {
    const { meetingId } = await meetingInSession();
    const ds = server.services.dataSource;
    const people = await Promise.all(Array.from({ length: 10 }, () => buildPerson(ds)));
    for (const person of people) await seat(ds, person, world.body, MemberRole.MEMBER);
    const cookies = await Promise.all(people.map(async (person) => (await clientFor(server.url, person)).cookie));
    const watcher = await enter(server, world.people.observer, meetingId);
    await sees(watcher.feed, 1);
    const before = watcher.feed.received.length;
    for (const cookie of cookies) {
      const { client } = connectWs(server.wsUrl, cookie);
      cleanups.push(() => client.dispose());
      new Collector(client, PRESENCE, { meetingId });
    }
    await sees(watcher.feed, 11);
    expect(watcher.feed.received.length - before).toBeLessThanOrEqual(4);
  });
});

