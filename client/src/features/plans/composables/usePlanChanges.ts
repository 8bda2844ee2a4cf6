import type { ApolloCache } from '@apollo/client/core';
import type { Ref } from 'vue';
import { useEventStream } from '@/composables/useEventStream';
import { graphql } from '@/gql';
import type { PlanChangedSubscription as PlanChangedResult } from '@/gql/graphql';
import { placeContribution } from '@/features/contributions/contribution-cache';
import { addToList, removeFromList } from '@/lib/cache-lists';
import { describePlanEvent } from './describePlanEvent';

const PlanChangedSubscription = graphql(`
  subscription PlanChanged($planId: ID!, $after: Int) {
    planChanged(planId: $planId, after: $after) {
      seq
      type
      actorId
      planId
      plan {
        ...PlanFields
      }
      orientation {
        ...OrientationFields
        actions {
          ...ActionFields
        }
      }
      action {
        ...ActionFields
      }
      body {
        ...BodyFields
        memberships {
          ...MembershipFields
        }
      }
      membership {
        ...MembershipFields
      }
      meeting {
        ...MeetingSummaryFields
      }
      agendaItem {
        ...AgendaEntryFields
      }
      contribution {
        ...ContributionThreadFields
      }
      commitment {
        ...CommitmentFields
      }
      indicator {
        ...IndicatorFields
      }
      measurement {
        ...MeasurementFields
      }
      milestone {
        ...MilestoneFields
      }
      budgetLine {
        ...BudgetLineFields
      }
    }
  }
`);

export type PlanEvent = PlanChangedResult['planChanged'];

/** Keeps the parents' lists in step with records created, archived, added or ended. */
function updateLists(cache: ApolloCache<unknown>, event: PlanEvent) {
  const plan = { __typename: 'Plan', id: event.planId };
  const { orientation, action, body, membership } = event;
  switch (event.type) {
    case 'ORIENTATION_CREATED':
      if (orientation) addToList(cache, { parent: plan, field: 'orientations', orderBy: 'number' }, orientation);
      break;
    case 'ORIENTATION_ARCHIVED':
      if (orientation) removeFromList(cache, { parent: plan, field: 'orientations' }, orientation);
      break;
    case 'ACTION_CREATED':
    case 'ACTION_ARCHIVED':
      if (!action) break;
      if (event.type === 'ACTION_CREATED') {
        addToList(cache, { parent: { __typename: 'Orientation', id: action.orientationId }, field: 'actions', orderBy: 'position' }, action);
      } else {
        removeFromList(cache, { parent: { __typename: 'Orientation', id: action.orientationId }, field: 'actions' }, action);
      }
      break;
    case 'BODY_CREATED':
      if (body) addToList(cache, { parent: plan, field: 'bodies' }, body);
      break;
    case 'BODY_ARCHIVED':
      if (body) removeFromList(cache, { parent: plan, field: 'bodies' }, body);
      break;
    case 'MEMBERSHIP_ADDED':
      if (membership) addToList(cache, { parent: { __typename: 'GovernanceBody', id: membership.bodyId }, field: 'memberships' }, membership);
      break;
    case 'MEMBERSHIP_ENDED':
      if (membership) removeFromList(cache, { parent: { __typename: 'GovernanceBody', id: membership.bodyId }, field: 'memberships' }, membership);
      break;
    case 'CONTRIBUTION_POSTED':
      if (event.contribution) placeContribution(cache, event.contribution);
      break;
    case 'BACKLOG_ITEM_CHANGED': {
      // One event for every change to a backlog: an item still waiting at the top level is
      // listed; one placed in a meeting, put in a section or removed leaves the list.
      const { agendaItem } = event;
      if (!agendaItem) break;
      const backlog = { parent: { __typename: 'GovernanceBody', id: agendaItem.bodyId }, field: 'backlog' };
      if (!agendaItem.meetingId && !agendaItem.parentId && !agendaItem.archivedAt) addToList(cache, backlog, agendaItem);
      else removeFromList(cache, backlog, agendaItem);
      break;
    }
    case 'INDICATOR_CHANGED':
    case 'MILESTONE_CHANGED':
    case 'BUDGET_CHANGED': {
      // An action's follow-up lists: a new record joins, an archived one leaves.
      const record = event.indicator ?? event.milestone ?? event.budgetLine;
      if (!record) break;
      const field = record.__typename === 'Indicator' ? 'indicators' : record.__typename === 'Milestone' ? 'milestones' : 'budgetLines';
      const list = { parent: { __typename: 'Action', id: record.actionId }, field };
      if (record.archivedAt) removeFromList(cache, list, record);
      else addToList(cache, list, record);
      break;
    }
    default:
      break;
  }
}

/** Follows a plan's changes live (see `useEventStream`). */
export function usePlanChanges(
  planId: Ref<string>,
  loadedSeq: Ref<number | undefined>,
  options: {
    onApplied?: (event: PlanEvent) => void;
    /** Which events to announce to screen readers (all of them by default). */
    announces?: (event: PlanEvent) => boolean;
  } = {},
) {
  return useEventStream({
    document: PlanChangedSubscription,
    id: planId,
    loadedSeq,
    variables: (id, after) => ({ planId: id, after }),
    eventOf: (data) => data.planChanged,
    resultOf: (event) => ({ __typename: 'Subscription' as const, planChanged: event }),
    updateLists,
    describe: describePlanEvent,
    ...options,
  });
}
