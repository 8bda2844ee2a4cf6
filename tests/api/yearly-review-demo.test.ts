import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoData } from '../../server/src/demo/load-demo-data';
import { clientFor } from '../helpers/api-client';
import { BUDGET_TOTALS } from '../helpers/follow-up';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { COMPILED, REVIEW } from '../helpers/yearly-review';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
  await loadDemoData(server.services.dataSource);
});
afterAll(() => server.stop());

describe("Valenciennes' yearly review (demo data)", () => {
  it('covers the last full year: partners submitted, one draft (the association) and one not started (the mutual society)', async () => {
    const secretary = await clientFor(server.url, { email: 'secretariat@trame.test' }, 'trame-secretariat-2026');
    const { plans } = await secretary.data('{ plans { items { id territory { name } } } }');
    const planId = plans.items.find((plan: { territory: { name: string } }) => plan.territory.name === 'Valenciennes Métropole')!.id;
    const year = Math.min(new Date().getFullYear() - 1, 2026);
    const { yearlyReview } = await secretary.data(REVIEW, { planId, year });
    const statusOf = (name: string) => yearlyReview.reports.find((report: { organization: { name: string } }) => report.organization.name === name)?.status;
    expect(statusOf('Association Les Jardins Solidaires')).toBe('DRAFT');
    expect(statusOf('Mutuelle du Hainaut')).toBe('NOT_STARTED');
    expect(statusOf('Valenciennes Métropole')).toBe('SUBMITTED');
    expect(yearlyReview.completeness).toMatchObject({ draft: 1, notStarted: 1 });
    expect(yearlyReview.completeness.submitted).toBeGreaterThanOrEqual(3);
    const { compiled } = (await secretary.data(COMPILED, { planId, year })).yearlyReview;
    const { budgetTotals } = await secretary.data(BUDGET_TOTALS, { planId, year });
    expect(compiled.budget).toMatchObject({ planned: budgetTotals.planned, spent: budgetTotals.spent });
    expect(Number(compiled.budget.spent)).toBeGreaterThan(0);
    expect(Number(compiled.budget.previousSpent)).toBeGreaterThan(0);
    const narratives = compiled.orientations.flatMap((orientation: { actions: { narratives: { text: string }[] }[] }) => orientation.actions.flatMap((action) => action.narratives));
    expect(narratives.map((narrative: { text: string }) => narrative.text)).toContain('Trois rencontres ESS–entreprises organisées avec la CCI et la CRESS, 105 participants au total.');
    const member = await clientFor(server.url, { email: 'membre@trame.test' }, 'trame-membre-2026');
    const draft = (await member.data(REVIEW, { planId, year })).yearlyReview.reports.find((report: { status: string }) => report.status === 'DRAFT');
    expect(draft.viewerCanFill).toBe(true);
  });
});
