import { type EntityManager, IsNull } from 'typeorm';
import { ACTIVE_MEMBERSHIP } from '../app/access';
import { type Context, inTransaction } from '../app/context';
import { badInput, forbidden } from '../app/errors';
import { findOrFail, isUuid } from '../app/lookup';
import { type PageArgs, paginate } from '../app/pagination';
import { applyChanges, lockForUpdate } from '../app/updates';
import { AgendaItem, AgendaItemOutcome } from '../agenda/agenda-item.entity';
import type { GovernanceBody } from '../bodies/governance-body.entity';
import { MemberRole } from '../bodies/membership.entity';
import { PlanEventType, publishPlanChange } from '../plans/plan-event';
import { closeRoomIn, isRoomOpen } from '../room/room.service';
import { AgendaPublication } from './agenda-publication.entity';
import { assertStatusIn, assertTransition, PREPARING } from './meeting-lifecycle';
import { Meeting, MeetingStatus } from './meeting.entity';
import { MeetingEventType, publishMeetingChange } from './meeting-event';
import { type CreateMeetingInput, type MeetingFilterArgs, MeetingPeriod, type UpdateMeetingInput } from './meeting.inputs';

/** Meetings of a body: scheduled and moved along their lifecycle by its chair, co-chair or secretary. */
export class MeetingService {
  constructor(private readonly context: Context) {}

  /** A meeting its plan's members (or its invited guests) may read. */
  async get(id: string) {
    const meeting = await findOrFail(this.context.loaders.meeting, id, 'Réunion');
    const body = await this.bodyOf(meeting);
    if (!(await this.context.access.canReadPlan(body.planId)) && !(await this.isGuest(meeting.id))) {
      throw forbidden("Vous n'êtes pas invité·e à cette réunion.");
    }
    return meeting;
  }

  async listForBody(body: GovernanceBody, filter: MeetingFilterArgs, page: PageArgs) {
    await this.context.access.assertCanReadPlan(body.planId);
    const query = this.context.app.dataSource
      .getRepository(Meeting)
      .createQueryBuilder('meeting')
      .where('meeting.body_id = :bodyId AND meeting.archived_at IS NULL', { bodyId: body.id });
    if (filter.statuses?.length) query.andWhere('meeting.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter.period === MeetingPeriod.UPCOMING) query.andWhere('meeting.ends_at >= now()').orderBy('meeting.starts_at', 'ASC');
    else if (filter.period === MeetingPeriod.PAST) query.andWhere('meeting.ends_at < now()').orderBy('meeting.starts_at', 'DESC');
    else query.orderBy('meeting.starts_at', 'DESC');
    return paginate(query, page);
  }

  async create(input: CreateMeetingInput) {
    const body = await findOrFail(this.context.loaders.body, input.bodyId, 'Instance');
    await this.context.access.assertCanFacilitateBody(body.id);
    if (body.archivedAt) throw badInput('Cette instance est archivée.');
    assertPeriod(input.startsAt, input.endsAt);
    return inTransaction(this.context, async (tx) => {
      const meeting = await tx.save(tx.create(Meeting, input));
      await this.publish(tx, meeting, body, PlanEventType.MEETING_SCHEDULED);
      return meeting;
    });
  }

  async update(input: UpdateMeetingInput) {
    const { id, expectedVersion, ...changes } = input;
    const body = await this.facilitatedBody(id);
    return inTransaction(this.context, async (tx) => {
      const meeting = await lockForUpdate(tx, Meeting, id, 'La réunion', expectedVersion);
      assertStatusIn(meeting.status, PREPARING, 'Modifier la réunion');
      applyChanges(meeting, changes);
      assertPeriod(meeting.startsAt, meeting.endsAt);
      await tx.save(meeting);
      await this.publish(tx, meeting, body, PlanEventType.MEETING_UPDATED);
      return meeting;
    });
  }

  /** Publishes the agenda and invites the body's members: the meeting is convened. */
  convene(id: string) {
    return this.transition(id, MeetingStatus.CONVENED, async (tx, meeting) => {
      await inviteMembers(tx, meeting);
      await this.freezeAgenda(tx, meeting);
    });
  }

  /** Publishes the agenda again after changes, as a new frozen revision. */
  async republishAgenda(id: string) {
    const body = await this.facilitatedBody(id);
    return inTransaction(this.context, async (tx) => {
      const meeting = await lockForUpdate(tx, Meeting, id, 'La réunion');
      assertStatusIn(meeting.status, [MeetingStatus.CONVENED], "Republier l'ordre du jour");
      await this.freezeAgenda(tx, meeting);
      await tx.save(meeting);
      await this.publish(tx, meeting, body, PlanEventType.MEETING_UPDATED, MeetingEventType.AGENDA_PUBLISHED);
      return meeting;
    });
  }

  open(id: string) {
    return this.transition(id, MeetingStatus.IN_SESSION);
  }

  /** Closes the session (and its room); items not dealt with are marked unfinished (and said so live), ready to roll over. */
  close(id: string) {
    return this.transition(id, MeetingStatus.CLOSED, async (tx, meeting) => {
      if (isRoomOpen(meeting)) await closeRoomIn(tx, meeting);
      const pending = await tx.find(AgendaItem, {
        where: { meetingId: meeting.id, outcome: AgendaItemOutcome.PENDING, archivedAt: IsNull() },
      });
      for (const item of pending) {
        item.outcome = AgendaItemOutcome.UNFINISHED;
        await tx.save(item);
        await publishMeetingChange(tx, {
          meetingId: meeting.id,
          type: MeetingEventType.AGENDA_ITEM_UPDATED,
          actorId: this.context.viewer!.id,
          subjects: { agendaItem: item },
        });
      }
    });
  }

  cancel(id: string, reason: string) {
    return this.transition(id, MeetingStatus.CANCELLED, async (_tx, meeting) => {
      meeting.cancellationReason = reason;
    });
  }

  /** Moves a meeting to `to` if its lifecycle allows it, with the work that goes with the move. */
  async transition(id: string, to: MeetingStatus, work?: (tx: EntityManager, meeting: Meeting) => Promise<void>) {
    const body = await this.facilitatedBody(id);
    return inTransaction(this.context, async (tx) => {
      const meeting = await lockForUpdate(tx, Meeting, id, 'La réunion');
      assertTransition(meeting.status, to);
      meeting.status = to;
      await work?.(tx, meeting);
      await tx.save(meeting);
      const agendaEvent = to === MeetingStatus.CONVENED ? MeetingEventType.AGENDA_PUBLISHED : MeetingEventType.MEETING_UPDATED;
      await this.publish(tx, meeting, body, PlanEventType.MEETING_UPDATED, agendaEvent);
      return meeting;
    });
  }

  private async freezeAgenda(tx: EntityManager, meeting: Meeting) {
    const items = await tx.find(AgendaItem, { where: { meetingId: meeting.id }, order: { position: 'ASC' } });
    meeting.agendaRevision += 1;
    await tx.save(
      tx.create(AgendaPublication, {
        meetingId: meeting.id,
        revision: meeting.agendaRevision,
        publishedById: this.context.viewer!.id,
        snapshot: { meeting: { ...meeting }, items: items.filter((item) => !item.archivedAt) },
      }),
    );
  }

  private async facilitatedBody(meetingId: string) {
    const meeting = await findOrFail(this.context.loaders.meeting, meetingId, 'Réunion');
    const body = await this.bodyOf(meeting);
    await this.context.access.assertCanReadPlan(body.planId);
    await this.context.access.assertCanFacilitateBody(body.id);
    return body;
  }

  private async bodyOf(meeting: Meeting) {
    return (await this.context.loaders.body.load(meeting.bodyId))!;
  }

  private async isGuest(meetingId: string) {
    const viewer = this.context.access.requireViewer();
    if (!isUuid(meetingId)) return false;
    const rows = await this.context.app.dataSource.query(
      'SELECT 1 FROM attendances WHERE meeting_id = $1 AND person_id = $2 AND guest',
      [meetingId, viewer.id],
    );
    return rows.length > 0;
  }

  /** Meeting changes go to the meeting's own stream and to the plan's (for the bodies' lists). */
  private async publish(tx: EntityManager, meeting: Meeting, body: GovernanceBody, planType: PlanEventType, meetingType = MeetingEventType.MEETING_UPDATED) {
    const actorId = this.context.viewer!.id;
    await publishMeetingChange(tx, { meetingId: meeting.id, type: meetingType, actorId, subjects: { meeting } });
    await publishPlanChange(tx, { planId: body.planId, type: planType, actorId, subjects: { meeting } });
  }
}

function assertPeriod(startsAt: Date, endsAt: Date) {
  if (endsAt.getTime() <= startsAt.getTime()) throw badInput('La réunion doit finir après avoir commencé.');
}

/** Invites the members in force of the meeting's body; observers do not vote. */
async function inviteMembers(tx: EntityManager, meeting: Meeting) {
  await tx.query(
    `INSERT INTO attendances (meeting_id, person_id, voting, version)
     SELECT $1, m.person_id, m.role <> $3, 1 FROM memberships m
      WHERE m.body_id = $2 AND ${ACTIVE_MEMBERSHIP}
     ON CONFLICT (meeting_id, person_id) DO NOTHING`,
    [meeting.id, meeting.bodyId, MemberRole.OBSERVER],
  );
}
