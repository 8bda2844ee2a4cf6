import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoData } from '../../server/src/demo/load-demo-data';
import { browserAvailable, launchBrowser, signInAs } from '../helpers/browser';
import { startTestServer, type TestServer } from '../helpers/test-server';

const clientDist = fileURLToPath(new URL('../../client/dist', import.meta.url));
const screenshots = fileURLToPath(new URL('./screenshots/', import.meta.url));
// The demo's next steering committee: a draft, three weeks ahead, starting at 08:00 UTC.
const NEXT_COPIL = 'Comité de pilotage — revue annuelle';
const NEW_ITEM = 'Bilan des indicateurs de suivi';
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
  // UTC, so the running clock reads as the demo data sets it (08:00).
  const page = await signInAs(browser, server.url, email, password, { locale: 'fr-FR', timezoneId: 'UTC' });
  // Home sends on to the plan: go to the meetings once there, not during that redirect.
  await page.waitForURL(/\/plans\//);
  await page.getByRole('link', { name: 'Réunions', exact: true }).click();
  await page.getByRole('link', { name: NEXT_COPIL }).click();
  await page.getByRole('heading', { level: 1, name: NEXT_COPIL }).waitFor();
  return page;
}

/** The agenda's top-level items, as read: each starts with its clock time. */
const agendaItems = (page: Page): Locator =>
  page.getByRole('list', { name: 'Ordre du jour', exact: true }).locator(':scope > li');

async function agendaLines(page: Page) {
  const texts = await agendaItems(page).evaluateAll((items) =>
    items.map((item) => (item.querySelector('.agenda-item__line') as HTMLElement).innerText.replace(/\s+/g, ' ').trim()),
  );
  // "08:30 2. Bilan des indicateurs de suivi Information 20 min …" → "08:30 Bilan des indicateurs de suivi"
  return texts.map((text) => text.replace(/^(\d\d:\d\d) \d+\. (.+?) (Information|Échange|Décision|Co-construction) .*$/, '$1 $2'));
}

describe.skipIf(!browserAvailable)('the agenda in a browser', () => {
  it("lets the secretary build and convene the steering committee's agenda while the chair watches it live", async () => {
    const secretary = await signIn('secretariat@trame.test', 'trame-secretariat-2026');
    const chair = await signIn('presidence@trame.test', 'trame-presidence-2026');
    await expect.poll(() => agendaItems(chair).count()).toBe(3);

    // A new item, with its duration.
    await secretary.getByRole('button', { name: 'Ajouter un point', exact: true }).click();
    await secretary.getByLabel('Titre').fill(NEW_ITEM);
    await secretary.getByLabel('Durée (minutes)').fill('20');
    await secretary.getByRole('button', { name: 'Ajouter le point' }).click();
    await expect.poll(() => agendaLines(chair), { timeout: 10_000 }).toEqual([
      '08:00 Compte rendu de chaque partenaire',
      '08:45 Sessions courtes de sensibilisation des élus',
      '09:15 Engagements pour l’année à venir',
      `09:45 ${NEW_ITEM}`,
    ]);

    // Two places up, from the keyboard: focus stays on the button after each move.
    await secretary.getByRole('button', { name: `Monter « ${NEW_ITEM} »` }).focus();
    await secretary.keyboard.press('Enter');
    await expect.poll(() => agendaLines(secretary)).toContain(`09:15 ${NEW_ITEM}`);
    await secretary.keyboard.press('Enter');
    await expect.poll(() => agendaLines(chair), { timeout: 10_000 }).toEqual([
      '08:00 Compte rendu de chaque partenaire',
      `08:45 ${NEW_ITEM}`,
      '09:05 Sessions courtes de sensibilisation des élus',
      '09:35 Engagements pour l’année à venir',
    ]);

    // A shorter first item moves every clock time after it.
    await secretary.getByRole('button', { name: 'Modifier « Compte rendu de chaque partenaire »' }).click();
    await secretary.getByLabel('Durée (minutes)').fill('30');
    await secretary.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect.poll(() => agendaLines(chair), { timeout: 10_000 }).toEqual([
      '08:00 Compte rendu de chaque partenaire',
      `08:30 ${NEW_ITEM}`,
      '08:50 Sessions courtes de sensibilisation des élus',
      '09:20 Engagements pour l’année à venir',
    ]);
    // 110 minutes planned for a meeting of 105.
    await expect.poll(() => chair.getByText('dépasse la fin de la réunion de 5 min').count()).toBe(1);
    await secretary.screenshot({ path: `${screenshots}agenda-secretary.png`, fullPage: true });

    // Convening publishes the agenda: the chair sees the new status and the frozen version.
    await secretary.getByRole('button', { name: 'Convoquer', exact: true }).click();
    await secretary.getByRole('button', { name: 'Confirmer la convocation' }).click();
    await expect.poll(() => chair.getByRole('heading', { name: 'Ordre du jour publié (version 1)' }).count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => chair.getByRole('heading', { level: 1, name: NEXT_COPIL }).count()).toBe(1);
    await expect.poll(() => chair.locator('.page-header__context').innerText()).toContain('Convoquée');
    await expect.poll(() => chair.getByRole('button', { name: 'Je participe' }).count()).toBe(1);
    await chair.screenshot({ path: `${screenshots}agenda-chair-live.png`, fullPage: true });
  });
});
