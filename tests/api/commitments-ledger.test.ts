import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CommitmentStatus } from '../../server/src/commitments/commitment.entity';
import { Decision } from '../../server/src/decisions/decision.entity';
import { MeetingStatus } from '../../server/src/meetings/meeting.entity';
import { type ApiClient, clientFor } from '../helpers/api-client';
import { buildCommitment, daysFromToday } from '../helpers/commitments';
import { buildAction, buildMeeting, buildOrganization, buildOrientation, buildWorld, type World } from '../helpers/factories';
import { startTestServer, type TestServer } from '../helpers/test-server';

let server: TestServer;
let world: World;
let member: ApiClient;
const S = CommitmentStatus;

beforeAll(async () => {
  server = await startTestServer();
  world = await buildWorld(server.services.dataSource);
  member = await clientFor(server.url, world.people.member);
});
afterAll(() => server.stop());

const LEDGER = `query ($planId: ID!, $status: [CommitmentStatus!], $late: Boolean, $organizationId: ID, $orientationId: ID, $actionId: ID,
  $dueBefore: LocalDate, $search: String, $includeArchived: Boolean, $sort: CommitmentSort, $offset: Int, $limit: Int) {
  commitments(planId: $planId, status: $status, late: $late, organizationId: $organizationId, orientationId: $orientationId, actionId: $actionId,
    dueBefore: $dueBefore, search: $search, includeArchived: $includeArchived, sort: $sort, offset: $offset, limit: $limit) {
    totalCount hasMore items { title } } }`;

/** A plan of its own with two orientations, two partners and commitments in every situation. */
async function buildLedger() {
  const ds = server.services.dataSource;
  const plan = await buildWorld(ds);
  const second = await buildOrientation(ds, { planId: plan.plan.id });
  const otherAction = await buildAction(ds, { orientationId: second.id });
  const [cress, scic] = [await buildOrganization(ds), await buildOrganization(ds)];
  const base = { planId: plan.plan.id, actionId: plan.action.id, organizationId: cress.id };
  const rows = [
    { title: 'A — en retard depuis un mois', status: S.IN_PROGRESS, progress: 40, dueOn: daysFromToday(-30) },
    { title: 'B — en retard d’un jour', status: S.AT_RISK, progress: 10, dueOn: daysFromToday(-1) },
    { title: 'C — dû dans 10 jours', status: S.ACCEPTED, progress: 0, dueOn: daysFromToday(10), organizationId: scic.id },
    { title: 'D — dû dans 60 jours 100%_sûr', status: S.PROPOSED, progress: 0, dueOn: daysFromToday(60), actionId: otherAction.id },
    { title: 'E — sans échéance', status: S.IN_PROGRESS, progress: 50, dueOn: null, actionId: otherAction.id, organizationId: scic.id },
    { title: 'F — réalisé en retard', status: S.DONE, progress: 100, dueOn: daysFromToday(-20) },
    { title: 'G — abandonné', status: S.ABANDONED, progress: 20, dueOn: daysFromToday(-5), abandonReason: 'Financement retiré' },
    { title: 'H — archivé', status: S.IN_PROGRESS, progress: 30, dueOn: daysFromToday(-3), archivedAt: new Date(), archiveReason: 'Doublon' },
  ];
  for (const row of rows) await buildCommitment(ds, { ...base, ...row });
  return { ...plan, second, otherAction, cress, scic };
}

const titles = (page: { items: { title: string }[] }) => page.items.map((item) => item.title.slice(0, 1));

describe('the commitments ledger', () => {
  it('lists open commitments first, soonest due first, so the late ones lead; done and abandoned ones last', async () => {
    const ledger = await buildLedger();
    const chair = await clientFor(server.url, ledger.people.chair);
    const list = async (variables: Record<string, unknown> = {}) => (await chair.data(LEDGER, { planId: ledger.plan.id, ...variables })).commitments;
    expect(titles(await list())).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G']);
    expect(titles(await list({ sort: 'DUE_ON' }))).toEqual(['A', 'F', 'G', 'B', 'C', 'D', 'E']);
    expect(titles(await list({ sort: 'PROGRESS' })).slice(0, 2).sort()).toEqual(['C', 'D']);
    expect(titles(await list({ sort: 'TITLE' }))).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G']);
    const page = await list({ offset: 2, limit: 2 });
    expect(page).toMatchObject({ totalCount: 7, hasMore: true });
    expect(titles(page)).toEqual(['C', 'D']);
    expect(await list({ offset: 10, limit: 2 })).toEqual({ totalCount: 7, hasMore: false, items: [] });
  });

  it('filters by status, lateness, partner, orientation, action, due date and words, archived ones on request', async () => {
    const ledger = await buildLedger();
    const chair = await clientFor(server.url, ledger.people.chair);
    const list = async (variables: Record<string, unknown>) => titles((await chair.data(LEDGER, { planId: ledger.plan.id, ...variables })).commitments);
    expect(await list({ status: ['AT_RISK', 'DONE'] })).toEqual(['B', 'F']);
    expect(await list({ late: true })).toEqual(['A', 'B']);
    expect(await list({ late: false })).toEqual(['C', 'D', 'E', 'F', 'G']);
    expect(await list({ organizationId: ledger.scic.id })).toEqual(['C', 'E']);
    expect(await list({ orientationId: ledger.second.id })).toEqual(['D', 'E']);
    expect(await list({ actionId: ledger.action.id })).toEqual(['A', 'B', 'C', 'F', 'G']);
    expect(await list({ dueBefore: daysFromToday(10) })).toEqual(['A', 'B', 'C', 'F', 'G']);
    expect(await list({ search: '100%_' })).toEqual(['D']);
    expect(await list({ search: 'RETARD' })).toEqual(['A', 'B', 'F']);
    expect(await list({ late: true, includeArchived: true })).toEqual(['A', 'H', 'B']);
    expect(await list({ organizationId: '00000000-0000-4000-8000-000000000000' })).toEqual([]);
    expect(await chair.errorCode(LEDGER, { planId: ledger.plan.id, actionId: 'pas-un-id' })).toBe('NOT_FOUND');
  });

  it('answers NOT_FOUND for an unknown plan and FORBIDDEN outside the plan', async () => {
    const admin = await clientFor(server.url, world.people.admin);
    expect(await admin.errorCode(LEDGER, { planId: '00000000-0000-4000-8000-000000000000' })).toBe('NOT_FOUND');
    expect(await member.errorCode(LEDGER, { planId: '00000000-0000-4000-8000-000000000000' })).toBe('NOT_FOUND');
    const outsider = await clientFor(server.url, world.people.outsider);
    expect(await outsider.errorCode(LEDGER, { planId: world.plan.id })).toBe('FORBIDDEN');
  });
});

describe('the dashboard summary', () => {
  const SUMMARY = `query ($planId: ID!) { commitmentSummary(planId: $planId) {
    planId total late dueWithin30Days done averageProgress
    byStatus { status count }
    byOrganization { organization { id } total late dueWithin30Days done averageProgress }
    byOrientation { orientation { id number } total late done }
  } }`;

  it('counts by status, late, due within 30 days, by partner and by orientation, archived ones left out', async () => {
    const ledger = await buildLedger();
    const { commitmentSummary: summary } = await (await clientFor(server.url, ledger.people.observer)).data(SUMMARY, { planId: ledger.plan.id });
    // Not abandoned: A 40, B 10, C 0, D 0, E 50, F 100 → 200 / 6.
    expect(summary).toMatchObject({ planId: ledger.plan.id, total: 7, late: 2, dueWithin30Days: 1, done: 1, averageProgress: 33 });
    expect(summary.byStatus).toEqual([
      { status: 'PROPOSED', count: 1 },
      { status: 'ACCEPTED', count: 1 },
      { status: 'IN_PROGRESS', count: 2 },
      { status: 'AT_RISK', count: 1 },
      { status: 'DONE', count: 1 },
      { status: 'ABANDONED', count: 1 },
    ]);
    expect(summary.byOrganization).toEqual([
      { organization: { id: ledger.cress.id }, total: 5, late: 2, dueWithin30Days: 0, done: 1, averageProgress: 38 },
      { organization: { id: ledger.scic.id }, total: 2, late: 0, dueWithin30Days: 1, done: 0, averageProgress: 25 },
    ]);
    expect(summary.byOrientation).toEqual([
      { orientation: { id: ledger.orientation.id, number: ledger.orientation.number }, total: 5, late: 2, done: 1 },
      { orientation: { id: ledger.second.id, number: ledger.second.number }, total: 2, late: 0, done: 0 },
    ]);
  });

  it('gives zeros for a plan without commitments', async () => {
    const { commitmentSummary: summary } = await member.data(SUMMARY, { planId: world.plan.id });
    expect(summary).toMatchObject({ total: 0, late: 0, averageProgress: null, byOrganization: [], byOrientation: [] });
    expect(summary.byStatus.every((entry: { count: number }) => entry.count === 0)).toBe(true);
  });
});

describe('traceability', () => {
  it('shows the commitments of an action and those a decision gave rise to', async () => {
    const ds = server.services.dataSource;
    const meeting = await buildMeeting(ds, { bodyId: world.body.id, status: MeetingStatus.CLOSED });
    const decision = await ds.getRepository(Decision).save({ meetingId: meeting.id, text: 'Chaque partenaire s’engage' });
    const base = { planId: world.plan.id, actionId: world.action.id };
    const later = await buildCommitment(ds, { ...base, title: 'Plus tard', dueOn: daysFromToday(40), decisionId: decision.id });
    const sooner = await buildCommitment(ds, { ...base, title: 'Plus tôt', dueOn: daysFromToday(20), decisionId: decision.id });
    const direct = await buildCommitment(ds, { ...base, title: 'Direct', dueOn: daysFromToday(30) });
    await buildCommitment(ds, { ...base, title: 'Archivé', decisionId: decision.id, archivedAt: new Date(), archiveReason: 'Doublon' });
    const { action } = await member.data('query ($id: ID!) { action(id: $id) { commitments { id } } }', { id: world.action.id });
    expect(action.commitments.map((row: { id: string }) => row.id)).toEqual([sooner.id, direct.id, later.id]);
    const { meeting: read } = await member.data('query ($id: ID!) { meeting(id: $id) { decisions { commitments { id origin } } } }', { id: meeting.id });
    expect(read.decisions[0].commitments).toEqual([
      { id: later.id, origin: 'DECISION' },
      { id: sooner.id, origin: 'DECISION' },
    ]);
  });
});

describe('batching', () => {
  const DASHBOARD_LIST = `query ($planId: ID!, $limit: Int!) {
    commitments(planId: $planId, limit: $limit) {
      totalCount
      items {
        id title status progress dueOn late origin viewerCanReport viewerCanSteer
        organization { name } responsible { displayName } decision { text }
        action { title orientation { number title } }
      }
    }
  }`;

  /** A plan with `count` commitments, each with its own partner, person, action, orientation and decision. */
  async function planWith(count: number) {
    const ds = server.services.dataSource;
    const plan = await buildWorld(ds);
    const meeting = await buildMeeting(ds, { bodyId: plan.body.id, status: MeetingStatus.CLOSED });
    for (let index = 0; index < count; index++) {
      const orientation = await buildOrientation(ds, { planId: plan.plan.id });
      const action = await buildAction(ds, { orientationId: orientation.id });
      const organization = await buildOrganization(ds);
      const decision = await ds.getRepository(Decision).save({ meetingId: meeting.id, text: `Décision ${index}` });
      await buildCommitment(ds, {
        planId: plan.plan.id,
        actionId: action.id,
        organizationId: organization.id,
        responsibleId: plan.people.member.id,
        decisionId: decision.id,
        dueOn: daysFromToday(index - count / 2),
      });
    }
    return plan;
  }

  async function statementsFor(plan: World, limit: number) {
    const chair = await clientFor(server.url, plan.people.chair);
    const before = server.statements.count;
    const { commitments } = await chair.data(DASHBOARD_LIST, { planId: plan.plan.id, limit });
    return { statements: server.statements.count - before, commitments };
  }

  it('sends at most 8 SQL statements for a ledger page, the same when the data or the page size doubles', async () => {
    const small = await planWith(10);
    const large = await planWith(20);
    const base = await statementsFor(small, 10);
    const doubleData = await statementsFor(large, 10);
    const doublePage = await statementsFor(large, 20);
    expect(base.commitments.items).toHaveLength(10);
    expect(doublePage.commitments.items).toHaveLength(20);
    expect(doublePage.commitments.items[19].action.orientation.title).toBeTruthy();
    expect(doublePage.commitments.totalCount).toBe(20);
    expect(base.statements).toBeGreaterThan(2);
    expect(base.statements).toBeLessThanOrEqual(8);
    expect(doubleData.statements).toBe(base.statements);
    expect(doublePage.statements).toBe(base.statements);
  });

  it('computes the summary in a fixed number of statements too', async () => {
    const SUMMARY = `query ($planId: ID!) { commitmentSummary(planId: $planId) {
      total byStatus { count } byOrganization { organization { name } late } byOrientation { orientation { title } late } } }`;
    const counts = [];
    for (const plan of [await planWith(5), await planWith(10)]) {
      const chair = await clientFor(server.url, plan.people.chair);
      const before = server.statements.count;
      await chair.data(SUMMARY, { planId: plan.plan.id });
      counts.push(server.statements.count - before);
    }
    // The figures and the progress roll-up are a statement each (commitments-progress.test.ts).
    expect(counts[0]).toBeLessThanOrEqual(6);
    expect(counts[1]).toBe(counts[0]);
  });
});
