import ical from 'node-ical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemberRole } from '../../server/src/bodies/membership.entity';
import { clientFor } from '../helpers/api-client';
import { buildBody, buildPerson, buildWorld, seat, type World } from '../helpers/factories';
import { startTestServer, type TestServer } from '../helpers/test-server';

let server: TestServer;
let world: World;

beforeAll(async () => {
  server = await startTestServer();
  world = await buildWorld(server.services.dataSource);
});
afterAll(() => server.stop());

const FEED = 'mutation { createCalendarFeed }';
const CREATE = 'mutation ($input: CreateMeetingInput!) { createMeeting(input: $input) { id version } }';

async function schedule(bodyId: string, title: string, daysFromNow: number) {
  const secretary = await clientFor(server.url, world.people.secretary);
  // iCalendar times have second precision.
  const startsAt = new Date(Math.floor(Date.now() / 1000) * 1000 + daysFromNow * 86_400_000);
  const input = { bodyId, title, startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 5_400_000).toISOString(), place: 'Salle du conseil' };
  return { secretary, meeting: (await secretary.data(CREATE, { input })).createMeeting, startsAt };
}

/** Reads a feed the way a calendar app would, and parses it with node-ical. */
async function events(url: string) {
  const response = await fetch(url);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/text\/calendar/);
  const parsed = ical.sync.parseICS(await response.text());
  return Object.values(parsed).filter((entry) => entry.type === 'VEVENT') as ical.VEvent[];
}

describe('iCalendar feeds', () => {
  it("lists the meetings of one's bodies, and carries updates and cancellations through", async () => {
    const { secretary, meeting, startsAt } = await schedule(world.body.id, 'Comité de pilotage', 14);
    const member = await clientFor(server.url, world.people.member);
    const { createCalendarFeed: url } = await member.data(FEED);
    expect(url).toMatch(/^http:\/\/localhost:\d+\/calendar\/[\w-]+\.ics$/);
    const feedUrl = url.replace(/^http:\/\/localhost:\d+/, server.url);

    const [event] = (await events(feedUrl)).filter((entry) => entry.uid === `${meeting.id}@trame`);
    expect(event.summary).toBe(`${world.body.name} — Comité de pilotage`);
    expect(new Date(event.start).toISOString()).toBe(startsAt.toISOString());
    expect(event.location).toBe('Salle du conseil');
    expect(event.status).toBe('TENTATIVE');

    await secretary.data('mutation ($id: ID!) { conveneMeeting(id: $id) { id } }', { id: meeting.id });
    const [convened] = (await events(feedUrl)).filter((entry) => entry.uid === `${meeting.id}@trame`);
    expect(convened.status).toBe('CONFIRMED');
    expect(Number(convened.sequence)).toBeGreaterThan(Number(event.sequence));

    await secretary.data('mutation ($id: ID!) { cancelMeeting(id: $id, reason: "Report en juin") { id } }', { id: meeting.id });
    const [cancelled] = (await events(feedUrl)).filter((entry) => entry.uid === `${meeting.id}@trame`);
    expect(cancelled.status).toBe('CANCELLED');
    expect(cancelled.description).toMatch(/Report en juin/);
  });

  it('gives one body\'s feed to people who may read it, and nothing to others', async () => {
    const otherBody = await buildBody(server.services.dataSource, { planId: world.plan.id, name: 'Collectif d’acteurs' });
    await seat(server.services.dataSource, world.people.secretary, otherBody, MemberRole.SECRETARY);
    const { meeting } = await schedule(otherBody.id, 'Atelier de co-construction', 20);
    const member = await clientFor(server.url, world.people.member);
    const personal = (await member.data(FEED)).createCalendarFeed.replace(/^http:\/\/localhost:\d+/, server.url);
    expect((await events(personal)).map((entry) => entry.uid)).not.toContain(`${meeting.id}@trame`);
    const bodyFeed = await events(`${personal}?body=${otherBody.id}`);
    expect(bodyFeed.map((entry) => entry.uid)).toEqual([`${meeting.id}@trame`]);

    const outsider = await clientFor(server.url, await buildPerson(server.services.dataSource));
    const foreign = (await outsider.data(FEED)).createCalendarFeed.replace(/^http:\/\/localhost:\d+/, server.url);
    expect(await events(`${foreign}?body=${otherBody.id}`)).toEqual([]);
  });

  it('stops serving an address once a new one is made, and answers 404 to unknown ones', async () => {
    const member = await clientFor(server.url, world.people.member);
    const first = (await member.data(FEED)).createCalendarFeed.replace(/^http:\/\/localhost:\d+/, server.url);
    await member.data(FEED);
    expect((await fetch(first)).status).toBe(404);
    expect((await fetch(`${server.url}/calendar/inconnu.ics`)).status).toBe(404);
    expect((await fetch(`${first}?body=pas-un-id`)).status).toBe(404);
  });
});
