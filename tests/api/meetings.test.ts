import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemberRole } from '../../server/src/bodies/membership.entity';
import { ApiClient, clientFor } from '../helpers/api-client';
import { buildBody, buildPerson, buildWorld, seat, type World } from '../helpers/factories';
import { startTestServer, type TestServer } from '../helpers/test-server';

let server: TestServer;
let world: World;
let as: Record<'admin' | 'chair' | 'secretary' | 'member' | 'observer' | 'outsider', ApiClient>;

beforeAll(async () => {
  server = await startTestServer();
  world = await buildWorld(server.services.dataSource);
  as = Object.fromEntries(
    await Promise.all(Object.entries(world.people).map(async ([role, person]) => [role, await clientFor(server.url, person)])),
  ) as typeof as;
});
afterAll(() => server.stop());

const FIELDS = 'id title status version agendaRevision startsAt endsAt cancellationReason';
const CREATE = `mutation ($input: CreateMeetingInput!) { createMeeting(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($input: UpdateMeetingInput!) { updateMeeting(input: $input) { ${FIELDS} } }`;
const READ = `query ($id: ID!) { meeting(id: $id) { ${FIELDS} viewerCanFacilitate publications { revision snapshot } body { id } } }`;
const move = (verb: string) => `mutation ($id: ID!) { ${verb}(id: $id) { ${FIELDS} } }`;
const CANCEL = `mutation ($id: ID!, $reason: String!) { cancelMeeting(id: $id, reason: $reason) { ${FIELDS} } }`;

let day = 0;
/** A two-hour meeting on a day of its own, `daysFromNow` ahead (negative: in the past). */
function slot(daysFromNow = 30 + ++day) {
  const startsAt = new Date(Date.now() + daysFromNow * 86_400_000);
  return { startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString() };
}

async function newMeeting(overrides: Record<string, unknown> = {}) {
  const { createMeeting } = await as.secretary.data(CREATE, {
    input: { bodyId: world.body.id, title: 'Comité de pilotage annuel', ...slot(), ...overrides },
  });
  return createMeeting;
}

describe('scheduling meetings', () => {
  it("lets the body's chair and secretary schedule a meeting, as a draft", async () => {
    const meeting = await newMeeting({ place: 'Hôtel de ville', onlineUrl: 'https://visio.example.org/copil' });
    expect(meeting).toMatchObject({ status: 'DRAFT', agendaRevision: 0 });
    const { meeting: read } = await as.member.data(READ, { id: meeting.id });
    expect(read).toMatchObject({ id: meeting.id, viewerCanFacilitate: false, body: { id: world.body.id } });
    expect((await as.chair.data(READ, { id: meeting.id })).meeting.viewerCanFacilitate).toBe(true);
  });

  it('refuses members, observers, outsiders and facilitators of another body', async () => {
    const input = { bodyId: world.body.id, title: 'Réunion pirate', ...slot() };
    for (const client of [as.member, as.observer, as.outsider]) expect(await client.errorCode(CREATE, { input })).toBe('FORBIDDEN');
    const otherBody = await buildBody(server.services.dataSource, { planId: world.plan.id });
    const otherChair = await buildPerson(server.services.dataSource);
    await seat(server.services.dataSource, otherChair, otherBody, MemberRole.CHAIR);
    expect(await (await clientFor(server.url, otherChair)).errorCode(CREATE, { input })).toBe('FORBIDDEN');
    expect(await new ApiClient(server.url).errorCode(CREATE, { input })).toBe('UNAUTHENTICATED');
  });

  it('refuses a meeting that ends before it starts, a bad link, and unknown bodies', async () => {
    const { startsAt } = slot();
    expect(await as.chair.errorCode(CREATE, { input: { bodyId: world.body.id, title: 'À l’envers', startsAt, endsAt: startsAt } })).toBe('BAD_USER_INPUT');
    expect(await as.chair.errorCode(CREATE, { input: { bodyId: world.body.id, title: 'Lien', ...slot(), onlineUrl: 'javascript:alert(1)' } })).toBe('BAD_USER_INPUT');
    expect(await as.chair.errorCode(CREATE, { input: { bodyId: '00000000-0000-4000-8000-000000000000', title: 'Nulle part', ...slot() } })).toBe('NOT_FOUND');
  });

  it('refuses a stale edit with CONFLICT and keeps the stored meeting', async () => {
    const meeting = await newMeeting();
    await as.chair.data(UPDATE, { input: { id: meeting.id, expectedVersion: meeting.version, title: 'Nouveau titre' } });
    expect(await as.secretary.errorCode(UPDATE, { input: { id: meeting.id, expectedVersion: meeting.version, title: 'Périmé' } })).toBe('CONFLICT');
    expect((await as.member.data(READ, { id: meeting.id })).meeting.title).toBe('Nouveau titre');
  });
});

describe('the meeting lifecycle', () => {
  it('goes draft → convened → in session → closed, each step by a facilitator', async () => {
    const meeting = await newMeeting();
    const convened = (await as.secretary.data(move('conveneMeeting'), { id: meeting.id })).conveneMeeting;
    expect(convened).toMatchObject({ status: 'CONVENED', agendaRevision: 1 });
    expect((await as.chair.data(move('openMeeting'), { id: meeting.id })).openMeeting.status).toBe('IN_SESSION');
    expect((await as.chair.data(move('closeMeeting'), { id: meeting.id })).closeMeeting.status).toBe('CLOSED');
  });

  it('freezes the published agenda and invites the members, observers without a vote', async () => {
    const meeting = await newMeeting();
    await as.secretary.data(move('conveneMeeting'), { id: meeting.id });
    await as.secretary.data(move('republishAgenda'), { id: meeting.id });
    const { meeting: read } = await as.member.data(READ, { id: meeting.id });
    expect(read.publications.map((publication: { revision: number }) => publication.revision)).toEqual([2, 1]);
    expect(read.publications[1].snapshot.meeting.title).toBe('Comité de pilotage annuel');
    const rows = await server.services.dataSource.query('SELECT person_id, voting FROM attendances WHERE meeting_id = $1', [meeting.id]);
    const voting = Object.fromEntries(rows.map((row: { person_id: string; voting: boolean }) => [row.person_id, row.voting]));
    expect(voting).toEqual({
      [world.people.chair.id]: true,
      [world.people.secretary.id]: true,
      [world.people.member.id]: true,
      [world.people.observer.id]: false,
    });
  });

  it('refuses every move its lifecycle does not allow with CONFLICT', async () => {
    const meeting = await newMeeting();
    for (const verb of ['openMeeting', 'closeMeeting', 'republishAgenda']) {
      const result = await as.chair.request(move(verb), { id: meeting.id });
      expect(result.errors?.[0].extensions?.code).toBe('CONFLICT');
      expect(result.errors?.[0].message).toMatch(/réunion en préparation/);
    }
    await as.chair.data(move('conveneMeeting'), { id: meeting.id });
    expect(await as.chair.errorCode(move('conveneMeeting'), { id: meeting.id })).toBe('CONFLICT');
    expect(await as.chair.errorCode(move('closeMeeting'), { id: meeting.id })).toBe('CONFLICT');
    await as.chair.data(move('openMeeting'), { id: meeting.id });
    expect(await as.chair.errorCode(CANCEL, { id: meeting.id, reason: 'Trop tard' })).toBe('CONFLICT');
    expect(await as.chair.errorCode(UPDATE, { input: { id: meeting.id, title: 'Changement en séance' } })).toBe('CONFLICT');
    expect((await as.member.data(READ, { id: meeting.id })).meeting.status).toBe('IN_SESSION');
  });

  it('lets only facilitators move a meeting along', async () => {
    const meeting = await newMeeting();
    for (const client of [as.member, as.observer, as.outsider]) {
      expect(await client.errorCode(move('conveneMeeting'), { id: meeting.id })).toBe('FORBIDDEN');
    }
    expect((await as.member.data(READ, { id: meeting.id })).meeting.status).toBe('DRAFT');
  });

  it('cancels a draft or convened meeting with a reason, and nothing after that', async () => {
    const meeting = await newMeeting();
    expect(await as.chair.errorCode(CANCEL, { id: meeting.id, reason: '' })).toBe('BAD_USER_INPUT');
    const { cancelMeeting } = await as.chair.data(CANCEL, { id: meeting.id, reason: 'Report faute de quorum prévisible' });
    expect(cancelMeeting).toMatchObject({ status: 'CANCELLED', cancellationReason: 'Report faute de quorum prévisible' });
    expect(await as.chair.errorCode(move('conveneMeeting'), { id: meeting.id })).toBe('CONFLICT');
  });

  it('answers FORBIDDEN to an outsider reading a meeting and NOT_FOUND to unknown ids', async () => {
    const meeting = await newMeeting();
    expect(await as.outsider.errorCode(READ, { id: meeting.id })).toBe('FORBIDDEN');
    expect(await as.member.errorCode(READ, { id: 'pas-un-id' })).toBe('NOT_FOUND');
  });
});

describe("a body's meetings and cadence", () => {
  const BODY = `query ($id: ID!, $year: Int) {
    body(id: $id) {
      cadence(year: $year) { year minimum held planned behind }
      upcoming: meetings(period: UPCOMING) { totalCount items { id startsAt } }
      past: meetings(period: PAST) { totalCount items { id } }
    }
  }`;

  it('counts meetings held and planned in a year against the minimum, and flags a body behind', async () => {
    const body = await buildBody(server.services.dataSource, { planId: world.plan.id, minMeetingsPerYear: 2 });
    await seat(server.services.dataSource, world.people.secretary, body, MemberRole.SECRETARY);
    const year = 2031;
    const day = (month: number) => `${year}-${String(month).padStart(2, "0")}-10`;
    const at = (month: number) => ({ startsAt: `${day(month)}T09:00:00.000Z`, endsAt: `${day(month)}T11:00:00.000Z` });
    const create = async (month: number) =>
      (await as.secretary.data(CREATE, { input: { bodyId: body.id, title: `Réunion ${month}`, ...at(month) } })).createMeeting;
    const first = await create(3);
    let cadence = (await as.member.data(BODY, { id: body.id, year })).body.cadence;
    expect(cadence).toEqual({ year, minimum: 2, held: 0, planned: 1, behind: true });
    const second = await create(10);
    await as.secretary.data(move('conveneMeeting'), { id: first.id });
    await as.secretary.data(move('openMeeting'), { id: first.id });
    cadence = (await as.member.data(BODY, { id: body.id, year })).body.cadence;
    expect(cadence).toEqual({ year, minimum: 2, held: 1, planned: 1, behind: false });
    await as.secretary.data(CANCEL, { id: second.id, reason: 'Annulée par la présidence' });
    expect((await as.member.data(BODY, { id: body.id, year })).body.cadence.behind).toBe(true);
  });

  it('lists upcoming meetings soonest first and past ones apart', async () => {
    const body = await buildBody(server.services.dataSource, { planId: world.plan.id });
    await seat(server.services.dataSource, world.people.secretary, body, MemberRole.SECRETARY);
    const create = async (days: number) =>
      (await as.secretary.data(CREATE, { input: { bodyId: body.id, title: `Dans ${days} jours`, ...slot(days) } })).createMeeting.id;
    const later = await create(60);
    const sooner = await create(10);
    const past = await create(-10);
    const { body: read } = await as.member.data(BODY, { id: body.id });
    expect(read.upcoming.items.map((item: { id: string }) => item.id)).toEqual([sooner, later]);
    expect(read.past.items.map((item: { id: string }) => item.id)).toEqual([past]);
  });
});
