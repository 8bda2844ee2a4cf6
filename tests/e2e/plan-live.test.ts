import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoData } from '../../server/src/demo/load-demo-data';
import { ApiClient } from '../helpers/api-client';
import { browserAvailable, launchBrowser, signInAs } from '../helpers/browser';
import { startTestServer, type TestServer } from '../helpers/test-server';

const clientDist = fileURLToPath(new URL('../../client/dist', import.meta.url));
const screenshots = fileURLToPath(new URL('./screenshots/', import.meta.url));
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
  const page = await signInAs(browser, server.url, email, password, { locale: 'fr-FR' });
  return page;
}

const orientation = (page: Page, number: number) =>
  page.getByRole('heading', { name: new RegExp(`^Orientation ${number} — `) });

describe.skipIf(!browserAvailable)('the plan page in a browser', () => {
  it('signs in, shows the plan, and shows an edit made in another session without reload', async () => {
    const page = await signIn('membre@trame.test', 'trame-membre-2026');
    await expect.poll(() => orientation(page, 1).textContent()).toMatch(/Mutualisation, coopération/);
    await expect.poll(() => page.getByText('Un collectif d\'acteurs interactifs').count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${screenshots}plan-member.png`, fullPage: true });

    const secretary = await new ApiClient(server.url).signIn('secretariat@trame.test', 'trame-secretariat-2026');
    const { plans } = await secretary.data('{ plans { items { orientations { id number } } } }');
    const first = plans.items[0].orientations.find((item: { number: number }) => item.number === 1);
    await secretary.data('mutation ($input: UpdateOrientationInput!) { updateOrientation(input: $input) { id } }', {
      input: { id: first.id, title: 'Coopérer avec les entreprises du territoire' },
    });
    await expect.poll(() => orientation(page, 1).textContent(), { timeout: 10_000 }).toMatch(/Coopérer avec les entreprises du territoire/);
    await page.screenshot({ path: `${screenshots}plan-member-live.png`, fullPage: true });
  });

  it("lets the chair edit an orientation's stake in the page, and another browser sees it live", async () => {
    const chair = await signIn('presidence@trame.test', 'trame-presidence-2026');
    const member = await signIn('membre@trame.test', 'trame-membre-2026');
    await expect.poll(() => orientation(member, 3).count()).toBe(1);
    await chair.getByRole('button', { name: "Modifier l'orientation 3" }).click();
    const stake = chair.getByLabel('Enjeu');
    await stake.fill('Un secteur crédible, attractif et visible de tous');
    await chair.getByRole('button', { name: 'Enregistrer' }).click();
    await expect.poll(() => member.getByText('Un secteur crédible, attractif et visible de tous').count(), { timeout: 10_000 }).toBe(1);
    await chair.screenshot({ path: `${screenshots}plan-chair-edited.png`, fullPage: true });
  });
});
