import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoData } from '../../server/src/demo/load-demo-data';
import { type ApiClient, clientFor } from '../helpers/api-client';
import { BUDGET_TOTALS } from '../helpers/follow-up';
import { startTestServer, type TestServer } from '../helpers/test-server';

let server: TestServer;
let admin: ApiClient;
let plans: { id: string; title: string; territory: { name: string } }[];

beforeAll(async () => {
  server = await startTestServer();
  await loadDemoData(server.services.dataSource);
  admin = await clientFor(server.url, { email: 'admin@trame.test' }, 'trame-admin-2026');
  plans = (await admin.data('{ plans { items { id title territory { name } } } }')).plans.items;
});
afterAll(() => server.stop());

const planOf = (territory: string) => plans.find((plan) => plan.territory.name === territory)!;

describe('the Lille plan 2002–2006', () => {
  it('adds up to €1,220,000, of which €534,000 from the City and the rest from the State, the Caisse des Dépôts, the Région and the Département', async () => {
    const { budgetTotals } = await admin.data(BUDGET_TOTALS, { planId: planOf('Ville de Lille').id });
    expect(budgetTotals).toMatchObject({ planned: '1220000.00', committed: '1220000.00', spent: '1220000.00' });
    const byFunder = Object.fromEntries(budgetTotals.byFunder.map((total: { funder: { name: string }; planned: string }) => [total.funder.name, total.planned]));
    expect(byFunder).toEqual({
      'Ville de Lille': '534000.00',
      'Région Hauts-de-France': '196000.00',
      'État — services déconcentrés': '180000.00',
      'Département du Nord': '160000.00',
      'Caisse des Dépôts — Banque des Territoires': '150000.00',
    });
    expect(budgetTotals.byYear.map((total: { year: number; planned: string }) => [total.year, total.planned])).toEqual(
      [2002, 2003, 2004, 2005, 2006].map((year) => [year, '244000.00']),
    );
    expect(budgetTotals.byOrientation.map((total: { planned: string }) => total.planned)).toEqual(['970000.00', '250000.00']);
  });
});

describe('the Pas-de-Calais portraits', () => {
  it('hold the project sheet steps from April 2014 to the first half of 2015, with their pilots, on the timeline', async () => {
    const TIMELINE = `query ($planId: ID!) { planTimeline(planId: $planId) { from to lateCount
      actions { action { title partners { acronym } } milestones { plannedOn doneOn late responsible { displayName } } } } }`;
    const { planTimeline } = await admin.data(TIMELINE, { planId: planOf('Département du Pas-de-Calais').id });
    const [row] = planTimeline.actions;
    expect(row.action.title).toBe("Portrait prospectif territorial de l'Économie Sociale et Solidaire");
    expect(row.milestones).toHaveLength(8);
    expect(row.milestones[0].plannedOn).toBe('2014-04-30');
    expect(row.milestones.at(-1)).toMatchObject({ plannedOn: '2015-06-30', late: false, responsible: { displayName: 'Isabelle Vandewalle' } });
    expect(row.milestones.every((milestone: { doneOn: string | null }) => milestone.doneOn !== null)).toBe(true);
    expect(planTimeline.lateCount).toBe(0);
  });
});

describe('the Valenciennes follow-up', () => {
  it('has indicators with measurements in both directions and one not measured yet, late milestones, and budgets', async () => {
    const chair = await clientFor(server.url, { email: 'presidence@trame.test' }, 'trame-presidence-2026');
    const { planId } = { planId: planOf('Valenciennes Métropole').id };
    const FOLLOW_UP = `query ($id: ID!) { plan(id: $id) { orientations { actions { indicators { direction attainment measurements { value } history { kind } } } } } }`;
    const { plan } = await chair.data(FOLLOW_UP, { id: planId });
    const indicators = plan.orientations.flatMap((o: { actions: { indicators: unknown[] }[] }) => o.actions.flatMap((a) => a.indicators));
    expect(indicators.length).toBeGreaterThanOrEqual(5);
    expect(indicators.find((i: { direction: string }) => i.direction === 'DOWN_IS_GOOD')).toMatchObject({ attainment: 0.6 });
    expect(indicators.some((i: { attainment: number | null }) => i.attainment === null)).toBe(true);
    expect(indicators.every((i: { history: { kind: string }[] }) => i.history.at(-1)!.kind === 'CREATED')).toBe(true);
    const { planTimeline } = await chair.data('query ($planId: ID!) { planTimeline(planId: $planId) { lateCount } }', { planId });
    expect(planTimeline.lateCount).toBeGreaterThanOrEqual(3);
    const { budgetTotals } = await chair.data(BUDGET_TOTALS, { planId });
    // With the yearly review's lines of its last full year and the one before (eight lines, €276,000 planned).
    expect(budgetTotals).toMatchObject({ planned: '589000.00', lineCount: 17 });
    const member = await clientFor(server.url, { email: 'membre@trame.test' }, 'trame-membre-2026');
    const MINE = `query ($id: ID!) { plan(id: $id) { orientations { actions { indicators { name viewerCanRecord } } } } }`;
    const mine = (await member.data(MINE, { id: planId })).plan.orientations.flatMap((o: { actions: { indicators: unknown[] }[] }) => o.actions.flatMap((a) => a.indicators));
    expect(mine.filter((i: { viewerCanRecord: boolean }) => i.viewerCanRecord).map((i: { name: string }) => i.name)).toEqual(['Bénévoles engagés via la plateforme']);
  });
});
