import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgendaItem, AgendaItemKind } from '../../server/src/agenda/agenda-item.entity';
import { Attendance, Presence } from '../../server/src/attendance/attendance.entity';
import { Decision, DecisionKind } from '../../server/src/decisions/decision.entity';
import { MinutesStatus, MinutesVersion } from '../../server/src/minutes/minutes.entity';
import { Ballot, Poll, PollMethod, PollStatus } from '../../server/src/polls/poll.entity';
import { ApiClient, clientFor } from '../helpers/api-client';
import { buildWorld, type World } from '../helpers/factories';
import { startTestServer, type TestServer } from '../helpers/test-server';

let server: TestServer;
let world: World;
let meetingId: string;

/** A held meeting with two items (one a section with a sub-item), attendance, a decision and minutes. */
beforeAll(async () => {
  server = await startTestServer();
  world = await buildWorld(server.services.dataSource);
  const ds = server.services.dataSource;
  const secretary = await clientFor(server.url, world.people.secretary);
  const { createMeeting } = await secretary.data('mutation ($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }', {
    input: { bodyId: world.body.id, title: 'Comité de pilotage annuel', startsAt: '2031-03-10T08:30:00.000Z', endsAt: '2031-03-10T10:30:00.000Z', place: 'Hôtel communautaire' },
  });
  meetingId = createMeeting.id;
  const items = ds.getRepository(AgendaItem);
  const section = await items.save({ bodyId: world.body.id, meetingId, position: 0, title: 'Bilan annuel du plan', kind: AgendaItemKind.INFORMATION, durationMinutes: 30, presenterId: world.people.chair.id });
  await items.save({ bodyId: world.body.id, meetingId, parentId: section.id, position: 0, title: 'Appel à projets ESS', kind: AgendaItemKind.DECISION, durationMinutes: 20, notes: 'Douze dossiers reçus.' });
  await items.save({ bodyId: world.body.id, meetingId, position: 1, title: 'Village itinérant', kind: AgendaItemKind.DISCUSSION, durationMinutes: 25 });
  for (const verb of ['conveneMeeting', 'openMeeting']) await secretary.data(`mutation ($id: ID!) { ${verb}(id: $id) { id } }`, { id: meetingId });
  await ds.getRepository(Attendance).update({ meetingId, personId: world.people.chair.id }, { presence: Presence.PRESENT });
  await ds.getRepository(Attendance).update({ meetingId, personId: world.people.member.id }, { presence: Presence.EXCUSED, proxyToId: world.people.chair.id });
  const subItem = await items.findOneByOrFail({ title: 'Appel à projets ESS' });
  await ds.getRepository(Decision).save({ meetingId, agendaItemId: subItem.id, text: 'Retenir les douze projets', kind: DecisionKind.DECISION, votesFor: 9, votesAgainst: 0, abstentions: 1 });
  const poll = await ds.getRepository(Poll).save({
    meetingId, agendaItemId: subItem.id, question: 'Ouvrir un second appel ?', method: PollMethod.CONSENT, secret: true, status: PollStatus.CLOSED, closedAt: new Date(),
  });
  await ds.getRepository(Ballot).save({ pollId: poll.id, voterId: world.people.chair.id, castById: world.people.chair.id, clientId: poll.id, choice: 'AGREE' });
  await ds.getRepository(MinutesVersion).save({ meetingId, version: 1, text: 'Séance ouverte à 9 h 30.', status: MinutesStatus.DRAFT });
});
afterAll(() => server.stop());

async function download(client: ApiClient, file: string) {
  return fetch(`${server.url}/exports/meetings/${meetingId}/${file}`, { headers: client.cookie ? { cookie: client.cookie } : {} });
}

async function pdfText(response: Response) {
  const pdf = await getDocument({ data: new Uint8Array(await response.arrayBuffer()), verbosity: 0 }).promise;
  const pages = await Promise.all(Array.from({ length: pdf.numPages }, (_, index) => pdf.getPage(index + 1).then((page) => page.getTextContent())));
  return pages.flatMap((page) => page.items.map((item) => ('str' in item ? item.str : ''))).join(' ').replace(/\s+/g, ' ');
}

describe('meeting exports', () => {
  it('gives the published agenda as Markdown, with running clock times and numbered sub-items', async () => {
    const member = await clientFor(server.url, world.people.member);
    const response = await download(member, 'ordre-du-jour.md');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/markdown/);
    const text = await response.text();
    expect(text).toContain(`# Ordre du jour — ${world.body.name}`);
    expect(text).toMatch(/Ordre du jour publié \(version 1/);
    expect(text).toContain('09:30 — 1. Bilan annuel du plan (30 min, information) — présenté par');
    expect(text).toContain('10:00 — 1.1. Appel à projets ESS (20 min, décision)');
    expect(text).toContain('10:20 — 2. Village itinérant (25 min, échange)');
  });

  it('gives the minutes as a PDF with the body, date, attendance, items and decisions', async () => {
    const member = await clientFor(server.url, world.people.member);
    const response = await download(member, 'compte-rendu.pdf');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const text = await pdfText(response);
    expect(text).toContain(`Compte rendu — ${world.body.name}`);
    expect(text).toContain('lundi 10 mars 2031');
    expect(text).toContain(world.people.chair.displayName);
    expect(text).toContain('excusé·e');
    expect(text).toContain('Appel à projets ESS — Douze dossiers reçus.');
    expect(text).toContain('Décision : Retenir les douze projets (pour : 9, contre : 0, abstentions : 1)');
    expect(text).toContain('Séance ouverte à 9 h 30.');
  });

  it('writes the closed polls into the minutes, under their item', async () => {
    const member = await clientFor(server.url, world.people.member);
    const text = await (await download(member, 'compte-rendu.md')).text();
    const item = text.indexOf('Appel à projets ESS — Douze dossiers reçus.');
    const poll = text.indexOf("Scrutin secret (consentement) : Ouvrir un second appel ? — Consentement : adopté (1 d'accord, 0 abstention) ; 1 vote sur 2 possibles");
    expect(item).toBeGreaterThan(0);
    expect(poll).toBeGreaterThan(item);
  });

  it('gives a printable page that escapes what people typed', async () => {
    await server.services.dataSource.getRepository(AgendaItem).update({ title: 'Village itinérant' }, { title: 'Village <itinérant> & fête' });
    const member = await clientFor(server.url, world.people.member);
    const response = await download(member, 'compte-rendu.html');
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    const page = await response.text();
    expect(page).toMatch(/<html lang="fr">/);
    expect(page).toContain('<h2>Participants</h2>');
    expect(page).toContain('Village &lt;itinérant&gt; &amp; fête');
    expect(page).toMatch(/@media print/);
  });

  it('refuses people who may not read the meeting, and unknown documents', async () => {
    expect((await download(new ApiClient(server.url), 'compte-rendu.pdf')).status).toBe(401);
    expect((await download(await clientFor(server.url, world.people.outsider), 'compte-rendu.pdf')).status).toBe(403);
    const member = await clientFor(server.url, world.people.member);
    expect((await download(member, 'autre.pdf')).status).toBe(404);
    expect((await fetch(`${server.url}/exports/meetings/pas-un-id/compte-rendu.md`, { headers: { cookie: member.cookie! } })).status).toBe(404);
  });
});
