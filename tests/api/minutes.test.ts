import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemberRole } from '../../server/src/bodies/membership.entity';
import { MeetingStatus } from '../../server/src/meetings/meeting.entity';
import { ApiClient, clientFor } from '../helpers/api-client';
import { buildBody, buildMeeting, buildWorld, seat, type World } from '../helpers/factories';
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

const FIELDS = 'id version text status revision correctionReason approvedInMeetingId approvedAt author { id } approvedInMeeting { id }';
const SAVE = `mutation ($m: ID!, $text: String!, $rev: Int) { saveMinutes(meetingId: $m, text: $text, expectedRevision: $rev) { ${FIELDS} } }`;
const PROPOSE = `mutation ($m: ID!) { proposeMinutes(meetingId: $m) { ${FIELDS} } }`;
const APPROVE = `mutation ($m: ID!, $in: ID!) { approveMinutes(meetingId: $m, inMeetingId: $in) { ${FIELDS} } }`;
const CORRECT = `mutation ($m: ID!, $text: String!, $reason: String!) { correctMinutes(meetingId: $m, text: $text, reason: $reason) { ${FIELDS} } }`;
const READ = `query ($id: ID!) { meeting(id: $id) { status minutes { ${FIELDS} } minutesHistory { ${FIELDS} } } }`;
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

let day = 0;
/** A meeting of the world's body in that status, each one later than the previous. */
const meetingIn = (status: MeetingStatus, bodyId = world.body.id) =>
  buildMeeting(server.services.dataSource, { bodyId, status, startsAt: new Date(Date.UTC(2030, 0, 1 + ++day, 9)) });
const read = async (meetingId: string) => (await as.member.data(READ, { id: meetingId })).meeting;

/** A closed meeting whose minutes are proposed, and the next meeting, in session, to approve them. */
async function proposed(text = 'Compte rendu du comité') {
  const meeting = await meetingIn(MeetingStatus.CLOSED);
  await as.secretary.data(SAVE, { m: meeting.id, text });
  await as.secretary.data(PROPOSE, { m: meeting.id });
  return { meeting, next: await meetingIn(MeetingStatus.IN_SESSION) };
}

describe('writing the minutes', () => {
  it('lets a facilitator write them from the session on, as version 1 in draft, each save a new revision', async () => {
    for (const status of [MeetingStatus.DRAFT, MeetingStatus.CONVENED, MeetingStatus.CANCELLED]) {
      expect(await as.secretary.errorCode(SAVE, { m: (await meetingIn(status)).id, text: 'Trop tôt' })).toBe('CONFLICT');
    }
    const meeting = await meetingIn(MeetingStatus.IN_SESSION);
    expect(await read(meeting.id)).toMatchObject({ minutes: null, minutesHistory: [] });
    const { saveMinutes: first } = await as.secretary.data(SAVE, { m: meeting.id, text: 'Présents : …', rev: 0 });
    expect(first).toMatchObject({ version: 1, status: 'DRAFT', revision: 1, author: { id: world.people.secretary.id } });
    const { saveMinutes: second } = await as.chair.data(SAVE, { m: meeting.id, text: 'Présents : six membres.', rev: 1 });
    expect(second).toMatchObject({ id: first.id, version: 1, revision: 2, text: 'Présents : six membres.' });
    const { minutes, minutesHistory } = await read(meeting.id);
    expect(minutes).toMatchObject({ id: first.id, revision: 2 });
    expect(minutesHistory).toHaveLength(1);
  });

  it('refuses a stale save with CONFLICT and keeps the stored text', async () => {
    const meeting = await meetingIn(MeetingStatus.IN_SESSION);
    await as.secretary.data(SAVE, { m: meeting.id, text: 'Texte de Claire', rev: 0 });
    const stale = await as.chair.request(SAVE, { m: meeting.id, text: 'Texte de Paul', rev: 0 });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(stale.errors?.[0].message).toMatch(/modifié/);
    expect((await read(meeting.id)).minutes).toMatchObject({ text: 'Texte de Claire', revision: 1 });
  });

  it('refuses a text over 100,000 characters, an unknown meeting and anyone but the facilitators', async () => {
    const meeting = await meetingIn(MeetingStatus.IN_SESSION);
    await as.secretary.data(SAVE, { m: meeting.id, text: 'Version retenue' });
    expect(await as.secretary.errorCode(SAVE, { m: meeting.id, text: 'x'.repeat(100_001) })).toBe('BAD_USER_INPUT');
    expect(await as.secretary.errorCode(SAVE, { m: UNKNOWN, text: 'Nulle part' })).toBe('NOT_FOUND');
    for (const client of [as.member, as.observer, as.outsider]) {
      expect(await client.errorCode(SAVE, { m: meeting.id, text: 'Pirate' })).toBe('FORBIDDEN');
      expect(await client.errorCode(CORRECT, { m: meeting.id, text: 'Pirate', reason: 'Parce que' })).toBe('FORBIDDEN');
    }
    expect(await new ApiClient(server.url).errorCode(SAVE, { m: meeting.id, text: 'Anonyme' })).toBe('UNAUTHENTICATED');
    expect((await read(meeting.id)).minutes).toMatchObject({ text: 'Version retenue', revision: 1 });
  });
});

describe('proposing and approving', () => {
  it('proposes the draft once the meeting is closed, and lets it still be edited', async () => {
    const meeting = await meetingIn(MeetingStatus.IN_SESSION);
    expect(await as.secretary.errorCode(PROPOSE, { m: meeting.id })).toBe('CONFLICT');
    await as.chair.data('mutation ($id: ID!) { closeMeeting(id: $id) { id } }', { id: meeting.id });
    expect(await as.secretary.errorCode(PROPOSE, { m: meeting.id })).toBe('CONFLICT');
    await as.secretary.data(SAVE, { m: meeting.id, text: 'Projet de compte rendu' });
    expect(await as.member.errorCode(PROPOSE, { m: meeting.id })).toBe('FORBIDDEN');
    expect((await as.secretary.data(PROPOSE, { m: meeting.id })).proposeMinutes.status).toBe('PROPOSED');
    expect(await as.secretary.errorCode(PROPOSE, { m: meeting.id })).toBe('CONFLICT');
    const { saveMinutes } = await as.secretary.data(SAVE, { m: meeting.id, text: 'Projet amendé', rev: 1 });
    expect(saveMinutes).toMatchObject({ status: 'PROPOSED', revision: 2 });
  });

  it('approves proposed minutes at a later meeting of the body in session, and moves the meeting on', async () => {
    const { meeting, next } = await proposed();
    const { approveMinutes } = await as.chair.data(APPROVE, { m: meeting.id, in: next.id });
    expect(approveMinutes).toMatchObject({ status: 'APPROVED', approvedInMeetingId: next.id, approvedInMeeting: { id: next.id } });
    expect(approveMinutes.approvedAt).not.toBeNull();
    expect(await read(meeting.id)).toMatchObject({ status: 'MINUTES_APPROVED', minutes: { status: 'APPROVED' } });
    const events = await server.services.dataSource.query('SELECT type, payload FROM events WHERE topic = $1 ORDER BY seq', [`meeting:${meeting.id}`]);
    expect(events.map((event: { type: string }) => event.type)).toEqual(['MINUTES_UPDATED', 'MINUTES_UPDATED', 'MINUTES_UPDATED', 'MEETING_UPDATED']);
    expect(events[2].payload.minutes).toMatchObject({ status: 'APPROVED', version: 1 });
  });

  it('refuses approval in an earlier meeting, in another body, in one not in session, or before a proposal', async () => {
    const { meeting, next } = await proposed();
    const earlier = await buildMeeting(server.services.dataSource, { bodyId: world.body.id, status: MeetingStatus.IN_SESSION, startsAt: new Date(Date.UTC(2029, 0, 1)) });
    const otherBody = await buildBody(server.services.dataSource, { planId: world.plan.id });
    await seat(server.services.dataSource, world.people.chair, otherBody, MemberRole.CHAIR);
    expect(await as.chair.errorCode(APPROVE, { m: meeting.id, in: earlier.id })).toBe('BAD_USER_INPUT');
    expect(await as.chair.errorCode(APPROVE, { m: meeting.id, in: (await meetingIn(MeetingStatus.IN_SESSION, otherBody.id)).id })).toBe('BAD_USER_INPUT');
    expect(await as.chair.errorCode(APPROVE, { m: meeting.id, in: (await meetingIn(MeetingStatus.CONVENED)).id })).toBe('CONFLICT');
    expect(await as.chair.errorCode(APPROVE, { m: meeting.id, in: UNKNOWN })).toBe('NOT_FOUND');
    for (const client of [as.member, as.observer, as.outsider]) expect(await client.errorCode(APPROVE, { m: meeting.id, in: next.id })).toBe('FORBIDDEN');
    const drafted = await meetingIn(MeetingStatus.CLOSED);
    await as.secretary.data(SAVE, { m: drafted.id, text: 'Encore un projet' });
    expect(await as.chair.errorCode(APPROVE, { m: drafted.id, in: (await meetingIn(MeetingStatus.IN_SESSION)).id })).toBe('CONFLICT');
    expect(await read(meeting.id)).toMatchObject({ status: 'CLOSED', minutes: { status: 'PROPOSED', approvedAt: null } });
    expect((await read(drafted.id)).status).toBe('CLOSED');
  });
});

describe('approved minutes', () => {
  it('are locked: saving is refused, and a correction creates version 2 leaving version 1 as approved', async () => {
    const { meeting, next } = await proposed('Texte approuvé');
    const { approveMinutes: approved } = await as.chair.data(APPROVE, { m: meeting.id, in: next.id });
    const locked = await as.secretary.request(SAVE, { m: meeting.id, text: 'Retouche discrète' });
    expect(locked.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(locked.errors?.[0].message).toMatch(/correction/);
    const { correctMinutes } = await as.secretary.data(CORRECT, { m: meeting.id, text: 'Texte corrigé', reason: 'Nom d’un participant mal orthographié' });
    expect(correctMinutes).toMatchObject({ version: 2, status: 'DRAFT', text: 'Texte corrigé', correctionReason: 'Nom d’un participant mal orthographié' });
    const { minutes, minutesHistory } = await read(meeting.id);
    expect(minutes.id).toBe(correctMinutes.id);
    expect(minutesHistory.map((version: { version: number }) => version.version)).toEqual([2, 1]);
    expect(minutesHistory[1]).toEqual(approved);
  });

  it('approves a correction at a later meeting, the meeting staying with its minutes approved', async () => {
    const { meeting, next } = await proposed();
    await as.chair.data(APPROVE, { m: meeting.id, in: next.id });
    await as.secretary.data(CORRECT, { m: meeting.id, text: 'Correction', reason: 'Montant erroné' });
    await as.secretary.data(SAVE, { m: meeting.id, text: 'Correction relue', rev: 1 });
    expect((await as.secretary.data(PROPOSE, { m: meeting.id })).proposeMinutes).toMatchObject({ version: 2, status: 'PROPOSED' });
    const later = await meetingIn(MeetingStatus.IN_SESSION);
    expect((await as.chair.data(APPROVE, { m: meeting.id, in: later.id })).approveMinutes).toMatchObject({ version: 2, approvedInMeetingId: later.id });
    const { status, minutesHistory } = await read(meeting.id);
    expect(status).toBe('MINUTES_APPROVED');
    expect(minutesHistory.map((version: { status: string; approvedInMeetingId: string }) => [version.status, version.approvedInMeetingId])).toEqual([
      ['APPROVED', later.id],
      ['APPROVED', next.id],
    ]);
  });

  it('refuses a correction unless the latest version is approved, or without a reason of 3 to 500 characters', async () => {
    const { meeting, next } = await proposed();
    expect(await as.secretary.errorCode(CORRECT, { m: meeting.id, text: 'Trop tôt', reason: 'Pas encore approuvé' })).toBe('CONFLICT');
    await as.chair.data(APPROVE, { m: meeting.id, in: next.id });
    expect(await as.secretary.errorCode(CORRECT, { m: meeting.id, text: 'Correction', reason: 'no' })).toBe('BAD_USER_INPUT');
    expect(await as.secretary.errorCode(CORRECT, { m: meeting.id, text: 'Correction', reason: 'x'.repeat(501) })).toBe('BAD_USER_INPUT');
    expect(await as.secretary.errorCode(CORRECT, { m: meeting.id, text: 'x'.repeat(100_001), reason: 'Trop long' })).toBe('BAD_USER_INPUT');
    await as.secretary.data(CORRECT, { m: meeting.id, text: 'Correction', reason: 'Coquille' });
    expect(await as.secretary.errorCode(CORRECT, { m: meeting.id, text: 'Seconde', reason: 'Encore' })).toBe('CONFLICT');
    expect((await read(meeting.id)).minutesHistory.map((version: { version: number }) => version.version)).toEqual([2, 1]);
  });
});
