import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { clientFor } from '../helpers/api-client';
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

const MEETING_CHANGED = `subscription ($meetingId: ID!, $after: Int) {
  meetingChanged(meetingId: $meetingId, after: $after) { seq type actorId meeting { id status agendaRevision } }
}`;
const startsAt = new Date(Date.now() + 7 * 86_400_000);
const input = { title: 'Comité technique de printemps', startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 7_200_000).toISOString() };

describe('live meeting changes', () => {
  it("announces a scheduled meeting on the plan's stream and its lifecycle on the meeting's", async () => {
    const secretary = await clientFor(server.url, world.people.secretary);
    const member = await clientFor(server.url, world.people.member);
    const { plan } = await member.data('query ($id: ID!) { plan(id: $id) { lastEventSeq } }', { id: world.plan.id });
    const { client } = connectWs(server.wsUrl, member.cookie);
    cleanups.push(() => client.dispose());
    const planFeed = new Collector(client, PLAN_CHANGED.replace('plan { id title }', 'plan { id title } meeting { id status }'), {
      planId: world.plan.id,
      after: plan.lastEventSeq,
    });
    const { createMeeting } = await secretary.data('mutation ($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }', {
      input: { ...input, bodyId: world.body.id },
    });
    const [{ planChanged }] = await planFeed.waitFor(1);
    expect(planChanged).toMatchObject({ type: 'MEETING_SCHEDULED', meeting: { id: createMeeting.id, status: 'DRAFT' } });

    const { meeting } = await member.data('query ($id: ID!) { meeting(id: $id) { lastEventSeq } }', { id: createMeeting.id });
    const meetingFeed = new Collector(client, MEETING_CHANGED, { meetingId: createMeeting.id, after: meeting.lastEventSeq });
    for (const verb of ['conveneMeeting', 'openMeeting']) {
      await secretary.data(`mutation ($id: ID!) { ${verb}(id: $id) { id } }`, { id: createMeeting.id });
    }
    const events = (await meetingFeed.waitFor(2)).map((event) => event.meetingChanged);
    expect(events.map((event) => [event.type, event.meeting.status])).toEqual([
      ['AGENDA_PUBLISHED', 'CONVENED'],
      ['MEETING_UPDATED', 'IN_SESSION'],
    ]);
    expect(events[0].actorId).toBe(world.people.secretary.id);
  });

  it('says live which items a closing session leaves unfinished', async () => {
    const secretary = await clientFor(server.url, world.people.secretary);
    const { createMeeting } = await secretary.data('mutation ($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }', {
      input: { ...input, bodyId: world.body.id },
    });
    const { addAgendaItem } = await secretary.data('mutation ($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }', {
      input: { meetingId: createMeeting.id, title: 'Point non traité' },
    });
    for (const verb of ['conveneMeeting', 'openMeeting']) {
      await secretary.data(`mutation ($id: ID!) { ${verb}(id: $id) { id } }`, { id: createMeeting.id });
    }
    const member = await clientFor(server.url, world.people.member);
    const { meeting } = await member.data('query ($id: ID!) { meeting(id: $id) { lastEventSeq } }', { id: createMeeting.id });
    const { client } = connectWs(server.wsUrl, member.cookie);
    cleanups.push(() => client.dispose());
    const feed = new Collector(client, MEETING_CHANGED.replace('meeting { id status agendaRevision }', 'meeting { id status } agendaItem { id outcome }'), {
      meetingId: createMeeting.id,
      after: meeting.lastEventSeq,
    });
    await secretary.data('mutation ($id: ID!) { closeMeeting(id: $id) { id } }', { id: createMeeting.id });
    const events = (await feed.waitFor(2)).map((event) => event.meetingChanged);
    expect(events.map((event) => event.type)).toEqual(['AGENDA_ITEM_UPDATED', 'MEETING_UPDATED']);
    expect(events[0].agendaItem).toEqual({ id: addAgendaItem.id, outcome: 'UNFINISHED' });
    expect(events[1].meeting.status).toBe('CLOSED');
  });

  it('tells the plan stream of each decision, for the decisions register', async () => {
    const secretary = await clientFor(server.url, world.people.secretary);
    const { createMeeting } = await secretary.data('mutation ($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }', {
      input: { ...input, bodyId: world.body.id },
    });
    for (const verb of ['conveneMeeting', 'openMeeting']) {
      await secretary.data(`mutation ($id: ID!) { ${verb}(id: $id) { id } }`, { id: createMeeting.id });
    }
    const member = await clientFor(server.url, world.people.member);
    const { plan } = await member.data('query ($id: ID!) { plan(id: $id) { lastEventSeq } }', { id: world.plan.id });
    const { client } = connectWs(server.wsUrl, member.cookie);
    cleanups.push(() => client.dispose());
    const feed = new Collector(client, PLAN_CHANGED.replace('plan { id title }', 'decision { id text meetingId }'), {
      planId: world.plan.id,
      after: plan.lastEventSeq,
    });
    const { recordDecision } = await secretary.data(
      'mutation ($input: RecordDecisionInput!) { recordDecision(input: $input) { id } }',
      { input: { meetingId: createMeeting.id, text: 'Adopter le calendrier des ateliers', kind: 'DECISION' } },
    );
    const [{ planChanged }] = await feed.waitFor(1);
    expect(planChanged).toMatchObject({
      type: 'DECISION_CHANGED',
      decision: { id: recordDecision.id, text: 'Adopter le calendrier des ateliers', meetingId: createMeeting.id },
    });
  });

  it("refuses to subscribe an outsider to a meeting's stream", async () => {
    const secretary = await clientFor(server.url, world.people.secretary);
    const { createMeeting } = await secretary.data('mutation ($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }', {
      input: { ...input, bodyId: world.body.id },
    });
    const outsider = await clientFor(server.url, world.people.outsider);
    const { client } = connectWs(server.wsUrl, outsider.cookie);
    cleanups.push(() => client.dispose());
    const feed = new Collector(client, MEETING_CHANGED, { meetingId: createMeeting.id, after: 0 });
    const errors = (await feed.waitForError()) as { extensions?: { code?: string } }[];
    expect(errors[0].extensions?.code).toBe('FORBIDDEN');
  });
});
