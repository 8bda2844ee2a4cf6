import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MeetingStatus } from '../../server/src/meetings/meeting.entity';
import { clientFor } from '../helpers/api-client';
import { buildMeeting, buildWorld, type World } from '../helpers/factories';
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

const MEETING_CHANGED = `subscription ($meetingId: ID!, $after: Int) {
  meetingChanged(meetingId: $meetingId, after: $after) { seq type actorId contribution { id text hidden supportCount author { id } } }
}`;
const POST = 'mutation ($input: PostContributionInput!) { postContribution(input: $input) { id } }';

/** A meeting in session, followed live by that person from now on. */
async function followed(person: { email: string }) {
  const meeting = await buildMeeting(server.services.dataSource, { bodyId: world.body.id, status: MeetingStatus.IN_SESSION });
  const api = await clientFor(server.url, person);
  const { meeting: read } = await api.data('query ($id: ID!) { meeting(id: $id) { lastEventSeq } }', { id: meeting.id });
  const { client } = connectWs(server.wsUrl, api.cookie);
  cleanups.push(() => client.dispose());
  return { meeting, feed: new Collector(client, MEETING_CHANGED, { meetingId: meeting.id, after: read.lastEventSeq }) };
}

describe('live contributions', () => {
  it("delivers a contribution posted, then its support, to a second participant's feed, once despite a retry", async () => {
    const { meeting, feed } = await followed(world.people.observer);
    const member = await clientFor(server.url, world.people.member);
    const input = { id: randomUUID(), planId: world.plan.id, meetingId: meeting.id, kind: 'IDEA', text: 'Une recyclerie' };
    await member.data(POST, { input });
    await member.data(POST, { input });
    const chair = await clientFor(server.url, world.people.chair);
    await chair.data('mutation ($id: ID!) { supportContribution(id: $id) { id } }', { id: input.id });
    const events = await feed.waitFor(2);
    expect(events.map((event) => event.meetingChanged.type)).toEqual(['CONTRIBUTION_POSTED', 'CONTRIBUTION_UPDATED']);
    expect(events[0].meetingChanged).toMatchObject({
      actorId: world.people.member.id,
      contribution: { id: input.id, text: 'Une recyclerie', hidden: false, author: { id: world.people.member.id } },
    });
    expect(events[1].meetingChanged).toMatchObject({ actorId: world.people.chair.id, contribution: { id: input.id, supportCount: 1 } });
  });

  it('hides the text of a hidden contribution from a participant who does not moderate', async () => {
    const { meeting, feed } = await followed(world.people.member);
    const author = await clientFor(server.url, world.people.secretary);
    const input = { id: randomUUID(), planId: world.plan.id, meetingId: meeting.id, kind: 'OBJECTION', text: 'Propos déplacés' };
    await author.data(POST, { input });
    await author.data('mutation ($id: ID!) { hideContribution(id: $id, reason: "Hors sujet") { id } }', { id: input.id });
    const [, hidden] = await feed.waitFor(2);
    expect(hidden.meetingChanged).toMatchObject({ type: 'CONTRIBUTION_UPDATED', contribution: { id: input.id, text: '', hidden: true } });
  });
});
