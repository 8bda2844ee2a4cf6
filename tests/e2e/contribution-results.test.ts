import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoData } from '../../server/src/demo/load-demo-data';
import { browserAvailable, launchBrowser } from '../helpers/browser';
import { startTestServer, type TestServer } from '../helpers/test-server';

const clientDist = fileURLToPath(new URL('../../client/dist', import.meta.url));
const screenshots = fileURLToPath(new URL('./screenshots/', import.meta.url));
// The demo's convened technical committee, which the secretary facilitates.
const COTECH = 'Comité technique — préparation du comité de pilotage';
const SECRETARY = 'Karim Benali';
let server: TestServer;
let browser: Browser;
let secretary: BrowserContext;
let roomUrl: string;

beforeAll(async () => {
  if (!existsSync(`${clientDist}/index.html`)) throw new Error('Build the client first: npm run build');
  server = await startTestServer({ clientDist });
  await loadDemoData(server.services.dataSource);
  browser = await launchBrowser();
  await mkdir(screenshots, { recursive: true });
  // The secretary opens the session and the room once; each test opens its own page on it.
  secretary = await browser.newContext({ locale: 'fr-FR', timezoneId: 'UTC', viewport: { width: 1280, height: 900 } });
  secretary.setDefaultTimeout(8_000);
  roomUrl = await openSessionAndRoom(await secretary.newPage());
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function openSessionAndRoom(page: Page) {
  await page.goto(`${server.url}/`);
  await page.getByLabel('Adresse e-mail').fill('secretariat@trame.test');
  await page.getByLabel('Mot de passe').fill('trame-secretariat-2026');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL(/\/plans\//);
  await page.getByRole('link', { name: 'Réunions', exact: true }).click();
  await page.getByRole('link', { name: COTECH }).click();
  await page.getByRole('button', { name: 'Ouvrir la séance' }).click();
  await page.getByRole('button', { name: "Confirmer l'ouverture" }).click();
  await page.getByRole('button', { name: 'Ouvrir la salle' }).click();
  await page.waitForURL(/\/salle$/);
  await page.locator('.room-item__title').waitFor();
  return page.url();
}

async function openRoom(): Promise<Page> {
  const page = await secretary.newPage();
  await page.goto(roomUrl);
  await page.locator('.room-item__title').waitFor();
  return page;
}

async function post(page: Page, kind: string, text: string) {
  await page.getByLabel('Type de contribution').selectOption({ label: kind });
  await page.getByLabel('Votre contribution').fill(text);
  await page.getByRole('button', { name: 'Publier', exact: true }).click();
  await page.locator('article.contribution', { hasText: text }).waitFor();
}

describe.skipIf(!browserAvailable)('what the room makes of contributions', () => {
  it('records a retained contribution as a decision of the meeting, linked from the contribution', async () => {
    const page = await openRoom();
    const proposal = 'Confier au comité technique la collecte trimestrielle des indicateurs';
    await post(page, 'Proposition', proposal);
    const card = page.locator('article.contribution', { hasText: proposal });

    await card.getByRole('button', { name: `Modérer : Proposition de ${SECRETARY}` }).click();
    await card.getByRole('button', { name: 'Retenir', exact: true }).click();
    await card.locator('form.moderation__form').getByRole('button', { name: 'Retenir', exact: true }).click();
    await expect.poll(() => card.locator('.badge--contribution-retained').count(), { timeout: 10_000 }).toBe(1);
    await card.getByRole('button', { name: `Modérer : Proposition de ${SECRETARY}` }).click();
    await card.getByRole('button', { name: 'Enregistrer comme décision' }).click();
    const submit = card.getByRole('button', { name: 'Enregistrer la décision' });
    await expect.poll(() => submit.evaluate((button) => button === document.activeElement)).toBe(true);
    await submit.click();
    await expect.poll(() => card.locator('.contribution__results').innerText(), { timeout: 10_000 }).toContain('Devenue une décision');
    // Recorded once: the conversion is no longer offered.
    await card.getByRole('button', { name: `Modérer : Proposition de ${SECRETARY}` }).click();
    await expect.poll(() => card.getByRole('button', { name: 'Transformer en action' }).count(), { timeout: 10_000 }).toBe(1);
    expect(await card.getByRole('button', { name: 'Enregistrer comme décision' }).count()).toBe(0);
    await page.screenshot({ path: `${screenshots}contribution-conversion.png`, fullPage: true });

    await card.getByRole('link', { name: 'voir le registre des décisions' }).click();
    await page.waitForURL(/\/decisions$/);
    await expect.poll(() => page.locator('main').innerText(), { timeout: 10_000 }).toContain(proposal);
    const decisions = await server.services.dataSource.query('SELECT d.id FROM decisions d JOIN contributions c ON c.resulting_decision_id = d.id WHERE c.text = $1', [proposal]);
    expect(decisions).toHaveLength(1);
  });

  it('puts an amendment to a consent vote on the current item and brings the polls into view', async () => {
    const page = await openRoom();
    const amendment = 'Remplacer « annuel » par « semestriel » dans le suivi des indicateurs';
    await post(page, 'Amendement', amendment);
    const card = page.locator('article.contribution', { hasText: amendment });

    await card.getByRole('button', { name: `Mettre au vote : Amendement de ${SECRETARY}` }).click();
    const poll = page.locator('article.poll', { hasText: `Adopter l'amendement de ${SECRETARY} ?` });
    await expect.poll(() => poll.count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => poll.innerText()).toContain('Consentement');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('polls-heading');
    const [stored] = await server.services.dataSource.query('SELECT method, agenda_item_id IS NOT NULL AS "onItem" FROM polls WHERE question = $1', [`Adopter l'amendement de ${SECRETARY} ?`]);
    expect(stored).toEqual({ method: 'CONSENT', onItem: true });
    await page.screenshot({ path: `${screenshots}amendment-vote.png`, fullPage: true });
  });
});
