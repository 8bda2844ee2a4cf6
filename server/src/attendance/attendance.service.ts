import type { EntityManager } from 'typeorm';
import { ACTIVE_MEMBERSHIP } from '../app/access';
import { type Context, inTransaction } from '../app/context';
import { badInput, conflict, forbidden, notFound } from '../app/errors';
import { findOrFail, isUuid } from '../app/lookup';
import { lockForUpdate } from '../app/updates';
import { assertStatusIn } from '../meetings/meeting-lifecycle';
import { Meeting, MeetingStatus } from '../meetings/meeting.entity';
import { MeetingEventType, publishMeetingChange } from '../meetings/meeting-event';
import { MeetingService } from '../meetings/meeting.service';
import { Attendance, type InvitationResponse, type Presence } from './attendance.entity';

/** Until the meeting closes, people may still be invited and answer. */
const BEFORE_CLOSE = [MeetingStatus.DRAFT, MeetingStatus.CONVENED, MeetingStatus.IN_SESSION];
/** Presence and proxies concern a convened meeting or one in session. */
const CONVENED_OR_IN_SESSION = [MeetingStatus.CONVENED, MeetingStatus.IN_SESSION];

/** Who comes to a meeting: guests, answers, presence and proxies, each change published live. */
export class AttendanceService {
  constructor(private readonly context: Context) {}

  /** Invites by name someone who does not sit in the body: a guest, without a vote. */
  async inviteGuest(meetingId: string, personId: string) {
    const meeting = await this.facilitated(meetingId);
    const person = await findOrFail(this.context.loaders.person, personId, 'Personne');
    if (person.archivedAt) throw badInput('Ce compte est désactivé.');
    return this.change(meetingId, async (tx, locked) => {
      assertStatusIn(locked.status, BEFORE_CLOSE, 'Inviter une personne');
      if (await tx.existsBy(Attendance, { meetingId, personId })) {
        throw conflict(`${person.displayName} est déjà invité·e à cette réunion.`);
      }
      const [membership] = await tx.query(
        `SELECT 1 FROM memberships m WHERE m.body_id = $1 AND m.person_id = $2 AND ${ACTIVE_MEMBERSHIP}`,
        [meeting.bodyId, personId],
      );
      if (membership) throw badInput(`${person.displayName} siège dans l'instance : la convocation l'invite comme membre.`);
      return tx.save(tx.create(Attendance, { meetingId, personId, guest: true, voting: false }));
    });
  }

  /** The invited person's own answer. */
  async respond(meetingId: string, response: InvitationResponse) {
    await new MeetingService(this.context).get(meetingId);
    return this.change(meetingId, async (tx, meeting) => {
      const own = await this.ownAttendance(tx, meetingId);
      assertStatusIn(meeting.status, BEFORE_CLOSE, 'Répondre à la convocation');
      own.response = response;
      return tx.save(own);
    });
  }

  /** What the secretary notes on the day: present, excused or absent. */
  async recordPresence(attendanceId: string, presence: Presence) {
    const found = isUuid(attendanceId) ? await this.context.app.dataSource.getRepository(Attendance).findOneBy({ id: attendanceId }) : null;
    if (!found) throw notFound('Invitation');
    await this.facilitated(found.meetingId);
    return this.change(found.meetingId, async (tx, meeting) => {
      assertStatusIn(meeting.status, CONVENED_OR_IN_SESSION, 'Noter la présence');
      const attendance = await lockForUpdate(tx, Attendance, attendanceId, 'Invitation');
      attendance.presence = presence;
      return tx.save(attendance);
    });
  }

  /**
   * A voting member gives their proxy (pouvoir) to another voting member: one each, no chains.
   * A facilitator may record it for the member (`fromPersonId`), as for a proxy sent on paper.
   */
  async giveProxy(meetingId: string, toPersonId: string, fromPersonId?: string) {
    await this.assertMayActFor(meetingId, fromPersonId);
    const holder = await findOrFail(this.context.loaders.person, toPersonId, 'Personne');
    return this.change(meetingId, async (tx, meeting) => {
      // The meeting row is locked: everyone's proxies stay as read until the commit.
      const attendances = await tx.findBy(Attendance, { meetingId });
      const own = this.pickOwn(attendances, fromPersonId);
      if (!own.voting) throw forbidden('Seuls les membres votants peuvent donner un pouvoir.');
      assertStatusIn(meeting.status, CONVENED_OR_IN_SESSION, 'Donner un pouvoir');
      if (holder.id === own.personId) throw badInput('Vous ne pouvez pas vous donner votre propre pouvoir.');
      const target = attendances.find((attendance) => attendance.personId === holder.id);
      if (!target?.voting) throw badInput(`${holder.displayName} n'est pas membre votant·e invité·e à cette réunion.`);
      if (target.proxyToId) {
        throw conflict(`${holder.displayName} a donné son propre pouvoir : un pouvoir ne se transmet pas en cascade.`);
      }
      if (attendances.some((attendance) => attendance.proxyToId === own.personId)) {
        throw conflict('Vous détenez le pouvoir d’un autre membre : vous ne pouvez pas donner le vôtre.');
      }
      if (attendances.some((attendance) => attendance.proxyToId === holder.id && attendance.id !== own.id)) {
        throw conflict(`${holder.displayName} détient déjà un pouvoir : chaque membre ne peut en détenir qu'un seul.`);
      }
      own.proxyToId = holder.id;
      return tx.save(own);
    });
  }

  async withdrawProxy(meetingId: string, fromPersonId?: string) {
    await this.assertMayActFor(meetingId, fromPersonId);
    return this.change(meetingId, async (tx, meeting) => {
      const own = this.pickOwn(await tx.findBy(Attendance, { meetingId }), fromPersonId);
      assertStatusIn(meeting.status, CONVENED_OR_IN_SESSION, 'Retirer un pouvoir');
      if (!own.proxyToId) throw conflict("Vous n'avez donné aucun pouvoir pour cette réunion.");
      own.proxyToId = null;
      return tx.save(own);
    });
  }

  /**
   * Runs one attendance change with the meeting row locked (so its status, and the proxies of
   * everyone in it, cannot move meanwhile) and publishes it on the meeting's stream.
   */
  private change(meetingId: string, work: (tx: EntityManager, meeting: Meeting) => Promise<Attendance>) {
    return inTransaction(this.context, async (tx) => {
      const meeting = await lockForUpdate(tx, Meeting, meetingId, 'Réunion');
      const attendance = await work(tx, meeting);
      await publishMeetingChange(tx, {
        meetingId,
        type: MeetingEventType.ATTENDANCE_UPDATED,
        actorId: this.context.viewer!.id,
        subjects: { attendance },
      });
      return attendance;
    });
  }

  private async facilitated(meetingId: string) {
    const meeting = await new MeetingService(this.context).get(meetingId);
    await this.context.access.assertCanFacilitateBody(meeting.bodyId);
    return meeting;
  }

  private async ownAttendance(tx: EntityManager, meetingId: string) {
    return this.pickOwn(await tx.findBy(Attendance, { meetingId, personId: this.context.access.requireViewer().id }));
  }

  /** The attendance of `personId` (the viewer by default). */
  private pickOwn(attendances: Attendance[], personId = this.context.access.requireViewer().id) {
    const own = attendances.find((attendance) => attendance.personId === personId);
    if (!own) throw forbidden(personId === this.context.viewer?.id ? "Vous n'êtes pas invité·e à cette réunion." : "Cette personne n'est pas invitée à cette réunion.");
    return own;
  }

  /** Anyone may act for themself; for someone else, only the body's facilitators. */
  private async assertMayActFor(meetingId: string, personId?: string) {
    if (personId && personId !== this.context.access.requireViewer().id) await this.facilitated(meetingId);
    else await new MeetingService(this.context).get(meetingId);
  }
}
