import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, clientFor } from '../helpers/api-client';
import { buildCommitment } from '../helpers/commitments';
import { buildOrganization, buildPerson } from '../helpers/factories';
import { BUDGET_TOTALS } from '../helpers/follow-up';
import { startTestServer, type TestServer } from '../helpers/test-server';
import {
  buildReviewWorld, COMPILED, OPEN_REVIEW, REOPEN_REPORT, REPORT, REVIEW, type ReviewWorld, SAVE_REPORT, SUBMIT_REPORT,
} from '../helpers/yearly-review';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

type Role = 'admin' | 'chair' | 'secretary' | 'member' | 'observer' | 'outsider';
async function setUp() {
  const world = await buildReviewWorld(server.services.dataSource);
  const as = {} as Record<Role, ApiClient>;
  for (const role of ['admin', 'chair', 'secretary', 'member', 'observer', 'outsider'] as Role[]) as[role] = await clientFor(server.url, world.people[role]);
  const open = async (year = 2024) => (await as.secretary.data(OPEN_REVIEW, { planId: world.plan.id, year })).openYearlyReview;
  const reportOf = (review: { reports: { id: string; organization: { id: string } }[] }, organizationId: string) =>
    review.reports.find((report) => report.organization.id === organizationId)!;
  return { world, as, open, reportOf };
}

const UNKNOWN = '7b0c6a56-1111-4f7e-9a59-3c1f6f0b0a11';

describe('opening the yearly review', () => {
  it('gives each partner of the plan a report, and opening again returns the same review, adding only new partners', async () => {
    const { world, as, open, reportOf } = await setUp();
    const review = await open();
    expect(review.reports.map((report: { organization: { id: string }; status: string }) => [report.organization.id, report.status])).toEqual([
      [world.partnerA.id, 'NOT_STARTED'],
      [world.partnerB.id, 'NOT_STARTED'],
    ]);
    expect(review.completeness).toEqual({ total: 2, submitted: 0, draft: 0, notStarted: 2 });
    const draft = reportOf(review, world.partnerA.id);
    await as.member.data(SAVE_REPORT, { input: { id: draft.id, comments: 'Année dense' } });
    const newcomer = await buildOrganization(server.services.dataSource);
    await buildCommitment(server.services.dataSource, { planId: world.plan.id, actionId: world.other.id, organizationId: newcomer.id });
    const again = await open();
    expect(again.id).toBe(review.id);
    expect(again.reports).toHaveLength(3);
    expect(reportOf(again, world.partnerA.id)).toMatchObject({ id: draft.id, status: 'DRAFT', comments: 'Année dense' });
    const [{ count }] = await server.services.dataSource.query('SELECT count(*)::int AS count FROM yearly_reviews WHERE plan_id = $1', [world.plan.id]);
    expect(count).toBe(1);
  });

  it('prefills each report from the ledger: its actions, the notes of its progress that year, its commitments, budget lines of the year and indicators', async () => {
    const { world, as, open, reportOf } = await setUp();
    const review = await open();
    const { partnerReport } = await as.member.data(REPORT, { id: reportOf(review, world.partnerA.id).id });
    expect(partnerReport.sections).toHaveLength(1);
    const [section] = partnerReport.sections;
    expect(section).toMatchObject({ actionId: world.action.id, text: 'Animer le réseau : Deuxième rencontre\nTenir trois rencontres : Trois rencontres tenues' });
    expect(section.commitments.map((commitment: { id: string }) => commitment.id).sort()).toEqual([world.commitments.done.id, world.commitments.running.id].sort());
    expect(section.budgetLines).toEqual([{ id: expect.any(String), year: 2024, spent: '6000.50' }]);
    expect(section.indicators).toEqual([{ id: world.indicator.id, latestValue: 35 }]);
    const { partnerReport: b } = await as.member.data(REPORT, { id: reportOf(review, world.partnerB.id).id });
    expect(b.sections.map((entry: { actionId: string; text: string }) => [entry.actionId, entry.text])).toEqual([[world.action.id, ''], [world.other.id, '']]);
    expect(b.sections[1].budgetLines).toHaveLength(1);
  });

  it('is for facilitators and admins only, for a known plan and a year of its period', async () => {
    const { world, as } = await setUp();
    const planId = world.plan.id;
    for (const role of ['member', 'observer', 'outsider'] as Role[]) expect(await as[role].errorCode(OPEN_REVIEW, { planId, year: 2024 })).toBe('FORBIDDEN');
    expect(await new ApiClient(server.url).errorCode(OPEN_REVIEW, { planId, year: 2024 })).toBe('UNAUTHENTICATED');
    expect(await as.chair.errorCode(OPEN_REVIEW, { planId: UNKNOWN, year: 2024 })).toBe('NOT_FOUND');
    expect(await as.chair.errorCode(OPEN_REVIEW, { planId: 'pas-un-id', year: 2024 })).toBe('NOT_FOUND');
    for (const year of [2020, 2027]) {
      const result = await as.chair.request(OPEN_REVIEW, { planId, year });
      expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: 'Le plan couvre les années 2021 à 2026.' });
    }
    for (const role of ['chair', 'admin'] as Role[]) expect((await as[role].data(OPEN_REVIEW, { planId, year: 2023 })).openYearlyReview.year).toBe(2023);
  });

  it('is read by the plan\'s readers, observers included, and NOT_FOUND for a year not opened', async () => {
    const { world, as, open } = await setUp();
    await open();
    const { yearlyReview } = await as.observer.data(REVIEW, { planId: world.plan.id, year: 2024 });
    expect(yearlyReview).toMatchObject({ year: 2024, viewerCanManage: false });
    expect(yearlyReview.reports.every((report: { viewerCanFill: boolean }) => !report.viewerCanFill)).toBe(true);
    expect(await as.outsider.errorCode(REVIEW, { planId: world.plan.id, year: 2024 })).toBe('FORBIDDEN');
    expect(await as.outsider.errorCode(REPORT, { id: yearlyReview.reports[0].id })).toBe('FORBIDDEN');
    expect(await as.chair.errorCode(REVIEW, { planId: world.plan.id, year: 2025 })).toBe('NOT_FOUND');
    expect(await as.chair.errorCode(REPORT, { id: UNKNOWN })).toBe('NOT_FOUND');
  });
});

describe('filling, submitting and reopening a report', () => {
  it("lets the partner's own members and the facilitators fill it; observers, other partners and outsiders are refused", async () => {
    const { world, as, open, reportOf } = await setUp();
    const review = await open();
    const a = reportOf(review, world.partnerA.id);
    const b = reportOf(review, world.partnerB.id);
    const saved = (await as.member.data(SAVE_REPORT, { input: { id: a.id, sections: [{ actionId: world.action.id, text: ' Rencontres tenues. ' }] } })).savePartnerReport;
    expect(saved).toMatchObject({ status: 'DRAFT', sections: [{ actionId: world.action.id, text: 'Rencontres tenues.' }] });
    for (const role of ['observer', 'outsider'] as Role[]) expect(await as[role].errorCode(SAVE_REPORT, { input: { id: a.id, comments: 'x' } })).toBe('FORBIDDEN');
    expect(await as.member.errorCode(SAVE_REPORT, { input: { id: b.id, comments: 'x' } })).toBe('FORBIDDEN');
    expect(await as.member.errorCode(SUBMIT_REPORT, { id: b.id })).toBe('FORBIDDEN');
    expect((await as.chair.data(SAVE_REPORT, { input: { id: b.id, comments: 'Saisi par le secrétariat' } })).savePartnerReport.status).toBe('DRAFT');
    const outsiderOfA = await buildPerson(server.services.dataSource, { organizationId: world.partnerA.id });
    expect(await (await clientFor(server.url, outsiderOfA)).errorCode(SAVE_REPORT, { input: { id: a.id, comments: 'x' } })).toBe('FORBIDDEN');
  });

  it('refuses a section about an action the partner does not account for, a stale version and an unknown report', async () => {
    const { world, as, open, reportOf } = await setUp();
    const a = reportOf(await open(), world.partnerA.id);
    expect(await as.member.errorCode(SAVE_REPORT, { input: { id: a.id, sections: [{ actionId: world.other.id, text: 'x' }] } })).toBe('BAD_USER_INPUT');
    expect(await as.member.errorCode(SAVE_REPORT, { input: { id: a.id, comments: 'x'.repeat(20_001) } })).toBe('BAD_USER_INPUT');
    await as.member.data(SAVE_REPORT, { input: { id: a.id, comments: 'v2', expectedVersion: a.version } });
    expect(await as.member.errorCode(SAVE_REPORT, { input: { id: a.id, comments: 'v3', expectedVersion: a.version } })).toBe('CONFLICT');
    expect(await as.member.errorCode(SAVE_REPORT, { input: { id: UNKNOWN, comments: 'x' } })).toBe('NOT_FOUND');
  });

  it('moves draft → submitted → reopened as a draft by the secretary, refusing wrong moves, and keeps every change in the history', async () => {
    const { world, as, open, reportOf } = await setUp();
    const a = reportOf(await open(), world.partnerA.id);
    expect(await as.member.errorCode(REOPEN_REPORT, { id: a.id })).toBe('FORBIDDEN');
    expect(await as.secretary.errorCode(REOPEN_REPORT, { id: a.id })).toBe('CONFLICT');
    const submitted = (await as.member.data(SUBMIT_REPORT, { id: a.id })).submitPartnerReport;
    expect(submitted).toMatchObject({ status: 'SUBMITTED', submittedBy: { id: world.people.member.id }, submittedAt: expect.any(String) });
    expect(await as.member.errorCode(SUBMIT_REPORT, { id: a.id })).toBe('CONFLICT');
    expect(await as.member.errorCode(SAVE_REPORT, { input: { id: a.id, comments: 'trop tard' } })).toBe('CONFLICT');
    expect(await as.member.errorCode(REOPEN_REPORT, { id: a.id })).toBe('FORBIDDEN');
    expect((await as.secretary.data(REOPEN_REPORT, { id: a.id })).reopenPartnerReport.status).toBe('DRAFT');
    await as.member.data(SAVE_REPORT, { input: { id: a.id, comments: 'Complété' } });
    const { partnerReport } = await as.observer.data(REPORT, { id: a.id });
    expect(partnerReport.history.map((change: { kind: string; actor: { id: string } | null }) => [change.kind, change.actor?.id])).toEqual([
      ['UPDATED', world.people.member.id],
      ['UPDATED', world.people.secretary.id],
      ['UPDATED', world.people.member.id],
      ['CREATED', world.people.secretary.id],
    ]);
    expect(partnerReport.history[0].diff).toEqual([{ field: 'comments', oldValue: '', newValue: 'Complété' }]);
    expect(partnerReport.history[1].diff).toEqual([{ field: 'status', oldValue: 'SUBMITTED', newValue: 'DRAFT' }]);
  });

  it('tracks completeness: submitted, draft and not started', async () => {
    const { world, as, open, reportOf } = await setUp();
    const review = await open();
    await as.member.data(SUBMIT_REPORT, { id: reportOf(review, world.partnerA.id).id });
    const read = async () => (await as.observer.data(REVIEW, { planId: world.plan.id, year: 2024 })).yearlyReview.completeness;
    expect(await read()).toEqual({ total: 2, submitted: 1, draft: 0, notStarted: 1 });
    await as.chair.data(SAVE_REPORT, { input: { id: reportOf(review, world.partnerB.id).id, comments: 'En cours' } });
    expect(await read()).toEqual({ total: 2, submitted: 1, draft: 1, notStarted: 0 });
  });
});

const SUMMARY = `query ($planId: ID!) { commitmentSummary(planId: $planId) { total byStatus { status count } } }`;

describe('the compiled review', () => {
  it("equals the ledger's figures: commitments per status, budget totals of the year, indicators' values", async () => {
    const { world, as, open } = await setUp();
    await open();
    const { compiled } = (await as.observer.data(COMPILED, { planId: world.plan.id, year: 2024 })).yearlyReview;
    const { commitmentSummary } = await as.observer.data(SUMMARY, { planId: world.plan.id });
    expect(compiled.commitments.total).toBe(commitmentSummary.total);
    expect(compiled.commitments.byStatus).toEqual(commitmentSummary.byStatus);
    const actionTallies = compiled.orientations.flatMap((orientation: { actions: { commitments: { total: number } }[] }) => orientation.actions.map((action) => action.commitments.total));
    expect(actionTallies.reduce((sum: number, total: number) => sum + total, 0)).toBe(commitmentSummary.total);
    for (const year of [2024, 2023]) {
      const { budgetTotals } = await as.observer.data(BUDGET_TOTALS, { planId: world.plan.id, year });
      const ours = year === 2024 ? compiled.budget : { planned: compiled.budget.previousPlanned, committed: compiled.budget.previousCommitted, spent: compiled.budget.previousSpent };
      expect({ planned: ours.planned, committed: ours.committed, spent: ours.spent }).toEqual({ planned: budgetTotals.planned, committed: budgetTotals.committed, spent: budgetTotals.spent });
    }
    const { budgetTotals } = await as.observer.data(BUDGET_TOTALS, { planId: world.plan.id, year: 2024 });
    const actions = compiled.orientations.flatMap((orientation: { actions: unknown[] }) => orientation.actions);
    for (const total of budgetTotals.byAction) {
      const action = actions.find((candidate: { actionId: string }) => candidate.actionId === total.action.id);
      expect(action.budget).toMatchObject({ planned: total.planned, committed: total.committed, spent: total.spent });
    }
    expect(compiled.orientations.map((orientation: { budget: { spent: string } }) => orientation.budget.spent)).toEqual(
      budgetTotals.byOrientation.map((total: { spent: string }) => total.spent),
    );
    // The review of the latest measured year shows the indicator as the ledger does.
    await as.secretary.data(OPEN_REVIEW, { planId: world.plan.id, year: 2025 });
    const later = (await as.observer.data(COMPILED, { planId: world.plan.id, year: 2025 })).yearlyReview.compiled;
    const { indicator } = await as.observer.data('query ($id: ID!) { indicator(id: $id) { latestValue attainment } }', { id: world.indicator.id });
    expect(later.orientations[0].actions[0].indicators[0]).toMatchObject({ latestValue: indicator.latestValue, attainment: indicator.attainment, previousValue: 30 });
  });

  it('says what changed since the previous year: done since, progress delta, budget spent delta, indicator delta', async () => {
    const { world, as, open } = await setUp();
    await open();
    const { compiled } = (await as.chair.data(COMPILED, { planId: world.plan.id, year: 2024 })).yearlyReview;
    expect(compiled).toMatchObject({ year: 2024, previousYear: 2023 });
    const [first, second] = compiled.orientations;
    const action = first.actions[0];
    expect(action.commitments).toEqual({
      total: 3,
      byStatus: [
        { status: 'PROPOSED', count: 0 }, { status: 'ACCEPTED', count: 1 }, { status: 'IN_PROGRESS', count: 1 },
        { status: 'AT_RISK', count: 0 }, { status: 'DONE', count: 1 }, { status: 'ABANDONED', count: 0 },
      ],
      averageProgress: 53,
      progressDelta: 23,
      doneSinceLastYear: 1,
      newSinceLastYear: 1,
    });
    expect(action.budget).toEqual({
      planned: '10000.00', committed: '8000.00', spent: '6000.50',
      previousPlanned: '9000.00', previousCommitted: '9000.00', previousSpent: '4000.00', spentDelta: '2000.50',
    });
    expect(action.indicators).toEqual([
      { indicatorId: world.indicator.id, name: 'Participants aux rencontres', latestValue: 30, previousValue: 10, delta: 20, attainment: 0.75, previousAttainment: 0.25 },
    ]);
    expect(second.actions[0].budget).toMatchObject({ spent: '1000.00', previousSpent: '0.00', spentDelta: '1000.00' });
    expect(compiled.budget.spentDelta).toBe('3000.50');
  });

  it("carries the submitted reports' narratives and comments, not the drafts'", async () => {
    const { world, as, open, reportOf } = await setUp();
    const review = await open();
    const a = reportOf(review, world.partnerA.id);
    const b = reportOf(review, world.partnerB.id);
    await as.member.data(SAVE_REPORT, { input: { id: a.id, sections: [{ actionId: world.action.id, text: 'Trois rencontres, 30 participants.' }], comments: 'Merci au réseau.' } });
    await as.member.data(SUBMIT_REPORT, { id: a.id });
    await as.chair.data(SAVE_REPORT, { input: { id: b.id, sections: [{ actionId: world.action.id, text: 'Brouillon' }], comments: 'Brouillon' } });
    const { compiled } = (await as.chair.data(COMPILED, { planId: world.plan.id, year: 2024 })).yearlyReview;
    expect(compiled.orientations[0].actions[0].narratives).toEqual([
      { organizationId: world.partnerA.id, organizationName: world.partnerA.name, text: 'Trois rencontres, 30 participants.' },
    ]);
    expect(compiled.partners).toEqual([
      { organizationId: world.partnerA.id, organizationName: world.partnerA.name, status: 'SUBMITTED', comments: 'Merci au réseau.' },
      { organizationId: world.partnerB.id, organizationName: world.partnerB.name, status: 'DRAFT', comments: '' },
    ]);
  });
});

async function pdfText(response: Response) {
  const pdf = await getDocument({ data: new Uint8Array(await response.arrayBuffer()), verbosity: 0 }).promise;
  const pages = await Promise.all(Array.from({ length: pdf.numPages }, (_, index) => pdf.getPage(index + 1).then((page) => page.getTextContent())));
  return pages.flatMap((page) => page.items.map((item) => ('str' in item ? item.str : ''))).join(' ').replace(/\s+/g, ' ');
}

describe('exports of the compiled review', () => {
  let context: Awaited<ReturnType<typeof setUp>>;
  const download = (client: ApiClient | null, planId: string, file: string) =>
    fetch(`${server.url}/exports/plans/${planId}/point-annuel/${file}`, { headers: client?.cookie ? { cookie: client.cookie } : {} });

  beforeAll(async () => {
    context = await setUp();
    const review = await context.open();
    const a = context.reportOf(review, context.world.partnerA.id);
    await context.as.member.data(SAVE_REPORT, { input: { id: a.id, sections: [{ actionId: context.world.action.id, text: 'Trois rencontres; "réussies"' }] } });
    await context.as.member.data(SUBMIT_REPORT, { id: a.id });
  });

  it('gives Markdown with the figures, what changed, the narratives and who has not reported', async () => {
    const { world, as } = context;
    const response = await download(as.observer, world.plan.id, '2024.md');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/markdown/);
    const text = await response.text();
    expect(text).toContain(`# Point annuel 2024 — ${world.plan.title}`);
    expect(text).toContain(`## Orientation 1 — ${world.orientation.title}`);
    expect(text).toContain(`Action : ${world.action.title}`);
    expect(text).toContain("Engagements : 3 (1 acceptés, 1 en cours, 1 réalisés) ; avancement moyen 53 % (+23 points sur l'année) ; 1 réalisé(s) depuis l'an dernier, 1 nouveau(x).");
    expect(text).toContain('dépensé 6 000,50 € (+2 000,50 € par rapport à 2023 : 4 000,00 €)');
    expect(text).toContain('| Participants aux rencontres | 30 participants | 40 participants | 75 % | +20 |');
    expect(text).toContain(`${world.partnerA.name} : Trois rencontres; "réussies"`);
    expect(text).toContain('Comptes rendus des partenaires : 1 remis sur 2 (0 en brouillon, 1 non commencés).');
    expect(text).toContain(`- ${world.partnerB.name} : non commencé`);
  });

  it("gives the figures as CSV for French spreadsheets: UTF-8 BOM, ';' separators, decimal commas, the plan's total", async () => {
    const { world, as } = context;
    const response = await download(as.member, world.plan.id, '2024.csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/csv/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).trimEnd().split('\r\n').map((line) => line.split(';'));
    const header = lines[0];
    expect(header.slice(0, 4)).toEqual(['Orientation', 'Action', 'Indicateur', 'Engagements']);
    const column = (name: string) => header.indexOf(name);
    const actionRow = lines.find((line) => line[1] === world.action.title && line[2] === '')!;
    expect(actionRow[column('Engagements')]).toBe('3');
    expect(actionRow[column('Engagements réalisés')]).toBe('1');
    expect(actionRow[column('Dépensé 2024')]).toBe('6000,50');
    expect(actionRow[column('Évolution dépensé')]).toBe('2000,50');
    const indicatorRow = lines.find((line) => line[2] === 'Participants aux rencontres')!;
    expect([indicatorRow[column('Valeur')], indicatorRow[column('Valeur 2023')], indicatorRow[column('Atteinte (%)')]]).toEqual(['30', '10', '75']);
    const total = lines.at(-1)!;
    expect(total[0]).toBe('Total du plan');
    expect(total[column('Prévu 2024')]).toBe('15000,00');
    expect(lines.every((line) => line.length === header.length)).toBe(true);
  });

  it('gives a PDF with the title and the figures', async () => {
    const { world, as } = context;
    const response = await download(as.chair, world.plan.id, '2024.pdf');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const text = await pdfText(response);
    expect(text).toContain('Point annuel 2024');
    expect(text).toContain('Participants aux rencontres');
    expect(text).toContain('6 000,50 €');
  });

  it('refuses outsiders and anonymous people, and knows no other document, year or plan', async () => {
    const { world, as } = context;
    expect((await download(as.outsider, world.plan.id, '2024.md')).status).toBe(403);
    expect((await download(null, world.plan.id, '2024.md')).status).toBe(401);
    expect((await download(as.chair, world.plan.id, '2025.md')).status).toBe(404);
    expect((await download(as.chair, world.plan.id, '2030.md')).status).toBe(400);
    expect((await download(as.chair, world.plan.id, '2024.docx')).status).toBe(404);
    expect((await download(as.chair, UNKNOWN, '2024.md')).status).toBe(404);
  });
});
