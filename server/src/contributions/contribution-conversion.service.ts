import type { EntityManager } from 'typeorm';
import { Action } from '../actions/action.entity';
import { appendToBacklog } from '../agenda/backlog';
import { type Context, inTransaction } from '../app/context';
import { badInput, conflict } from '../app/errors';
import { findOrFail } from '../app/lookup';
import { lockForUpdate } from '../app/updates';
import { Decision } from '../decisions/decision.entity';
import { assertStatusIn } from '../meetings/meeting-lifecycle';
import { Meeting, MeetingStatus } from '../meetings/meeting.entity';
import { MeetingEventType, publishMeetingChange } from '../meetings/meeting-event';
import { MeetingService } from '../meetings/meeting.service';
import { PlanEventType, publishPlanChange } from '../plans/plan-event';
import { Contribution, ContributionStatus } from './contribution.entity';
import { ContributionChange, publishContribution } from './contribution-events';
import { ContributionService } from './contribution.service';

type Result = 'resultingActionId' | 'resultingAgendaItemId' | 'resultingDecisionId';

/** A title from a contribution's text: its first line, cut at 300 characters. */
const titleOf = (text: string) => {
  const line = text.trim().split('\n')[0].trim();
  return line.length > 300 ? `${line.slice(0, 299)}…` : line;
};

/** Turns a retained contribution into an action, a backlog item or a decision, linked both ways. */
export class ContributionConversionService {
  constructor(private readonly context: Context) {}

  /** A new action of the plan, under that orientation; for the plan's facilitators. */
  async toAction(id: string, orientationId: string, title: string | null) {
    const contribution = await this.retained(id, 'resultingActionId');
    const orientation = await findOrFail(this.context.loaders.orientation, orientationId, 'Orientation');
    if (orientation.planId !== contribution.planId || orientation.archivedAt) throw badInput("Cette orientation n'est pas une orientation active de ce plan.");
    await this.context.access.assertCanEditPlan(contribution.planId);
    const actionTitle = title?.trim() || titleOf(contribution.text);
    if (actionTitle.length < 3 || actionTitle.length > 300) throw badInput("Le titre de l'action compte de 3 à 300 caractères.");
    return this.convert(id, 'resultingActionId', async (tx) => {
      const [{ next }] = await tx.query('SELECT COALESCE(MAX(position), -1) + 1 AS next FROM actions WHERE orientation_id = $1', [orientation.id]);
      const action = await tx.save(tx.create(Action, { orientationId: orientation.id, title: actionTitle, description: contribution.text, position: next }));
      await publishPlanChange(tx, { planId: contribution.planId, type: PlanEventType.ACTION_CREATED, actorId: this.context.viewer!.id, subjects: { action } });
      return action.id;
    });
  }

  /** A new item at the end of a body's backlog; for the plan's facilitators, like the agenda. */
  async toAgendaItem(id: string, bodyId: string) {
    const contribution = await this.retained(id, 'resultingAgendaItemId');
    const body = await findOrFail(this.context.loaders.body, bodyId, 'Instance');
    if (body.planId !== contribution.planId || body.archivedAt) throw badInput("Cette instance n'est pas une instance active de ce plan.");
    await this.context.access.assertCanEditPlan(contribution.planId);
    const title = titleOf(contribution.text);
    if (title.length < 3) throw badInput('Le texte est trop court pour faire un point (3 caractères au moins).');
    return this.convert(id, 'resultingAgendaItemId', async (tx) => {
      const target = { planId: contribution.planId, bodyId: body.id, actorId: this.context.viewer!.id };
      const [agendaItem] = await appendToBacklog(tx, target, [{ title, description: contribution.text }]);
      return agendaItem.id;
    });
  }

  /** A decision of the contribution's meeting (or the one given, between meetings), in session or closed. */
  async toDecision(id: string, meetingId: string | null) {
    const contribution = await this.retained(id, 'resultingDecisionId');
    if (meetingId && contribution.meetingId && meetingId !== contribution.meetingId) {
      throw badInput("Une contribution faite en réunion devient une décision de cette réunion.");
    }
    const targetId = meetingId ?? contribution.meetingId;
    if (!targetId) throw badInput('Indiquez la réunion où la décision est prise.');
    const meeting = await new MeetingService(this.context).get(targetId);
    const body = (await this.context.loaders.body.load(meeting.bodyId))!;
    if (body.planId !== contribution.planId) throw badInput("Cette réunion n'est pas celle d'une instance de ce plan.");
    await this.context.access.assertCanFacilitateBody(meeting.bodyId);
    const text = contribution.text.trim();
    if (text.length < 3) throw badInput('Le texte est trop court pour faire une décision (3 caractères au moins).');
    return this.convert(id, 'resultingDecisionId', async (tx) => {
      const locked = await lockForUpdate(tx, Meeting, meeting.id, 'Réunion');
      assertStatusIn(locked.status, [MeetingStatus.IN_SESSION, MeetingStatus.CLOSED], 'Enregistrer une décision');
      const agendaItemId = contribution.meetingId === meeting.id ? contribution.agendaItemId : null;
      const decision = await tx.save(tx.create(Decision, { meetingId: meeting.id, agendaItemId, text, actionIds: contribution.actionId ? [contribution.actionId] : [] }));
      const actorId = this.context.viewer!.id;
      await publishMeetingChange(tx, { meetingId: meeting.id, type: MeetingEventType.DECISION_RECORDED, actorId, subjects: { decision } });
      await publishPlanChange(tx, { planId: body.planId, type: PlanEventType.DECISION_CHANGED, actorId, subjects: { decision } });
      return decision.id;
    });
  }

  private async retained(id: string, result: Result) {
    const contribution = await new ContributionService(this.context).get(id);
    this.assertConvertible(contribution, result);
    return contribution;
  }

  private assertConvertible(contribution: Contribution, result: Result) {
    if (contribution.status !== ContributionStatus.RETAINED) throw badInput("Seule une contribution retenue se transforme.");
    if (contribution[result]) throw conflict('Cette contribution a déjà été transformée ainsi.');
  }

  /** Creates the result and links it, the contribution locked so it is converted once. */
  private convert(id: string, result: Result, create: (tx: EntityManager) => Promise<string>) {
    return inTransaction(this.context, async (tx) => {
      const contribution = await lockForUpdate(tx, Contribution, id, 'La contribution');
      this.assertConvertible(contribution, result);
      contribution[result] = await create(tx);
      await tx.save(contribution);
      await publishContribution(tx, contribution, ContributionChange.Updated, this.context.viewer!.id);
      return contribution;
    });
  }
}
