import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoData } from '../../server/src/demo/load-demo-data';
import { browserAvailable, launchBrowser } from '../helpers/browser';
import { startTestServer, type TestServer } from '../helpers/test-server';

const clientDist = fileURLToPath(new URL('../../client/dist', import.meta.url));
const screenshots = fileURLToPath(new URL('./screenshots/', import.meta.url));
// The demo's convened technical committee, where the secretary facilitates and the member sits.
const COTECH = 'Comité technique — préparation du comité de pilotage';
const MEMBER = 'Julie Lefebvre';
const SECRETARY = 'Karim Benali';
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

async function openMeeting(email: string, password: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'fr-FR', timezoneId: 'UTC', viewport: { width: 1280, height: 900 } })).newPage();
  await page.goto(`${server.url}/`);
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL(/\/plans\//);
  await page.getByRole('link', { name: 'Réunions', exact: true }).click();
  await page.getByRole('link', { name: COTECH }).click();
  await page.getByRole('heading', { level: 1, name: COTECH }).waitFor();
  return page;
}

const currentItem = (page: Page) => page.locator('.room-item__title').innerText();
const liveRegion = (page: Page) => page.locator('[role="status"][aria-live="polite"]').innerText();
const card = (page: Page, text: string) => page.locator('article.contribution', { hasText: text });

describe.skipIf(!browserAvailable)('the meeting room in a browser', () => {
  it('lets the secretary run the room while a member follows, contributes and votes live', async () => {
    const secretary = await openMeeting('secretariat@trame.test', 'trame-secretariat-2026');
    const member = await openMeeting('membre@trame.test', 'trame-membre-2026');

    // The session opens, then the room; the member's meeting page offers to join it, live.
    await secretary.getByRole('button', { name: 'Ouvrir la séance' }).click();
    await secretary.getByRole('button', { name: "Confirmer l'ouverture" }).click();
    await secretary.getByRole('button', { name: 'Ouvrir la salle' }).click();
    await secretary.waitForURL(/\/salle$/);
    await expect.poll(() => currentItem(secretary)).toBe('1. Approbation du compte rendu précédent');
    await member.getByRole('link', { name: 'Rejoindre la salle' }).click({ timeout: 10_000 });
    await expect.poll(() => currentItem(member)).toBe('1. Approbation du compte rendu précédent');

    // Both are in the room; the secretary records the member present, so she may vote.
    const presence = secretary.getByRole('list', { name: 'Personnes dans la salle' });
    await expect.poll(() => presence.innerText(), { timeout: 10_000 }).toContain(MEMBER);
    await expect.poll(() => member.getByRole('list', { name: 'Personnes dans la salle' }).innerText(), { timeout: 10_000 }).toContain(SECRETARY);
    await secretary.getByRole('button', { name: `Noter ${MEMBER} présent·e` }).click();
    await expect.poll(() => secretary.getByRole('button', { name: `Noter ${MEMBER} présent·e` }).count()).toBe(0);

    // The facilitator moves on from the keyboard; the member's screen follows and says so.
    await secretary.getByRole('button', { name: 'Point suivant' }).focus();
    await secretary.keyboard.press('Enter');
    await expect.poll(() => currentItem(member), { timeout: 10_000 }).toBe('2. Indicateurs de suivi par action');
    await expect.poll(() => liveRegion(member)).toBe('Point en cours : 2. Indicateurs de suivi par action');
    await expect.poll(() => secretary.getByRole('button', { name: /Indicateurs de suivi par action/ }).getAttribute('aria-current')).toBe('step');
    await secretary.getByRole('button', { name: 'Lancer le chronomètre' }).click();
    await expect.poll(() => member.locator('.room-timer__label').innerText(), { timeout: 10_000 }).toContain('en marche');
    await expect.poll(() => member.locator('.room-timer__elapsed').innerText(), { timeout: 5_000 }).not.toBe('00:00');

    // A proposal from the member. Its first answer is lost on the way back (the server stored
    // it): the form keeps the text, and sending it again is recognised, not posted twice.
    const proposal = 'Publier les indicateurs chaque trimestre sur le site de la métropole';
    let lostAnswers = 0;
    await member.route('**/graphql', async (route) => {
      if (lostAnswers > 0 || !route.request().postData()?.includes('PostContribution')) return route.fallback();
      lostAnswers += 1;
      await route.fetch();
      await route.abort('connectionreset');
    });
    await member.getByLabel('Type de contribution').selectOption({ label: 'Proposition' });
    await member.getByLabel('Votre contribution').fill(proposal);
    await member.getByRole('button', { name: 'Publier', exact: true }).click();
    await expect.poll(() => member.getByRole('alert').innerText()).toContain('Le serveur ne répond pas');
    expect(await member.getByLabel('Votre contribution').inputValue()).toBe(proposal);
    await member.getByRole('button', { name: 'Publier', exact: true }).click();
    await expect.poll(() => member.getByLabel('Votre contribution').inputValue()).toBe('');
    expect(lostAnswers).toBe(1);
    await expect.poll(() => card(member, proposal).count()).toBe(1);
    await expect.poll(() => card(secretary, proposal).count(), { timeout: 10_000 }).toBe(1);
    expect(await server.services.dataSource.query('SELECT count(*)::int AS count FROM contributions WHERE text = $1', [proposal])).toEqual([{ count: 1 }]);
    await card(secretary, proposal).getByRole('button', { name: /^Soutenir : Proposition de Julie Lefebvre/ }).click();
    await expect.poll(() => card(secretary, proposal).getByRole('button', { name: /^Soutenir/ }).getAttribute('aria-label')).toContain('1 soutien');
    await expect.poll(() => card(member, proposal).locator('.contribution__supports').innerText(), { timeout: 10_000 }).toBe('1 soutien');

    // And the other way round: a question from the secretary, supported by the member.
    const question = 'Qui collecte les chiffres des partenaires ?';
    await secretary.getByLabel('Type de contribution').selectOption({ label: 'Question' });
    await secretary.getByLabel('Votre contribution').fill(question);
    await secretary.keyboard.press('Control+Enter');
    await expect.poll(() => card(member, question).count(), { timeout: 10_000 }).toBe(1);
    await card(member, question).getByRole('button', { name: /^Soutenir/ }).click();
    await expect.poll(() => card(secretary, question).locator('.contribution__supports').innerText(), { timeout: 10_000 }).toBe('1 soutien');
    await expect.poll(() => card(member, question).getByRole('button', { name: /^Soutenir/ }).getAttribute('aria-pressed')).toBe('true');
    // A newly posted thread, not one per keystroke, is summed up for screen readers.
    await expect.poll(() => liveRegion(member), { timeout: 10_000 }).toBe('1 nouvelle contribution');

    // A named poll: opened by the facilitator, voted by the member, counted on both screens.
    await secretary.getByRole('button', { name: 'Ouvrir un vote' }).click();
    await secretary.getByLabel('Question', { exact: true }).fill('Adopter la publication trimestrielle ?');
    await secretary.getByLabel('Option 1', { exact: true }).fill('Pour');
    await secretary.getByLabel('Option 2', { exact: true }).fill('Contre');
    await secretary.getByRole('button', { name: 'Ouvrir le vote' }).click();
    const memberPoll = member.locator('article.poll', { hasText: 'Adopter la publication trimestrielle ?' });
    const secretaryPoll = secretary.locator('article.poll', { hasText: 'Adopter la publication trimestrielle ?' });
    await memberPoll.getByRole('radio', { name: 'Pour' }).check({ timeout: 10_000 });
    await memberPoll.getByRole('button', { name: 'Voter' }).click();
    await expect.poll(() => memberPoll.innerText()).toContain('Vous avez voté.');
    await expect.poll(() => secretaryPoll.locator('.poll-tally__turnout').innerText(), { timeout: 10_000 }).toBe('Votes exprimés : 1 sur 1');

    const projector = await secretary.context().newPage();
    await projector.goto(secretary.url().replace(/\/salle$/, '/projection'));
    await expect.poll(() => projector.locator('.projector__title').innerText()).toBe('2. Indicateurs de suivi par action');
    await expect.poll(() => projector.locator('.projector__contribution').count()).toBe(2);
    await expect.poll(() => projector.locator('.projector__presence').innerText(), { timeout: 10_000 }).toContain('2 personnes dans la salle');
    await secretary.screenshot({ path: `${screenshots}room-facilitator.png`, fullPage: true });
    await member.screenshot({ path: `${screenshots}room-member.png`, fullPage: true });
    await projector.screenshot({ path: `${screenshots}room-projector.png` });

    // Closed and written into the decisions register: both show the same result.
    expect(await secretaryPoll.getByLabel('Inscrire au registre des décisions').isChecked()).toBe(true);
    await secretaryPoll.getByRole('button', { name: 'Clore le vote' }).click();
    await secretary.getByRole('dialog').getByRole('button', { name: 'Clore le vote' }).click();
    for (const page of [secretary, member]) {
      const poll = page.locator('article.poll', { hasText: 'Adopter la publication trimestrielle ?' });
      await expect.poll(() => poll.locator('.badge--poll-closed').count(), { timeout: 10_000 }).toBe(1);
      await expect.poll(() => poll.locator('.poll-tally__outcome').innerText()).toMatch(/^Adoptée/);
      await expect.poll(() => poll.getByText('Résultat inscrit au registre des décisions.').count(), { timeout: 10_000 }).toBe(1);
    }
    const outcomes = await Promise.all([secretary, member].map((page) => page.locator('article.poll .poll-tally__outcome').innerText()));
    expect(outcomes[0]).toBe(outcomes[1]);
    await expect.poll(() => projector.locator('.projector__poll').textContent(), { timeout: 10_000 }).toContain('Résultat du vote');
  });
});
