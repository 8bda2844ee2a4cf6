import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MemberRole } from '../../server/src/bodies/membership.entity';
import { MeetingStatus } from '../../server/src/meetings/meeting.entity';
import { type ApiClient, clientFor } from '../helpers/api-client';
import { eventually } from '../helpers/eventually';
import { buildMeeting, buildPerson, buildWorld, seat, type World } from '../helpers/factories';
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

const RENAME_ORIENTATION = `mutation ($input: UpdateOrientationInput!) { updateOrientation(input: $input) { id } }`;
const RENAME_MEETING = `mutation ($input: UpdateMeetingInput!) { updateMeeting(input: $input) { id } }`;
const LAST_MEETING_SEQ = 'query ($id: ID!) { meeting(id: $id) { lastEventSeq } }';
/** A selection with fields that depend on who is looking: rights, and a hidden contribution's text. */
const MEETING_CHANGED = `subscription ($meetingId: ID!, $after: Int) {
  meetingChanged(meetingId: $meetingId, after: $after) { seq type meeting { id title viewerCanFacilitate } contribution { id text hidden } }
}`;

async function newMember() {
  const person = await buildPerson(server.services.dataSource);
  await seat(server.services.dataSource, person, world.body, MemberRole.MEMBER);
  return person;
}

function follow(api: ApiClient, query: string, variables: Record<string, unknown>) {
  const { client } = connectWs(server.wsUrl, api.cookie);
  cleanups.push(() => client.dispose());
  return new Collector(client, query, variables);
}

async function followMeeting(api: ApiClient, meetingId: string, after?: number) {
  const start = after ?? (await api.data(LAST_MEETING_SEQ, { id: meetingId })).meeting.lastEventSeq;
  return follow(api, MEETING_CHANGED, { meetingId, after: start });
}

/** Waits until the server holds exactly these live subscriptions, in that many groups. */
function groupsSettle(subscriptions: number, groups: number) {
  return eventually(() => expect(server.services.fanout.stats()).toMatchObject({ subscriptions, groups }));
}

/** SQL statements spent on three events delivered to `count` new subscribers (mutations included). */
async function statementsFor(count: number, scenario: { follow(api: ApiClient): Promise<Collector>; change(title: string): Promise<unknown> }) {
  const feeds: Collector[] = [];
  for (let index = 0; index < count; index++) feeds.push(await scenario.follow(await clientFor(server.url, await newMember())));
  await scenario.change(`Échauffement ${count}`);
  await Promise.all(feeds.map((feed) => feed.waitFor(1)));
  const before = server.statements.count;
  for (let event = 2; event <= 4; event++) {
    await scenario.change(`Événement ${count}-${event}`);
    await Promise.all(feeds.map((feed) => feed.waitFor(event)));
  }
  return server.statements.count - before;
}

describe('delivering events', () => {
  it('spends no more SQL statements per event for 20 subscribers than for one', async () => {
    const chair = await clientFor(server.url, world.people.chair);
    const scenario = {
      follow: async (api: ApiClient) => {
        const { plan } = await api.data('query ($id: ID!) { plan(id: $id) { lastEventSeq } }', { id: world.plan.id });
        return follow(api, PLAN_CHANGED, { planId: world.plan.id, after: plan.lastEventSeq });
      },
      change: (title: string) => chair.data(RENAME_ORIENTATION, { input: { id: world.orientation.id, title } }),
    };
    const one = await statementsFor(1, scenario);
    const twenty = await statementsFor(20, scenario);
    expect(one).toBeGreaterThan(0);
    // Rights are read once per event and sessions re-checked in one batch, never a query per
    // subscriber (that would be 19 more per event here); a refresh may fall either side of an event.
    expect(twenty).toBeLessThanOrEqual(one + 3);
  });

  it('spends no more SQL statements per event for 20 subscribers than for one when each payload is personal', async () => {
    const chair = await clientFor(server.url, world.people.chair);
    const meeting = await buildMeeting(server.services.dataSource, { bodyId: world.body.id });
    const scenario = {
      follow: (api: ApiClient) => followMeeting(api, meeting.id),
      change: (title: string) => chair.data(RENAME_MEETING, { input: { id: meeting.id, title } }),
    };
    const one = await statementsFor(1, scenario);
    const twenty = await statementsFor(20, scenario);
    // viewerCanFacilitate is computed per session, the 20 viewers' roles read in one query.
    expect(twenty).toBeLessThanOrEqual(one + 3);
  });
});

describe('grouped delivery', () => {
  it('runs one group for subscribers of the same operation, yet gives each the rights it has', async () => {
    const meeting = await buildMeeting(server.services.dataSource, { bodyId: world.body.id });
    const chair = await clientFor(server.url, world.people.chair);
    const chairFeed = await followMeeting(chair, meeting.id);
    const memberFeed = await followMeeting(await clientFor(server.url, world.people.member), meeting.id);
    await groupsSettle(2, 1);
    await chair.data(RENAME_MEETING, { input: { id: meeting.id, title: 'Ordre du jour revu' } });
    const [[forChair], [forMember]] = await Promise.all([chairFeed.waitFor(1), memberFeed.waitFor(1)]);
    expect(forChair.meetingChanged.meeting).toEqual({ id: meeting.id, title: 'Ordre du jour revu', viewerCanFacilitate: true });
    expect(forMember.meetingChanged.meeting).toEqual({ id: meeting.id, title: 'Ordre du jour revu', viewerCanFacilitate: false });
  });

  it("shows a hidden contribution's text to the moderator of the group only", async () => {
    const meeting = await buildMeeting(server.services.dataSource, { bodyId: world.body.id, status: MeetingStatus.IN_SESSION });
    const secretary = await clientFor(server.url, world.people.secretary);
    const member = await clientFor(server.url, world.people.member);
    const moderatorFeed = await followMeeting(secretary, meeting.id);
    const memberFeed = await followMeeting(member, meeting.id);
    await groupsSettle(2, 1);
    const id = randomUUID();
    await member.data('mutation ($input: PostContributionInput!) { postContribution(input: $input) { id } }', {
      input: { id, planId: world.plan.id, meetingId: meeting.id, kind: 'OBJECTION', text: 'Propos déplacés' },
    });
    await secretary.data('mutation ($id: ID!) { hideContribution(id: $id, reason: "Hors sujet") { id } }', { id });
    const [moderatorSaw, memberSaw] = await Promise.all([moderatorFeed.waitFor(2), memberFeed.waitFor(2)]);
    const contributions = (events: { meetingChanged: { contribution: unknown } }[]) => events.map((event) => event.meetingChanged.contribution);
    expect(contributions(moderatorSaw)).toEqual([
      { id, text: 'Propos déplacés', hidden: false },
      { id, text: 'Propos déplacés', hidden: true },
    ]);
    expect(contributions(memberSaw)).toEqual([
      { id, text: 'Propos déplacés', hidden: false },
      { id, text: '', hidden: true },
    ]);
  });

  it('ends the subscription of a signed-out session and keeps delivering to the rest of its group', async () => {
    const meeting = await buildMeeting(server.services.dataSource, { bodyId: world.body.id });
    const chair = await clientFor(server.url, world.people.chair);
    const leaving = await clientFor(server.url, await newMember());
    const leavingFeed = await followMeeting(leaving, meeting.id);
    const stayingFeed = await followMeeting(await clientFor(server.url, await newMember()), meeting.id);
    await groupsSettle(2, 1);
    await chair.data(RENAME_MEETING, { input: { id: meeting.id, title: 'Avant la déconnexion' } });
    await Promise.all([leavingFeed.waitFor(1), stayingFeed.waitFor(1)]);
    await leaving.data('mutation { signOut }');
    await chair.data(RENAME_MEETING, { input: { id: meeting.id, title: 'Après la déconnexion' } });
    await stayingFeed.waitFor(2);
    await eventually(() => expect(leavingFeed.completed).toBe(true));
    expect(leavingFeed.received.map((event) => event.meetingChanged.meeting.title)).toEqual(['Avant la déconnexion']);
    await groupsSettle(1, 1);
  });

  it('shares a group between subscribers resuming from different events, each getting exactly what it missed', async () => {
    const meeting = await buildMeeting(server.services.dataSource, { bodyId: world.body.id });
    const chair = await clientFor(server.url, world.people.chair);
    const rename = (title: string) => chair.data(RENAME_MEETING, { input: { id: meeting.id, title } });
    await rename('Premier');
    await rename('Deuxième');
    const member = await clientFor(server.url, world.people.member);
    const now = (await member.data(LAST_MEETING_SEQ, { id: meeting.id })).meeting.lastEventSeq;
    const fromNow = await followMeeting(member, meeting.id, now);
    const fromBefore = await followMeeting(await clientFor(server.url, world.people.observer), meeting.id, now - 2);
    await fromBefore.waitFor(2);
    await groupsSettle(2, 1);
    await rename('Troisième');
    const titles = (feed: Collector) => feed.received.map((event) => event.meetingChanged.meeting.title);
    await Promise.all([fromNow.waitFor(1), fromBefore.waitFor(3)]);
    expect(titles(fromNow)).toEqual(['Troisième']);
    expect(titles(fromBefore)).toEqual(['Premier', 'Deuxième', 'Troisième']);
    expect(fromBefore.received.map((event) => event.meetingChanged.seq)).toEqual([now - 1, now, now + 1]);
  });
});
