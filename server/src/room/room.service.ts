import { type EntityManager, IsNull } from 'typeorm';
import { type Context, inTransaction } from '../app/context';
import { badInput, conflict } from '../app/errors';
import { findOrFail, isUuid } from '../app/lookup';
import { lockForUpdate } from '../app/updates';
import { AgendaItem, AgendaItemOutcome } from '../agenda/agenda-item.entity';
import { assertStatusIn } from '../meetings/meeting-lifecycle';
import { Meeting, MeetingStatus } from '../meetings/meeting.entity';
import { MeetingEventType, publishMeetingChange } from '../meetings/meeting-event';
import { RoomTimer } from './room.types';

export const isRoomOpen = (meeting: Meeting) => meeting.roomOpenedAt !== null && meeting.roomClosedAt === null;

/** Seconds a running timer has run since it started (0 when paused). */
export function runningSeconds(meeting: Meeting, now = Date.now()) {
  if (!meeting.timerStartedAt) return 0;
  return Math.max(0, Math.floor((now - new Date(meeting.timerStartedAt).getTime()) / 1000));
}

/** The current item's clock, computed at read time from the stored seconds and the running stretch. */
export function roomTimer(meeting: Meeting, item: AgendaItem): RoomTimer {
  return Object.assign(new RoomTimer(), {
    running: meeting.timerStartedAt !== null,
    startedAt: meeting.timerStartedAt,
    elapsedSeconds: item.elapsedSeconds + runningSeconds(meeting),
    plannedSeconds: item.durationMinutes * 60,
  });
}

/** Stops the running timer, adding its seconds to the current item; returns that item when it changed. */
export async function pauseTimerIn(tx: EntityManager, meeting: Meeting): Promise<AgendaItem | null> {
  if (!meeting.timerStartedAt) return null;
  const seconds = runningSeconds(meeting);
  meeting.timerStartedAt = null;
  if (!meeting.currentItemId) return null;
  const item = await tx.findOne(AgendaItem, { where: { id: meeting.currentItemId }, lock: { mode: 'pessimistic_write' } });
  if (!item) return null;
  item.elapsedSeconds += seconds;
  return tx.save(item);
}

/** Closes an open room (timer paused); used by the room and when the meeting itself closes. */
export async function closeRoomIn(tx: EntityManager, meeting: Meeting) {
  const item = await pauseTimerIn(tx, meeting);
  meeting.roomClosedAt = new Date();
  return item;
}

/** What a room change did: nothing (no event), or the meeting and maybe the item whose clock moved. */
type RoomChange = { changed: false } | { changed: true; agendaItem?: AgendaItem | null };

/** The live room of a meeting in session, run by the body's facilitators. */
export class RoomService {
  constructor(private readonly context: Context) {}

  open(meetingId: string) {
    return this.change(meetingId, async (tx, meeting) => {
      assertStatusIn(meeting.status, [MeetingStatus.IN_SESSION], 'Ouvrir la salle');
      if (isRoomOpen(meeting)) throw conflict('La salle de cette réunion est déjà ouverte.');
      meeting.roomOpenedAt = new Date();
      meeting.roomClosedAt = null;
      if (!meeting.currentItemId) {
        const first = await tx.findOne(AgendaItem, {
          where: { meetingId: meeting.id, parentId: IsNull(), archivedAt: IsNull(), outcome: AgendaItemOutcome.PENDING },
          order: { position: 'ASC' },
        });
        meeting.currentItemId = first?.id ?? null;
      }
      return { changed: true };
    });
  }

  setCurrentItem(meetingId: string, agendaItemId: string) {
    return this.change(meetingId, async (tx, meeting) => {
      assertOpen(meeting, 'Changer de point');
      const item = isUuid(agendaItemId)
        ? await tx.findOne(AgendaItem, { where: { id: agendaItemId, meetingId: meeting.id, archivedAt: IsNull() } })
        : null;
      if (!item) throw badInput("Ce point n'est pas à l'ordre du jour de cette réunion.");
      if (meeting.currentItemId === item.id) return { changed: false };
      const previous = await pauseTimerIn(tx, meeting);
      meeting.currentItemId = item.id;
      return { changed: true, agendaItem: previous };
    });
  }

  startTimer(meetingId: string) {
    return this.change(meetingId, async (_tx, meeting) => {
      assertOpen(meeting, 'Lancer le chronomètre');
      if (!meeting.currentItemId) throw conflict('Lancer le chronomètre : choisissez d’abord le point en cours.');
      if (meeting.timerStartedAt) return { changed: false };
      meeting.timerStartedAt = new Date();
      return { changed: true };
    });
  }

  pauseTimer(meetingId: string) {
    return this.change(meetingId, async (tx, meeting) => {
      assertOpen(meeting, 'Mettre le chronomètre en pause');
      if (!meeting.timerStartedAt) return { changed: false };
      return { changed: true, agendaItem: await pauseTimerIn(tx, meeting) };
    });
  }

  close(meetingId: string) {
    return this.change(meetingId, async (tx, meeting) => {
      assertOpen(meeting, 'Fermer la salle');
      return { changed: true, agendaItem: await closeRoomIn(tx, meeting) };
    });
  }

  /** Runs one room change with the meeting row locked; a change that did something is published. */
  private async change(meetingId: string, work: (tx: EntityManager, meeting: Meeting) => Promise<RoomChange>) {
    const found = await findOrFail(this.context.loaders.meeting, meetingId, 'Réunion');
    await this.context.access.assertCanFacilitateBody(found.bodyId);
    return inTransaction(this.context, async (tx) => {
      const meeting = await lockForUpdate(tx, Meeting, meetingId, 'La réunion');
      const result = await work(tx, meeting);
      if (!result.changed) return meeting;
      await tx.save(meeting);
      await publishMeetingChange(tx, {
        meetingId: meeting.id,
        type: MeetingEventType.ROOM_UPDATED,
        actorId: this.context.viewer!.id,
        subjects: result.agendaItem ? { meeting, agendaItem: result.agendaItem } : { meeting },
      });
      return meeting;
    });
  }
}

function assertOpen(meeting: Meeting, what: string) {
  assertStatusIn(meeting.status, [MeetingStatus.IN_SESSION], what);
  if (!isRoomOpen(meeting)) throw conflict(`${what} : la salle de cette réunion n'est pas ouverte.`);
}
