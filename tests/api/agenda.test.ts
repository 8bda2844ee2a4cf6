import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgendaItem } from '../../server/src/agenda/agenda-item.entity';
import { MeetingStatus } from '../../server/src/meetings/meeting.entity';
import { ADD, AGENDA, type AgendaWorld, addItems, buildAgendaWorld, denseOutline, readAgenda, REMOVE, MOVE, UPDATE } from '../helpers/agenda';
import { ApiClient } from '../helpers/api-client';
import { buildAction, buildMeeting, buildOrientation, buildPlan } from '../helpers/factories';
import { startTestServer, type TestServer } from '../helpers/test-server';

let server: TestServer;
let world: AgendaWorld;

beforeAll(async () => {
  server = await startTestServer();
  world = await buildAgendaWorld(server.services.dataSource, server.url);
});
afterAll(() => server.stop());

const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const newMeeting = (status = MeetingStatus.DRAFT) => buildMeeting(server.services.dataSource, { bodyId: world.body.id, status });

describe('adding items', () => {
  it('lets a COTECH secretary draft items for a COPIL meeting of the same plan, each appended at the end', async () => {
    const meeting = await newMeeting();
    const [first, second] = await addItems(world.as.cotechSecretary, { meetingId: meeting.id }, ['Bilan des actions', 'Budget 2026']);
    expect(first).toMatchObject({ position: 0, meetingId: meeting.id, bodyId: world.body.id, parentId: null, durationMinutes: 15, outcome: 'PENDING' });
    expect(second.position).toBe(1);
    const { agenda } = await readAgenda(world.as.member, meeting.id);
    expect(denseOutline(agenda)).toEqual(['Bilan des actions', 'Budget 2026']);
  });

  it('lets chairs and secretaries of the body add, and refuses members, observers, outsiders, other plans and anonymous visitors', async () => {
    const meeting = await newMeeting();
    await addItems(world.as.chair, { meetingId: meeting.id }, ['Par la présidence']);
    await addItems(world.as.secretary, { meetingId: meeting.id }, ['Par le secrétariat']);
    const input = { meetingId: meeting.id, title: 'Point pirate' };
    for (const client of [world.as.member, world.as.observer, world.as.outsider, world.as.elsewhereChair]) {
      expect(await client.errorCode(ADD, { input })).toBe('FORBIDDEN');
    }
    expect(await new ApiClient(server.url).errorCode(ADD, { input })).toBe('UNAUTHENTICATED');
    expect(denseOutline((await readAgenda(world.as.admin, meeting.id)).agenda)).toEqual(['Par la présidence', 'Par le secrétariat']);
  });

  it('hides the agenda from people outside the plan', async () => {
    const meeting = await newMeeting();
    expect(await world.as.outsider.errorCode(AGENDA, { id: meeting.id })).toBe('FORBIDDEN');
    expect(await new ApiClient(server.url).errorCode(AGENDA, { id: meeting.id })).toBe('UNAUTHENTICATED');
  });

  it('links orientations, actions and people of the plan, and refuses those of another plan', async () => {
    const ds = server.services.dataSource;
    const meeting = await newMeeting();
    const foreignOrientation = await buildOrientation(ds, { planId: (await buildPlan(ds)).id });
    const foreignAction = await buildAction(ds, { orientationId: foreignOrientation.id });
    const linked = {
      meetingId: meeting.id,
      title: 'Suivi de la fiche action',
      orientationIds: [world.orientation.id],
      actionIds: [world.action.id, world.action.id],
      presenterId: world.people.member.id,
      preparerId: world.people.cotechSecretary.id,
      links: [{ label: 'Fiche action', url: 'https://example.org/fiche.pdf' }],
    };
    const { addAgendaItem } = await world.as.secretary.data(
      ADD.replace('archivedAt', 'archivedAt orientations { id } actions { id } presenter { id } preparer { id } links { label url }'),
      { input: linked },
    );
    expect(addAgendaItem).toMatchObject({
      orientations: [{ id: world.orientation.id }],
      actions: [{ id: world.action.id }],
      presenter: { id: world.people.member.id },
      preparer: { id: world.people.cotechSecretary.id },
      links: linked.links,
    });
    for (const wrong of [{ orientationIds: [foreignOrientation.id] }, { actionIds: [foreignAction.id] }, { actionIds: ['nope'] }, { presenterId: UNKNOWN }]) {
      expect(await world.as.secretary.errorCode(ADD, { input: { meetingId: meeting.id, title: 'Lien refusé', ...wrong } })).toBe('BAD_USER_INPUT');
    }
    const { addAgendaItem: item } = await world.as.secretary.data(ADD, { input: { meetingId: meeting.id, title: 'À modifier' } });
    expect(await world.as.secretary.errorCode(UPDATE, { input: { id: item.id, actionIds: [foreignAction.id] } })).toBe('BAD_USER_INPUT');
  });

  it('refuses bad input with BAD_USER_INPUT and leaves the stored agenda unchanged', async () => {
    const meeting = await newMeeting();
    const [item] = await addItems(world.as.secretary, { meetingId: meeting.id }, ['Point stable']);
    const link = (index: number) => ({ label: `Document ${index}`, url: `https://example.org/${index}` });
    const badAdds = [
      { meetingId: meeting.id, title: 'ab' },
      { meetingId: meeting.id, title: 'x'.repeat(301) },
      { meetingId: meeting.id, title: 'Trop long', durationMinutes: 601 },
      { meetingId: meeting.id, title: 'Négatif', durationMinutes: -5 },
      { meetingId: meeting.id, title: 'Trop de liens', links: Array.from({ length: 21 }, (_, index) => link(index)) },
      { meetingId: meeting.id, title: 'Lien douteux', links: [{ label: 'Script', url: 'javascript:alert(1)' }] },
      { title: 'Nulle part' },
      { meetingId: meeting.id, bodyId: world.cotech.id, title: 'Deux instances' },
    ];
    for (const input of badAdds) expect(await world.as.secretary.errorCode(ADD, { input }), JSON.stringify(input).slice(0, 80)).toBe('BAD_USER_INPUT');
    const badUpdates = [{ title: 'ab' }, { durationMinutes: 700 }, { links: Array.from({ length: 21 }, (_, index) => link(index)) }];
    for (const change of badUpdates) expect(await world.as.secretary.errorCode(UPDATE, { input: { id: item.id, ...change } })).toBe('BAD_USER_INPUT');
    expect(await world.as.secretary.errorCode(MOVE, { input: { id: item.id, position: -1 } })).toBe('BAD_USER_INPUT');
    const { agenda } = await readAgenda(world.as.secretary, meeting.id);
    expect(agenda).toEqual([expect.objectContaining({ id: item.id, title: 'Point stable', durationMinutes: 15, version: item.version })]);
  });

  it('answers NOT_FOUND for unknown meetings, bodies, items and sections', async () => {
    const meeting = await newMeeting();
    const client = world.as.secretary;
    expect(await client.errorCode(ADD, { input: { meetingId: UNKNOWN, title: 'Réunion inconnue' } })).toBe('NOT_FOUND');
    expect(await client.errorCode(ADD, { input: { bodyId: 'not-an-id', title: 'Instance inconnue' } })).toBe('NOT_FOUND');
    expect(await client.errorCode(ADD, { input: { meetingId: meeting.id, parentId: UNKNOWN, title: 'Section inconnue' } })).toBe('NOT_FOUND');
    expect(await client.errorCode(UPDATE, { input: { id: UNKNOWN, title: 'Point inconnu' } })).toBe('NOT_FOUND');
    expect(await client.errorCode(MOVE, { input: { id: UNKNOWN, position: 0 } })).toBe('NOT_FOUND');
    expect(await client.errorCode(REMOVE, { id: 'not-an-id' })).toBe('NOT_FOUND');
  });
});

describe('editing items', () => {
  it('refuses a stale edit with CONFLICT and keeps the text saved first', async () => {
    const [item] = await addItems(world.as.secretary, { meetingId: (await newMeeting()).id }, ['Point discuté']);
    const saved = await world.as.chair.data(UPDATE, { input: { id: item.id, expectedVersion: item.version, title: 'Titre de la présidence' } });
    expect(saved.updateAgendaItem.version).toBe(item.version + 1);
    const stale = await world.as.cotechSecretary.request(UPDATE, { input: { id: item.id, expectedVersion: item.version, title: 'Titre périmé' } });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(stale.errors?.[0].message).toMatch(/modifié/);
    const { agenda } = await readAgenda(world.as.member, item.meetingId!);
    expect(agenda[0].title).toBe('Titre de la présidence');
  });

  it('lets members and observers read but never edit, move or remove', async () => {
    const [item] = await addItems(world.as.secretary, { meetingId: (await newMeeting()).id }, ['Point protégé']);
    for (const client of [world.as.member, world.as.observer]) {
      expect(await client.errorCode(UPDATE, { input: { id: item.id, title: 'Changé' } })).toBe('FORBIDDEN');
      expect(await client.errorCode(MOVE, { input: { id: item.id, position: 0 } })).toBe('FORBIDDEN');
      expect(await client.errorCode(REMOVE, { id: item.id })).toBe('FORBIDDEN');
    }
    expect((await readAgenda(world.as.observer, item.meetingId!)).agenda.map((read) => read.title)).toEqual(['Point protégé']);
  });
});

describe('the running clock', () => {
  it("gives each item its start, sections' items in order, and the meeting its planned and overrun minutes", async () => {
    const meeting = await newMeeting();
    const at = (minutes: number) => new Date(meeting.startsAt.getTime() + minutes * 60_000).toISOString();
    const place = { meetingId: meeting.id };
    const [opening] = await addItems(world.as.secretary, place, ['Accueil'], { durationMinutes: 30 });
    const [section] = await addItems(world.as.secretary, place, ['Actions'], { durationMinutes: 10 });
    await addItems(world.as.secretary, { ...place, parentId: section.id }, ['Action 1'], { durationMinutes: 20 });
    await addItems(world.as.secretary, { ...place, parentId: section.id }, ['Action 2'], { durationMinutes: 30 });
    const [closing] = await addItems(world.as.secretary, place, ['Divers'], { durationMinutes: 40 });
    const read = await readAgenda(world.as.member, meeting.id);
    expect(denseOutline(read.agenda)).toEqual(['Accueil', 'Actions', 'Actions › Action 1', 'Actions › Action 2', 'Divers']);
    expect(read.agenda.map((item) => item.startsAt)).toEqual([at(0), at(30), at(90)]);
    expect(read.agenda[1].children!.map((item) => item.startsAt)).toEqual([at(40), at(60)]);
    // Two hours planned for 130 minutes of agenda.
    expect(read).toMatchObject({ plannedMinutes: 130, overrunMinutes: 10 });
    await world.as.secretary.data(UPDATE, { input: { id: closing.id, durationMinutes: 20 } });
    await world.as.secretary.data(MOVE, { input: { id: opening.id, position: 5 } });
    const after = await readAgenda(world.as.member, meeting.id);
    expect(after).toMatchObject({ plannedMinutes: 110, overrunMinutes: 0 });
    expect(after.agenda.map((item) => [item.title, item.startsAt])).toEqual([['Actions', at(0)], ['Divers', at(60)], ['Accueil', at(80)]]);
  });
});

describe('what each meeting status allows', () => {
  it('lets the agenda change until the session ends, and its notes be written in session and after', async () => {
    const draft = await newMeeting(MeetingStatus.DRAFT);
    const [prepared] = await addItems(world.as.secretary, { meetingId: draft.id }, ['Préparé en amont']);
    const early = await world.as.secretary.request(UPDATE, { input: { id: prepared.id, notes: 'Trop tôt' } });
    expect(early.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(early.errors?.[0].message).toMatch(/en préparation/);

    const session = await newMeeting(MeetingStatus.IN_SESSION);
    const [live] = await addItems(world.as.secretary, { meetingId: session.id }, ['Ajouté en séance']);
    const noted = await world.as.secretary.data(UPDATE, { input: { id: live.id, notes: 'Accord de principe', outcome: 'DONE', durationMinutes: 5 } });
    expect(noted.updateAgendaItem).toMatchObject({ notes: 'Accord de principe', outcome: 'DONE', durationMinutes: 5 });

    const closed = await newMeeting(MeetingStatus.CLOSED);
    const held = await server.services.dataSource
      .getRepository(AgendaItem)
      .save({ bodyId: world.body.id, meetingId: closed.id, title: 'Traité en séance', position: 0 });
    const late = await world.as.secretary.request(ADD, { input: { meetingId: closed.id, title: 'Trop tard' } });
    expect(late.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringMatching(/réunion close/) });
    expect(await world.as.secretary.errorCode(UPDATE, { input: { id: held.id, title: 'Réécrit après coup' } })).toBe('CONFLICT');
    expect(await world.as.secretary.errorCode(MOVE, { input: { id: held.id, position: 0 } })).toBe('CONFLICT');
    expect(await world.as.secretary.errorCode(REMOVE, { id: held.id })).toBe('CONFLICT');
    const after = await world.as.secretary.data(UPDATE, { input: { id: held.id, notes: 'Complété après la séance', outcome: 'UNFINISHED' } });
    expect(after.updateAgendaItem).toMatchObject({ title: 'Traité en séance', notes: 'Complété après la séance' });

    await server.services.dataSource.query("UPDATE meetings SET status = 'MINUTES_APPROVED' WHERE id = $1", [closed.id]);
    expect(await world.as.secretary.errorCode(UPDATE, { input: { id: held.id, notes: 'Trop tard' } })).toBe('CONFLICT');
    const cancelled = await newMeeting(MeetingStatus.CANCELLED);
    expect(await world.as.secretary.errorCode(ADD, { input: { meetingId: cancelled.id, title: 'Annulée' } })).toBe('CONFLICT');
    expect((await readAgenda(world.as.member, closed.id)).agenda.map((item) => item.notes)).toEqual(['Complété après la séance']);
  });
});
