import { useMutation, useQuery } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import { graphql } from '@/gql';

const ConversionChoicesQuery = graphql(`
  query ConversionChoices($planId: ID!, $meetingId: ID!, $inMeeting: Boolean!) {
    plan(id: $planId) {
      id
      viewerCanEdit
      orientations {
        id
        number
        title
      }
      bodies {
        id
        name
      }
    }
    meeting(id: $meetingId) @include(if: $inMeeting) {
      id
      status
      bodyId
    }
  }
`);

const ConvertToActionMutation = graphql(`
  mutation ConvertContributionToAction($id: ID!, $orientationId: ID!, $title: String) {
    convertContributionToAction(id: $id, orientationId: $orientationId, title: $title) {
      ...ContributionFields
    }
  }
`);

const ConvertToAgendaItemMutation = graphql(`
  mutation ConvertContributionToAgendaItem($id: ID!, $bodyId: ID!) {
    convertContributionToAgendaItem(id: $id, bodyId: $bodyId) {
      ...ContributionFields
    }
  }
`);

const ConvertToDecisionMutation = graphql(`
  mutation ConvertContributionToDecision($id: ID!) {
    convertContributionToDecision(id: $id) {
      ...ContributionFields
    }
  }
`);

/**
 * What a contribution may become, for its moderation panel: the plan's orientations and bodies
 * (an action or a backlog item, for those who edit the plan) and whether its meeting is in
 * session (a decision).
 */
export function useConversionChoices(contribution: Ref<{ planId: string; meetingId?: string | null }>) {
  const { result, loading } = useQuery(
    ConversionChoicesQuery,
    () => ({ planId: contribution.value.planId, meetingId: contribution.value.meetingId ?? '', inMeeting: !!contribution.value.meetingId }),
    { fetchPolicy: 'cache-and-network' },
  );
  return {
    loading,
    canEditPlan: computed(() => result.value?.plan.viewerCanEdit ?? false),
    orientations: computed(() => result.value?.plan.orientations ?? []),
    bodies: computed(() => result.value?.plan.bodies ?? []),
    meeting: computed(() => result.value?.meeting ?? null),
  };
}

/** The three conversions; the answer (then the live event) shows the link on the contribution. */
export function useContributionConversions() {
  const toAction = useMutation(ConvertToActionMutation, { throws: 'always' });
  const toAgendaItem = useMutation(ConvertToAgendaItemMutation, { throws: 'always' });
  const toDecision = useMutation(ConvertToDecisionMutation, { throws: 'always' });
  return {
    convertToAction: (id: string, orientationId: string, title: string) => toAction.mutate({ id, orientationId, title }),
    convertToAgendaItem: (id: string, bodyId: string) => toAgendaItem.mutate({ id, bodyId }),
    convertToDecision: (id: string) => toDecision.mutate({ id }),
  };
}
