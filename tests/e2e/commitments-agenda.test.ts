import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoData } from '../../server/src/demo/load-demo-data';
import { browserAvailable, launchBrowser } from '../helpers/browser';
import { startTestServer, type TestServer } from '../helpers/test-server';

const clientDist = fileURLToPath(new URL('../../client/dist', import.meta.url));
let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(`${clientDist}/index.html`)) throw new Error('Build the client first: npm run build');
  server = await startTestServer({ clientDist });
  await loadDemoData(server.services.dataSource);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe.skipIf(!browserAvailable)("proposing commitments for the steering committee's agenda from the dashboard", () => {
  it('ticks the late and due commitments, proposes all but one, and leaves that one in the list', async () => {
    const page = await (await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } })).newPage();
    await page.goto(`${server.url}/`);
    await page.getByLabel('Adresse e-mail').fill('presidence@trame.test');
    await page.getByLabel('Mot de passe').fill('trame-presidence-2026');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL(/\/plans\//);
    await page.getByRole('link', { name: 'Engagements', exact: true }).click();

    const section = page.getByRole('region', { name: "Proposer à l'ordre du jour du prochain comité de pilotage" });
    const checklist = section.getByRole('group', { name: /Engagements à proposer/ });
    const boxes = checklist.getByRole('checkbox');
    await expect.poll(() => boxes.count()).toBeGreaterThan(1);
    const offered = await boxes.count();
    for (let index = 0; index < offered; index++) expect(await boxes.nth(index).isChecked()).toBe(true);
    const kept = (await checklist.getByRole('listitem').first().innerText()).split(' — ')[0].trim();
    await boxes.first().uncheck();

    await section.getByRole('button', { name: `Proposer ces ${offered - 1} engagements` }).click();
    await expect.poll(() => section.getByRole('status').innerText()).toMatch(new RegExp(`^${offered - 1} points ajoutés aux points en attente`));
    // The proposed ones leave the list; the one left unticked stays, ticked again for next time.
    await expect.poll(() => boxes.count()).toBe(1);
    expect((await checklist.getByRole('listitem').first().innerText())).toContain(kept);

    const [{ count }] = await server.services.dataSource.query(
      `SELECT count(*)::int AS count FROM agenda_items ai JOIN governance_bodies b ON b.id = ai.body_id
        WHERE ai.commitment_id IS NOT NULL AND ai.meeting_id IS NULL AND b.kind = 'STEERING_COMMITTEE'`,
    );
    expect(count).toBe(offered - 1);
  });
});
