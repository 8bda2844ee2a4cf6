import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BodyKind } from '../../server/src/bodies/governance-body.entity';
import { MeetingStatus } from '../../server/src/meetings/meeting.entity';
import { planTopic } from '../../server/src/events/topics';
import { ADD, type AgendaWorld, addItems, BACKLOG, buildAgendaWorld, denseOutline, type Item, MOVE, readAgenda, REMOVE, ROLL_OVER, UPDATE } from '../helpers/agenda';
import { buildBody, buildMeeting } from '../helpers/factories';
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
const step = (verb: string, id: string) => world.as.secretary.data(`mutation ($id: ID!) { ${verb}(id: $id) { id status } }`, { id });

/**
 * A meeting held through the API: "Ouverture" done, the section "Actions" left pending with
 * "Action 1" done and "Action 2" not, and "Divers" not reached; closing marks the rest unfinished.
 */
async function heldMeeting() {
  const meeting = await newMeeting();
  const place = { meetingId: meeting.id };
  const [opening, section, misc] = await addItems(world.as.secretary, place, ['Ouverture', 'Actions', 'Divers'], { durationMinutes: 20 });
  const [done] = await addItems(world.as.secretary, { ...place, parentId: section.id }, ['Action 1', 'Action 2']);
  await step('conveneMeeting', meeting.id);
  await step('openMeeting', meeting.id);
  for (const item of [opening, done]) await world.as.secretary.data(UPDATE, { input: { id: item.id, outcome: 'DONE', notes: 'Traité' } });
  return { meeting, section, misc, close: () => step('closeMeeting', meeting.id) };
}

const rollOver = (fromMeetingId: string, toMeetingId: string | null) =>
  world.as.secretary.data(ROLL_OVER, { input: { fromMeetingId, toMeetingId } }).then((data) => data.rollOverAgendaItems as Item[]);

describe('rolling over unfinished items', () => {
  it('refuses while the meeting is not closed, with CONFLICT', async () => {
    const { meeting } = await heldMeeting();
    const next = await newMeeting();
    const early = await world.as.secretary.request(ROLL_OVER, { input: { fromMeetingId: meeting.id, toMeetingId: next.id } });
    expect(early.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringMatching(/en séance/) });
    expect((await readAgenda(world.as.member, next.id)).agenda).toEqual([]);
  });

  it('copies them, with their section, to the end of the next meeting of the body', async () => {
    const { meeting, section, misc, close } = await heldMeeting();
    await close();
    const next = await newMeeting();
    await addItems(world.as.secretary, { meetingId: next.id }, ['Approbation du compte rendu']);
    const copies = await rollOver(meeting.id, next.id);
    expect(copies.map((item) => [item.title, item.rolledOverFromId, item.outcome, item.notes])).toEqual([
      ['Actions', section.id, 'PENDING', ''],
      ['Action 2', expect.any(String), 'PENDING', ''],
      ['Divers', misc.id, 'PENDING', ''],
    ]);
    expect(copies[1].parentId).toBe(copies[0].id);
    const { agenda, plannedMinutes } = await readAgenda(world.as.member, next.id);
    expect(denseOutline(agenda)).toEqual(['Approbation du compte rendu', 'Actions', 'Actions › Action 2', 'Divers']);
    expect(plannedMinutes).toBe(15 + 20 + 15 + 20);
    // The meeting held keeps its record.
    expect(denseOutline((await readAgenda(world.as.member, meeting.id)).agenda)).toEqual(['Ouverture', 'Actions', 'Actions › Action 1', 'Actions › Action 2', 'Divers']);
  });

  it('rolls over into the backlog, and a second roll-over copies nothing more', async () => {
    const { meeting, close } = await heldMeeting();
    await close();
    expect((await rollOver(meeting.id, null)).map((item) => [item.title, item.meetingId])).toEqual([
      ['Actions', null],
      ['Action 2', null],
      ['Divers', null],
    ]);
    expect(await rollOver(meeting.id, null)).toEqual([]);
    const { backlog } = (await world.as.member.data(BACKLOG, { id: world.body.id })).body;
    expect(denseOutline(backlog)).toEqual(expect.arrayContaining(['Actions', 'Actions › Action 2', 'Divers']));
  });

  it('only rolls over to a meeting of the same body still in preparation, for facilitators of the plan', async () => {
    const { meeting, close } = await heldMeeting();
    await close();
    const otherBody = await newMeeting({ bodyId: world.cotech.id });
    expect(await world.as.secretary.errorCode(ROLL_OVER, { input: { fromMeetingId: meeting.id, toMeetingId: otherBody.id } })).toBe('BAD_USER_INPUT');
    expect(await world.as.secretary.errorCode(ROLL_OVER, { input: { fromMeetingId: meeting.id, toMeetingId: meeting.id } })).toBe('BAD_USER_INPUT');
    const inSession = await newMeeting({ status: MeetingStatus.IN_SESSION });
    expect(await world.as.secretary.errorCode(ROLL_OVER, { input: { fromMeetingId: meeting.id, toMeetingId: inSession.id } })).toBe('CONFLICT');
    const next = await newMeeting({ status: MeetingStatus.CONVENED });
    for (const client of [world.as.member, world.as.observer, world.as.elsewhereChair]) {
      expect(await client.errorCode(ROLL_OVER, { input: { fromMeetingId: meeting.id, toMeetingId: next.id } })).toBe('FORBIDDEN');
    }
    expect(await world.as.secretary.errorCode(ROLL_OVER, { input: { fromMeetingId: '00000000-0000-4000-8000-000000000000' } })).toBe('NOT_FOUND');
    const copies = await world.as.cotechSecretary.data(ROLL_OVER, { input: { fromMeetingId: meeting.id, toMeetingId: next.id } });
    expect(copies.rollOverAgendaItems).toHaveLength(3);
  });
});

describe("a body's backlog", () => {
  it('takes items from any facilitator of the plan, editable whatever the meetings, and told on the plan stream', async () => {
    const workGroup = await buildBody(server.services.dataSource, { planId: world.plan.id, kind: BodyKind.PROJECT_GROUP });
    const body = { bodyId: workGroup.id };
    const before = await server.services.dataSource.query('SELECT last_seq FROM topic_sequences WHERE topic = $1', [planTopic(world.plan.id)]);
    const [idea, later] = await addItems(world.as.cotechSecretary, body, ['Idée du COTECH', 'Pour plus tard']);
    expect(idea).toMatchObject({ meetingId: null, bodyId: workGroup.id, position: 0 });
    await world.as.secretary.data(UPDATE, { input: { id: idea.id, notes: 'Notes libres', ready: true, title: 'Idée mûrie' } });
    await world.as.cotechSecretary.data(MOVE, { input: { id: later.id, position: 0 } });
    expect(await world.as.member.errorCode(ADD, { input: { ...body, title: 'Idée de membre' } })).toBe('FORBIDDEN');
    const { backlog } = (await world.as.member.data(BACKLOG, { id: workGroup.id })).body;
    expect(denseOutline(backlog)).toEqual(['Pour plus tard', 'Idée mûrie']);
    await world.as.secretary.data(REMOVE, { id: later.id });
    const events: { type: string; payload: { agendaItem: Item } }[] = await server.services.dataSource.query(
      'SELECT type, payload FROM events WHERE topic = $1 AND seq > $2 ORDER BY seq',
      [planTopic(world.plan.id), before[0]?.last_seq ?? 0],
    );
    expect(events.map((event) => [event.type, event.payload.agendaItem.title])).toEqual([
      ['BACKLOG_ITEM_CHANGED', 'Idée du COTECH'],
      ['BACKLOG_ITEM_CHANGED', 'Pour plus tard'],
      ['BACKLOG_ITEM_CHANGED', 'Idée mûrie'],
      ['BACKLOG_ITEM_CHANGED', 'Pour plus tard'],
      ['BACKLOG_ITEM_CHANGED', 'Pour plus tard'],
    ]);
    expect(events[4].payload.agendaItem.archivedAt).not.toBeNull();
  });

  it('is hidden from people outside the plan', async () => {
    expect(await world.as.outsider.errorCode(BACKLOG, { id: world.body.id })).toBe('FORBIDDEN');
    expect(await world.as.elsewhereChair.errorCode(ADD, { input: { bodyId: world.body.id, title: "D'un autre plan" } })).toBe('FORBIDDEN');
  });
});
