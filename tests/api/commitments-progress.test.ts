import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActionStatus } from '../../server/src/actions/action.entity';
import { CommitmentStatus } from '../../server/src/commitments/commitment.entity';
import { Indicator, IndicatorDirection } from '../../server/src/indicators/indicator.entity';
import { Measurement } from '../../server/src/indicators/measurement.entity';
import { clientFor } from '../helpers/api-client';
import { buildCommitment, daysFromToday } from '../helpers/commitments';
import { buildAction, buildOrganization, buildOrientation, buildWorld, type World } from '../helpers/factories';
import { startTestServer, type TestServer } from '../helpers/test-server';

let server: TestServer;
const S = CommitmentStatus;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const PROGRESS = `query ($planId: ID!) {
  commitmentSummary(planId: $planId) {
    progress { progress actions measuredActions }
    progressByOrientation { orientationId orientation { number } progress actions measuredActions }
  }
  plan(id: $planId) { orientations { id progress { progress actions measuredActions } actions { title progress } } }
}`;

async function indicatorOf(actionId: string, planId: string, fields: Partial<Indicator>, values: [number, number][]) {
  const ds = server.services.dataSource;
  const indicator = await ds.getRepository(Indicator).save({
    planId, actionId, name: `Indicateur ${Math.random()}`, baseline: 0, target: 10, direction: IndicatorDirection.UP_IS_GOOD, ...fields,
  });
  for (const [days, value] of values) await ds.getRepository(Measurement).save({ indicatorId: indicator.id, measuredOn: daysFromToday(days), value });
  return indicator;
}

describe('progress rolled up from actions', () => {
  it("averages an action's live commitments (done counts 100, abandoned and archived left out), else its indicators, and rolls up per orientation and plan", async () => {
    const ds = server.services.dataSource;
    const world = await buildWorld(ds);
    const planId = world.plan.id;
    const second = await buildOrientation(ds, { planId });
    const byIndicators = await buildAction(ds, { orientationId: second.id, title: 'Par indicateurs', position: 0 });
    const nothing = await buildAction(ds, { orientationId: second.id, title: 'Sans mesure', position: 1 });
    const abandoned = await buildAction(ds, { orientationId: second.id, title: 'Abandonnée', position: 2, status: ActionStatus.ABANDONED });
    const base = { planId, actionId: world.action.id };
    await buildCommitment(ds, { ...base, status: S.IN_PROGRESS, progress: 40 });
    await buildCommitment(ds, { ...base, status: S.DONE, progress: 80 }); // done: 100 whatever it says
    await buildCommitment(ds, { ...base, status: S.ABANDONED, progress: 0, abandonReason: 'Plus de financement' });
    await buildCommitment(ds, { ...base, status: S.ACCEPTED, progress: 0, archivedAt: new Date(), archiveReason: 'Doublon' });
    // (40 + 100) / 2 = 70 for the first action.
    // Indicators: the latest value only (8 of 0→10 = 0.8), a falling one (20 → 10 target, latest 15 = 0.5),
    // one moving the wrong way (0), one without measurement (not counted): (0.8 + 0.5 + 0) / 3 = 43.3 %.
    await indicatorOf(byIndicators.id, planId, {}, [[-20, 2], [-5, 8]]);
    await indicatorOf(byIndicators.id, planId, { baseline: 20, target: 10, direction: IndicatorDirection.DOWN_IS_GOOD }, [[-3, 15]]);
    await indicatorOf(byIndicators.id, planId, { baseline: 5, target: 10 }, [[-3, 2]]);
    await indicatorOf(byIndicators.id, planId, {}, []);
    // An abandoned action keeps its own figure but is left out of the roll-ups.
    await buildCommitment(ds, { planId, actionId: abandoned.id, status: S.IN_PROGRESS, progress: 90 });

    const chair = await clientFor(server.url, world.people.chair);
    const { commitmentSummary, plan } = await chair.data(PROGRESS, { planId });
    const [first, other] = plan.orientations;
    expect(first.actions).toEqual([{ title: world.action.title, progress: 70 }]);
    expect(other.actions).toEqual([
      { title: 'Par indicateurs', progress: 43 },
      { title: 'Sans mesure', progress: null },
      { title: 'Abandonnée', progress: 90 },
    ]);
    expect(first.progress).toEqual({ progress: 70, actions: 1, measuredActions: 1 });
    expect(other.progress).toEqual({ progress: 43, actions: 2, measuredActions: 1 });
    // The plan: each action weighs the same, (70 + 43.3) / 2 = 56.7.
    expect(commitmentSummary.progress).toEqual({ progress: 57, actions: 3, measuredActions: 2 });
    expect(commitmentSummary.progressByOrientation).toEqual([
      { orientationId: first.id, orientation: { number: 1 }, progress: 70, actions: 1, measuredActions: 1 },
      { orientationId: other.id, orientation: { number: 2 }, progress: 43, actions: 2, measuredActions: 1 },
    ]);
    void nothing;
  });

  it('reads null, not zero, for a plan with nothing measured, and a target equal to the baseline is met or not', async () => {
    const ds = server.services.dataSource;
    const world = await buildWorld(ds);
    const chair = await clientFor(server.url, world.people.chair);
    let data = await chair.data(PROGRESS, { planId: world.plan.id });
    expect(data.commitmentSummary.progress).toEqual({ progress: null, actions: 1, measuredActions: 0 });
    await indicatorOf(world.action.id, world.plan.id, { baseline: 10, target: 10, direction: IndicatorDirection.DOWN_IS_GOOD }, [[-1, 9]]);
    data = await chair.data(PROGRESS, { planId: world.plan.id });
    expect(data.plan.orientations[0].actions[0].progress).toBe(100);
  });

  it('follows progress as it is recorded', async () => {
    const ds = server.services.dataSource;
    const world = await buildWorld(ds);
    const commitment = await buildCommitment(ds, { planId: world.plan.id, actionId: world.action.id, status: S.IN_PROGRESS, progress: 10 });
    const chair = await clientFor(server.url, world.people.chair);
    await chair.data(`mutation ($input: RecordProgressInput!) { recordCommitmentProgress(input: $input) { id } }`, {
      input: { commitmentId: commitment.id, progress: 60 },
    });
    const { commitmentSummary } = await chair.data(PROGRESS, { planId: world.plan.id });
    expect(commitmentSummary.progress.progress).toBe(60);
  });

  it("is refused to people outside the plan, like the rest of the dashboard", async () => {
    const world = await buildWorld(server.services.dataSource);
    const outsider = await clientFor(server.url, world.people.outsider);
    const { errors } = await outsider.request(PROGRESS, { planId: world.plan.id });
    expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe("the dashboard's statements", () => {
  /** A plan of `count` actions over two orientations, each with two partners' commitments and an indicator. */
  async function planWith(count: number) {
    const ds = server.services.dataSource;
    const plan = await buildWorld(ds);
    const second = await buildOrientation(ds, { planId: plan.plan.id });
    for (let index = 0; index < count; index++) {
      const action = index === 0 ? plan.action : await buildAction(ds, { orientationId: index % 2 ? second.id : plan.orientation.id, position: index });
      for (const offset of [-20, 20]) {
        const organization = await buildOrganization(ds);
        await buildCommitment(ds, { planId: plan.plan.id, actionId: action.id, organizationId: organization.id, progress: 30, dueOn: daysFromToday(index + offset) });
      }
      await indicatorOf(action.id, plan.plan.id, {}, [[-10, 3], [-2, 5]]);
    }
    return plan;
  }

  const SUMMARY = `query ($planId: ID!) { commitmentSummary(planId: $planId) {
    total late dueWithin30Days averageProgress byStatus { count }
    byOrganization { organization { name } late } byOrientation { orientation { title } late }
    progress { progress } progressByOrientation { orientation { title } progress }
  } }`;
  const LEDGER = `query ($planId: ID!, $limit: Int!, $sort: CommitmentSort, $late: Boolean) {
    commitments(planId: $planId, limit: $limit, sort: $sort, late: $late) {
      totalCount items { title late organization { name } action { title progress orientation { title } } }
    } }`;
  const ROLL_UP = `query ($planId: ID!) { plan(id: $planId) { orientations { title progress { progress } actions { title progress } } } }`;

  async function statementsFor(plan: World, query: string, variables: Record<string, unknown>) {
    const chair = await clientFor(server.url, plan.people.chair);
    const before = server.statements.count;
    const data = await chair.data(query, { planId: plan.plan.id, ...variables });
    return { statements: server.statements.count - before, data };
  }

  it('takes at most 8 statements for each dashboard query, the same when the data or the page size doubles', async () => {
    const [small, large] = [await planWith(6), await planWith(12)];
    for (const [query, variables] of [
      [SUMMARY, {}],
      [ROLL_UP, {}],
      [LEDGER, { limit: 5 }],
      [LEDGER, { limit: 5, late: true, sort: 'DUE_ON' }],
    ] as const) {
      const base = await statementsFor(small, query, variables);
      const doubled = await statementsFor(large, query, variables);
      expect(base.statements).toBeLessThanOrEqual(8);
      expect(doubled.statements).toBe(base.statements);
      if (query === LEDGER) {
        const doublePage = await statementsFor(large, query, { ...variables, limit: 10 });
        expect(doublePage.data.commitments.items).toHaveLength(10);
        expect(doublePage.data.commitments.items[9].action.progress).toBe(30);
        expect(doublePage.statements).toBe(base.statements);
      }
    }
    const { data } = await statementsFor(large, SUMMARY, {});
    expect(data.commitmentSummary.total).toBe(24);
    expect(data.commitmentSummary.progress.progress).toBe(30);
    expect(data.commitmentSummary.progressByOrientation).toHaveLength(2);
  });
});
