import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgendaItem, AgendaItemOutcome } from '../../server/src/agenda/agenda-item.entity';
import { MeetingStatus } from '../../server/src/meetings/meeting.entity';
import { ApiClient, clientFor } from '../helpers/api-client';
import { buildMeeting, buildWorld, type World } from '../helpers/factories';
import { startTestServer, type TestServer } from '../helpers/test-server';

let server: TestServer;
let ds: DataSource;
let world: World;
let as: Record<'admin' | 'chair' | 'secretary' | 'member' | 'observer' | 'outsider', ApiClient>;

beforeAll(async () => {
  server = await startTestServer();
  ds = server.services.dataSource;
  world = await buildWorld(ds);
  as = Object.fromEntries(
    await Promise.all(Object.entries(world.people).map(async ([role, person]) => [role, await clientFor(server.url, person)])),
  ) as typeof as;
});
afterAll(() => server.stop());

const ROOM = 'id status roomOpen roomOpenedAt roomClosedAt currentItem { id elapsedSeconds } timer { running startedAt elapsedSeconds plannedSeconds }';
const act = (verb: string) => `mutation ($meetingId: ID!) { ${verb}(meetingId: $meetingId) { ${ROOM} } }`;
const SET_ITEM = `mutation ($meetingId: ID!, $agendaItemId: ID!) { setCurrentItem(meetingId: $meetingId, agendaItemId: $agendaItemId) { ${ROOM} } }`;
const READ = `query ($id: ID!) { meeting(id: $id) { lastEventSeq ${ROOM} } }`;

function item(meetingId: string, position: number, overrides: Partial<AgendaItem> = {}) {
  return ds.getRepository(AgendaItem).save({ bodyId: world.body.id, meetingId, position, title: `Point ${position}`, durationMinutes: 20, ...overrides });
}

/**
 * A meeting in session whose first item is done, with a pending sub-item under it: the room
 * should start on `second`, the first unfinished top-level item.
 */
async function inSession(status = MeetingStatus.IN_SESSION) {
  const meeting = await buildMeeting(ds, { bodyId: world.body.id, status });
  const done = await item(meeting.id, 0, { outcome: AgendaItemOutcome.DONE });
  await item(meeting.id, 0, { parentId: done.id, title: 'Sous-point' });
  const second = await item(meeting.id, 1, { durationMinutes: 30 });
  const third = await item(meeting.id, 2);
  return { meetingId: meeting.id, second, third };
}

async function openRoom() {
  const session = await inSession();
  await as.secretary.data(act('openRoom'), { meetingId: session.meetingId });
  return session;
}

/** Pretends the timer was started this many seconds ago. */
function backdateTimer(meetingId: string, seconds: number) {
  return ds.query(`UPDATE meetings SET timer_started_at = now() - make_interval(secs => $2) WHERE id = $1`, [meetingId, seconds]);
}

const read = async (meetingId: string) => (await as.member.data(READ, { id: meetingId })).meeting;

describe('opening and closing the room', () => {
  it('opens the room of a meeting in session on the first unfinished top-level item', async () => {
    const { meetingId, second } = await inSession();
    const { openRoom } = await as.chair.data(act('openRoom'), { meetingId });
    expect(openRoom).toMatchObject({ roomOpen: true, roomClosedAt: null, currentItem: { id: second.id } });
    expect(openRoom.roomOpenedAt).not.toBeNull();
    expect(openRoom.timer).toEqual({ running: false, startedAt: null, elapsedSeconds: 0, plannedSeconds: 1800 });
    expect((await read(meetingId)).roomOpen).toBe(true);
  });

  it('closes the room with its timer paused, and reopens it on the same item', async () => {
    const { meetingId, second } = await openRoom();
    await as.secretary.data(act('startTimer'), { meetingId });
    await backdateTimer(meetingId, 45);
    const { closeRoom } = await as.chair.data(act('closeRoom'), { meetingId });
    expect(closeRoom).toMatchObject({ roomOpen: false, timer: { running: false }, currentItem: { id: second.id } });
    expect(closeRoom.roomClosedAt).not.toBeNull();
    expect(closeRoom.currentItem.elapsedSeconds).toBeGreaterThanOrEqual(45);
    const { openRoom: reopened } = await as.chair.data(act('openRoom'), { meetingId });
    expect(reopened).toMatchObject({ roomOpen: true, roomClosedAt: null, currentItem: { id: second.id } });
  });

  it('closes an open room when the meeting itself is closed', async () => {
    const { meetingId } = await openRoom();
    await as.secretary.data(act('startTimer'), { meetingId });
    await backdateTimer(meetingId, 60);
    await as.secretary.data('mutation ($id: ID!) { closeMeeting(id: $id) { id } }', { id: meetingId });
    const meeting = await read(meetingId);
    expect(meeting).toMatchObject({ status: 'CLOSED', roomOpen: false, timer: { running: false } });
    expect(meeting.currentItem.elapsedSeconds).toBeGreaterThanOrEqual(60);
  });
});

describe('who runs the room', () => {
  it('lets the chair, the secretary and admins run it', async () => {
    const { meetingId, third } = await openRoom();
    await as.chair.data(SET_ITEM, { meetingId, agendaItemId: third.id });
    await as.admin.data(act('startTimer'), { meetingId });
    expect((await as.secretary.data(act('pauseTimer'), { meetingId })).pauseTimer.timer.running).toBe(false);
  });

  it('refuses members, observers and outsiders with FORBIDDEN, and anonymous callers with UNAUTHENTICATED', async () => {
    const { meetingId, third } = await inSession();
    const calls: [string, Record<string, unknown>][] = [
      ...['openRoom', 'startTimer', 'pauseTimer', 'closeRoom'].map((verb): [string, Record<string, unknown>] => [act(verb), { meetingId }]),
      [SET_ITEM, { meetingId, agendaItemId: third.id }],
    ];
    for (const [query, variables] of calls) {
      for (const client of [as.member, as.observer, as.outsider]) expect(await client.errorCode(query, variables)).toBe('FORBIDDEN');
      expect(await new ApiClient(server.url).errorCode(query, variables)).toBe('UNAUTHENTICATED');
    }
    expect((await read(meetingId)).roomOpen).toBe(false);
  });
});

describe('what the room state allows', () => {
  it('opens a room only while the meeting is in session, and only once', async () => {
    const convened = await inSession(MeetingStatus.CONVENED);
    const refused = await as.chair.request(act('openRoom'), { meetingId: convened.meetingId });
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringMatching(/réunion convoquée/) });
    const { meetingId } = await openRoom();
    const twice = await as.chair.request(act('openRoom'), { meetingId });
    expect(twice.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringMatching(/déjà ouverte/) });
  });

  it('refuses every control of a room that is not open with CONFLICT', async () => {
    const { meetingId, third } = await inSession();
    for (const [query, variables] of [
      [act('startTimer'), { meetingId }],
      [act('pauseTimer'), { meetingId }],
      [act('closeRoom'), { meetingId }],
      [SET_ITEM, { meetingId, agendaItemId: third.id }],
    ] as const) {
      const result = await as.chair.request(query, variables);
      expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringMatching(/n'est pas ouverte/) });
    }
  });

  it("refuses an item of another meeting's agenda", async () => {
    const { meetingId } = await openRoom();
    const other = await inSession();
    expect(await as.chair.errorCode(SET_ITEM, { meetingId, agendaItemId: other.third.id })).toBe('BAD_USER_INPUT');
    expect(await as.chair.errorCode(SET_ITEM, { meetingId, agendaItemId: 'pas-un-id' })).toBe('BAD_USER_INPUT');
  });
});

describe('the timer', () => {
  it('adds the running seconds at read time and keeps them when paused', async () => {
    const { meetingId, second } = await openRoom();
    const { startTimer } = await as.secretary.data(act('startTimer'), { meetingId });
    expect(startTimer.timer).toMatchObject({ running: true, plannedSeconds: 1800 });
    await backdateTimer(meetingId, 90);
    const running = (await read(meetingId)).timer;
    expect(running.elapsedSeconds).toBeGreaterThanOrEqual(90);
    expect(running.elapsedSeconds).toBeLessThan(95);
    const { pauseTimer } = await as.secretary.data(act('pauseTimer'), { meetingId });
    expect(pauseTimer.timer).toMatchObject({ running: false, startedAt: null });
    expect(pauseTimer.timer.elapsedSeconds).toBe(pauseTimer.currentItem.elapsedSeconds);
    const [stored] = await ds.query('SELECT elapsed_seconds FROM agenda_items WHERE id = $1', [second.id]);
    expect(stored.elapsed_seconds).toBe(pauseTimer.timer.elapsedSeconds);
  });

  it("moving to another item pauses the previous item's timer and banks its seconds", async () => {
    const { meetingId, second, third } = await openRoom();
    await ds.query('UPDATE agenda_items SET elapsed_seconds = 100 WHERE id = $1', [second.id]);
    await as.secretary.data(act('startTimer'), { meetingId });
    await backdateTimer(meetingId, 30);
    const { setCurrentItem } = await as.secretary.data(SET_ITEM, { meetingId, agendaItemId: third.id });
    expect(setCurrentItem).toMatchObject({ currentItem: { id: third.id, elapsedSeconds: 0 }, timer: { running: false, elapsedSeconds: 0 } });
    const [previous] = await ds.query('SELECT elapsed_seconds FROM agenda_items WHERE id = $1', [second.id]);
    expect(previous.elapsed_seconds).toBeGreaterThanOrEqual(130);
    expect(previous.elapsed_seconds).toBeLessThan(135);
  });

  it('starting a running timer or pausing a paused one changes nothing and sends no event', async () => {
    const { meetingId } = await openRoom();
    const before = (await read(meetingId)).lastEventSeq;
    const first = (await as.secretary.data(act('startTimer'), { meetingId })).startTimer.timer.startedAt;
    const again = (await as.secretary.data(act('startTimer'), { meetingId })).startTimer.timer.startedAt;
    expect(again).toBe(first);
    expect((await read(meetingId)).lastEventSeq).toBe(before + 1);
    await as.secretary.data(act('pauseTimer'), { meetingId });
    await as.secretary.data(act('pauseTimer'), { meetingId });
    expect((await read(meetingId)).lastEventSeq).toBe(before + 2);
  });
});
