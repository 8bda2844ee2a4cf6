import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BudgetLine } from '../../server/src/budget/budget-line.entity';
import { Indicator, IndicatorDirection } from '../../server/src/indicators/indicator.entity';
import { Measurement } from '../../server/src/indicators/measurement.entity';
import { Milestone } from '../../server/src/milestones/milestone.entity';
import { clientFor } from '../helpers/api-client';
import { buildCommitment, daysFromToday } from '../helpers/commitments';
import { buildAction, buildOrganization, buildOrientation, buildPerson, buildWorld, type World } from '../helpers/factories';
import { startTestServer, type TestServer } from '../helpers/test-server';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const PLAN_FOLLOW_UP = `query ($id: ID!) { plan(id: $id) { orientations { actions {
  indicators { name latestValue attainment latestMeasurement { measuredOn } measurements { value reportedBy { displayName } } history { kind } }
  budgetLines { planned funder { name } history { kind } }
  milestones { title late responsible { displayName } history { kind } }
} } } }`;

const TIMELINE = `query ($planId: ID!) { planTimeline(planId: $planId) {
  actions { action { title orientation { number } } milestones { late responsible { displayName } } commitments { late organization { name } } }
} }`;

/** A plan whose every action has two indicators with measurements, a budget line of its own funder and a milestone carried by its own person. */
async function planWith(actionCount: number) {
  const ds = server.services.dataSource;
  const plan = await buildWorld(ds);
  const second = await buildOrientation(ds, { planId: plan.plan.id });
  for (let index = 0; index < actionCount; index++) {
    const action = index === 0 ? plan.action : await buildAction(ds, { orientationId: index % 2 ? second.id : plan.orientation.id, position: index });
    for (const name of ['Participants', 'Structures']) {
      const indicator = await ds.getRepository(Indicator).save({
        planId: plan.plan.id, actionId: action.id, name, baseline: 0, target: 10, direction: IndicatorDirection.UP_IS_GOOD,
      });
      for (const days of [-20, -10]) {
        await ds.getRepository(Measurement).save({ indicatorId: indicator.id, measuredOn: daysFromToday(days), value: 3, reportedById: plan.people.member.id });
      }
    }
    const funder = await buildOrganization(ds);
    await ds.getRepository(BudgetLine).save({ planId: plan.plan.id, actionId: action.id, funderId: funder.id, year: 2022, planned: '100.00' });
    const pilot = await buildPerson(ds);
    await ds.getRepository(Milestone).save({ planId: plan.plan.id, actionId: action.id, title: 'Étape', plannedOn: daysFromToday(-index), responsibleId: pilot.id });
    await buildCommitment(ds, { planId: plan.plan.id, actionId: action.id, dueOn: daysFromToday(index - 3) });
  }
  return plan;
}

async function statementsFor(plan: World, query: string, variables: Record<string, unknown>) {
  const chair = await clientFor(server.url, plan.people.chair);
  const before = server.statements.count;
  const data = await chair.data(query, variables);
  return { statements: server.statements.count - before, data };
}

describe('follow-up lists cost a fixed number of SQL statements', () => {
  it("reads every action's indicators, measurements, budget lines and milestones in the same number of statements when the plan doubles", async () => {
    const [small, large] = [await planWith(4), await planWith(8)];
    const base = await statementsFor(small, PLAN_FOLLOW_UP, { id: small.plan.id });
    const doubled = await statementsFor(large, PLAN_FOLLOW_UP, { id: large.plan.id });
    const actions = doubled.data.plan.orientations.flatMap((orientation: { actions: unknown[] }) => orientation.actions);
    expect(actions).toHaveLength(8);
    expect(actions[7].indicators[1]).toMatchObject({ latestValue: 3, attainment: 0.3, measurements: [{ value: 3 }, { value: 3 }] });
    expect(actions[7].budgetLines[0].funder.name).toBeTruthy();
    expect(actions[7].milestones[0].responsible.displayName).toBeTruthy();
    expect(doubled.statements).toBe(base.statements);
    // Sign-in roles, event position, plan, orientations, actions, then one batch per list and
    // per level of people, funders and histories.
    expect(base.statements).toBeLessThanOrEqual(17);
  });

  it('draws the timeline in the same number of statements when the plan doubles', async () => {
    const [small, large] = [await planWith(4), await planWith(8)];
    const base = await statementsFor(small, TIMELINE, { planId: small.plan.id });
    const doubled = await statementsFor(large, TIMELINE, { planId: large.plan.id });
    expect(doubled.data.planTimeline.actions).toHaveLength(8);
    expect(doubled.data.planTimeline.actions.flatMap((row: { milestones: unknown[] }) => row.milestones)).toHaveLength(8);
    expect(doubled.statements).toBe(base.statements);
    expect(base.statements).toBeLessThanOrEqual(8);
  });
});
