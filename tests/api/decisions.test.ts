import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgendaItem } from '../../server/src/agenda/agenda-item.entity';
import { MemberRole } from '../../server/src/bodies/membership.entity';
import { Decision, DecisionKind } from '../../server/src/decisions/decision.entity';
import { MeetingStatus } from '../../server/src/meetings/meeting.entity';
import { ApiClient, clientFor } from '../helpers/api-client';
import { buildBody, buildMeeting, buildPerson, buildWorld, seat, type World } from '../helpers/factories';
import { startTestServer, type TestServer } from '../helpers/test-server';

let server: TestServer;
let world: World;
let as: Record<keyof World['people'], ApiClient>;

beforeAll(async () => {
  server = await startTestServer();
  world = await buildWorld(server.services.dataSource);
  as = Object.fromEntries(
    await Promise.all(Object.entries(world.people).map(async ([role, person]) => [role, await clientFor(server.url, person)])),
  ) as typeof as;
});
afterAll(() => server.stop());

const FIELDS = 'id text kind version votesFor votesAgainst abstentions actionIds archivedAt';
const RECORD = `mutation ($input: RecordDecisionInput!) { recordDecision(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($input: UpdateDecisionInput!) { updateDecision(input: $input) { ${FIELDS} } }`;
const REMOVE = `mutation ($id: ID!) { removeDecision(id: $id) { ${FIELDS} } }`;
const MEETING = `query ($id: ID!) { meeting(id: $id) { decisions { ${FIELDS} meeting { id } agendaItem { id } actions { id } } } }`;
const REGISTER = `query ($planId: ID!, $bodyId: ID, $search: String, $kind: DecisionKind, $offset: Int, $limit: Int) {
  decisions(planId: $planId, bodyId: $bodyId, search: $search, kind: $kind, offset: $offset, limit: $limit) {
    totalCount hasMore items { text meeting { id } } } }`;
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

const meetingIn = (status: MeetingStatus) => buildMeeting(server.services.dataSource, { bodyId: world.body.id, status });
const itemOf = (meeting: { id: string; bodyId: string }) =>
  server.services.dataSource.getRepository(AgendaItem).save({ bodyId: meeting.bodyId, meetingId: meeting.id, title: 'Bilan annuel' });
const decisionsOf = async (meetingId: string) => (await as.member.data(MEETING, { id: meetingId })).meeting.decisions;

describe('recording decisions', () => {
  it('lets a facilitator record a decision on an agenda item of the meeting, with its votes and actions', async () => {
    const meeting = await meetingIn(MeetingStatus.IN_SESSION);
    const item = await itemOf(meeting);
    const input = { meetingId: meeting.id, agendaItemId: item.id, text: 'Le comité valide le bilan.', kind: 'VALIDATION', votesFor: 8, votesAgainst: 0, abstentions: 1 };
    const { recordDecision } = await as.secretary.data(RECORD, { input: { ...input, actionIds: [world.action.id, world.action.id] } });
    expect(recordDecision).toMatchObject({ kind: 'VALIDATION', votesFor: 8, abstentions: 1, actionIds: [world.action.id] });
    const [read] = await decisionsOf(meeting.id);
    expect(read).toMatchObject({ id: recordDecision.id, meeting: { id: meeting.id }, agendaItem: { id: item.id }, actions: [{ id: world.action.id }] });
    const closed = await meetingIn(MeetingStatus.CLOSED);
    expect((await as.chair.data(RECORD, { input: { meetingId: closed.id, text: 'Avis favorable' } })).recordDecision).toMatchObject({
      kind: 'DECISION',
      votesFor: null,
      actionIds: [],
    });
  });

  it('records decisions only while the meeting is in session or closed', async () => {
    for (const status of [MeetingStatus.DRAFT, MeetingStatus.CONVENED, MeetingStatus.CANCELLED, MeetingStatus.MINUTES_APPROVED]) {
      const meeting = await meetingIn(status);
      expect(await as.chair.errorCode(RECORD, { input: { meetingId: meeting.id, text: 'Trop tôt ou trop tard' } })).toBe('CONFLICT');
      expect(await decisionsOf(meeting.id)).toEqual([]);
    }
  });

  it('refuses an agenda item of another meeting, actions of another plan, and unknown ids', async () => {
    const meeting = await meetingIn(MeetingStatus.IN_SESSION);
    const elsewhere = await itemOf(await meetingIn(MeetingStatus.IN_SESSION));
    const ds = server.services.dataSource;
    const other = await buildWorld(ds);
    const input = { meetingId: meeting.id, text: 'Décision' };
    expect(await as.chair.errorCode(RECORD, { input: { ...input, agendaItemId: elsewhere.id } })).toBe('BAD_USER_INPUT');
    expect(await as.chair.errorCode(RECORD, { input: { ...input, actionIds: [world.action.id, other.action.id] } })).toBe('BAD_USER_INPUT');
    expect(await as.chair.errorCode(RECORD, { input: { ...input, actionIds: ['pas-un-id'] } })).toBe('BAD_USER_INPUT');
    expect(await as.chair.errorCode(RECORD, { input: { ...input, agendaItemId: UNKNOWN } })).toBe('NOT_FOUND');
    expect(await as.chair.errorCode(RECORD, { input: { ...input, meetingId: UNKNOWN } })).toBe('NOT_FOUND');
    expect(await decisionsOf(meeting.id)).toEqual([]);
  });

  it('refuses a text out of 3 to 5,000 characters and negative votes, storing nothing', async () => {
    const meeting = await meetingIn(MeetingStatus.IN_SESSION);
    for (const bad of [{ text: 'ok' }, { text: 'x'.repeat(5001) }, { text: 'Décision', votesAgainst: -1 }]) {
      const result = await as.chair.request(RECORD, { input: { meetingId: meeting.id, ...bad } });
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect(await decisionsOf(meeting.id)).toEqual([]);
  });

  it('lets only facilitators record, update and remove decisions', async () => {
    const meeting = await meetingIn(MeetingStatus.IN_SESSION);
    const { recordDecision: decision } = await as.secretary.data(RECORD, { input: { meetingId: meeting.id, text: 'Décision du comité' } });
    for (const client of [as.member, as.observer, as.outsider, new ApiClient(server.url)]) {
      const expected = client.cookie ? 'FORBIDDEN' : 'UNAUTHENTICATED';
      expect(await client.errorCode(RECORD, { input: { meetingId: meeting.id, text: 'Pirate' } })).toBe(expected);
      expect(await client.errorCode(UPDATE, { input: { id: decision.id, text: 'Pirate' } })).toBe(expected);
      expect(await client.errorCode(REMOVE, { id: decision.id })).toBe(expected);
    }
    expect((await decisionsOf(meeting.id)).map((row: { text: string }) => row.text)).toEqual(['Décision du comité']);
  });
});

describe('changing decisions', () => {
  it('updates a decision, and refuses a stale update with CONFLICT keeping the stored text', async () => {
    const meeting = await meetingIn(MeetingStatus.CLOSED);
    const item = await itemOf(meeting);
    const { recordDecision: decision } = await as.chair.data(RECORD, {
      input: { meetingId: meeting.id, agendaItemId: item.id, text: 'Premier texte', votesFor: 3 },
    });
    const { updateDecision } = await as.chair.data(UPDATE, {
      input: { id: decision.id, expectedVersion: decision.version, text: 'Texte revu', votesFor: null, agendaItemId: null },
    });
    expect(updateDecision).toMatchObject({ text: 'Texte revu', votesFor: null, version: decision.version + 1 });
    const stale = await as.secretary.request(UPDATE, { input: { id: decision.id, expectedVersion: decision.version, text: 'Périmé' } });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(await as.chair.errorCode(UPDATE, { input: { id: decision.id, text: 'no' } })).toBe('BAD_USER_INPUT');
    expect(await as.chair.errorCode(UPDATE, { input: { id: UNKNOWN, text: 'Inconnue' } })).toBe('NOT_FOUND');
    expect(await decisionsOf(meeting.id)).toMatchObject([{ text: 'Texte revu', agendaItem: null }]);
  });

  it('removes a decision by archiving it: it leaves the meeting and the register', async () => {
    const meeting = await meetingIn(MeetingStatus.IN_SESSION);
    const { recordDecision: decision } = await as.chair.data(RECORD, { input: { meetingId: meeting.id, text: 'Enregistrée par erreur' } });
    expect((await as.chair.data(REMOVE, { id: decision.id })).removeDecision.archivedAt).not.toBeNull();
    expect(await decisionsOf(meeting.id)).toEqual([]);
    expect((await as.member.data(REGISTER, { planId: world.plan.id, search: 'par erreur' })).decisions.totalCount).toBe(0);
    expect(await as.chair.errorCode(REMOVE, { id: decision.id })).toBe('NOT_FOUND');
  });

  it('freezes the decisions of a meeting once its minutes are approved', async () => {
    const meeting = await meetingIn(MeetingStatus.CLOSED);
    const { recordDecision: decision } = await as.chair.data(RECORD, { input: { meetingId: meeting.id, text: 'Décision arrêtée' } });
    await server.services.dataSource.query('UPDATE meetings SET status = $1 WHERE id = $2', [MeetingStatus.MINUTES_APPROVED, meeting.id]);
    expect(await as.chair.errorCode(UPDATE, { input: { id: decision.id, text: 'Réécrite après coup' } })).toBe('CONFLICT');
    expect(await as.chair.errorCode(REMOVE, { id: decision.id })).toBe('CONFLICT');
    expect(await decisionsOf(meeting.id)).toMatchObject([{ text: 'Décision arrêtée', archivedAt: null }]);
  });

  it("publishes each change on the meeting's stream", async () => {
    const meeting = await meetingIn(MeetingStatus.IN_SESSION);
    const { recordDecision: decision } = await as.chair.data(RECORD, { input: { meetingId: meeting.id, text: 'Décision suivie' } });
    await as.chair.data(UPDATE, { input: { id: decision.id, kind: 'OPINION' } });
    await as.chair.data(REMOVE, { id: decision.id });
    const events = await server.services.dataSource.query('SELECT type, payload FROM events WHERE topic = $1 ORDER BY seq', [`meeting:${meeting.id}`]);
    expect(events.map((event: { type: string }) => event.type)).toEqual(['DECISION_RECORDED', 'DECISION_UPDATED', 'DECISION_REMOVED']);
    expect(events[1].payload.decision).toMatchObject({ id: decision.id, kind: 'OPINION' });
  });
});

describe('the decisions register', () => {
  let plan: World;
  let otherBodyId: string;

  beforeAll(async () => {
    const ds = server.services.dataSource;
    plan = await buildWorld(ds);
    const otherBody = await buildBody(ds, { planId: plan.plan.id });
    otherBodyId = otherBody.id;
    const at = (day: number) => new Date(Date.UTC(2025, 0, day, 9));
    const older = await buildMeeting(ds, { bodyId: plan.body.id, status: MeetingStatus.CLOSED, startsAt: at(10) });
    const newer = await buildMeeting(ds, { bodyId: plan.body.id, status: MeetingStatus.CLOSED, startsAt: at(20) });
    const otherMeeting = await buildMeeting(ds, { bodyId: otherBody.id, status: MeetingStatus.CLOSED, startsAt: at(15) });
    const decide = (meetingId: string, text: string, kind = DecisionKind.DECISION) => ds.getRepository(Decision).save({ meetingId, text, kind });
    await decide(older.id, 'Lancement de l’appel à projets ESS');
    await decide(older.id, 'Avis favorable au 50 % de subvention', DecisionKind.OPINION);
    await decide(otherMeeting.id, 'Création du groupe de travail circuits courts');
    await decide(newer.id, 'Bilan de l’appel à projets validé', DecisionKind.VALIDATION);
  });

  const texts = (page: { items: { text: string }[] }) => page.items.map((item) => item.text);

  it("lists a plan's decisions across its bodies' meetings, newest meeting first, page by page", async () => {
    const reader = await clientFor(server.url, plan.people.observer);
    const first = (await reader.data(REGISTER, { planId: plan.plan.id, limit: 2 })).decisions;
    expect(first).toMatchObject({ totalCount: 4, hasMore: true });
    expect(texts(first)).toEqual(['Bilan de l’appel à projets validé', 'Création du groupe de travail circuits courts']);
    const second = (await reader.data(REGISTER, { planId: plan.plan.id, limit: 2, offset: 2 })).decisions;
    expect(second.hasMore).toBe(false);
    expect(texts(second)).toEqual(['Avis favorable au 50 % de subvention', 'Lancement de l’appel à projets ESS']);
  });

  it('searches the text, whatever the case, and filters by body and kind', async () => {
    const reader = await clientFor(server.url, plan.people.member);
    const search = async (variables: Record<string, unknown>) => texts((await reader.data(REGISTER, { planId: plan.plan.id, ...variables })).decisions);
    expect(await search({ search: 'APPEL' })).toEqual(['Bilan de l’appel à projets validé', 'Lancement de l’appel à projets ESS']);
    expect(await search({ search: '50 %' })).toEqual(['Avis favorable au 50 % de subvention']);
    expect(await search({ search: '%' })).toEqual(['Avis favorable au 50 % de subvention']);
    expect(await search({ bodyId: otherBodyId })).toEqual(['Création du groupe de travail circuits courts']);
    expect(await search({ kind: 'OPINION' })).toEqual(['Avis favorable au 50 % de subvention']);
    expect(await reader.errorCode(REGISTER, { planId: plan.plan.id, bodyId: world.body.id })).toBe('BAD_USER_INPUT');
    expect(await reader.errorCode(REGISTER, { planId: plan.plan.id, limit: 500 })).toBe('BAD_USER_INPUT');
  });

  it("is read by the plan's members only: not by outsiders, guests or anonymous visitors", async () => {
    const ds = server.services.dataSource;
    const guest = await buildPerson(ds);
    const meeting = await buildMeeting(ds, { bodyId: plan.body.id, status: MeetingStatus.CONVENED });
    await ds.query('INSERT INTO attendances (meeting_id, person_id, guest, voting, version) VALUES ($1, $2, true, false, 1)', [meeting.id, guest.id]);
    expect(await (await clientFor(server.url, guest)).errorCode(REGISTER, { planId: plan.plan.id })).toBe('FORBIDDEN');
    expect(await as.chair.errorCode(REGISTER, { planId: plan.plan.id })).toBe('FORBIDDEN');
    expect(await new ApiClient(server.url).errorCode(REGISTER, { planId: plan.plan.id })).toBe('UNAUTHENTICATED');
    expect(await as.chair.errorCode(REGISTER, { planId: UNKNOWN })).toBe('NOT_FOUND');
    const memberOfAnotherBody = await buildPerson(ds);
    await seat(ds, memberOfAnotherBody, await buildBody(ds, { planId: plan.plan.id }), MemberRole.MEMBER);
    expect((await (await clientFor(server.url, memberOfAnotherBody)).data(REGISTER, { planId: plan.plan.id })).decisions.totalCount).toBe(4);
  });
});
