import { useQuery } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import { graphql } from '@/gql';
import type { ActionFollowUpQuery } from '@/gql/graphql';
import { useCoalescedRefetch } from '@/features/commitments/composables/useCoalescedRefetch';
import { type PlanEvent, usePlanChanges } from '@/features/plans/composables/usePlanChanges';

// The plan's event cursor is read with the action, so no change between the two is missed.
const ActionFollowUpPageQuery = graphql(`
  query ActionFollowUp($planId: ID!, $actionId: ID!) {
    plan(id: $planId) {
      id
      title
      startYear
      endYear
      lastEventSeq
      viewerCanEdit
    }
    action(id: $actionId) {
      id
      title
      orientation {
        id
        number
        title
      }
      leadPartner {
        id
        name
      }
      partners {
        id
        name
      }
      indicators {
        ...IndicatorFields
        viewerCanRecord
        viewerCanSteer
        history {
          ...ChangeFields
        }
        measurements {
          id
          history {
            ...ChangeFields
          }
        }
      }
      milestones {
        ...MilestoneFields
        viewerCanReport
        history {
          ...ChangeFields
        }
      }
      budgetLines {
        ...BudgetLineFields
        viewerCanSteer
        history {
          ...ChangeFields
        }
      }
    }
    budgetTotals(planId: $planId) {
      planId
      byAction {
        actionId
        planned
        committed
        spent
        lineCount
      }
    }
  }
`);

export type FollowUpAction = ActionFollowUpQuery['action'];
export type FollowUpIndicator = FollowUpAction['indicators'][number];
export type FollowUpMilestone = FollowUpAction['milestones'][number];
export type FollowUpBudgetLine = FollowUpAction['budgetLines'][number];

const FOLLOW_UP_EVENTS = new Set(['INDICATOR_CHANGED', 'MEASUREMENT_RECORDED', 'MEASUREMENT_CHANGED', 'MILESTONE_CHANGED', 'BUDGET_CHANGED']);

/**
 * An action's follow-up, live: an event's record lands in the cache at once (the new value,
 * the table row), then histories and totals, which no event carries, are reloaded.
 */
export function useActionFollowUp(planId: Ref<string>, actionId: Ref<string>) {
  const query = useQuery(ActionFollowUpPageQuery, () => ({ planId: planId.value, actionId: actionId.value }), { fetchPolicy: 'cache-and-network' });
  const action = computed(() => (query.result.value?.action.id === actionId.value ? query.result.value.action : null));
  const plan = computed(() => (action.value ? query.result.value?.plan ?? null : null));
  const totals = computed(() => query.result.value?.budgetTotals.byAction.find((entry) => entry.actionId === actionId.value) ?? null);
  const reload = useCoalescedRefetch(() => query.refetch());
  const concernsAction = (event: PlanEvent) => {
    const record = event.indicator ?? event.milestone ?? event.budgetLine;
    return record?.actionId === actionId.value;
  };
  const { reconnect } = usePlanChanges(planId, computed(() => plan.value?.lastEventSeq), {
    onApplied: (event) => {
      if (FOLLOW_UP_EVENTS.has(event.type) && concernsAction(event)) void reload();
    },
    announces: (event) => FOLLOW_UP_EVENTS.has(event.type) && concernsAction(event),
  });
  return { action, plan, totals, loading: query.loading, error: query.error, refetch: query.refetch, reload, reconnect };
}
