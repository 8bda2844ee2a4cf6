import { useApolloClient, useQuery } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import { graphql } from '@/gql';
import { usePlanChanges, type PlanEvent } from '@/features/plans/composables/usePlanChanges';
import { FACILITATOR_ROLES } from '../lifecycle';

const MeetingsPageQuery = graphql(`
  query MeetingsPage($id: ID!) {
    me {
      id
      isAdmin
      memberships {
        id
        bodyId
        role
      }
    }
    plan(id: $id) {
      id
      title
      lastEventSeq
      bodies {
        id
        name
        kind
        cadence {
          ...CadenceFields
        }
        upcoming: meetings(period: UPCOMING, limit: 20) {
          totalCount
          items {
            ...MeetingSummaryFields
          }
        }
        past: meetings(period: PAST, limit: 5) {
          totalCount
          items {
            ...MeetingSummaryFields
          }
        }
      }
    }
  }
`);

/** The queries listing meetings: this page's and the calendar's. */
const LIST_QUERIES = ['MeetingsPage', 'MeetingsCalendar'];

/** Events that change which meetings a body lists, or its cadence. */
const LIST_EVENTS: PlanEvent['type'][] = ['MEETING_SCHEDULED', 'MEETING_UPDATED'];

/**
 * The plan's bodies with their cadence and meetings, kept live: a meeting scheduled or moved
 * along by someone else is a new list entry or a new count, so the lists are read again (the
 * meeting's own fields are already updated in the cache by the event).
 */
export function useMeetingsOverview(planId: Ref<string | null>) {
  const { resolveClient } = useApolloClient();
  const query = useQuery(MeetingsPageQuery, () => ({ id: planId.value ?? '' }), () => ({
    enabled: !!planId.value,
    fetchPolicy: 'cache-and-network',
  }));
  const plan = computed(() => (query.result.value?.plan.id === planId.value ? query.result.value.plan : null));
  const me = computed(() => query.result.value?.me ?? null);

  /** Bodies where the viewer runs meetings (chair, co-chair, secretary; admins everywhere). */
  const facilitatedBodies = computed(() => {
    const viewer = me.value;
    if (!plan.value || !viewer) return [];
    const roles: readonly string[] = FACILITATOR_ROLES;
    return plan.value.bodies.filter(
      (body) => viewer.isAdmin || viewer.memberships.some((seat) => seat.bodyId === body.id && roles.includes(seat.role)),
    );
  });

  let refreshing: Promise<unknown> | null = null;
  let again = false;
  /** Reads the lists again; events arriving meanwhile lead to one more read, not one each. */
  function refreshLists() {
    if (refreshing) {
      again = true;
      return;
    }
    refreshing = resolveClient()
      // The calendar's query is read again only if it is on screen (it is not always).
      .refetchQueries({
        include: 'active',
        onQueryUpdated: (query) => (LIST_QUERIES.includes(query.queryName ?? '') ? query.refetch() : false),
      })
      .catch(() => undefined)
      .finally(() => {
        refreshing = null;
        if (again) {
          again = false;
          refreshLists();
        }
      });
  }

  const { reconnect } = usePlanChanges(
    computed(() => planId.value ?? ''),
    computed(() => plan.value?.lastEventSeq),
    { onApplied: (event) => LIST_EVENTS.includes(event.type) && refreshLists() },
  );

  return { plan, facilitatedBodies, loading: query.loading, error: query.error, refetch: query.refetch, refreshLists, reconnect };
}
