import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MeetingStatus } from '../../server/src/meetings/meeting.entity';
import { ApiClient, clientFor } from '../helpers/api-client';
import { buildBody, buildMeeting, buildPerson, buildWorld, seat, type World } from '../helpers/factories';
import { MemberRole } from '../../server/src/bodies/membership.entity';
import { startTestServer, type TestServer } from '../helpers/test-server';

let server: TestServer;
let world: World;
let as: Record<keyof World['people'] | 'otherChair', ApiClient>;

beforeAll(async () => {
  server = await startTestServer();
  world = await buildWorld(server.services.dataSource);
  // The chair of another body of the same plan: a moderator between meetings, not in this body's meetings.
  const otherChair = await buildPerson(server.services.dataSource);
  await seat(server.services.dataSource, otherChair, await buildBody(server.services.dataSource, { planId: world.plan.id }), MemberRole.CHAIR);
  const people = { ...world.people, otherChair };
  as = Object.fromEntries(
    await Promise.all(Object.entries(people).map(async ([role, person]) => [role, await clientFor(server.url, person)])),
  ) as typeof as;
});
afterAll(() => server.stop());

const FIELDS = 'id text hidden hiddenReason hiddenById status statusReason pinned mergedIntoId supportCount mergedInto { id }';
const POST = `mutation ($input: PostContributionInput!) { postContribution(input: $input) { ${FIELDS} } }`;
const PIN = `mutation ($id: ID!, $pinned: Boolean!) { pinContribution(id: $id, pinned: $pinned) { ${FIELDS} } }`;
const MERGE = `mutation ($id: ID!, $into: ID!) { mergeContribution(id: $id, intoId: $into) { ${FIELDS} } }`;
const STATUS = `mutation ($id: ID!, $status: ContributionStatus!, $reason: String) { setContributionStatus(id: $id, status: $status, reason: $reason) { ${FIELDS} } }`;
const HIDE = `mutation ($id: ID!, $reason: String) { hideContribution(id: $id, reason: $reason) { ${FIELDS} } }`;
const UNHIDE = `mutation ($id: ID!) { unhideContribution(id: $id) { ${FIELDS} } }`;
const SUPPORT = 'mutation ($id: ID!) { supportContribution(id: $id) { id } }';
const IN_MEETING = `query ($id: ID!) { meeting(id: $id) { contributions { ${FIELDS} } } }`;
const BETWEEN = `query ($planId: ID!) { contributions(planId: $planId) { items { ${FIELDS} } } }`;

const ds = () => server.services.dataSource;
const post = async (client: ApiClient, text: string, meetingId?: string) =>
  (await client.data(POST, { input: { id: randomUUID(), planId: world.plan.id, meetingId, kind: 'IDEA', text } })).postContribution;
const inSession = () => buildMeeting(ds(), { bodyId: world.body.id, status: MeetingStatus.IN_SESSION });
const supporters = async (id: string) =>
  (await ds().query('SELECT person_id FROM contribution_supports WHERE contribution_id = $1 ORDER BY person_id', [id])).map((row: { person_id: string }) => row.person_id);

describe('moderating contributions', () => {
  it("lets the meeting body's facilitators pin, and no one else", async () => {
    const meeting = await inSession();
    const first = await post(as.member, 'Premier', meeting.id);
    const second = await post(as.member, 'Second', meeting.id);
    expect(await as.member.errorCode(PIN, { id: first.id, pinned: true })).toBe('FORBIDDEN');
    expect(await as.otherChair.errorCode(PIN, { id: first.id, pinned: true })).toBe('FORBIDDEN');
    expect((await as.secretary.data(PIN, { id: first.id, pinned: true })).pinContribution.pinned).toBe(true);
    const listed = (await as.member.data(IN_MEETING, { id: meeting.id })).meeting.contributions;
    expect(listed.map((row: { id: string }) => row.id)).toEqual([first.id, second.id]);
  });

  it('lets the facilitators of any body of the plan moderate between meetings', async () => {
    const { id } = await post(as.member, 'Entre deux réunions');
    expect((await as.otherChair.data(PIN, { id, pinned: true })).pinContribution.pinned).toBe(true);
  });

  it('retains, declines with a reason only, and reopens', async () => {
    const { id } = await post(as.member, 'Un fonds de garantie');
    expect(await as.chair.errorCode(STATUS, { id, status: 'DECLINED' })).toBe('BAD_USER_INPUT');
    expect(await as.chair.errorCode(STATUS, { id, status: 'MERGED', reason: 'non' })).toBe('BAD_USER_INPUT');
    expect(await as.member.errorCode(STATUS, { id, status: 'RETAINED' })).toBe('FORBIDDEN');
    expect((await as.chair.data(STATUS, { id, status: 'DECLINED', reason: 'Hors compétence' })).setContributionStatus).toMatchObject({
      status: 'DECLINED',
      statusReason: 'Hors compétence',
    });
    expect((await as.chair.data(STATUS, { id, status: 'OPEN' })).setContributionStatus).toMatchObject({ status: 'OPEN', statusReason: null });
  });

  it('moves supports to the target of a merge without duplicates, and refuses bad merges', async () => {
    const source = await post(as.member, 'Doublon');
    const target = await post(as.secretary, 'Original');
    for (const client of [as.chair, as.admin, as.secretary]) await client.data(SUPPORT, { id: source.id });
    await as.chair.data(SUPPORT, { id: target.id });
    expect(await as.chair.errorCode(MERGE, { id: source.id, into: source.id })).toBe('BAD_USER_INPUT');
    const { mergeContribution } = await as.chair.data(MERGE, { id: source.id, into: target.id });
    expect(mergeContribution).toMatchObject({ status: 'MERGED', mergedIntoId: target.id, mergedInto: { id: target.id }, supportCount: 0 });
    // The chair supported both: counted once; the target's author does not come to support herself.
    expect(await supporters(target.id)).toEqual([world.people.admin.id, world.people.chair.id].sort());
    const fresh = await post(as.member, 'Doublon bis');
    expect(await as.chair.errorCode(MERGE, { id: fresh.id, into: source.id })).toBe('BAD_USER_INPUT');
    expect(await as.chair.errorCode(MERGE, { id: source.id, into: fresh.id })).toBe('BAD_USER_INPUT');
    const other = await buildWorld(ds());
    const outsider = await clientFor(server.url, other.people.member);
    const foreign = (await outsider.data(POST, { input: { id: randomUUID(), planId: other.plan.id, kind: 'IDEA', text: 'Autre plan' } })).postContribution;
    expect(await as.admin.errorCode(MERGE, { id: fresh.id, into: foreign.id })).toBe('BAD_USER_INPUT');
    expect(await supporters(fresh.id)).toEqual([]);
    expect(await supporters(target.id)).toHaveLength(2);
  });

  it('hides the content from non-moderators only, recording who, when and why, and shows it again', async () => {
    const { id } = await post(as.member, 'Propos hors sujet');
    expect(await as.member.errorCode(HIDE, { id })).toBe('FORBIDDEN');
    const { hideContribution } = await as.chair.data(HIDE, { id, reason: 'Hors sujet' });
    expect(hideContribution).toMatchObject({ hidden: true, text: 'Propos hors sujet', hiddenReason: 'Hors sujet', hiddenById: world.people.chair.id });
    const find = async (client: ApiClient) =>
      (await client.data(BETWEEN, { planId: world.plan.id })).contributions.items.find((row: { id: string }) => row.id === id);
    expect(await find(as.member)).toMatchObject({ hidden: true, text: '', hiddenReason: null });
    expect(await find(as.secretary)).toMatchObject({ hidden: true, text: 'Propos hors sujet' });
    expect((await as.chair.data(UNHIDE, { id })).unhideContribution).toMatchObject({ hidden: false, hiddenById: null });
    expect(await find(as.member)).toMatchObject({ hidden: false, text: 'Propos hors sujet' });
  });
});

describe('converting retained contributions', () => {
  const TO_ACTION = 'mutation ($id: ID!, $o: ID!) { convertContributionToAction(id: $id, orientationId: $o) { id resultingActionId resultingAction { id title contributions { id } } } }';
  const TO_ITEM = 'mutation ($id: ID!, $b: ID!) { convertContributionToAgendaItem(id: $id, bodyId: $b) { id resultingAgendaItemId resultingAgendaItem { id meetingId title contributions { id } } } }';
  const TO_DECISION = 'mutation ($id: ID!, $m: ID) { convertContributionToDecision(id: $id, meetingId: $m) { id resultingDecisionId } }';
  const retained = async (text: string, meetingId?: string) => {
    const { id } = await post(as.member, text, meetingId);
    await as.chair.data(STATUS, { id, status: 'RETAINED' });
    return id;
  };

  it('makes an action of a retained contribution only, linked both ways, once', async () => {
    const open = await post(as.member, 'Une coopérative de livraison');
    expect(await as.chair.errorCode(TO_ACTION, { id: open.id, o: world.orientation.id })).toBe('BAD_USER_INPUT');
    const id = await retained('Une coopérative de livraison\nà vélo cargo');
    expect(await as.member.errorCode(TO_ACTION, { id, o: world.orientation.id })).toBe('FORBIDDEN');
    const { convertContributionToAction: converted } = await as.chair.data(TO_ACTION, { id, o: world.orientation.id });
    expect(converted.resultingAction).toEqual({ id: converted.resultingActionId, title: 'Une coopérative de livraison', contributions: [{ id }] });
    expect(await as.chair.errorCode(TO_ACTION, { id, o: world.orientation.id })).toBe('CONFLICT');
  });

  it("makes an item of a body's backlog, linked both ways", async () => {
    const id = await retained('Présenter le bilan des jardins partagés');
    const { convertContributionToAgendaItem: converted } = await as.secretary.data(TO_ITEM, { id, b: world.body.id });
    expect(converted.resultingAgendaItem).toMatchObject({ meetingId: null, title: 'Présenter le bilan des jardins partagés', contributions: [{ id }] });
  });

  it('makes a decision of the meeting, in session or closed only, linked both ways', async () => {
    const meeting = await inSession();
    const id = await retained('Adopter la charte', meeting.id);
    const { convertContributionToDecision: converted } = await as.secretary.data(TO_DECISION, { id });
    const { meeting: read } = await as.member.data('query ($id: ID!) { meeting(id: $id) { decisions { id text contributions { id } } } }', { id: meeting.id });
    expect(read.decisions).toEqual([{ id: converted.resultingDecisionId, text: 'Adopter la charte', contributions: [{ id }] }]);
    const between = await retained('Entre deux réunions');
    const convened = await buildMeeting(ds(), { bodyId: world.body.id, status: MeetingStatus.CONVENED });
    expect(await as.secretary.errorCode(TO_DECISION, { id: between })).toBe('BAD_USER_INPUT');
    expect(await as.secretary.errorCode(TO_DECISION, { id: between, m: convened.id })).toBe('CONFLICT');
    expect(await as.otherChair.errorCode(TO_DECISION, { id: between, m: meeting.id })).toBe('FORBIDDEN');
    expect(await ds().query('SELECT id FROM decisions WHERE meeting_id = $1', [convened.id])).toEqual([]);
  });
});
