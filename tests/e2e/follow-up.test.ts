import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoData } from '../../server/src/demo/load-demo-data';
import { browserAvailable, launchBrowser, signInAs } from '../helpers/browser';
import { startTestServer, type TestServer } from '../helpers/test-server';

const clientDist = fileURLToPath(new URL('../../client/dist', import.meta.url));
const screenshots = fileURLToPath(new URL('./screenshots/', import.meta.url));
// The demo member's association is a partner of this indicator's action: its members report on it.
const INDICATOR = 'Bénévoles engagés via la plateforme';
let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(`${clientDist}/index.html`)) throw new Error('Build the client first: npm run build');
  server = await startTestServer({ clientDist });
  await loadDemoData(server.services.dataSource);
  browser = await launchBrowser();
  await mkdir(screenshots, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function signIn(email: string, password: string): Promise<Page> {
  const page = await signInAs(browser, server.url, email, password, { locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
  await page.waitForURL(/\/plans\//);
  return page;
}

async function indicatorPlace(name: string): Promise<{ planId: string; actionId: string }> {
  const [row] = await server.services.dataSource.query('SELECT plan_id AS "planId", action_id AS "actionId" FROM indicators WHERE name = $1', [name]);
  return row;
}

async function planIdOf(titleStart: string): Promise<string> {
  const [row] = await server.services.dataSource.query('SELECT id FROM plans WHERE title LIKE $1', [`${titleStart}%`]);
  return row.id;
}

const measurementCount = async (name: string) =>
  Number((await server.services.dataSource.query(
    'SELECT count(*) AS n FROM measurements m JOIN indicators i ON i.id = m.indicator_id WHERE i.name = $1 AND m.archived_at IS NULL',
    [name],
  ))[0].n);

const card = (page: Page, name: string) => page.locator('[data-indicator]', { has: page.getByRole('heading', { level: 3, name }) });

describe.skipIf(!browserAvailable)('action follow-up and CSV import in a browser', () => {
  it("shows the partner member's new measurement on the chair's follow-up view, live, then imports a file once its error line is skipped", async () => {
    const { planId, actionId } = await indicatorPlace(INDICATOR);
    const followUp = `${server.url}/plans/${planId}/actions/${actionId}/suivi`;

    const chair = await signIn('presidence@trame.test', 'trame-presidence-2026');
    await chair.goto(followUp);
    await card(chair, INDICATOR).waitFor();
    await chair.getByText('Connecté en direct').waitFor();
    const chairCard = card(chair, INDICATOR);
    expect(await chairCard.locator('[data-latest-value]').innerText()).toMatch(/^175 bénévoles/);
    expect(await chairCard.locator('[data-table="measurements"] tbody tr').count()).toBe(2);
    // The chart's text alternative tells the figures too.
    expect(await chairCard.getByRole('img').getAttribute('aria-labelledby')).toBeTruthy();
    await chair.evaluate(() => Object.assign(window, { stillTheSamePage: true }));
    await chair.screenshot({ path: `${screenshots}follow-up-chair.png`, fullPage: true });

    // The partner's member reaches the follow-up from the plan page's action.
    const member = await signIn('membre@trame.test', 'trame-membre-2026');
    await member.getByRole('link', { name: /^Suivi de l'action « .+ » : indicateurs, jalons, budget$/ }).first().waitFor();
    await member.screenshot({ path: `${screenshots}plan-follow-up-links.png` });
    await member.goto(followUp);
    const memberCard = card(member, INDICATOR);
    await memberCard.getByRole('button', { name: 'Saisir une mesure' }).click();
    await memberCard.getByLabel('Valeur', { exact: true }).fill('212');
    await memberCard.getByLabel('Source').fill('Plateforme du bénévolat, export du jour');
    await memberCard.getByRole('button', { name: 'Enregistrer la mesure' }).click();
    await expect.poll(() => memberCard.locator('[data-latest-value]').innerText()).toMatch(/^212 bénévoles/);
    await member.screenshot({ path: `${screenshots}follow-up-member-recorded.png`, fullPage: true });

    // The chair's view follows in place: the latest value and the table's new first row.
    await expect.poll(() => chairCard.locator('[data-latest-value]').innerText(), { timeout: 10_000 }).toMatch(/^212 bénévoles/);
    const firstRow = chairCard.locator('[data-table="measurements"] tbody tr').first();
    await expect.poll(() => firstRow.innerText()).toMatch(/212[\s\S]*export du jour[\s\S]*Julie Lefebvre/);
    expect(await chairCard.locator('[data-table="measurements"] tbody tr').count()).toBe(3);
    expect(await chair.evaluate(() => (window as { stillTheSamePage?: boolean }).stillTheSamePage)).toBe(true);
    await chair.screenshot({ path: `${screenshots}follow-up-chair-live.png`, fullPage: true });

    // The CSV import: line 3 names no indicator of the plan; nothing can be written until it is skipped.
    const before = await measurementCount(INDICATOR);
    await member.goto(`${server.url}/plans/${planId}/import`);
    await member.getByLabel('Ou collez le contenu du fichier').fill(
      `indicateur;date;valeur;source\n${INDICATOR};30/06/2025;150,5;Bilan semestriel\nIndicateur inconnu;30/06/2025;12;\n`,
    );
    await member.getByRole('button', { name: 'Vérifier le fichier' }).click();
    const errorLine = member.locator('[data-table="import-preview"] tr[data-line="3"]');
    await expect.poll(() => errorLine.innerText()).toMatch(/Erreur[\s\S]*Indicateur inconnu|Erreur[\s\S]*indicateur/i);
    const apply = member.getByRole('button', { name: /^Importer/ });
    expect(await apply.isDisabled()).toBe(true);
    await member.screenshot({ path: `${screenshots}import-preview-error.png`, fullPage: true });

    await member.getByLabel('Ignorer la ligne 3').check();
    expect(await apply.isEnabled()).toBe(true);
    expect(await apply.innerText()).toBe('Importer la ligne');
    await apply.click();
    await member.locator('[data-import-result]').getByText('1 mesure enregistrée.').waitFor();
    await member.locator('[data-import-result]').getByText('Lignes ignorées : 3.').waitFor();
    expect(await measurementCount(INDICATOR)).toBe(before + 1);
    await member.screenshot({ path: `${screenshots}import-result.png`, fullPage: true });

    // The imported value (an older date) lands in the chair's table, under the newest.
    await expect.poll(() => chairCard.locator('[data-table="measurements"] tbody tr').count(), { timeout: 10_000 }).toBe(4);
  });

  it("previews a partner's commitment progress file as the lifecycle moves, then appends it", async () => {
    const { planId } = await indicatorPlace(INDICATOR);
    const member = await signIn('membre@trame.test', 'trame-membre-2026');
    await member.goto(`${server.url}/plans/${planId}/import`);
    await member.getByLabel("L'avancement d'engagements").check();
    await member.getByLabel('Ou collez le contenu du fichier').fill(
      'engagement;avancement;statut;note\nAnimer deux ateliers de jardinage partagé avec les centres sociaux;100;réalisé;Second atelier tenu\n',
    );
    await member.getByRole('button', { name: 'Vérifier le fichier' }).click();
    const line = member.locator('[data-table="import-preview"] tr[data-line="2"]');
    await expect.poll(() => line.innerText()).toMatch(/Prête[\s\S]*En cours → Réalisé ; 50 % → 100 %/);
    await member.screenshot({ path: `${screenshots}import-progress-preview.png`, fullPage: true });
    await member.getByRole('button', { name: 'Importer la ligne' }).click();
    await member.locator('[data-import-result]').getByText('1 avancement enregistré.').waitFor();
    const [commitment] = await server.services.dataSource.query(
      "SELECT status, progress FROM commitments WHERE title = 'Animer deux ateliers de jardinage partagé avec les centres sociaux'",
    );
    expect(commitment).toMatchObject({ status: 'DONE', progress: 100 });
  });

  it("shows the plans' timelines and budgets: the Lille plan's total reads 1 220 000,00 €", async () => {
    const admin = await signIn('admin@trame.test', 'trame-admin-2026');
    const lille = await planIdOf('Plan lillois');
    await admin.goto(`${server.url}/plans/${lille}/budget`);
    const total = admin.locator('[data-budget-total] dd').first();
    await expect.poll(() => total.innerText()).toBe('1\u202f220\u202f000,00\u00a0€');
    expect(await admin.locator('[data-table="by-funder"] tbody tr').first().innerText()).toMatch(/Ville de Lille[\s\S]*534\u202f000,00\u00a0€/);
    await admin.screenshot({ path: `${screenshots}budget-lille.png`, fullPage: true });
    await admin.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => total.innerText()).toBe('€1,220,000.00');
    await admin.getByRole('heading', { level: 2, name: 'By funder' }).waitFor();
    await admin.screenshot({ path: `${screenshots}budget-lille-en.png` });
    await admin.getByRole('button', { name: 'Français' }).click();

    const valenciennes = (await indicatorPlace(INDICATOR)).planId;
    await admin.goto(`${server.url}/plans/${valenciennes}/chronologie`);
    await admin.locator('[data-timeline-chart]').waitFor();
    // Late ones are said in words in the list, not only drawn in red.
    expect(await admin.locator('[data-list="timeline"]').getByText('En retard').count()).toBeGreaterThanOrEqual(3);
    await admin.screenshot({ path: `${screenshots}timeline-valenciennes.png`, fullPage: true });
    await admin.getByLabel('Période').selectOption('2026');
    await admin.waitForURL(/periode=2026/);
    await admin.locator('[data-timeline-chart]').getByText('janv. 2026').waitFor();
    await admin.screenshot({ path: `${screenshots}timeline-valenciennes-2026.png`, fullPage: true });
    await admin.goto(`${server.url}/plans/${valenciennes}/budget`);
    await admin.locator('[data-budget-total]').waitFor();
    await admin.screenshot({ path: `${screenshots}budget-valenciennes.png`, fullPage: true });

    const pasDeCalais = (await server.services.dataSource.query("SELECT plan_id AS id FROM milestones WHERE title LIKE 'Présentation de la démarche%'"))[0].id;
    await admin.goto(`${server.url}/plans/${pasDeCalais}/chronologie`);
    await admin.locator('[data-timeline-chart]').waitFor();
    await admin.screenshot({ path: `${screenshots}timeline-pas-de-calais.png`, fullPage: true });
    const portraits = (await server.services.dataSource.query("SELECT action_id AS id FROM milestones WHERE title LIKE 'Présentation de la démarche%'"))[0].id;
    await admin.goto(`${server.url}/plans/${pasDeCalais}/actions/${portraits}/suivi`);
    await admin.getByRole('heading', { level: 2, name: 'Jalons' }).waitFor();
    await admin.screenshot({ path: `${screenshots}follow-up-pas-de-calais.png`, fullPage: true });
  });
});
