import { useQuery } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import { graphql } from '@/gql';

const PlanContributionsQuery = graphql(`
  query PlanContributions($planId: ID!, $orientationId: ID, $actionId: ID) {
    contributions(planId: $planId, orientationId: $orientationId, actionId: $actionId, limit: 100) {
      totalCount
      hasMore
      items {
        ...ContributionThreadFields
      }
    }
  }
`);

const PlanContributionRightsQuery = graphql(`
  query PlanContributionRights($planId: ID!) {
    plan(id: $planId) {
      id
      viewerCanEdit
      viewerCanContribute
    }
  }
`);

export interface FeedSubject {
  planId: string;
  orientationId?: string | null;
  actionId?: string | null;
}

/**
 * The contributions on an orientation or an action between meetings, read once opened. They
 * stay live through the plan page's `planChanged` stream, which lists new ones in this feed.
 */
export function usePlanContributions(subject: Ref<FeedSubject>, enabled: Ref<boolean>) {
  const variables = () => ({
    planId: subject.value.planId,
    orientationId: subject.value.orientationId ?? null,
    actionId: subject.value.actionId ?? null,
  });
  const feed = useQuery(PlanContributionsQuery, variables, () => ({ enabled: enabled.value, fetchPolicy: 'cache-and-network' }));
  // Shared by every feed of the page: one request, then the cache.
  const rights = useQuery(PlanContributionRightsQuery, () => ({ planId: subject.value.planId }), () => ({ enabled: enabled.value, fetchPolicy: 'cache-first' }));
  return {
    contributions: computed(() => feed.result.value?.contributions.items ?? []),
    totalCount: computed(() => feed.result.value?.contributions.totalCount ?? null),
    hasMore: computed(() => feed.result.value?.contributions.hasMore ?? false),
    loading: feed.loading,
    error: feed.error,
    refetch: feed.refetch,
    canPost: computed(() => rights.result.value?.plan.viewerCanContribute ?? false),
    canModerate: computed(() => rights.result.value?.plan.viewerCanEdit ?? false),
  };
}
