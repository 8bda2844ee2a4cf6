import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, clientFor } from '../helpers/api-client';
import { buildPlan, buildWorld, type World } from '../helpers/factories';
import { startTestServer, type TestServer } from '../helpers/test-server';

let server: TestServer;
let world: World;

beforeAll(async () => {
  server = await startTestServer();
  world = await buildWorld(server.services.dataSource);
});
afterAll(() => server.stop());

const PLAN = `query ($id: ID!) { plan(id: $id) { id title version viewerCanEdit territory { name } orientations { id title actions { id } } bodies { id } } }`;
const UPDATE = `mutation ($input: UpdatePlanInput!) { updatePlan(input: $input) { id title version summary } }`;

describe('reading plans', () => {
  it('refuses an anonymous visitor with UNAUTHENTICATED', async () => {
    const anonymous = new ApiClient(server.url);
    const result = await anonymous.request('{ plans { totalCount } }');
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(result.errors?.[0].message).toMatch(/connecté/);
  });

  it('lists only the plans of the bodies one sits in', async () => {
    await buildPlan(server.services.dataSource);
    const member = await clientFor(server.url, world.people.member);
    const { plans } = await member.data('{ plans { totalCount hasMore items { id } } }');
    expect(plans).toEqual({ totalCount: 1, hasMore: false, items: [{ id: world.plan.id }] });
    const outsider = await clientFor(server.url, world.people.outsider);
    expect((await outsider.data('{ plans { totalCount } }')).plans.totalCount).toBe(0);
  });

  it('lets admins list every plan, page by page', async () => {
    const admin = await clientFor(server.url, world.people.admin);
    const first = (await admin.data('{ plans(limit: 1) { totalCount hasMore items { id } } }')).plans;
    expect(first.totalCount).toBeGreaterThanOrEqual(2);
    expect(first.hasMore).toBe(true);
    const second = (await admin.data('{ plans(limit: 1, offset: 1) { items { id } } }')).plans;
    expect(second.items[0].id).not.toBe(first.items[0].id);
  });

  it('filters by title and by territory', async () => {
    const admin = await clientFor(server.url, world.people.admin);
    const byTitle = await admin.data('query ($s: String) { plans(search: $s) { items { id } } }', { s: world.plan.title });
    expect(byTitle.plans.items).toEqual([{ id: world.plan.id }]);
    const byTerritory = await admin.data('query ($t: ID) { plans(territoryId: $t) { items { id } } }', { t: world.plan.territoryId });
    expect(byTerritory.plans.items).toEqual([{ id: world.plan.id }]);
  });

  it('refuses a page size out of bounds with BAD_USER_INPUT', async () => {
    const admin = await clientFor(server.url, world.people.admin);
    expect(await admin.errorCode('{ plans(limit: 5000) { totalCount } }')).toBe('BAD_USER_INPUT');
  });

  it('shows a plan with its parts to a member, and says they may not edit it', async () => {
    const member = await clientFor(server.url, world.people.member);
    const { plan } = await member.data(PLAN, { id: world.plan.id });
    expect(plan.viewerCanEdit).toBe(false);
    expect(plan.orientations).toEqual([{ id: world.orientation.id, title: world.orientation.title, actions: [{ id: world.action.id }] }]);
    expect(plan.bodies).toEqual([{ id: world.body.id }]);
  });

  it('answers FORBIDDEN to someone outside the plan and NOT_FOUND to unknown or malformed ids', async () => {
    const outsider = await clientFor(server.url, world.people.outsider);
    expect(await outsider.errorCode(PLAN, { id: world.plan.id })).toBe('FORBIDDEN');
    expect(await outsider.errorCode(PLAN, { id: '00000000-0000-4000-8000-000000000000' })).toBe('NOT_FOUND');
    expect(await outsider.errorCode(PLAN, { id: 'not-an-id' })).toBe('NOT_FOUND');
  });
});

describe('changing plans', () => {
  it('lets the chair and the secretary edit, and refuses members and observers', async () => {
    const chair = await clientFor(server.url, world.people.chair);
    const { updatePlan } = await chair.data(UPDATE, { input: { id: world.plan.id, summary: 'Revu en comité' } });
    expect(updatePlan.summary).toBe('Revu en comité');
    const secretary = await clientFor(server.url, world.people.secretary);
    await secretary.data(UPDATE, { input: { id: world.plan.id, summary: 'Revu par le secrétariat' } });
    for (const person of [world.people.member, world.people.observer, world.people.outsider]) {
      const client = await clientFor(server.url, person);
      expect(await client.errorCode(UPDATE, { input: { id: world.plan.id, summary: 'Non' } })).toBe('FORBIDDEN');
    }
    const admin = await clientFor(server.url, world.people.admin);
    expect((await admin.data(PLAN, { id: world.plan.id })).plan.title).toBe(world.plan.title);
  });

  it('refuses a stale write with CONFLICT and keeps the stored text', async () => {
    const chair = await clientFor(server.url, world.people.chair);
    const { plan } = await chair.data(PLAN, { id: world.plan.id });
    await chair.data(UPDATE, { input: { id: plan.id, expectedVersion: plan.version, title: 'Titre de Claire' } });
    const stale = await chair.request(UPDATE, { input: { id: plan.id, expectedVersion: plan.version, title: 'Titre périmé' } });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(stale.errors?.[0].message).toMatch(/modifié/);
    expect((await chair.data(PLAN, { id: plan.id })).plan.title).toBe('Titre de Claire');
  });

  it('refuses bad input with BAD_USER_INPUT and a readable message', async () => {
    const chair = await clientFor(server.url, world.people.chair);
    const tooLong = await chair.request(UPDATE, { input: { id: world.plan.id, title: 'x'.repeat(201) } });
    expect(tooLong.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(tooLong.errors?.[0].message).toMatch(/title/);
    const backwards = await chair.request(UPDATE, { input: { id: world.plan.id, startYear: 2030, endYear: 2020 } });
    expect(backwards.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(backwards.errors?.[0].message).toMatch(/année de fin/);
  });

  it('lets only admins create and archive plans', async () => {
    const input = { territoryId: world.plan.territoryId, title: 'PLDESS 2027–2032', startYear: 2027, endYear: 2032 };
    const CREATE = `mutation ($input: CreatePlanInput!) { createPlan(input: $input) { id status kind } }`;
    const chair = await clientFor(server.url, world.people.chair);
    expect(await chair.errorCode(CREATE, { input })).toBe('FORBIDDEN');
    const admin = await clientFor(server.url, world.people.admin);
    const { createPlan } = await admin.data(CREATE, { input });
    expect(createPlan).toMatchObject({ status: 'DRAFT', kind: 'PLDESS' });
    expect(await admin.errorCode(CREATE, { input: { ...input, territoryId: '00000000-0000-4000-8000-000000000000' } })).toBe('NOT_FOUND');
    expect(await chair.errorCode(`mutation ($id: ID!) { archivePlan(id: $id) { id } }`, { id: createPlan.id })).toBe('FORBIDDEN');
    const { archivePlan } = await admin.data(`mutation ($id: ID!) { archivePlan(id: $id) { id archivedAt } }`, { id: createPlan.id });
    expect(archivePlan.archivedAt).not.toBeNull();
  });
});
