import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgendaItem } from '../../server/src/agenda/agenda-item.entity';
import { Attendance, Presence } from '../../server/src/attendance/attendance.entity';
import { MemberRole } from '../../server/src/bodies/membership.entity';
import { MeetingStatus } from '../../server/src/meetings/meeting.entity';
import type { Person } from '../../server/src/people/person.entity';
import { ApiClient, clientFor } from '../helpers/api-client';
import { buildMeeting, buildPerson, buildWorld, seat, type World } from '../helpers/factories';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { Collector, connectWs } from '../helpers/ws-client';

let server: TestServer;
let ds: DataSource;
let world: World;
let absent: Person;
let as: Record<keyof World['people'] | 'absent', ApiClient>;

beforeAll(async () => {
  server = await startTestServer();
  ds = server.services.dataSource;
  world = await buildWorld(ds);
  absent = await buildPerson(ds, { displayName: 'Alice Absente' });
  await seat(ds, absent, world.body, MemberRole.MEMBER);
  const people = { ...world.people, absent };
  as = Object.fromEntries(
    await Promise.all(Object.entries(people).map(async ([role, person]) => [role, await clientFor(server.url, person)])),
  ) as typeof as;
});
afterAll(() => server.stop());

const POLL = `id status secret method question agendaItemId decisionId closedAt ballotCount options { id label }
  tally { ballots eligible adopted outcome results { choice label count } }
  myVotes { voterId voterName proxy hasVoted } ballots { voterId voterName castByName choice reason } objections viewerCanManage`;
const OPEN = `mutation ($input: OpenPollInput!) { openPoll(input: $input) { ${POLL} } }`;
const CAST = `mutation ($input: CastBallotInput!) { castBallot(input: $input) { ${POLL} } }`;
const CLOSE = `mutation ($id: ID!, $record: Boolean) { closePoll(id: $id, recordDecision: $record) { ${POLL} } }`;
const READ = `query ($id: ID!) { poll(id: $id) { ${POLL} } }`;

/**
 * A meeting in session on one item: chair, secretary and member present and voting, the
 * observer present without a vote, and Alice absent, her proxy held by the member.
 */
async function inSession(status = MeetingStatus.IN_SESSION) {
  const meeting = await buildMeeting(ds, { bodyId: world.body.id, status });
  const item = await ds.getRepository(AgendaItem).save({ bodyId: world.body.id, meetingId: meeting.id, title: 'Budget 2027' });
  await ds.query('UPDATE meetings SET current_item_id = $2 WHERE id = $1', [meeting.id, item.id]);
  const { chair, secretary, member, observer } = world.people;
  const attendances = [
    { personId: chair.id, presence: Presence.PRESENT },
    { personId: secretary.id, presence: Presence.PRESENT },
    { personId: member.id, presence: Presence.PRESENT },
    { personId: observer.id, presence: Presence.PRESENT, voting: false },
    { personId: absent.id, presence: Presence.ABSENT, proxyToId: member.id },
  ];
  await ds.getRepository(Attendance).save(attendances.map((row) => ({ meetingId: meeting.id, ...row })));
  return { meeting, item };
}

async function opened(method = 'SIMPLE_MAJORITY', extra: Record<string, unknown> = {}) {
  const { meeting, item } = await inSession();
  const options = method.endsWith('MAJORITY') || method.endsWith('THIRDS') || method.endsWith('FIFTHS') ? ['Pour', 'Contre'] : null;
  const input = { id: randomUUID(), meetingId: meeting.id, question: 'Adopter le budget ?', method, options, ...extra };
  const { openPoll } = await as.chair.data(OPEN, { input });
  return { meeting, item, poll: openPoll, input };
}

const ballot = (pollId: string, choice: string, extra: Record<string, unknown> = {}) => ({ input: { id: randomUUID(), pollId, choice, ...extra } });
const countRows = async (sql: string, params: unknown[]) => Number((await ds.query(sql, params))[0].count);

describe('opening a poll', () => {
  it('opens on the current item with numbered options, once despite a retry', async () => {
    const { item, poll, input } = await opened();
    expect(poll).toMatchObject({ status: 'OPEN', agendaItemId: item.id, options: [{ id: '1', label: 'Pour' }, { id: '2', label: 'Contre' }], ballotCount: 0 });
    expect(poll.tally).toMatchObject({ ballots: 0, eligible: 4 });
    const again = await as.chair.data(OPEN, { input });
    expect(again.openPoll.id).toBe(poll.id);
    expect(await countRows("SELECT count(*) FROM events WHERE type = 'POLL_OPENED' AND payload::text LIKE $1", [`%${poll.id}%`])).toBe(1);
    expect(await as.chair.errorCode(OPEN, { input: { ...input, question: 'Autre chose ?' } })).toBe('CONFLICT');
  });

  it('is for facilitators, in session, with options that fit the method', async () => {
    const { meeting } = await inSession();
    const input = { id: randomUUID(), meetingId: meeting.id, question: 'Q ?', method: 'SIMPLE_MAJORITY', options: ['Oui', 'Non'] };
    expect(await as.member.errorCode(OPEN, { input })).toBe('FORBIDDEN');
    expect(await as.observer.errorCode(OPEN, { input })).toBe('FORBIDDEN');
    expect(await as.outsider.errorCode(OPEN, { input })).toBe('FORBIDDEN');
    expect(await new ApiClient(server.url).errorCode(OPEN, { input })).toBe('UNAUTHENTICATED');
    expect(await as.chair.errorCode(OPEN, { input: { ...input, options: ['Oui'] } })).toBe('BAD_USER_INPUT');
    expect(await as.chair.errorCode(OPEN, { input: { ...input, options: ['Oui', 'oui'] } })).toBe('BAD_USER_INPUT');
    expect(await as.chair.errorCode(OPEN, { input: { ...input, method: 'CONSENT' } })).toBe('BAD_USER_INPUT');
    expect(await as.chair.errorCode(OPEN, { input: { ...input, question: '' } })).toBe('BAD_USER_INPUT');
    expect(await as.chair.errorCode(OPEN, { input: { ...input, id: 'pas-un-uuid' } })).toBe('BAD_USER_INPUT');
    expect(await as.chair.errorCode(OPEN, { input: { ...input, agendaItemId: randomUUID() } })).toBe('NOT_FOUND');
    expect(await as.chair.errorCode(OPEN, { input: { ...input, meetingId: randomUUID() } })).toBe('NOT_FOUND');
    const later = await buildMeeting(ds, { bodyId: world.body.id, status: MeetingStatus.CONVENED });
    expect(await as.chair.errorCode(OPEN, { input: { ...input, meetingId: later.id } })).toBe('CONFLICT');
    expect(await countRows('SELECT count(*) FROM polls WHERE meeting_id = $1', [meeting.id])).toBe(0);
  });
});

describe('voting', () => {
  it('takes one ballot per present voting member and one per proxy, cast by its holder', async () => {
    const { poll } = await opened();
    const before = (await as.member.data(READ, { id: poll.id })).poll.myVotes;
    expect(before).toEqual([
      { voterId: world.people.member.id, voterName: world.people.member.displayName, proxy: false, hasVoted: false },
      { voterId: absent.id, voterName: 'Alice Absente', proxy: true, hasVoted: false },
    ]);
    await as.member.data(CAST, ballot(poll.id, '1'));
    const { castBallot } = await as.member.data(CAST, ballot(poll.id, '2', { onBehalfOf: absent.id }));
    expect(castBallot.myVotes.map((right: { hasVoted: boolean }) => right.hasVoted)).toEqual([true, true]);
    expect(castBallot.ballots).toEqual([
      { voterId: world.people.member.id, voterName: world.people.member.displayName, castByName: null, choice: '1', reason: null },
      { voterId: absent.id, voterName: 'Alice Absente', castByName: world.people.member.displayName, choice: '2', reason: null },
    ]);
    expect(castBallot.tally).toMatchObject({ ballots: 2, eligible: 4, results: [{ choice: '1', count: 1 }, { choice: '2', count: 1 }] });
  });

  it('refuses a second ballot, but a retry of the same one returns the poll unchanged', async () => {
    const { poll } = await opened();
    const first = ballot(poll.id, '1');
    await as.secretary.data(CAST, first);
    const retried = await as.secretary.data(CAST, first);
    expect(retried.castBallot.ballotCount).toBe(1);
    const second = await as.secretary.request(CAST, ballot(poll.id, '1'));
    expect(second.errors?.[0]).toMatchObject({ message: 'Vous avez déjà voté dans ce scrutin.', extensions: { code: 'CONFLICT' } });
    expect(await as.secretary.errorCode(CAST, ballot(poll.id, '2'))).toBe('CONFLICT');
    expect(await countRows('SELECT count(*) FROM ballots WHERE poll_id = $1', [poll.id])).toBe(1);
  });

  it('refuses observers, people absent, members of no body of the plan, and proxies not held', async () => {
    const { poll } = await opened();
    const refused = await as.observer.request(CAST, ballot(poll.id, '1'));
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(refused.errors?.[0].message).toMatch(/membres votants présents/);
    expect(await as.absent.errorCode(CAST, ballot(poll.id, '1'))).toBe('FORBIDDEN');
    expect(await as.outsider.errorCode(CAST, ballot(poll.id, '1'))).toBe('FORBIDDEN');
    expect(await as.chair.errorCode(CAST, ballot(poll.id, '1', { onBehalfOf: absent.id }))).toBe('FORBIDDEN');
    expect(await new ApiClient(server.url).errorCode(CAST, ballot(poll.id, '1'))).toBe('UNAUTHENTICATED');
    expect(await countRows('SELECT count(*) FROM ballots WHERE poll_id = $1', [poll.id])).toBe(0);
  });

  it('refuses choices the method does not offer, and an objection without a reason', async () => {
    const majority = (await opened()).poll;
    expect(await as.member.errorCode(CAST, ballot(majority.id, '3'))).toBe('BAD_USER_INPUT');
    const consent = (await opened('CONSENT')).poll;
    expect(await as.member.errorCode(CAST, ballot(consent.id, 'BLOCK'))).toBe('BAD_USER_INPUT');
    expect(await as.member.errorCode(CAST, ballot(consent.id, 'PEUT-ETRE'))).toBe('BAD_USER_INPUT');
    const temperature = (await opened('TEMPERATURE')).poll;
    expect(await as.member.errorCode(CAST, ballot(temperature.id, '0'))).toBe('BAD_USER_INPUT');
    expect(await as.member.errorCode(CAST, { input: { id: 'x', pollId: temperature.id, choice: '3' } })).toBe('BAD_USER_INPUT');
    expect(await as.member.errorCode(CAST, ballot(randomUUID(), '1'))).toBe('NOT_FOUND');
    expect(await countRows('SELECT count(*) FROM ballots WHERE poll_id = ANY($1)', [[majority.id, consent.id, temperature.id]])).toBe(0);
  });

  it('refuses a ballot after close', async () => {
    const { poll } = await opened();
    await as.chair.data(CLOSE, { id: poll.id });
    const late = await as.member.request(CAST, ballot(poll.id, '1'));
    expect(late.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' } });
    expect(late.errors?.[0].message).toMatch(/clos/);
  });
});

describe('secret polls', () => {
  it('hide the tally and who voted what until close, but show how many voted', async () => {
    const { poll } = await opened('SIMPLE_MAJORITY', { secret: true });
    await as.member.data(CAST, ballot(poll.id, '1'));
    const { castBallot } = await as.chair.data(CAST, ballot(poll.id, '1'));
    expect(castBallot).toMatchObject({ tally: null, ballots: null, ballotCount: 2 });
    const { closePoll } = await as.chair.data(CLOSE, { id: poll.id });
    expect(closePoll.tally).toMatchObject({ ballots: 2, adopted: true, results: [{ choice: '1', count: 2 }, { choice: '2', count: 0 }] });
    expect(closePoll.ballots).toBeNull();
  });
});

describe('closing', () => {
  it('is for facilitators; closing again changes nothing', async () => {
    const { poll } = await opened();
    expect(await as.member.errorCode(CLOSE, { id: poll.id })).toBe('FORBIDDEN');
    expect(await as.outsider.errorCode(CLOSE, { id: poll.id })).toBe('FORBIDDEN');
    expect(await as.chair.errorCode(CLOSE, { id: randomUUID() })).toBe('NOT_FOUND');
    const { closePoll } = await as.secretary.data(CLOSE, { id: poll.id });
    expect(closePoll.status).toBe('CLOSED');
    const again = await as.chair.data(CLOSE, { id: poll.id });
    expect(again.closePoll.closedAt).toBe(closePoll.closedAt);
  });

  it('writes the result of a consent into the decisions, with the objections', async () => {
    const { meeting, item, poll } = await opened('CONSENT');
    await as.chair.data(CAST, ballot(poll.id, 'AGREE'));
    await as.secretary.data(CAST, ballot(poll.id, 'ABSTAIN'));
    await as.member.data(CAST, ballot(poll.id, 'BLOCK', { reason: 'Le budget ne couvre pas la mobilité.' }));
    const { closePoll } = await as.chair.data(CLOSE, { id: poll.id, record: true });
    expect(closePoll).toMatchObject({ status: 'CLOSED', tally: { adopted: false }, objections: ['Le budget ne couvre pas la mobilité.'] });
    const { meeting: read } = await as.member.data(
      'query ($id: ID!) { meeting(id: $id) { decisions { id text agendaItemId votesFor votesAgainst abstentions } } }',
      { id: meeting.id },
    );
    expect(read.decisions).toEqual([
      {
        id: closePoll.decisionId,
        text: 'Adopter le budget ? — Consentement : bloqué par 1 personne.',
        agendaItemId: item.id,
        votesFor: 1,
        votesAgainst: 1,
        abstentions: 1,
      },
    ]);
  });
});

describe('live', () => {
  it('tells the room of the opening, each ballot (without the choice) and the close', async () => {
    const { meeting } = await inSession();
    const observer = as.observer;
    const { meeting: before } = await observer.data('query ($id: ID!) { meeting(id: $id) { lastEventSeq } }', { id: meeting.id });
    const { client } = connectWs(server.wsUrl, observer.cookie);
    try {
      const feed = new Collector(client, `subscription ($id: ID!, $after: Int) { meetingChanged(meetingId: $id, after: $after) {
        type poll { id status ballotCount tally { ballots } ballots { choice } } } }`, { id: meeting.id, after: before.lastEventSeq });
      const input = { id: randomUUID(), meetingId: meeting.id, question: 'Secret ?', method: 'TWO_THIRDS', options: ['A', 'B'], secret: true };
      // Each change waits for the previous event: counts are read when an event is delivered.
      await as.chair.data(OPEN, { input });
      await feed.waitFor(1);
      await as.member.data(CAST, ballot(input.id, '2'));
      await feed.waitFor(2);
      await as.chair.data(CLOSE, { id: input.id });
      const events = (await feed.waitFor(3)).map((event) => event.meetingChanged);
      expect(events).toEqual([
        { type: 'POLL_OPENED', poll: { id: input.id, status: 'OPEN', ballotCount: 0, tally: null, ballots: null } },
        { type: 'POLL_UPDATED', poll: { id: input.id, status: 'OPEN', ballotCount: 1, tally: null, ballots: null } },
        { type: 'POLL_CLOSED', poll: { id: input.id, status: 'CLOSED', ballotCount: 1, tally: { ballots: 1 }, ballots: null } },
      ]);
    } finally {
      await client.dispose();
    }
  });
});
