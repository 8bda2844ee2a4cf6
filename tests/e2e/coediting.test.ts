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

/** Opens the first action's description in the shared editor; returns its text box. */
async function openFirstDescription(page: Page, button: RegExp) {
  await page.getByRole('button', { name: button }).first().click();
  const editor = page.getByRole('textbox', { name: /^Description de l'action/ });
  await expect.poll(() => editor.count(), { timeout: 10_000 }).toBe(1);
  return editor;
}

/** The document's text, without the other people's carets and names drawn into it. */
function documentText(editor: Locator) {
  return editor.evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.collaboration-carets__caret').forEach((caret) => caret.remove());
    return copy.textContent;
  });
}

describe.skipIf(!browserAvailable)('co-editing in the browser', () => {
  it('shows what one person types to another with their caret and name, converges when both type at once, and applies a member’s amendment', async () => {
    const chair = await signIn('presidence@trame.test', 'trame-presidence-2026');
    const secretary = await signIn('secretariat@trame.test', 'trame-secretariat-2026');
    const member = await signIn('membre@trame.test', 'trame-membre-2026');
    const chairEditor = await openFirstDescription(chair, /^Co-éditer : Description de l'action/);
    const secretaryEditor = await openFirstDescription(secretary, /^Co-éditer : Description de l'action/);

    await chairEditor.click();
    await chair.keyboard.press('Control+End');
    await chair.keyboard.type(' Tapé à plusieurs.');
    await expect.poll(() => secretaryEditor.textContent(), { timeout: 10_000 }).toContain('Tapé à plusieurs.');
    await expect.poll(() => chair.getByText('Enregistré', { exact: true }).count(), { timeout: 10_000 }).toBe(1);
    const { displayName } = await chair.evaluate(async () => {
      const response = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ me { displayName } }' }) });
      return (await response.json()).data.me;
    });
    await expect.poll(() => secretary.locator('.collaboration-carets__label').allTextContents(), { timeout: 10_000 }).toContain(displayName);
    await secretary.screenshot({ path: `${screenshots}coediting-secretary.png`, fullPage: true });

    // Both type at the same time, one at the start and one at the end: both texts converge.
    await secretaryEditor.click();
    await secretary.keyboard.press('Control+Home');
    await chairEditor.click();
    await chair.keyboard.press('Control+End');
    await Promise.all([chair.keyboard.type(' Fin ajoutée par la présidence.', { delay: 15 }), secretary.keyboard.type('Début ajouté par le secrétariat. ', { delay: 15 })]);
    await expect
      .poll(async () => [await documentText(chairEditor), await documentText(secretaryEditor)], { timeout: 10_000 })
      .toSatisfy(([a, b]: (string | null)[]) => a === b && Boolean(a?.startsWith('Début ajouté par le secrétariat.')) && Boolean(a?.endsWith('Fin ajoutée par la présidence.')));

    await openFirstDescription(member, /^Suivre en direct et amender : Description de l'action/);
    await expect.poll(() => member.getByRole('textbox', { name: /^Description de l'action/ }).textContent(), { timeout: 10_000 }).toContain('Tapé à plusieurs.');
    await member.getByRole('button', { name: 'Proposer un amendement' }).click();
    const proposal = member.getByLabel('Texte proposé');
    await proposal.fill(`${await proposal.inputValue()} Amendé par un membre.`);
    // The diff marks the addition, for screen readers too.
    await expect.poll(async () => (await member.locator('ins').allTextContents()).join('')).toMatch(/^\[ajouté : +Amendé par un membre\.\]$/);
    await member.getByRole('button', { name: "Proposer l'amendement" }).click();
    await member.screenshot({ path: `${screenshots}coediting-member-amendment.png`, fullPage: true });

    await chair.reload();
    const reopened = await openFirstDescription(chair, /^Co-éditer : Description de l'action/);
    await chair.getByRole('button', { name: /^Appliquer l'amendement de / }).click();
    await expect.poll(() => reopened.textContent(), { timeout: 10_000 }).toContain('Amendé par un membre.');
    await expect.poll(() => secretaryEditor.textContent(), { timeout: 10_000 }).toContain('Amendé par un membre.');
  });
});
