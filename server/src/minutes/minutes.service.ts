import type { EntityManager } from 'typeorm';
import { type Context, inTransaction } from '../app/context';
import { badInput, conflict } from '../app/errors';
import { findOrFail } from '../app/lookup';
import { lockForUpdate } from '../app/updates';
import { assertStatusIn } from '../meetings/meeting-lifecycle';
import { Meeting, MeetingStatus } from '../meetings/meeting.entity';
import { MeetingEventType, publishMeetingChange } from '../meetings/meeting-event';
import { MeetingService } from '../meetings/meeting.service';
import { MinutesStatus, MinutesVersion } from './minutes.entity';

type Work = (tx: EntityManager, meeting: Meeting) => Promise<MinutesVersion>;

const STATUS_LABELS: Record<MinutesStatus, string> = {
  [MinutesStatus.DRAFT]: 'en projet',
  [MinutesStatus.PROPOSED]: "proposé à l'approbation",
  [MinutesStatus.APPROVED]: 'approuvé',
};

/**
 * A meeting's minutes: drafted from the session on, proposed once it is closed, approved at a
 * later meeting of the body, then locked; a correction starts a new version.
 */
export class MinutesService {
  constructor(private readonly context: Context) {}

  /** Creates version 1, or edits the latest version while it is not approved. */
  async save(meetingId: string, text: string, expectedRevision?: number | null) {
    await this.facilitated(meetingId);
    return this.change(meetingId, async (tx, meeting) => {
      assertStatusIn(meeting.status, [MeetingStatus.IN_SESSION, MeetingStatus.CLOSED, MeetingStatus.MINUTES_APPROVED], 'Rédiger le compte rendu');
      const latest = await this.latest(tx, meetingId);
      if (latest?.status === MinutesStatus.APPROVED) {
        throw conflict('Le compte rendu approuvé est verrouillé : démarrez une correction pour le modifier.');
      }
      const current = latest?.revision ?? 0;
      if (expectedRevision != null && expectedRevision !== current) {
        throw conflict(`Le compte rendu a été modifié entre-temps (révision ${current}, vous aviez la ${expectedRevision}) : rechargez avant d'enregistrer.`);
      }
      if (!latest) return tx.save(tx.create(MinutesVersion, { meetingId, version: 1, text, authorId: this.context.viewer!.id }));
      latest.text = text;
      latest.revision += 1;
      return tx.save(latest);
    });
  }

  /** Submits the draft for approval at the next meeting. */
  async propose(meetingId: string) {
    await this.facilitated(meetingId);
    return this.change(meetingId, async (tx, meeting) => {
      // A correction of approved minutes is proposed too, the meeting having moved on.
      assertStatusIn(meeting.status, [MeetingStatus.CLOSED, MeetingStatus.MINUTES_APPROVED], 'Proposer le compte rendu');
      const latest = this.expect(await this.latest(tx, meetingId), MinutesStatus.DRAFT, 'proposer');
      latest.status = MinutesStatus.PROPOSED;
      return tx.save(latest);
    });
  }

  /** Approval at a later meeting of the body, in session; the first one moves the meeting to MINUTES_APPROVED. */
  async approve(meetingId: string, inMeetingId: string) {
    const meeting = await this.facilitated(meetingId);
    const approving = await findOrFail(this.context.loaders.meeting, inMeetingId, 'Réunion');
    if (approving.bodyId !== meeting.bodyId || approving.startsAt.getTime() <= meeting.startsAt.getTime()) {
      throw badInput("Un compte rendu s'approuve lors d'une réunion suivante de la même instance.");
    }
    const work: Work = async (tx) => {
      const inMeeting = await tx.findOne(Meeting, { where: { id: approving.id }, lock: { mode: 'pessimistic_read' } });
      assertStatusIn(inMeeting!.status, [MeetingStatus.IN_SESSION], 'Approuver le compte rendu lors de cette réunion');
      const latest = this.expect(await this.latest(tx, meetingId), MinutesStatus.PROPOSED, 'approuver');
      Object.assign(latest, { status: MinutesStatus.APPROVED, approvedInMeetingId: approving.id, approvedAt: new Date() });
      return tx.save(latest);
    };
    if (meeting.status === MeetingStatus.MINUTES_APPROVED) return this.change(meetingId, work);
    let approved!: MinutesVersion;
    await new MeetingService(this.context).transition(meetingId, MeetingStatus.MINUTES_APPROVED, async (tx, locked) => {
      approved = await this.applyAndPublish(tx, locked, work);
    });
    return approved;
  }

  /** Starts a new draft version from approved minutes, saying why; the approved version stays as it was. */
  async correct(meetingId: string, text: string, reason: string) {
    await this.facilitated(meetingId);
    return this.change(meetingId, async (tx) => {
      const latest = this.expect(await this.latest(tx, meetingId), MinutesStatus.APPROVED, 'corriger');
      return tx.save(
        tx.create(MinutesVersion, {
          meetingId,
          version: latest.version + 1,
          text,
          correctionReason: reason,
          authorId: this.context.viewer!.id,
        }),
      );
    });
  }

  /** Runs one change with the minuted meeting locked, so versions are written one at a time. */
  private change(meetingId: string, work: Work) {
    return inTransaction(this.context, async (tx) => {
      const meeting = await lockForUpdate(tx, Meeting, meetingId, 'Réunion');
      return this.applyAndPublish(tx, meeting, work);
    });
  }

  private async applyAndPublish(tx: EntityManager, meeting: Meeting, work: Work) {
    const minutes = await work(tx, meeting);
    await publishMeetingChange(tx, {
      meetingId: meeting.id,
      type: MeetingEventType.MINUTES_UPDATED,
      actorId: this.context.viewer!.id,
      subjects: { minutes },
    });
    return minutes;
  }

  private async facilitated(meetingId: string) {
    const meeting = await new MeetingService(this.context).get(meetingId);
    await this.context.access.assertCanFacilitateBody(meeting.bodyId);
    return meeting;
  }

  private latest(tx: EntityManager, meetingId: string) {
    return tx.findOne(MinutesVersion, { where: { meetingId }, order: { version: 'DESC' } });
  }

  private expect(latest: MinutesVersion | null, status: MinutesStatus, verb: string) {
    if (!latest) throw conflict(`Aucun compte rendu à ${verb} pour cette réunion.`);
    if (latest.status !== status) {
      throw conflict(`Impossible de ${verb} un compte rendu ${STATUS_LABELS[latest.status]} (version ${latest.version}).`);
    }
    return latest;
  }
}
