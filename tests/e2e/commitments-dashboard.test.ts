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
// The demo member's association's commitment, late and in progress at 50 %.
const LATE_COMMITMENT = 'Animer deux ateliers de jardinage partagé avec les centres sociaux';
const MEMBER_PARTNER = 'Association Les Jardins Solidaires';
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

/** The number a dashboard link says, found by its accessible name (the figure and its meaning read together). */
const figure = async (page: Page, name: RegExp) => Number((await page.getByRole('link', { name }).innerText()).replace(/\D/g, ''));
const lateFigure = (page: Page) => figure(page, /^\d+ engagements? en retard$/);
const doneFigure = (page: Page) => figure(page, /^\d+ engagements « Réalisé »/);
const partnerLateCell = (page: Page) =>
  page.locator('[data-table="by-partner"] tbody tr', { has: page.getByRole('rowheader', { name: MEMBER_PARTNER }) }).locator('td').first().innerText();

describe.skipIf(!browserAvailable)("the chairs' commitments dashboard in a browser", () => {
  it("moves a late commitment on the chair's dashboard, without reload, when the partner's member reports it done", async () => {
    const chair = await signIn('presidence@trame.test', 'trame-presidence-2026');
    await chair.getByRole('link', { name: 'Engagements', exact: true }).click();
    await chair.getByRole('heading', { level: 1, name: 'Tableau de bord des engagements' }).waitFor();
    await expect.poll(() => lateFigure(chair)).toBe(4);
    expect(await doneFigure(chair)).toBe(1);
    expect((await partnerLateCell(chair)).trim()).toMatch(/1$/);
    await chair.getByText('Connecté en direct').waitFor();
    // A reload would lose this mark: the dashboard must change in place.
    await chair.evaluate(() => Object.assign(window, { stillTheSamePage: true }));
    await chair.screenshot({ path: `${screenshots}commitments-dashboard.png`, fullPage: true });

    // The late figure leads to the list of late commitments, where the member's partner's one is.
    const member = await signIn('membre@trame.test', 'trame-membre-2026');
    await member.goto(`${server.url}/engagements`);
    await member.getByRole('link', { name: /^\d+ engagements? en retard$/ }).click();
    await member.waitForURL(/\/engagements\/liste\?retard=oui$/);
    await expect.poll(() => member.getByRole('status').filter({ hasText: /engagements?$/ }).innerText()).toBe('4 engagements');
    await member.screenshot({ path: `${screenshots}commitments-ledger-late.png`, fullPage: true });

    await member.getByRole('link', { name: LATE_COMMITMENT }).click();
    await member.getByRole('heading', { level: 1, name: LATE_COMMITMENT }).waitFor();
    await member.getByRole('heading', { level: 2, name: 'Signaler un avancement' }).waitFor();
    await member.getByLabel('Nouveau statut').selectOption({ label: 'Réalisé' });
    await member.getByLabel('Note', { exact: true }).fill('Deuxième atelier tenu au centre social de Saint-Saulve : 11 jeunes.');
    await member.getByLabel('Lien vers une preuve').fill('https://jardins-solidaires.example/ateliers');
    await member.getByRole('button', { name: "Enregistrer l'avancement" }).click();

    // The member's own page shows the new entry on top of the timeline, and no longer late.
    const latest = member.locator('[data-list="timeline"] > li').first();
    await expect.poll(() => latest.innerText()).toMatch(/Statut : En cours → Réalisé[\s\S]*Avancement : 50\s% → 100\s%[\s\S]*Saint-Saulve/);
    await expect.poll(() => member.locator('.commitment-facts').getByText('En retard').count()).toBe(0);
    await member.screenshot({ path: `${screenshots}commitments-page-member.png`, fullPage: true });

    // The chair's dashboard follows, in place.
    await expect.poll(() => lateFigure(chair), { timeout: 10_000 }).toBe(3);
    await expect.poll(() => doneFigure(chair)).toBe(2);
    expect((await partnerLateCell(chair)).trim()).toBe('0');
    expect(await chair.evaluate(() => (window as { stillTheSamePage?: boolean }).stillTheSamePage)).toBe(true);
    await chair.screenshot({ path: `${screenshots}commitments-dashboard-live.png`, fullPage: true });
  });
});
