import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemberRole } from '../../server/src/bodies/membership.entity';
import type { Person } from '../../server/src/people/person.entity';
import { ApiClient, clientFor } from '../helpers/api-client';
import { buildMeeting, buildPerson, buildWorld, seat, type World } from '../helpers/factories';
import { startTestServer, type TestServer } from '../helpers/test-server';

type Role = keyof World['people'] | 'alice' | 'bruno' | 'guest';
let server: TestServer;
let world: World;
let people: Record<Role, Person>;
let as: Record<Role, ApiClient>;

beforeAll(async () => {
  server = await startTestServer();
  const ds = server.services.dataSource;
  world = await buildWorld(ds);
  // Two more voting members, and someone from outside to invite as a guest.
  people = { ...world.people, alice: await buildPerson(ds), bruno: await buildPerson(ds), guest: await buildPerson(ds) };
  await seat(ds, people.alice, world.body, MemberRole.MEMBER);
  await seat(ds, people.bruno, world.body, MemberRole.MEMBER);
  as = Object.fromEntries(
    await Promise.all(Object.entries(people).map(async ([role, person]) => [role, await clientFor(server.url, person)])),
  ) as typeof as;
});
afterAll(() => server.stop());

const ATTENDANCE = 'id personId guest voting response presence proxyToId person { id } proxyTo { id }';
const MEETING = `query ($id: ID!) { meeting(id: $id) {
  attendances { ${ATTENDANCE} } quorum { votingMembers required present represented met countsProxies } } }`;
const INVITE = `mutation ($m: ID!, $p: ID!) { inviteGuest(meetingId: $m, personId: $p) { ${ATTENDANCE} } }`;
const RESPOND = `mutation ($m: ID!, $r: InvitationResponse!) { respondToInvitation(meetingId: $m, response: $r) { ${ATTENDANCE} } }`;
const PRESENCE = `mutation ($a: ID!, $p: Presence!) { recordPresence(attendanceId: $a, presence: $p) { ${ATTENDANCE} } }`;
const GIVE = `mutation ($m: ID!, $to: ID!) { giveProxy(meetingId: $m, toPersonId: $to) { ${ATTENDANCE} } }`;
const WITHDRAW = `mutation ($m: ID!) { withdrawProxy(meetingId: $m) { ${ATTENDANCE} } }`;
const RULE = `mutation ($input: UpdateBodyInput!) { updateBody(input: $input) { quorumPercent quorumCountsProxies } }`;
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

/** A meeting of the world's body, convened (its members invited), and opened if asked. */
async function convened(open = false) {
  const meeting = await buildMeeting(server.services.dataSource, { bodyId: world.body.id });
  await as.secretary.data('mutation ($id: ID!) { conveneMeeting(id: $id) { id } }', { id: meeting.id });
  if (open) await as.secretary.data('mutation ($id: ID!) { openMeeting(id: $id) { id } }', { id: meeting.id });
  return meeting.id;
}

async function read(meetingId: string) {
  const { meeting } = await as.chair.data(MEETING, { id: meetingId });
  const of = (role: Role) => meeting.attendances.find((row: { personId: string }) => row.personId === people[role].id);
  return { ...meeting, of };
}

async function mark(meetingId: string, presences: Partial<Record<Role, string>>) {
  const { of } = await read(meetingId);
  for (const [role, presence] of Object.entries(presences)) {
    await as.secretary.data(PRESENCE, { a: of(role as Role).id, p: presence });
  }
}

describe('invitations', () => {
  it("lists everyone invited with their person, and invites a named guest who may read the meeting but not vote", async () => {
    const meetingId = await convened();
    const { inviteGuest: invitation } = await as.chair.data(INVITE, { m: meetingId, p: people.guest.id });
    expect(invitation).toMatchObject({ guest: true, voting: false, response: 'PENDING', person: { id: people.guest.id } });
    const { meeting } = await as.guest.data(MEETING, { id: meetingId });
    expect(meeting.attendances).toHaveLength(7);
    expect(meeting.quorum.votingMembers).toBe(5);
  });

  it('refuses to invite someone twice, a member of the body as a guest, an unknown person, or into a closed meeting', async () => {
    const meetingId = await convened(true);
    await as.secretary.data(INVITE, { m: meetingId, p: people.guest.id });
    expect(await as.secretary.errorCode(INVITE, { m: meetingId, p: people.guest.id })).toBe('CONFLICT');
    expect(await as.secretary.errorCode(INVITE, { m: meetingId, p: people.member.id })).toBe('CONFLICT');
    const draft = await buildMeeting(server.services.dataSource, { bodyId: world.body.id });
    expect(await as.secretary.errorCode(INVITE, { m: draft.id, p: people.member.id })).toBe('BAD_USER_INPUT');
    expect(await as.secretary.errorCode(INVITE, { m: meetingId, p: UNKNOWN })).toBe('NOT_FOUND');
    expect(await as.secretary.errorCode(INVITE, { m: UNKNOWN, p: people.guest.id })).toBe('NOT_FOUND');
    await as.secretary.data('mutation ($id: ID!) { closeMeeting(id: $id) { id } }', { id: meetingId });
    expect(await as.secretary.errorCode(INVITE, { m: meetingId, p: people.outsider.id })).toBe('CONFLICT');
    expect((await read(meetingId)).attendances).toHaveLength(7);
  });

  it('lets only the facilitators invite guests and note presence', async () => {
    const meetingId = await convened();
    const memberRow = (await read(meetingId)).of('member');
    for (const client of [as.member, as.observer, as.outsider]) {
      expect(await client.errorCode(INVITE, { m: meetingId, p: people.guest.id })).toBe('FORBIDDEN');
      expect(await client.errorCode(PRESENCE, { a: memberRow.id, p: 'PRESENT' })).toBe('FORBIDDEN');
    }
    const anonymous = new ApiClient(server.url);
    expect(await anonymous.errorCode(INVITE, { m: meetingId, p: people.guest.id })).toBe('UNAUTHENTICATED');
    expect(await anonymous.errorCode(PRESENCE, { a: memberRow.id, p: 'PRESENT' })).toBe('UNAUTHENTICATED');
    const after = await read(meetingId);
    expect(after.attendances).toHaveLength(6);
    expect(after.of('member').presence).toBe('UNKNOWN');
  });

  it('lets invited people answer their own invitation until the meeting closes', async () => {
    const meetingId = await convened();
    expect((await as.member.data(RESPOND, { m: meetingId, r: 'ATTENDING' })).respondToInvitation).toMatchObject({
      personId: people.member.id,
      response: 'ATTENDING',
    });
    expect((await as.observer.data(RESPOND, { m: meetingId, r: 'EXCUSED' })).respondToInvitation.response).toBe('EXCUSED');
    expect(await as.member.errorCode(RESPOND, { m: meetingId, r: 'PENDING' })).toBe('BAD_USER_INPUT');
    expect(await as.outsider.errorCode(RESPOND, { m: meetingId, r: 'ATTENDING' })).toBe('FORBIDDEN');
    expect(await new ApiClient(server.url).errorCode(RESPOND, { m: meetingId, r: 'ATTENDING' })).toBe('UNAUTHENTICATED');
    for (const verb of ['openMeeting', 'closeMeeting']) await as.chair.data(`mutation ($id: ID!) { ${verb}(id: $id) { id } }`, { id: meetingId });
    expect(await as.member.errorCode(RESPOND, { m: meetingId, r: 'EXCUSED' })).toBe('CONFLICT');
    expect((await read(meetingId)).of('member').response).toBe('ATTENDING');
  });

  it('notes presence while the meeting is convened or in session, and not once it is closed', async () => {
    const meetingId = await convened(true);
    await mark(meetingId, { member: 'PRESENT', alice: 'EXCUSED' });
    const { of } = await read(meetingId);
    expect([of('member').presence, of('alice').presence]).toEqual(['PRESENT', 'EXCUSED']);
    expect(await as.secretary.errorCode(PRESENCE, { a: UNKNOWN, p: 'PRESENT' })).toBe('NOT_FOUND');
    expect(await as.secretary.errorCode(PRESENCE, { a: of('member').id, p: 'LATE' })).toBe('BAD_USER_INPUT');
    await as.chair.data('mutation ($id: ID!) { closeMeeting(id: $id) { id } }', { id: meetingId });
    expect(await as.secretary.errorCode(PRESENCE, { a: of('member').id, p: 'ABSENT' })).toBe('CONFLICT');
    expect((await read(meetingId)).of('member').presence).toBe('PRESENT');
  });
});

describe('proxies', () => {
  it('lets a voting member give their proxy to another voting member, and take it back', async () => {
    const meetingId = await convened();
    const { giveProxy } = await as.alice.data(GIVE, { m: meetingId, to: people.member.id });
    expect(giveProxy).toMatchObject({ personId: people.alice.id, proxyToId: people.member.id, proxyTo: { id: people.member.id } });
    expect((await as.alice.data(WITHDRAW, { m: meetingId })).withdrawProxy.proxyTo).toBeNull();
    expect(await as.alice.errorCode(WITHDRAW, { m: meetingId })).toBe('CONFLICT');
  });

  it('refuses a proxy to oneself, to someone without a vote, from an observer or a stranger', async () => {
    const meetingId = await convened();
    await as.chair.data(INVITE, { m: meetingId, p: people.guest.id });
    expect(await as.alice.errorCode(GIVE, { m: meetingId, to: people.alice.id })).toBe('BAD_USER_INPUT');
    expect(await as.alice.errorCode(GIVE, { m: meetingId, to: people.observer.id })).toBe('BAD_USER_INPUT');
    expect(await as.alice.errorCode(GIVE, { m: meetingId, to: people.guest.id })).toBe('BAD_USER_INPUT');
    expect(await as.alice.errorCode(GIVE, { m: meetingId, to: UNKNOWN })).toBe('NOT_FOUND');
    expect(await as.observer.errorCode(GIVE, { m: meetingId, to: people.member.id })).toBe('FORBIDDEN');
    expect(await as.guest.errorCode(GIVE, { m: meetingId, to: people.member.id })).toBe('FORBIDDEN');
    expect(await as.outsider.errorCode(GIVE, { m: meetingId, to: people.member.id })).toBe('FORBIDDEN');
    expect(await new ApiClient(server.url).errorCode(GIVE, { m: meetingId, to: people.member.id })).toBe('UNAUTHENTICATED');
    const { attendances } = await read(meetingId);
    expect(attendances.filter((row: { proxyToId: string | null }) => row.proxyToId)).toEqual([]);
  });

  it('refuses chains of proxies and a second proxy for the same holder, saying one is the most', async () => {
    const meetingId = await convened();
    await as.alice.data(GIVE, { m: meetingId, to: people.member.id });
    const second = await as.bruno.request(GIVE, { m: meetingId, to: people.member.id });
    expect(second.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(second.errors?.[0].message).toMatch(/qu'un seul/);
    expect(await as.member.errorCode(GIVE, { m: meetingId, to: people.chair.id })).toBe('CONFLICT');
    expect(await as.bruno.errorCode(GIVE, { m: meetingId, to: people.alice.id })).toBe('CONFLICT');
    const { of } = await read(meetingId);
    expect([of('alice').proxyToId, of('bruno').proxyToId, of('member').proxyToId]).toEqual([people.member.id, null, null]);
  });

  it('takes proxies only before the meeting closes', async () => {
    const meetingId = await convened(true);
    await as.alice.data(GIVE, { m: meetingId, to: people.member.id });
    await as.chair.data('mutation ($id: ID!) { closeMeeting(id: $id) { id } }', { id: meetingId });
    expect(await as.bruno.errorCode(GIVE, { m: meetingId, to: people.chair.id })).toBe('CONFLICT');
    expect(await as.alice.errorCode(WITHDRAW, { m: meetingId })).toBe('CONFLICT');
    expect((await read(meetingId)).of('alice').proxyToId).toBe(people.member.id);
  });

  it('lets the secretary record a proxy received on paper for a member, and no one else do so', async () => {
    const meetingId = await convened();
    const ON_BEHALF = `mutation ($m: ID!, $to: ID!, $from: ID) { giveProxy(meetingId: $m, toPersonId: $to, fromPersonId: $from) { ${ATTENDANCE} } }`;
    const TAKE_BACK = `mutation ($m: ID!, $from: ID) { withdrawProxy(meetingId: $m, fromPersonId: $from) { ${ATTENDANCE} } }`;
    expect(await as.bruno.errorCode(ON_BEHALF, { m: meetingId, to: people.bruno.id, from: people.alice.id })).toBe('FORBIDDEN');
    const { giveProxy } = await as.secretary.data(ON_BEHALF, { m: meetingId, to: people.member.id, from: people.alice.id });
    expect(giveProxy).toMatchObject({ personId: people.alice.id, proxyToId: people.member.id });
    expect(await as.secretary.errorCode(ON_BEHALF, { m: meetingId, to: people.alice.id, from: people.guest.id })).toBe('FORBIDDEN');
    await as.secretary.data(TAKE_BACK, { m: meetingId, from: people.alice.id });
    expect((await read(meetingId)).of('alice').proxyToId).toBeNull();
  });
});

describe('the quorum', () => {
  const rule = (quorumPercent: number, quorumCountsProxies: boolean) =>
    as.chair.data(RULE, { input: { id: world.body.id, quorumPercent, quorumCountsProxies } });

  it('counts present voting members and proxies held by members present, when the body counts proxies', async () => {
    await rule(60, true);
    const meetingId = await convened(true);
    expect((await read(meetingId)).quorum).toEqual({ votingMembers: 5, required: 3, present: 0, represented: 0, met: false, countsProxies: true });
    await as.alice.data(GIVE, { m: meetingId, to: people.chair.id });
    await mark(meetingId, { chair: 'PRESENT', secretary: 'PRESENT', alice: 'EXCUSED' });
    expect((await read(meetingId)).quorum).toMatchObject({ present: 2, represented: 1, met: true });
  });

  it('leaves proxies out when the body does not count them', async () => {
    await rule(60, false);
    const meetingId = await convened(true);
    await as.alice.data(GIVE, { m: meetingId, to: people.chair.id });
    await mark(meetingId, { chair: 'PRESENT', secretary: 'PRESENT' });
    expect((await read(meetingId)).quorum).toEqual({ votingMembers: 5, required: 3, present: 2, represented: 0, met: false, countsProxies: false });
  });

  it('counts neither an observer nor a guest as a voting member, nor a proxy held by someone absent', async () => {
    await rule(50, true);
    const meetingId = await convened(true);
    await as.chair.data(INVITE, { m: meetingId, p: people.guest.id });
    await as.alice.data(GIVE, { m: meetingId, to: people.member.id });
    await as.bruno.data(GIVE, { m: meetingId, to: people.chair.id });
    await mark(meetingId, { observer: 'PRESENT', guest: 'PRESENT', chair: 'PRESENT', bruno: 'PRESENT', member: 'ABSENT' });
    // 50 % of 5 voting members, rounded up; bruno came in person, so his proxy is not counted twice.
    expect((await read(meetingId)).quorum).toEqual({ votingMembers: 5, required: 3, present: 2, represented: 0, met: false, countsProxies: true });
    await mark(meetingId, { member: 'PRESENT' });
    expect((await read(meetingId)).quorum).toMatchObject({ present: 3, represented: 1, met: true });
  });

  it("lets the body's chair set its quorum rule, between 0 and 100 %", async () => {
    expect(await as.chair.errorCode(RULE, { input: { id: world.body.id, quorumPercent: 101 } })).toBe('BAD_USER_INPUT');
    expect(await as.chair.errorCode(RULE, { input: { id: world.body.id, quorumPercent: -1 } })).toBe('BAD_USER_INPUT');
    expect(await as.member.errorCode(RULE, { input: { id: world.body.id, quorumPercent: 10 } })).toBe('FORBIDDEN');
    expect((await rule(0, true)).updateBody).toEqual({ quorumPercent: 0, quorumCountsProxies: true });
    const meetingId = await convened(true);
    expect((await read(meetingId)).quorum).toMatchObject({ required: 0, met: true });
  });
});
