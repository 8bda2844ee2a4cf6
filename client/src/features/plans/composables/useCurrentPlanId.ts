import { useQuery } from '@vue/apollo-composable';
import { computed, ref, watch } from 'vue';
import { useRoute } from 'vue-router';
import { graphql } from '@/gql';

export const FirstPlanQuery = graphql(`
  query FirstPlan {
    plans(limit: 1) {
      totalCount
      items {
        id
        title
      }
    }
  }
`);

/** The plan seen last, so "Instances" stays on it when the user visits "Réunions" in between. */
const lastPlanId = ref<string | null>(null);

/** The plan the navigation points to: the one on screen, else the last one seen, else the first readable. */
export function useCurrentPlanId() {
  return useCurrentPlan().planId;
}

/** The current plan's id, and whether the first readable plan is still being looked up (pages without a plan in their address). */
export function useCurrentPlan() {
  const route = useRoute();
  const { result, loading } = useQuery(FirstPlanQuery, null, { fetchPolicy: 'cache-first' });
  watch(
    () => route.params.planId,
    (planId) => {
      if (typeof planId === 'string') lastPlanId.value = planId;
    },
    { immediate: true },
  );
  const planId = computed(() => {
    const fromRoute = route.params.planId;
    if (typeof fromRoute === 'string') return fromRoute;
    return lastPlanId.value ?? result.value?.plans.items[0]?.id ?? null;
  });
  return { planId, resolving: computed(() => !planId.value && loading.value) };
}
