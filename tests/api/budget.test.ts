import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, clientFor } from '../helpers/api-client';
import { buildAction, buildOrganization, buildOrientation, buildWorld, type World } from '../helpers/factories';
import { ARCHIVE_BUDGET_LINE, BUDGET_LINE, BUDGET_TOTALS, CREATE_BUDGET_LINE, UPDATE_BUDGET_LINE } from '../helpers/follow-up';
import { startTestServer, type TestServer } from '../helpers/test-server';

let server: TestServer;
let world: World;
let chair: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  world = await buildWorld(server.services.dataSource);
  chair = await clientFor(server.url, world.people.chair);
});
afterAll(() => server.stop());

const line = async (input: Record<string, unknown>) => (await chair.data(CREATE_BUDGET_LINE, { input })).createBudgetLine;

describe('budget totals', () => {
  it('sums exactly per plan, orientation, action, funder and year, leaving archived lines and actions out', async () => {
    const ds = server.services.dataSource;
    const plan = await buildWorld(ds);
    const facilitator = await clientFor(server.url, plan.people.chair);
    const add = async (input: Record<string, unknown>) => (await facilitator.data(CREATE_BUDGET_LINE, { input })).createBudgetLine;
    const second = await buildOrientation(ds, { planId: plan.plan.id });
    const other = await buildAction(ds, { orientationId: second.id });
    const gone = await buildAction(ds, { orientationId: second.id });
    const [city, region] = [await buildOrganization(ds), await buildOrganization(ds)];
    await add({ actionId: plan.action.id, funderId: city.id, year: 2021, planned: '0.10', committed: '0.10', spent: 0.1 });
    await add({ actionId: plan.action.id, funderId: city.id, year: 2022, planned: '0.20', committed: '0.20' });
    await add({ actionId: other.id, funderId: region.id, year: 2022, planned: '1000000.05', spent: '250000' });
    const mistake = await add({ actionId: other.id, funderId: city.id, year: 2022, planned: '999' });
    await facilitator.data(ARCHIVE_BUDGET_LINE, { id: mistake.id, reason: 'Saisie en double' });
    await add({ actionId: gone.id, funderId: city.id, year: 2022, planned: '500' });
    await ds.query('UPDATE actions SET archived_at = now() WHERE id = $1', [gone.id]);

    const { budgetTotals } = await facilitator.data(BUDGET_TOTALS, { planId: plan.plan.id });
    expect(budgetTotals).toMatchObject({ planned: '1000000.35', committed: '0.30', spent: '250000.10', lineCount: 3, year: null });
    expect(budgetTotals.byOrientation).toEqual([
      { orientation: { id: plan.orientation.id, number: 1 }, planned: '0.30', committed: '0.30', spent: '0.10', lineCount: 2 },
      { orientation: { id: second.id, number: 2 }, planned: '1000000.05', committed: '0.00', spent: '250000.00', lineCount: 1 },
    ]);
    expect(budgetTotals.byAction.map((total: { action: { id: string }; planned: string }) => [total.action.id, total.planned])).toEqual([
      [plan.action.id, '0.30'],
      [other.id, '1000000.05'],
    ]);
    expect(budgetTotals.byFunder.map((total: { funder: { id: string }; planned: string }) => [total.funder.id, total.planned])).toEqual([
      [region.id, '1000000.05'],
      [city.id, '0.30'],
    ]);
    expect(budgetTotals.byYear.map((total: { year: number; planned: string }) => [total.year, total.planned])).toEqual([
      [2021, '0.10'],
      [2022, '1000000.25'],
    ]);
    const { budgetTotals: year2021 } = await facilitator.data(BUDGET_TOTALS, { planId: plan.plan.id, year: 2021 });
    expect(year2021).toMatchObject({ year: 2021, planned: '0.10', lineCount: 1, byFunder: [{ funder: { id: city.id } }] });
  });

  it('reads zero for a plan without lines', async () => {
    const plan = await buildWorld(server.services.dataSource);
    const facilitator = await clientFor(server.url, plan.people.chair);
    const { budgetTotals } = await facilitator.data(BUDGET_TOTALS, { planId: plan.plan.id });
    expect(budgetTotals).toEqual({
      planned: '0.00', committed: '0.00', spent: '0.00', lineCount: 0, year: null, byOrientation: [], byAction: [], byFunder: [], byYear: [],
    });
  });
});

describe('budget lines', () => {
  it('take amounts as decimal text or numbers with two decimals at most, and give them back as text with two decimals', async () => {
    const funderId = (await buildOrganization(server.services.dataSource)).id;
    const created = await line({ actionId: world.action.id, funderId, year: 2023, planned: 1234.5, committed: '1234', spent: '0.05' });
    expect(created).toMatchObject({ planned: '1234.50', committed: '1234.00', spent: '0.05', note: '' });
    const base = { actionId: world.action.id, funderId, year: 2024 };
    for (const planned of ['12.345', 'douze', '1e3', '', 12.345, '1234567890123']) {
      expect(await chair.errorCode(CREATE_BUDGET_LINE, { input: { ...base, planned } })).toBe('BAD_USER_INPUT');
    }
    expect(await chair.errorCode(CREATE_BUDGET_LINE, { input: { ...base, planned: '-5' } })).toBe('BAD_USER_INPUT');
    expect(await chair.errorCode(CREATE_BUDGET_LINE, { input: { ...base, planned: '5', spent: '-0.01' } })).toBe('BAD_USER_INPUT');
  });

  it("refuses a year outside the plan's period, a second line for the same action, funder and year, and unknown funders", async () => {
    const funderId = (await buildOrganization(server.services.dataSource)).id;
    const base = { actionId: world.action.id, funderId, planned: '100' };
    expect(await chair.errorCode(CREATE_BUDGET_LINE, { input: { ...base, year: world.plan.endYear + 1 } })).toBe('BAD_USER_INPUT');
    expect(await chair.errorCode(CREATE_BUDGET_LINE, { input: { ...base, year: world.plan.startYear - 1 } })).toBe('BAD_USER_INPUT');
    const { id } = await line({ ...base, year: 2021 });
    const duplicate = await chair.request(CREATE_BUDGET_LINE, { input: { ...base, year: 2021 } });
    expect(duplicate.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: 'Ce financeur a déjà une ligne budgétaire pour cette action et cette année.' });
    expect(await chair.errorCode(UPDATE_BUDGET_LINE, { input: { id, year: 1999 } })).toBe('BAD_USER_INPUT');
    expect(await chair.errorCode(CREATE_BUDGET_LINE, { input: { ...base, year: 2022, funderId: '7b0c6a56-1111-4f7e-9a59-3c1f6f0b0a11' } })).toBe('NOT_FOUND');
  });

  it('keeps every change in the history, old → new, and an archived line no longer changes', async () => {
    const funderId = (await buildOrganization(server.services.dataSource)).id;
    const { id } = await line({ actionId: world.action.id, funderId, year: 2025, planned: '5000' });
    await chair.data(UPDATE_BUDGET_LINE, { input: { id, committed: '4500', spent: '1200.5', note: 'Convention signée', expectedVersion: 1 } });
    expect(await chair.errorCode(UPDATE_BUDGET_LINE, { input: { id, spent: '1300', expectedVersion: 1 } })).toBe('CONFLICT');
    await chair.data(ARCHIVE_BUDGET_LINE, { id, reason: 'Ligne reprise dans une autre action' });
    expect(await chair.errorCode(UPDATE_BUDGET_LINE, { input: { id, spent: '1300' } })).toBe('CONFLICT');
    const { budgetLine } = await chair.data(BUDGET_LINE, { id });
    expect(budgetLine.history.map((change: { kind: string }) => change.kind)).toEqual(['ARCHIVED', 'UPDATED', 'CREATED']);
    expect(budgetLine.history[1]).toMatchObject({
      actor: { id: world.people.chair.id },
      diff: [
        { field: 'committed', oldValue: '0.00', newValue: '4500.00' },
        { field: 'spent', oldValue: '0.00', newValue: '1200.50' },
        { field: 'note', oldValue: '', newValue: 'Convention signée' },
      ],
    });
    const { action } = await chair.data('query ($id: ID!) { action(id: $id) { budgetLines { id } } }', { id: world.action.id });
    expect(action.budgetLines.map((item: { id: string }) => item.id)).not.toContain(id);
  });
});
