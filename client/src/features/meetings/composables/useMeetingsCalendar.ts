import { useQuery } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import { graphql } from '@/gql';

const MeetingsCalendarQuery = graphql(`
  query MeetingsCalendar($id: ID!) {
    plan(id: $id) {
      id
      bodies {
        id
        name
        meetings(period: ALL, limit: 200) {
          items {
            ...MeetingSummaryFields
          }
        }
      }
    }
  }
`);

/** Every meeting of the plan's bodies, for the calendar; read only while the calendar is shown. */
export function useMeetingsCalendar(planId: Ref<string | null>, enabled: Ref<boolean>) {
  const { result, loading, error, refetch } = useQuery(MeetingsCalendarQuery, () => ({ id: planId.value ?? '' }), () => ({
    enabled: !!planId.value && enabled.value,
    fetchPolicy: 'cache-and-network',
  }));
  const meetings = computed(() =>
    (result.value?.plan.id === planId.value ? result.value.plan.bodies : []).flatMap((body) =>
      body.meetings.items.map((meeting) => ({ ...meeting, bodyName: body.name })),
    ),
  );
  return { meetings, loading, error, refetch, loaded: computed(() => !!result.value) };
}
