import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemberRole } from '../../server/src/bodies/membership.entity';
import { ApiClient, clientFor } from '../helpers/api-client';
import { daysFromToday } from '../helpers/commitments';
import { buildBody, buildOrganization, buildPerson, buildWorld, seat, type World } from '../helpers/factories';
import {
  ARCHIVE_BUDGET_LINE, ARCHIVE_INDICATOR, ARCHIVE_MILESTONE, BUDGET_LINE, BUDGET_TOTALS, CREATE_BUDGET_LINE, CREATE_INDICATOR,
  CREATE_MILESTONE, INDICATOR, MILESTONE, partnerOfAction, RECORD_MEASUREMENT, UPDATE_BUDGET_LINE, UPDATE_MEASUREMENT, UPDATE_MILESTONE,
} from '../helpers/follow-up';
import { startTestServer, type TestServer } from '../helpers/test-server';

let server: TestServer;
let world: World;
let funderId: string;
/** Everyone with a say, or none, over the follow-up of the world's action. */
let as: Record<
  | 'admin' | 'chair' | 'secretary' | 'otherBodySecretary' | 'partnerMember' | 'partnerObserver' | 'partnerOutsider' | 'leadPartnerMember'
  | 'otherMember' | 'outsider' | 'otherPlanChair' | 'anonymous',
  ApiClient
>;

beforeAll(async () => {
  server = await startTestServer();
  const ds = server.services.dataSource;
  world = await buildWorld(ds);
  const partner = await partnerOfAction(ds, world);
  const lead = await buildOrganization(ds);
  await ds.query('UPDATE actions SET lead_partner_id = $1 WHERE id = $2', [lead.id, world.action.id]);
  funderId = (await buildOrganization(ds)).id;
  const technical = await buildBody(ds, { planId: world.plan.id });
  const otherBodySecretary = await buildPerson(ds);
  await seat(ds, otherBodySecretary, technical, MemberRole.SECRETARY);
  const leadPartnerMember = await buildPerson(ds, { organizationId: lead.id });
  await seat(ds, leadPartnerMember, technical, MemberRole.MEMBER);
  const otherMember = await buildPerson(ds, { organizationId: funderId });
  await seat(ds, otherMember, world.body, MemberRole.MEMBER);
  const partnerOutsider = await buildPerson(ds, { organizationId: partner.id });
  const otherPlan = await buildWorld(ds);
  const people = {
    admin: world.people.admin, chair: world.people.chair, secretary: world.people.secretary, otherBodySecretary,
    partnerMember: world.people.member, partnerObserver: world.people.observer, partnerOutsider, leadPartnerMember, otherMember,
    outsider: world.people.outsider, otherPlanChair: otherPlan.people.chair,
  };
  const clients = await Promise.all(Object.entries(people).map(async ([key, person]) => [key, await clientFor(server.url, person)] as const));
  as = { ...(Object.fromEntries(clients) as typeof as), anonymous: new ApiClient(server.url) };
});
afterAll(() => server.stop());

const refusal = (client: ApiClient) => (client === as.anonymous ? 'UNAUTHENTICATED' : 'FORBIDDEN');
let counter = 0;
const indicatorInput = () => ({ actionId: world.action.id, name: `Bénévoles formés ${++counter}`, baseline: 0, target: 20, direction: 'UP_IS_GOOD' });
const milestoneInput = () => ({ actionId: world.action.id, title: `Étape ${++counter}`, plannedOn: daysFromToday(-5) });
const budgetInput = (year: number) => ({ actionId: world.action.id, funderId, year, planned: '1000.00' });

describe('indicators and measurements', () => {
  it('lets only facilitators of any body of the plan and admins define and archive indicators', async () => {
    for (const client of [as.chair, as.secretary, as.otherBodySecretary, as.admin]) {
      expect((await client.request(CREATE_INDICATOR, { input: indicatorInput() })).errors).toBeUndefined();
    }
    for (const client of [as.partnerMember, as.leadPartnerMember, as.partnerObserver, as.otherMember, as.outsider, as.otherPlanChair, as.anonymous]) {
      expect(await client.errorCode(CREATE_INDICATOR, { input: indicatorInput() })).toBe(refusal(client));
    }
    const { id } = (await as.chair.data(CREATE_INDICATOR, { input: indicatorInput() })).createIndicator;
    expect(await as.partnerMember.errorCode(ARCHIVE_INDICATOR, { id, reason: 'Plus suivi' })).toBe('FORBIDDEN');
  });

  it("lets the action's partners' seated members record and correct measurements, besides facilitators and admins", async () => {
    const { id } = (await as.chair.data(CREATE_INDICATOR, { input: indicatorInput() })).createIndicator;
    let day = 0;
    for (const client of [as.partnerMember, as.leadPartnerMember, as.chair, as.otherBodySecretary, as.admin]) {
      const result = await client.request(RECORD_MEASUREMENT, { input: { indicatorId: id, value: 3, measuredOn: daysFromToday(--day) } });
      expect(result.errors).toBeUndefined();
    }
    const refused = [as.partnerObserver, as.partnerOutsider, as.otherMember, as.outsider, as.otherPlanChair, as.anonymous];
    for (const client of refused) {
      expect(await client.errorCode(RECORD_MEASUREMENT, { input: { indicatorId: id, value: 9, measuredOn: daysFromToday(-30) } })).toBe(refusal(client));
    }
    const { indicator } = await as.chair.data(INDICATOR, { id });
    expect(indicator.measurements).toHaveLength(5);
    expect(indicator.measurements.at(-1).reportedBy.id).toBe(world.people.member.id);
    const measurementId = indicator.measurements[0].id;
    expect((await as.partnerMember.request(UPDATE_MEASUREMENT, { input: { id: measurementId, value: 4 } })).errors).toBeUndefined();
    for (const client of refused) expect(await client.errorCode(UPDATE_MEASUREMENT, { input: { id: measurementId, value: 9 } })).toBe(refusal(client));
  });

  it('lets the plan readers read, each told what they may do, and refuses the others', async () => {
    const { id } = (await as.chair.data(CREATE_INDICATOR, { input: indicatorInput() })).createIndicator;
    const RIGHTS = 'query ($id: ID!) { indicator(id: $id) { id viewerCanRecord viewerCanSteer } }';
    const expected: [ApiClient, boolean, boolean][] = [
      [as.chair, true, true], [as.admin, true, true], [as.partnerMember, true, false], [as.leadPartnerMember, true, false],
      [as.partnerObserver, false, false], [as.otherMember, false, false],
    ];
    for (const [client, viewerCanRecord, viewerCanSteer] of expected) {
      expect((await client.data(RIGHTS, { id })).indicator).toEqual({ id, viewerCanRecord, viewerCanSteer });
    }
    for (const client of [as.outsider, as.partnerOutsider, as.otherPlanChair, as.anonymous]) expect(await client.errorCode(RIGHTS, { id })).toBe(refusal(client));
  });
});

describe('milestones', () => {
  it("lets facilitators plan and reschedule; the action's partners mark done and name who carries it, nothing more", async () => {
    for (const client of [as.partnerMember, as.partnerObserver, as.otherMember, as.outsider, as.anonymous]) {
      expect(await client.errorCode(CREATE_MILESTONE, { input: milestoneInput() })).toBe(refusal(client));
    }
    const { id } = (await as.secretary.data(CREATE_MILESTONE, { input: milestoneInput() })).createMilestone;
    const done = { id, doneOn: daysFromToday(-1), responsibleId: world.people.member.id };
    for (const client of [as.partnerObserver, as.partnerOutsider, as.otherMember, as.outsider, as.otherPlanChair, as.anonymous]) {
      expect(await client.errorCode(UPDATE_MILESTONE, { input: done })).toBe(refusal(client));
    }
    expect(await as.partnerMember.errorCode(UPDATE_MILESTONE, { input: { id, plannedOn: daysFromToday(10) } })).toBe('FORBIDDEN');
    expect(await as.partnerMember.errorCode(UPDATE_MILESTONE, { input: { id, title: 'Autre étape' } })).toBe('FORBIDDEN');
    expect(await as.partnerMember.errorCode(ARCHIVE_MILESTONE, { id, reason: 'Inutile' })).toBe('FORBIDDEN');
    const { updateMilestone } = await as.partnerMember.data(UPDATE_MILESTONE, { input: done });
    expect(updateMilestone).toMatchObject({ doneOn: daysFromToday(-1), late: false, responsible: { id: world.people.member.id } });
    const RIGHTS = 'query ($id: ID!) { milestone(id: $id) { viewerCanReport } }';
    expect((await as.leadPartnerMember.data(RIGHTS, { id })).milestone.viewerCanReport).toBe(true);
    expect((await as.partnerObserver.data(RIGHTS, { id })).milestone.viewerCanReport).toBe(false);
    expect(await as.outsider.errorCode(MILESTONE, { id })).toBe('FORBIDDEN');
  });
});

describe('budget lines', () => {
  it('lets only facilitators and admins enter, change and archive them; the plan readers read them and their totals', async () => {
    for (const [index, client] of [as.chair, as.otherBodySecretary, as.admin].entries()) {
      expect((await client.request(CREATE_BUDGET_LINE, { input: budgetInput(2021 + index) })).errors).toBeUndefined();
    }
    for (const client of [as.partnerMember, as.leadPartnerMember, as.partnerObserver, as.otherMember, as.outsider, as.anonymous]) {
      expect(await client.errorCode(CREATE_BUDGET_LINE, { input: budgetInput(2024) })).toBe(refusal(client));
    }
    const { id } = (await as.chair.data(CREATE_BUDGET_LINE, { input: budgetInput(2025) })).createBudgetLine;
    expect(await as.partnerMember.errorCode(UPDATE_BUDGET_LINE, { input: { id, spent: '10' } })).toBe('FORBIDDEN');
    expect(await as.partnerMember.errorCode(ARCHIVE_BUDGET_LINE, { id, reason: 'Erreur' })).toBe('FORBIDDEN');
    for (const client of [as.partnerObserver, as.otherMember]) {
      expect((await client.data(BUDGET_LINE, { id })).budgetLine.viewerCanSteer).toBe(false);
      expect((await client.data(BUDGET_TOTALS, { planId: world.plan.id })).budgetTotals.lineCount).toBe(4);
    }
    for (const client of [as.outsider, as.otherPlanChair, as.anonymous]) {
      expect(await client.errorCode(BUDGET_LINE, { id })).toBe(refusal(client));
      expect(await client.errorCode(BUDGET_TOTALS, { planId: world.plan.id })).toBe(refusal(client));
    }
  });
});
