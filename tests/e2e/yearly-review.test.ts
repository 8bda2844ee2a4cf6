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
const MEMBER_PARTNER = 'Association Les Jardins Solidaires';
let server: TestServer;
let browser: Browser;
let reviewPath: string;

beforeAll(async () => {
  if (!existsSync(`${clientDist}/index.html`)) throw new Error('Build the client first: npm run build');
  server = await startTestServer({ clientDist });
  await loadDemoData(server.services.dataSource);
  const [{ plan_id, year }] = await server.services.dataSource.query('SELECT plan_id, year FROM yearly_reviews LIMIT 1');
  reviewPath = `/plans/${plan_id}/point-annuel/${year}`;
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

const count = async (page: Page, figure: string) => Number(await page.locator(`[data-figure="${figure}"] .key-figure__value`).innerText());

describe.skipIf(!browserAvailable)('the yearly review in a browser', () => {
  it("updates the secretary's completeness without reload when a partner's member submits its report", async () => {
    const secretary = await signIn('secretariat@trame.test', 'trame-secretariat-2026');
    await secretary.goto(`${server.url}${reviewPath}`);
    await secretary.getByRole('heading', { level: 1, name: /^Point annuel \d{4}$/ }).waitFor();
    await expect.poll(() => count(secretary, 'draft')).toBe(1);
    expect(await count(secretary, 'not-started')).toBe(1);
    const submittedBefore = await count(secretary, 'submitted');
    await expect.poll(() => secretary.locator('[data-list="missing"]').innerText()).toContain(MEMBER_PARTNER);
    await secretary.getByText('Connecté en direct').waitFor();
    await secretary.evaluate(() => Object.assign(window, { stillTheSamePage: true }));
    await secretary.screenshot({ path: `${screenshots}yearly-review-secretary.png`, fullPage: true });

    const member = await signIn('membre@trame.test', 'trame-membre-2026');
    await member.goto(`${server.url}${reviewPath}`);
    await member.getByRole('link', { name: `Compte rendu de ${MEMBER_PARTNER}` }).click();
    await member.getByRole('heading', { level: 1, name: new RegExp(`Compte rendu \\d{4} — ${MEMBER_PARTNER}`) }).waitFor();
    const firstSection = member.locator('fieldset').first();
    await firstSection.getByRole('textbox').fill('Deux ateliers de jardinage avec les centres sociaux, 24 jeunes accueillis.');
    await member.getByLabel(/Commentaires généraux/).fill('Nous aimerions un relais de la Métropole pour recruter des bénévoles.');
    await member.screenshot({ path: `${screenshots}yearly-review-partner-form.png`, fullPage: true });
    await member.getByRole('button', { name: 'Remettre le compte rendu' }).click();
    await member.getByRole('dialog').getByRole('button', { name: 'Remettre le compte rendu' }).click();
    await member.getByText(/Compte rendu remis le/).waitFor();

    await expect.poll(() => count(secretary, 'draft')).toBe(0);
    expect(await count(secretary, 'submitted')).toBe(submittedBefore + 1);
    expect(await secretary.locator('[data-list="missing"]').innerText()).not.toContain(MEMBER_PARTNER);
    await expect.poll(() => secretary.locator('[data-table="compiled"]').innerText()).toContain('24 jeunes accueillis');
    expect(await secretary.evaluate(() => (window as { stillTheSamePage?: boolean }).stillTheSamePage)).toBe(true);
    await secretary.screenshot({ path: `${screenshots}yearly-review-secretary-after.png`, fullPage: true });
  });

  it('lets the secretary open the review of another year from its empty state, each partner listed as not started', async () => {
    const secretary = await signIn('secretariat@trame.test', 'trame-secretariat-2026');
    const previous = reviewPath.replace(/\d{4}$/, (year) => String(Number(year) - 1));
    await secretary.goto(`${server.url}${previous}`);
    await secretary.getByText(/Le point annuel \d{4} n'est pas encore ouvert\./).waitFor();
    await secretary.screenshot({ path: `${screenshots}yearly-review-not-opened.png`, fullPage: true });
    await secretary.getByRole('button', { name: /^Ouvrir le point annuel \d{4}$/ }).click();
    await secretary.getByRole('heading', { level: 2, name: 'Avancement des comptes rendus' }).waitFor();
    expect(await count(secretary, 'submitted')).toBe(0);
    expect(await count(secretary, 'not-started')).toBeGreaterThan(0);
    const observer = await signIn('observateur@trame.test', 'trame-observateur-2026');
    await observer.goto(`${server.url}${previous.replace(/\d{4}$/, (year) => String(Number(year) - 1))}`);
    await observer.getByText(/n'est pas encore ouvert/).waitFor();
    expect(await observer.getByRole('button', { name: /Ouvrir le point annuel/ }).count()).toBe(0);
  });
});
