import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgendaItem } from '../../server/src/agenda/agenda-item.entity';
import { MeetingStatus } from '../../server/src/meetings/meeting.entity';
import { ADD, type AgendaWorld, addItems, BACKLOG, buildAgendaWorld, denseOutline, type Item, MOVE, readAgenda, REMOVE } from '../helpers/agenda';
import { buildMeeting, buildPerson } from '../helpers/factories';
import { startTestServer, type TestServer } from '../helpers/test-server';

let server: TestServer;
let world: AgendaWorld;

beforeAll(async () => {
  server = await startTestServer();
  world = await buildAgendaWorld(server.services.dataSource, server.url);
});
afterAll(() => server.stop());

const newMeeting = (overrides: Parameters<typeof buildMeeting>[1] = {}) =>
  buildMeeting(server.services.dataSource, { bodyId: world.body.id, ...overrides });
const move = (input: Record<string, unknown>) => world.as.secretary.data(MOVE, { input }).then((data) => data.moveAgendaItem as Item);
const titles = async (meetingId: string) => denseOutline((await readAgenda(world.as.member, meetingId)).agenda);

describe('sections', () => {
  it('nests items one level deep: never an item in an item of a section, nor a section in another', async () => {
    const meeting = await newMeeting();
    const place = { meetingId: meeting.id };
    const [section, other] = await addItems(world.as.secretary, place, ['Actions', 'Budget']);
    const [child] = await addItems(world.as.secretary, { ...place, parentId: section.id }, ['Action 1']);
    expect(child).toMatchObject({ parentId: section.id, position: 0 });
    const deeper = await world.as.secretary.request(ADD, { input: { ...place, parentId: child.id, title: 'Trop profond' } });
    expect(deeper.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/un niveau/) });
    expect(await world.as.secretary.errorCode(MOVE, { input: { id: section.id, parentId: other.id, position: 0 } })).toBe('BAD_USER_INPUT');
    expect(await world.as.secretary.errorCode(MOVE, { input: { id: other.id, parentId: other.id, position: 0 } })).toBe('BAD_USER_INPUT');
    const elsewhere = await newMeeting();
    expect(await world.as.secretary.errorCode(ADD, { input: { meetingId: elsewhere.id, parentId: section.id, title: 'Autre réunion' } })).toBe('BAD_USER_INPUT');
    expect(await titles(meeting.id)).toEqual(['Actions', 'Actions › Action 1', 'Budget']);
  });

  it('moves an item into a section and back out, renumbering both lists', async () => {
    const meeting = await newMeeting();
    const [section, budget, misc] = await addItems(world.as.secretary, { meetingId: meeting.id }, ['Actions', 'Budget', 'Divers']);
    await addItems(world.as.secretary, { meetingId: meeting.id, parentId: section.id }, ['Action 1']);
    const inside = await move({ id: budget.id, parentId: section.id, position: 0 });
    expect(inside).toMatchObject({ parentId: section.id, position: 0, version: budget.version });
    expect(await titles(meeting.id)).toEqual(['Actions', 'Actions › Budget', 'Actions › Action 1', 'Divers']);
    // Left out, the section stays; null takes the item back to the top level.
    await move({ id: budget.id, position: 1 });
    expect(await titles(meeting.id)).toEqual(['Actions', 'Actions › Action 1', 'Actions › Budget', 'Divers']);
    await move({ id: budget.id, parentId: null, position: 0 });
    expect(await titles(meeting.id)).toEqual(['Budget', 'Actions', 'Actions › Action 1', 'Divers']);
    expect(misc.position).toBe(2);
  });
});

describe('moving items', () => {
  it('reorders an agenda, a position past the end meaning last', async () => {
    const meeting = await newMeeting();
    const [first, , , last] = await addItems(world.as.secretary, { meetingId: meeting.id }, ['Point A', 'Point B', 'Point C', 'Point D']);
    const moved = await move({ id: last.id, meetingId: meeting.id, position: 0 });
    expect(moved.position).toBe(0);
    expect(await titles(meeting.id)).toEqual(['Point D', 'Point A', 'Point B', 'Point C']);
    expect((await move({ id: first.id, position: 99 })).position).toBe(3);
    expect(await titles(meeting.id)).toEqual(['Point D', 'Point B', 'Point C', 'Point A']);
  });

  it("takes a COTECH backlog section with its items to a COPIL meeting, then to the COPIL's backlog", async () => {
    const meeting = await newMeeting();
    const [section] = await addItems(world.as.cotechSecretary, { bodyId: world.cotech.id }, ['Préparé en COTECH']);
    await addItems(world.as.cotechSecretary, { bodyId: world.cotech.id, parentId: section.id }, ['Détail']);
    await addItems(world.as.secretary, { meetingId: meeting.id }, ['Ouverture']);
    const placed = await world.as.cotechSecretary.data(MOVE, { input: { id: section.id, meetingId: meeting.id, position: 1 } });
    expect(placed.moveAgendaItem).toMatchObject({ meetingId: meeting.id, bodyId: world.body.id, position: 1 });
    const { agenda } = await readAgenda(world.as.member, meeting.id);
    expect(denseOutline(agenda)).toEqual(['Ouverture', 'Préparé en COTECH', 'Préparé en COTECH › Détail']);
    expect(agenda[1].children![0]).toMatchObject({ meetingId: meeting.id, bodyId: world.body.id });
    expect((await world.as.member.data(BACKLOG, { id: world.cotech.id })).body.backlog).toEqual([]);
    await move({ id: section.id, meetingId: null, position: 0 });
    const { backlog } = (await world.as.member.data(BACKLOG, { id: world.body.id })).body;
    expect(backlog.map((item: Item) => [item.title, item.meetingId, item.startsAt, item.children!.map((child) => child.meetingId)])).toEqual([
      ['Préparé en COTECH', null, null, [null]],
    ]);
    expect(await titles(meeting.id)).toEqual(['Ouverture']);
  });

  it('refuses a meeting of another plan with BAD_USER_INPUT and a meeting already held with CONFLICT', async () => {
    const [item] = await addItems(world.as.secretary, { meetingId: (await newMeeting()).id }, ['Reste ici']);
    const foreign = await buildMeeting(server.services.dataSource, { bodyId: world.elsewhere.id });
    expect(await world.as.admin.errorCode(MOVE, { input: { id: item.id, meetingId: foreign.id, position: 0 } })).toBe('BAD_USER_INPUT');
    const held = await newMeeting({ status: MeetingStatus.CLOSED });
    expect(await world.as.secretary.errorCode(MOVE, { input: { id: item.id, meetingId: held.id, position: 0 } })).toBe('CONFLICT');
    expect(await titles(item.meetingId!)).toEqual(['Reste ici']);
    expect(await titles(held.id)).toEqual([]);
  });
});

describe('removing items', () => {
  it('archives a section with its items and closes the gap', async () => {
    const meeting = await newMeeting();
    const [, section] = await addItems(world.as.secretary, { meetingId: meeting.id }, ['Point A', 'Section', 'Point B']);
    const [child] = await addItems(world.as.secretary, { meetingId: meeting.id, parentId: section.id }, ['Enfant']);
    const { removeAgendaItem } = await world.as.cotechSecretary.data(REMOVE, { id: section.id });
    expect(removeAgendaItem.archivedAt).not.toBeNull();
    expect(await titles(meeting.id)).toEqual(['Point A', 'Point B']);
    expect(await world.as.secretary.errorCode(REMOVE, { id: section.id })).toBe('NOT_FOUND');
    const stored = await server.services.dataSource.getRepository(AgendaItem).findOneByOrFail({ id: child.id });
    expect(stored.archivedAt).not.toBeNull();
  });
});

describe('batching', () => {
  const DEEP = `query ($id: ID!) {
    meeting(id: $id) {
      plannedMinutes overrunMinutes
      body { backlog { id children { id } } }
      agenda {
        id startsAt presenter { id } preparer { id } orientations { id } actions { id }
        children { id startsAt presenter { displayName } preparer { id } orientations { id } actions { id } }
      }
    }
  }`;

  /** A meeting of `count` items: a section every five items, the others inside it, all linked. */
  async function meetingOf(count: number) {
    const ds = server.services.dataSource;
    const meeting = await newMeeting();
    let section: AgendaItem | null = null;
    for (let index = 0; index < count; index++) {
      const inSection = index % 5 !== 0;
      const item: AgendaItem = await ds.getRepository(AgendaItem).save({
        bodyId: world.body.id,
        meetingId: meeting.id,
        parentId: inSection ? section!.id : null,
        position: inSection ? (index % 5) - 1 : index / 5,
        title: `Point ${index}`,
        presenterId: (await buildPerson(ds)).id,
        preparerId: world.people.secretary.id,
        orientationIds: [world.orientation.id],
        actionIds: [world.action.id],
      });
      if (!inSection) section = item;
    }
    return meeting;
  }

  it('sends as many SQL statements for an agenda of 50 items as for one of 5', async () => {
    const five = await meetingOf(5);
    const fifty = await meetingOf(50);
    const count = async (meetingId: string) => {
      const before = server.statements.count;
      const { meeting } = await world.as.member.data(DEEP, { id: meetingId });
      return { statements: server.statements.count - before, meeting };
    };
    const small = await count(five.id);
    const large = await count(fifty.id);
    expect(small.meeting.agenda).toHaveLength(1);
    expect(large.meeting.agenda).toHaveLength(10);
    expect(large.meeting.agenda[9].children).toHaveLength(4);
    expect(large.meeting.plannedMinutes).toBe(50 * 15);
    expect(small.statements).toBeGreaterThan(3);
    expect(large.statements).toBe(small.statements);
  });
});
