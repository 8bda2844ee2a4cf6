import type { EntityManager } from 'typeorm';
import { type Context, inTransaction } from '../app/context';
import { badInput, conflict, forbidden, notFound } from '../app/errors';
import { findOrFail, isUuid } from '../app/lookup';
import { type PageArgs, paginate } from '../app/pagination';
import { MemberRole } from '../bodies/membership.entity';
import { type Meeting, MeetingStatus } from '../meetings/meeting.entity';
import { MeetingService } from '../meetings/meeting.service';
import { Contribution, ContributionReaction, ContributionStatus, ContributionSupport, type ReactionKind } from './contribution.entity';
import { ContributionChange, publishContribution } from './contribution-events';
import type { ContributionFilterArgs, PostContributionInput } from './contribution.inputs';

const LABEL = 'Contribution';

/** Contributions of a plan's members, in meetings or between them: posted, supported, reacted to. */
export class ContributionService {
  constructor(private readonly context: Context) {}

  /** A contribution its plan's readers may see. */
  async get(id: string) {
    const contribution = isUuid(id) ? await this.context.app.dataSource.getRepository(Contribution).findOneBy({ id }) : null;
    if (!contribution || contribution.archivedAt) throw notFound(LABEL);
    await this.context.access.assertCanReadPlan(contribution.planId);
    return contribution;
  }

  /** Moderators: facilitators of the meeting's body, or of any body of the plan between meetings. */
  async canModerate(contribution: Contribution) {
    if (!contribution.meetingId) return this.context.access.canEditPlan(contribution.planId);
    const meeting = await this.context.loaders.meeting.load(contribution.meetingId);
    return meeting ? this.context.access.canFacilitateBody(meeting.bodyId) : this.context.access.canEditPlan(contribution.planId);
  }

  /** Posts once: a retry with the same id and content returns what was stored, without a second event. */
  async post(input: PostContributionInput) {
    const viewer = this.context.access.requireViewer();
    await this.context.access.assertCanReadPlan(input.planId);
    const existing = await this.context.app.dataSource.getRepository(Contribution).findOneBy({ id: input.id });
    if (existing) return this.sameOrConflict(existing, input);
    if (!(await this.canPost(input.planId))) throw forbidden('Les observateurs et observatrices suivent les échanges sans y contribuer.');
    const place = await this.placeOf(input);
    return inTransaction(this.context, async (tx) => {
      if (place.meetingId) await this.lockInSession(tx, place.meetingId);
      const values = { ...place, id: input.id, planId: input.planId, authorId: viewer.id, kind: input.kind, text: input.text };
      const inserted = await tx.createQueryBuilder().insert().into(Contribution).values(values).orIgnore().returning('id').execute();
      // Two concurrent retries: the one that lost the race answers like a later retry.
      if (!inserted.raw.length) return this.sameOrConflict(await tx.findOneByOrFail(Contribution, { id: input.id }), input);
      const contribution = await tx.findOneByOrFail(Contribution, { id: input.id });
      await publishContribution(tx, contribution, ContributionChange.Posted, viewer.id);
      return contribution;
    });
  }

  async support(id: string, supported: boolean) {
    const viewer = this.context.access.requireViewer();
    const contribution = await this.get(id);
    if (supported && contribution.authorId === viewer.id) throw badInput('On ne soutient pas sa propre contribution.');
    if (supported && contribution.status === ContributionStatus.MERGED) throw badInput('Cette contribution a été fusionnée : soutenez celle qui la remplace.');
    if (supported && !(await this.canPost(contribution.planId))) throw forbidden('Les observateurs et observatrices ne soutiennent pas de contributions.');
    return this.touch(contribution.id, async (tx) => {
      if (!supported) return (await tx.delete(ContributionSupport, { contributionId: id, personId: viewer.id })).affected! > 0;
      const result = await tx.createQueryBuilder().insert().into(ContributionSupport).values({ contributionId: id, personId: viewer.id }).orIgnore().returning('person_id').execute();
      return result.raw.length > 0;
    });
  }

  async react(id: string, reaction: ReactionKind, on: boolean) {
    const viewer = this.context.access.requireViewer();
    const contribution = await this.get(id);
    if (on && !(await this.canPost(contribution.planId))) throw forbidden('Les observateurs et observatrices ne réagissent pas aux contributions.');
    return this.touch(contribution.id, async (tx) => {
      const key = { contributionId: id, personId: viewer.id, reaction };
      if (!on) return (await tx.delete(ContributionReaction, key)).affected! > 0;
      const result = await tx.createQueryBuilder().insert().into(ContributionReaction).values(key).orIgnore().returning('person_id').execute();
      return result.raw.length > 0;
    });
  }

  /** A meeting's contributions, pinned first then newest; replies are read under their parent. */
  async forMeeting(meeting: Meeting, agendaItemId: string | null | undefined, includeReplies: boolean) {
    const query = this.context.app.dataSource
      .getRepository(Contribution)
      .createQueryBuilder('c')
      .where('c.meeting_id = :meetingId AND c.archived_at IS NULL', { meetingId: meeting.id });
    if (agendaItemId) query.andWhere('c.agenda_item_id = :agendaItemId', { agendaItemId });
    if (!includeReplies) query.andWhere('c.parent_id IS NULL');
    return query.orderBy('c.pinned', 'DESC').addOrderBy('c.created_at', 'DESC').addOrderBy('c.id', 'ASC').getMany();
  }

  /** A plan's contributions between meetings, pinned first then newest. */
  async list(filter: ContributionFilterArgs, page: PageArgs) {
    const plan = await findOrFail(this.context.loaders.plan, filter.planId, 'Plan');
    await this.context.access.assertCanReadPlan(plan.id);
    const query = this.context.app.dataSource
      .getRepository(Contribution)
      .createQueryBuilder('c')
      .where('c.plan_id = :planId AND c.meeting_id IS NULL AND c.parent_id IS NULL AND c.archived_at IS NULL', { planId: plan.id });
    if (filter.orientationId) query.andWhere('c.orientation_id = :orientationId', { orientationId: filter.orientationId });
    if (filter.actionId) query.andWhere('c.action_id = :actionId', { actionId: filter.actionId });
    if (filter.status) query.andWhere('c.status = :status', { status: filter.status });
    if (filter.search) {
      const words = filter.search.replace(/[\\%_]/g, (char) => `\\${char}`);
      // Hidden texts are not searchable by those who cannot read them.
      query.andWhere('c.text ILIKE :search', { search: `%${words}%` });
      if (!(await this.context.access.canEditPlan(plan.id))) query.andWhere('c.hidden_at IS NULL');
    }
    query.orderBy('c.pinned', 'DESC').addOrderBy('c.created_at', 'DESC').addOrderBy('c.id', 'ASC');
    return paginate(query, page);
  }

  /** Members other than observers, facilitators and admins take part; observers only read. */
  async canPost(planId: string) {
    if (this.context.access.isAdmin) return true;
    return (await this.context.access.activeRoles()).some((role) => role.planId === planId && role.role !== MemberRole.OBSERVER);
  }

  private sameOrConflict(existing: Contribution, input: PostContributionInput) {
    const differs = (given: string | null | undefined, stored: string | null) => given != null && given !== stored;
    const same =
      existing.authorId === this.context.viewer!.id &&
      existing.planId === input.planId &&
      existing.kind === input.kind &&
      existing.text === input.text &&
      (existing.parentId ?? null) === (input.parentId ?? null) &&
      (existing.orientationId ?? null) === (input.orientationId ?? null) &&
      (existing.actionId ?? null) === (input.actionId ?? null) &&
      !differs(input.meetingId, existing.meetingId) &&
      !differs(input.agendaItemId, existing.agendaItemId);
    if (!same) throw conflict('Cet identifiant de contribution est déjà pris par une autre contribution.');
    return existing;
  }

  /** Where a new contribution goes: its meeting and item, checked against the plan. */
  private async placeOf(input: PostContributionInput) {
    const { loaders } = this.context;
    const place = {
      meetingId: input.meetingId ?? null,
      agendaItemId: input.agendaItemId ?? null,
      orientationId: input.orientationId ?? null,
      actionId: input.actionId ?? null,
      parentId: input.parentId ?? null,
    };
    if (place.parentId) {
      const parent = await findOrFail(loaders.contribution, place.parentId, 'Contribution parente');
      if (parent.planId !== input.planId || parent.archivedAt) throw badInput("On ne répond qu'à une contribution du même plan.");
      Object.assign(place, { meetingId: parent.meetingId, agendaItemId: parent.agendaItemId });
    }
    if (place.orientationId) {
      const orientation = await findOrFail(loaders.orientation, place.orientationId, 'Orientation');
      if (orientation.planId !== input.planId) throw badInput("Cette orientation n'est pas celle de ce plan.");
    }
    if (place.actionId) {
      const action = await findOrFail(loaders.action, place.actionId, 'Action');
      const orientation = await loaders.orientation.load(action.orientationId);
      if (orientation?.planId !== input.planId) throw badInput("Cette action n'est pas celle de ce plan.");
    }
    if (!place.meetingId) {
      if (place.agendaItemId) throw badInput("Un point de l'ordre du jour ne se discute qu'en réunion.");
      return place;
    }
    const meeting = await new MeetingService(this.context).get(place.meetingId);
    const body = await loaders.body.load(meeting.bodyId);
    if (body?.planId !== input.planId) throw badInput("Cette réunion n'est pas celle d'une instance de ce plan.");
    place.agendaItemId ??= meeting.currentItemId;
    if (place.agendaItemId) {
      const item = await findOrFail(loaders.agendaItem, place.agendaItemId, "Point de l'ordre du jour");
      if (item.meetingId !== meeting.id || item.archivedAt) throw badInput("Ce point n'est pas à l'ordre du jour de cette réunion.");
    }
    return place;
  }

  private async lockInSession(tx: EntityManager, meetingId: string) {
    const [meeting] = await tx.query('SELECT status FROM meetings WHERE id = $1 FOR SHARE', [meetingId]);
    if (meeting?.status !== MeetingStatus.IN_SESSION) throw conflict("On ne contribue en réunion que pendant la séance.");
  }

  /** Runs a change of supports or reactions; publishes only when something changed. */
  private touch(id: string, change: (tx: EntityManager) => Promise<boolean>) {
    return inTransaction(this.context, async (tx) => {
      const contribution = await tx.findOneOrFail(Contribution, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (await change(tx)) await publishContribution(tx, contribution, ContributionChange.Updated, this.context.viewer!.id);
      return contribution;
    });
  }
}
