import type { PlanChangedSubscription } from '@/gql/graphql';

type PlanEvent = PlanChangedSubscription['planChanged'];
type Translate = (key: string, named: Record<string, unknown>) => string;

/** The sentence announced to screen readers when someone else changed the plan. */
export function describePlanEvent(event: PlanEvent, t: Translate): string | null {
  const { orientation, action, body, membership, meeting, agendaItem } = event;
  switch (event.type) {
    case 'PLAN_UPDATED':
    case 'PLAN_ARCHIVED':
      return t(`liveEvents.${event.type}`, {});
    case 'ORIENTATION_CREATED':
    case 'ORIENTATION_UPDATED':
    case 'ORIENTATION_ARCHIVED':
      return orientation ? t(`liveEvents.${event.type}`, { number: orientation.number }) : null;
    case 'ACTION_CREATED':
    case 'ACTION_UPDATED':
    case 'ACTION_ARCHIVED':
      return action ? t(`liveEvents.${event.type}`, { title: action.title }) : null;
    case 'BODY_CREATED':
    case 'BODY_UPDATED':
    case 'BODY_ARCHIVED':
      return body ? t(`liveEvents.${event.type}`, { name: body.name }) : null;
    case 'MEMBERSHIP_ADDED':
    case 'MEMBERSHIP_UPDATED':
    case 'MEMBERSHIP_ENDED':
      return membership ? t(`liveEvents.${event.type}`, { person: membership.person.displayName, body: body?.name ?? '' }) : null;
    case 'MEETING_SCHEDULED':
    case 'MEETING_UPDATED':
      return meeting ? t(`liveEvents.${event.type}`, { title: meeting.title }) : null;
    case 'BACKLOG_ITEM_CHANGED':
      return agendaItem ? t(`liveEvents.${event.type}`, { title: agendaItem.title }) : null;
    case 'DECISION_CHANGED':
      return t('liveEvents.DECISION_CHANGED', {});
    case 'COMMITMENT_CHANGED':
      return event.commitment
        ? t('liveEvents.COMMITMENT_CHANGED', { title: event.commitment.title, partner: event.commitment.organization.acronym ?? event.commitment.organization.name })
        : null;
    case 'INDICATOR_CHANGED':
      return event.indicator ? t('liveEvents.INDICATOR_CHANGED', { name: event.indicator.name }) : null;
    case 'MEASUREMENT_RECORDED':
    case 'MEASUREMENT_CHANGED':
      return event.indicator && event.measurement
        ? t(`liveEvents.${event.type}`, { name: event.indicator.name, value: event.measurement.value, unit: event.indicator.unit })
        : null;
    case 'MILESTONE_CHANGED':
      return event.milestone ? t('liveEvents.MILESTONE_CHANGED', { title: event.milestone.title }) : null;
    case 'BUDGET_CHANGED':
      return event.budgetLine
        ? t('liveEvents.BUDGET_CHANGED', { funder: event.budgetLine.funder.acronym ?? event.budgetLine.funder.name, year: event.budgetLine.year })
        : null;
    default:
      return null;
  }
}
