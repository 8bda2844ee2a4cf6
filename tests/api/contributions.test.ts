import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgendaItem } from '../../server/src/agenda/agenda-item.entity';
import { MeetingStatus } from '../../server/src/meetings/meeting.entity';
import { ApiClient, clientFor } from '../helpers/api-client';
import { buildMeeting, buildWorld, type World } from '../helpers/factories';
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

const FIELDS = 'id text kind meetingId agendaItemId parentId orientationId authorId supportCount viewerSupports reactions { reaction count viewerReacted }';
const POST = `mutation ($input: PostContributionInput!) { postContribution(input: $input) { ${FIELDS} } }`;
const SUPPORT = `mutation ($id: ID!) { supportContribution(id: $id) { ${FIELDS} } }`;
const WITHDRAW = `mutation ($id: ID!) { withdrawSupport(id: $id) { ${FIELDS} } }`;
const REACT = `mutation ($id: ID!, $r: ReactionKind!) { react(id: $id, reaction: $r) { ${FIELDS} } }`;
const UNREACT = `mutation ($id: ID!, $r: ReactionKind!) { unreact(id: $id, reaction: $r) { ${FIELDS} } }`;
const IN_MEETING = `query ($id: ID!, $item: ID) { meeting(id: $id) { contributions(agendaItemId: $item) { ${FIELDS} author { id } replies { id text } } } }`;
const BETWEEN = `query ($planId: ID!, $status: ContributionStatus, $search: String) {
  contributions(planId: $planId, status: $status, search: $search) { totalCount items { id text } } }`;

const ds = () => server.services.dataSource;
const countRows = async (sql: string, params: unknown[]) => Number((await ds().query(sql, params))[0].count);
const eventsOn = (topic: string) => countRows("SELECT count(*) FROM events WHERE topic = $1 AND type LIKE 'CONTRIBUTION_%'", [topic]);

async function inSession() {
  const meeting = await buildMeeting(ds(), { bodyId: world.body.id, status: MeetingStatus.IN_SESSION });
  const item = await ds().getRepository(AgendaItem).save({ bodyId: world.body.id, meetingId: meeting.id, title: 'Mobilité solidaire' });
  await ds().query('UPDATE meetings SET current_item_id = $2 WHERE id = $1', [meeting.id, item.id]);
  return { meeting, item };
}
const between = (text = 'Une monnaie locale ?') => ({ id: randomUUID(), planId: world.plan.id, kind: 'IDEA', text });

describe('posting contributions', () => {
  it("lets a member post in a meeting in session, on the meeting's current item by default", async () => {
    const { meeting, item } = await inSession();
    const input = { id: randomUUID(), planId: world.plan.id, meetingId: meeting.id, kind: 'PROPOSAL', text: 'Un atelier vélo' };
    const { postContribution } = await as.member.data(POST, { input });
    expect(postContribution).toMatchObject({ id: input.id, meetingId: meeting.id, agendaItemId: item.id, authorId: world.people.member.id, supportCount: 0 });
    const [read] = (await as.observer.data(IN_MEETING, { id: meeting.id })).meeting.contributions;
    expect(read).toMatchObject({ id: input.id, text: 'Un atelier vélo', author: { id: world.people.member.id } });
  });

  it('lets observers read but not post, outsiders neither, and asks anonymous people to sign in', async () => {
    const input = between();
    expect(await as.observer.errorCode(POST, { input })).toBe('FORBIDDEN');
    expect(await as.outsider.errorCode(POST, { input })).toBe('FORBIDDEN');
    expect(await new ApiClient(server.url).errorCode(POST, { input })).toBe('UNAUTHENTICATED');
    expect(await as.outsider.errorCode(BETWEEN, { planId: world.plan.id })).toBe('FORBIDDEN');
    expect(await countRows('SELECT count(*) FROM contributions WHERE id = $1', [input.id])).toBe(0);
  });

  it('returns the stored contribution when a post is retried, with one event only', async () => {
    const { meeting } = await inSession();
    const input = { id: randomUUID(), planId: world.plan.id, meetingId: meeting.id, kind: 'QUESTION', text: 'Quel budget ?' };
    const first = (await as.member.data(POST, { input })).postContribution;
    const second = (await as.member.data(POST, { input })).postContribution;
    expect(second).toEqual(first);
    expect(await countRows('SELECT count(*) FROM contributions WHERE id = $1', [input.id])).toBe(1);
    expect(await eventsOn(`meeting:${meeting.id}`)).toBe(1);
    expect(await as.chair.errorCode(POST, { input })).toBe('CONFLICT');
    expect(await as.member.errorCode(POST, { input: { ...input, text: 'Autre chose' } })).toBe('CONFLICT');
    expect((await as.member.data(IN_MEETING, { id: meeting.id })).meeting.contributions[0].text).toBe('Quel budget ?');
  });

  it('refuses meetings not in session, items of another meeting and references to another plan', async () => {
    const { meeting } = await inSession();
    const other = await inSession();
    const convened = await buildMeeting(ds(), { bodyId: world.body.id, status: MeetingStatus.CONVENED });
    const elsewhere = await buildWorld(ds());
    const input = { ...between(), meetingId: meeting.id };
    expect(await as.member.errorCode(POST, { input: { ...input, meetingId: convened.id } })).toBe('CONFLICT');
    expect(await as.member.errorCode(POST, { input: { ...input, agendaItemId: other.item.id } })).toBe('BAD_USER_INPUT');
    expect(await as.member.errorCode(POST, { input: { ...input, orientationId: elsewhere.orientation.id } })).toBe('BAD_USER_INPUT');
    expect(await as.member.errorCode(POST, { input: { ...between(), agendaItemId: other.item.id } })).toBe('BAD_USER_INPUT');
    expect(await as.member.errorCode(POST, { input: { ...between(''), id: input.id } })).toBe('BAD_USER_INPUT');
    expect(await as.member.errorCode(POST, { input: { ...between('x'.repeat(5001)), id: input.id } })).toBe('BAD_USER_INPUT');
    expect(await countRows('SELECT count(*) FROM contributions WHERE id = $1', [input.id])).toBe(0);
  });

  it("places a reply in its parent's meeting and item, and lists it under the parent", async () => {
    const { meeting, item } = await inSession();
    const parent = (await as.member.data(POST, { input: { ...between('Un tiers-lieu'), meetingId: meeting.id } })).postContribution;
    const reply = (await as.chair.data(POST, { input: { ...between('Où ?'), parentId: parent.id } })).postContribution;
    expect(reply).toMatchObject({ meetingId: meeting.id, agendaItemId: item.id, parentId: parent.id });
    const [listed, ...rest] = (await as.member.data(IN_MEETING, { id: meeting.id, item: item.id })).meeting.contributions;
    expect(rest).toEqual([]);
    expect(listed.replies).toEqual([{ id: reply.id, text: 'Où ?' }]);
  });

  it('lists contributions between meetings on the plan, with filters', async () => {
    const posted = (await as.member.data(POST, { input: between('Recycler les palettes du marché') })).postContribution;
    expect(posted.meetingId).toBeNull();
    const { contributions } = await as.observer.data(BETWEEN, { planId: world.plan.id, search: 'palettes', status: 'OPEN' });
    expect(contributions).toEqual({ totalCount: 1, items: [{ id: posted.id, text: 'Recycler les palettes du marché' }] });
    expect(await eventsOn(`plan:${world.plan.id}`)).toBeGreaterThan(0);
  });
});

describe('supports and reactions', () => {
  it('counts one support per person, idempotently, and refuses supporting oneself', async () => {
    const { id } = (await as.member.data(POST, { input: between('Un annuaire des acteurs') })).postContribution;
    expect((await as.chair.data(SUPPORT, { id })).supportContribution).toMatchObject({ supportCount: 1, viewerSupports: true });
    expect((await as.chair.data(SUPPORT, { id })).supportContribution).toMatchObject({ supportCount: 1, viewerSupports: true });
    expect((await as.secretary.data(SUPPORT, { id })).supportContribution).toMatchObject({ supportCount: 2 });
    expect(await as.member.errorCode(SUPPORT, { id })).toBe('BAD_USER_INPUT');
    expect(await as.observer.errorCode(SUPPORT, { id })).toBe('FORBIDDEN');
    expect((await as.chair.data(WITHDRAW, { id })).withdrawSupport).toMatchObject({ supportCount: 1, viewerSupports: false });
    expect((await as.chair.data(WITHDRAW, { id })).withdrawSupport).toMatchObject({ supportCount: 1, viewerSupports: false });
  });

  it('counts reactions by kind and tells the viewer their own', async () => {
    const { id } = (await as.member.data(POST, { input: between('Des chantiers jeunes') })).postContribution;
    await as.chair.data(REACT, { id, r: 'AGREE' });
    await as.chair.data(REACT, { id, r: 'AGREE' });
    const { react } = await as.member.data(REACT, { id, r: 'AGREE' });
    expect(react.reactions).toEqual([{ reaction: 'AGREE', count: 2, viewerReacted: true }]);
    const { unreact } = await as.chair.data(UNREACT, { id, r: 'AGREE' });
    expect(unreact.reactions).toEqual([{ reaction: 'AGREE', count: 1, viewerReacted: false }]);
  });
});
