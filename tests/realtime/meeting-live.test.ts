import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, clientFor } from '../helpers/api-client';
import { buildMeeting, buildPerson, buildWorld, type World } from '../helpers/factories';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { Collector, connectWs } from '../helpers/ws-client';

let server: TestServer;
let world: World;
let secretary: ApiClient;
const cleanups: (() => unknown)[] = [];

beforeAll(async () => {
  server = await startTestServer();
  world = await buildWorld(server.services.dataSource);
  secretary = await clientFor(server.url, world.people.secretary);
  const chair = await clientFor(server.url, world.people.chair);
  await chair.data('mutation ($input: UpdateBodyInput!) { updateBody(input: $input) { id } }', {
    input: { id: world.body.id, quorumPercent: 50, quorumCountsProxies: true },
  });
});
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});
afterAll(() => server.stop());

const MEETING_CHANGED = `subscription ($meetingId: ID!, $after: Int) {
  meetingChanged(meetingId: $meetingId, after: $after) { seq type actorId attendance { id personId presence proxyToId guest person { id } } }
}`;
const MEETING = `query ($id: ID!) { meeting(id: $id) { lastEventSeq attendances { id personId } quorum { votingMembers required present represented met } } }`;

/** A convened meeting of the world's body, and a live feed of it for that person from now on. */
async function followed(person: { email: string }) {
  const meeting = await buildMeeting(server.services.dataSource, { bodyId: world.body.id });
  await secretary.data('mutation ($id: ID!) { conveneMeeting(id: $id) { id } }', { id: meeting.id });
  const api = await clientFor(server.url, person);
  const { meeting: read } = await api.data(MEETING, { id: meeting.id });
  const { client } = connectWs(server.wsUrl, api.cookie);
  cleanups.push(() => client.dispose());
  return { meetingId: meeting.id, api, read, feed: new Collector(client, MEETING_CHANGED, { meetingId: meeting.id, after: read.lastEventSeq }) };
}

describe('live attendance', () => {
  it('delivers each presence noted to a subscriber, who sees the quorum met on re-query', async () => {
    const { meetingId, api, read, feed } = await followed(world.people.member);
    // chair, secretary and member vote (the observer does not): half of 3, rounded up, is 2.
    expect(read.quorum).toEqual({ votingMembers: 3, required: 2, present: 0, represented: 0, met: false });
    const row = (person: { id: string }) => read.attendances.find((attendance: { personId: string }) => attendance.personId === person.id).id;
    const mark = (person: { id: string }) =>
      secretary.data('mutation ($a: ID!) { recordPresence(attendanceId: $a, presence: PRESENT) { id } }', { a: row(person) });
    await mark(world.people.chair);
    const [first] = await feed.waitFor(1);
    expect(first.meetingChanged).toMatchObject({
      type: 'ATTENDANCE_UPDATED',
      actorId: world.people.secretary.id,
      attendance: { personId: world.people.chair.id, presence: 'PRESENT', person: { id: world.people.chair.id } },
    });
    expect((await api.data(MEETING, { id: meetingId })).meeting.quorum).toMatchObject({ present: 1, met: false });
    await mark(world.people.secretary);
    const events = await feed.waitFor(2);
    expect(events[1].meetingChanged.seq).toBe(first.meetingChanged.seq + 1);
    expect((await api.data(MEETING, { id: meetingId })).meeting.quorum).toMatchObject({ present: 2, met: true });
  });

  it("delivers a member's proxy to the facilitators' feed", async () => {
    const { meetingId, feed } = await followed(world.people.chair);
    const member = await clientFor(server.url, world.people.member);
    await member.data('mutation ($m: ID!, $to: ID!) { giveProxy(meetingId: $m, toPersonId: $to) { id } }', { m: meetingId, to: world.people.chair.id });
    const [{ meetingChanged }] = await feed.waitFor(1);
    expect(meetingChanged).toMatchObject({
      type: 'ATTENDANCE_UPDATED',
      actorId: world.people.member.id,
      attendance: { personId: world.people.member.id, proxyToId: world.people.chair.id },
    });
  });

  it('lets a guest follow the meeting from the moment they are invited', async () => {
    const guest = await buildPerson(server.services.dataSource);
    const { meetingId, feed: memberFeed } = await followed(world.people.member);
    await secretary.data('mutation ($m: ID!, $p: ID!) { inviteGuest(meetingId: $m, personId: $p) { id } }', { m: meetingId, p: guest.id });
    const [{ meetingChanged }] = await memberFeed.waitFor(1);
    expect(meetingChanged.attendance).toMatchObject({ personId: guest.id, guest: true });
    const guestApi = await clientFor(server.url, guest);
    const { client } = connectWs(server.wsUrl, guestApi.cookie);
    cleanups.push(() => client.dispose());
    const guestFeed = new Collector(client, MEETING_CHANGED, { meetingId, after: meetingChanged.seq - 1 });
    expect((await guestFeed.waitFor(1))[0].meetingChanged.attendance.personId).toBe(guest.id);
  });
});
