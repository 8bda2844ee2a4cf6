import type { EntityManager } from 'typeorm';
import { type Context, inTransaction } from '../app/context';
import { badInput, conflict, notFound } from '../app/errors';
import { findOrFail, isUuid } from '../app/lookup';
import { type PageArgs, paginate } from '../app/pagination';
import { lockForUpdate } from '../app/updates';
import { assertStatusIn } from '../meetings/meeting-lifecycle';
import { Meeting, MeetingStatus } from '../meetings/meeting.entity';
import { MeetingEventType, publishMeetingChange } from '../meetings/meeting-event';
import { PlanEventType, publishPlanChange } from '../plans/plan-event';
import { MeetingService } from '../meetings/meeting.service';
import { Decision } from './decision.entity';
import type { DecisionFilterArgs, RecordDecisionInput, UpdateDecisionInput } from './decision.inputs';

/** Decisions taken in meetings: recorded by the body's facilitators, frozen once the minutes are approved. */
export class DecisionService {
  constructor(private readonly context: Context) {}

  /** The decisions register of a plan, across its bodies' meetings, newest first. */
  async register(filter: DecisionFilterArgs, page: PageArgs) {
    const plan = await findOrFail(this.context.loaders.plan, filter.planId, 'Plan');
    await this.context.access.assertCanReadPlan(plan.id);
    const query = this.context.app.dataSource
      .getRepository(Decision)
      .createQueryBuilder('decision')
      // The meeting's date is selected, not just joined: TypeORM pages by it in a subquery.
      .innerJoin('decision.meeting', 'meeting')
      .addSelect('meeting.startsAt')
      .innerJoin('meeting.body', 'body')
      .where('body.plan_id = :planId AND decision.archived_at IS NULL AND meeting.archived_at IS NULL', { planId: plan.id });
    if (filter.bodyId) {
      const body = await findOrFail(this.context.loaders.body, filter.bodyId, 'Instance');
      if (body.planId !== plan.id) throw badInput("Cette instance ne pilote pas ce plan.");
      query.andWhere('meeting.body_id = :bodyId', { bodyId: body.id });
    }
    if (filter.kind) query.andWhere('decision.kind = :kind', { kind: filter.kind });
    if (filter.search) {
      // The words are searched as typed: % and _ are not wildcards here.
      const words = filter.search.replace(/[\\%_]/g, (char) => `\\${char}`);
      query.andWhere('decision.text ILIKE :search', { search: `%${words}%` });
    }
    query.orderBy('meeting.startsAt', 'DESC').addOrderBy('decision.createdAt', 'DESC').addOrderBy('decision.id', 'ASC');
    return paginate(query, page);
  }

  async record(input: RecordDecisionInput) {
    const { meetingId, agendaItemId, actionIds, ...fields } = input;
    const meeting = await this.facilitated(meetingId);
    await this.assertItemOf(meeting, agendaItemId);
    const actions = await this.checkedActionIds(meeting, actionIds);
    return inTransaction(this.context, async (tx) => {
      await this.lockRecordable(tx, meetingId, 'Enregistrer une décision');
      const decision = await tx.save(
        tx.create(Decision, { ...fields, meetingId, agendaItemId: agendaItemId ?? null, actionIds: actions ?? [] }),
      );
      await this.publish(tx, MeetingEventType.DECISION_RECORDED, decision, meeting);
      return decision;
    });
  }

  async update(input: UpdateDecisionInput) {
    const { id, expectedVersion, agendaItemId, actionIds, text, kind, ...votes } = input;
    const meeting = await this.facilitated((await this.find(id)).meetingId);
    await this.assertItemOf(meeting, agendaItemId);
    const actions = await this.checkedActionIds(meeting, actionIds);
    return inTransaction(this.context, async (tx) => {
      await this.lockRecordable(tx, meeting.id, 'Modifier une décision');
      const decision = await lockForUpdate(tx, Decision, id, 'La décision', expectedVersion);
      if (decision.archivedAt) throw notFound('Décision');
      // A required field sent as null is left as it is; null clears only what may be empty.
      if (text != null) decision.text = text;
      if (kind != null) decision.kind = kind;
      if (actions) decision.actionIds = actions;
      if (agendaItemId !== undefined) decision.agendaItemId = agendaItemId;
      for (const [key, value] of Object.entries(votes) as [keyof typeof votes, number | null | undefined][]) {
        if (value !== undefined) decision[key] = value;
      }
      await tx.save(decision);
      await this.publish(tx, MeetingEventType.DECISION_UPDATED, decision, meeting);
      return decision;
    });
  }

  /** Archives a decision recorded by mistake. */
  async remove(id: string) {
    const meeting = await this.facilitated((await this.find(id)).meetingId);
    return inTransaction(this.context, async (tx) => {
      await this.lockRecordable(tx, meeting.id, 'Retirer une décision');
      const decision = await lockForUpdate(tx, Decision, id, 'La décision');
      if (decision.archivedAt) throw notFound('Décision');
      decision.archivedAt = new Date();
      await tx.save(decision);
      await this.publish(tx, MeetingEventType.DECISION_REMOVED, decision, meeting);
      return decision;
    });
  }

  private async find(id: string) {
    const decision = isUuid(id) ? await this.context.app.dataSource.getRepository(Decision).findOneBy({ id }) : null;
    if (!decision || decision.archivedAt) throw notFound('Décision');
    return decision;
  }

  private async facilitated(meetingId: string) {
    const meeting = await new MeetingService(this.context).get(meetingId);
    await this.context.access.assertCanFacilitateBody(meeting.bodyId);
    return meeting;
  }

  /** Locks the meeting so it cannot close or have its minutes approved meanwhile. */
  private async lockRecordable(tx: EntityManager, meetingId: string, what: string) {
    const meeting = await lockForUpdate(tx, Meeting, meetingId, 'Réunion');
    if (meeting.status === MeetingStatus.MINUTES_APPROVED) {
      throw conflict(`${what} : le compte rendu de cette réunion est approuvé, ses décisions sont figées.`);
    }
    assertStatusIn(meeting.status, [MeetingStatus.IN_SESSION, MeetingStatus.CLOSED], what);
  }

  private async assertItemOf(meeting: Meeting, agendaItemId: string | null | undefined) {
    if (agendaItemId == null) return;
    const item = await findOrFail(this.context.loaders.agendaItem, agendaItemId, "Point de l'ordre du jour");
    if (item.meetingId !== meeting.id || item.archivedAt) {
      throw badInput("Ce point n'est pas à l'ordre du jour de cette réunion.");
    }
  }

  /** The action ids, once each, if all are actions of the plan the meeting's body steers. */
  private async checkedActionIds(meeting: Meeting, actionIds: string[] | null | undefined) {
    if (actionIds == null) return undefined;
    const unique = [...new Set(actionIds)];
    const refused = badInput("Ces actions n'existent pas ou ne relèvent pas du plan de cette instance.");
    if (unique.some((id) => !isUuid(id))) throw refused;
    if (!unique.length) return unique;
    const body = (await this.context.loaders.body.load(meeting.bodyId))!;
    const rows: unknown[] = await this.context.app.dataSource.query(
      'SELECT a.id FROM actions a JOIN orientations o ON o.id = a.orientation_id WHERE o.plan_id = $1 AND a.id = ANY($2)',
      [body.planId, unique],
    );
    if (rows.length !== unique.length) throw refused;
    return unique;
  }

  /** On the meeting's stream, and on the plan's for the decisions register. */
  private async publish(tx: EntityManager, type: MeetingEventType, decision: Decision, meeting: Meeting) {
    const actorId = this.context.viewer!.id;
    const { planId } = (await this.context.loaders.body.load(meeting.bodyId))!;
    await publishMeetingChange(tx, { meetingId: decision.meetingId, type, actorId, subjects: { decision } });
    await publishPlanChange(tx, { planId, type: PlanEventType.DECISION_CHANGED, actorId, subjects: { decision } });
  }
}
