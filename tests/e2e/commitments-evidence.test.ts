import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoData } from '../../server/src/demo/load-demo-data';
import { browserAvailable, launchBrowser } from '../helpers/browser';
import { startTestServer, type TestServer } from '../helpers/test-server';

const clientDist = fileURLToPath(new URL('../../client/dist', import.meta.url));
const LATE_COMMITMENT = 'Animer deux ateliers de jardinage partagé avec les centres sociaux';
const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(300 * 1024, 0x20), Buffer.from('\n%%EOF\n')]);
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

describe.skipIf(!browserAvailable)('evidence files in a browser', () => {
  it('uploads the chosen file, sends it with the report, and the timeline offers it for download with its size', async () => {
    const page = await (await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } })).newPage();
    await page.goto(`${server.url}/`);
    await page.getByLabel('Adresse e-mail').fill('membre@trame.test');
    await page.getByLabel('Mot de passe').fill('trame-membre-2026');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL(/\/plans\//);
    await page.goto(`${server.url}/engagements/liste?retard=oui`);
    await page.getByRole('link', { name: LATE_COMMITMENT }).click();
    await page.getByRole('heading', { level: 2, name: 'Signaler un avancement' }).waitFor();

    await page.getByLabel('Pièce justificative (facultative)').setInputFiles({ name: 'bilan-ateliers.pdf', mimeType: 'application/pdf', buffer: PDF });
    await page.getByText('Pièce prête : bilan-ateliers.pdf (300 ko).').waitFor();
    await page.getByLabel('Note', { exact: true }).fill('Le bilan des ateliers est joint.');
    await page.getByRole('button', { name: "Enregistrer l'avancement" }).click();

    const link = page.locator('[data-list="timeline"] > li').first().getByRole('link', { name: 'Télécharger la pièce justificative « bilan-ateliers.pdf »' });
    await link.waitFor();
    expect(await page.locator('[data-list="timeline"] > li').first().innerText()).toMatch(/bilan-ateliers\.pdf » \(300\sko\)/);
    const response = await page.request.get(`${server.url}${await link.getAttribute('href')}`);
    expect(response.status()).toBe(200);
    expect(Buffer.compare(await response.body(), PDF)).toBe(0);
    await expect.poll(() => page.getByLabel('Pièce justificative (facultative)').inputValue()).toBe('');
  });
});
