import { useApolloClient, useMutation } from '@vue/apollo-composable';
import { graphql } from '@/gql';
import { showLatestMinutes } from '@/features/meetings/composables/meeting-cache';

const SaveMinutesMutation = graphql(`
  mutation SaveMinutes($meetingId: ID!, $text: String!, $expectedRevision: Int) {
    saveMinutes(meetingId: $meetingId, text: $text, expectedRevision: $expectedRevision) {
      ...MinutesFields
    }
  }
`);

const ProposeMinutesMutation = graphql(`
  mutation ProposeMinutes($meetingId: ID!) {
    proposeMinutes(meetingId: $meetingId) {
      ...MinutesFields
    }
  }
`);

const ApproveMinutesMutation = graphql(`
  mutation ApproveMinutes($meetingId: ID!, $inMeetingId: ID!) {
    approveMinutes(meetingId: $meetingId, inMeetingId: $inMeetingId) {
      ...MinutesFields
    }
  }
`);

const CorrectMinutesMutation = graphql(`
  mutation CorrectMinutes($meetingId: ID!, $text: String!, $reason: String!) {
    correctMinutes(meetingId: $meetingId, text: $text, reason: $reason) {
      ...MinutesFields
    }
  }
`);

const LatestMinutesQuery = graphql(`
  query LatestMinutes($id: ID!) {
    meeting(id: $id) {
      id
      status
      minutes {
        ...MinutesFields
      }
      minutesHistory {
        ...MinutesFields
      }
    }
  }
`);

/** Writing, proposing, approving and correcting minutes; a new version shows at once. */
export function useMinutesMutations() {
  const { resolveClient } = useApolloClient();
  const save = useMutation(SaveMinutesMutation, { throws: 'always' });
  const propose = useMutation(ProposeMinutesMutation, { throws: 'always' });
  const approve = useMutation(ApproveMinutesMutation, { throws: 'always' });
  const correct = useMutation(CorrectMinutesMutation, { throws: 'always' });
  const show = <T extends { __typename: 'MinutesVersion'; id: string; version: number; meetingId: string }>(minutes: T | undefined) => {
    if (minutes) showLatestMinutes(resolveClient().cache, minutes.meetingId, minutes);
    return minutes;
  };

  return {
    saveMinutes: async (meetingId: string, text: string, expectedRevision: number) =>
      show((await save.mutate({ meetingId, text, expectedRevision }))?.data?.saveMinutes),
    proposeMinutes: async (meetingId: string) => show((await propose.mutate({ meetingId }))?.data?.proposeMinutes),
    approveMinutes: async (meetingId: string, inMeetingId: string) =>
      show((await approve.mutate({ meetingId, inMeetingId }))?.data?.approveMinutes),
    correctMinutes: async (meetingId: string, text: string, reason: string) =>
      show((await correct.mutate({ meetingId, text, reason }))?.data?.correctMinutes),
    /** Reads the saved minutes again, after a CONFLICT. */
    async reloadMinutes(meetingId: string) {
      const { data } = await resolveClient().query({ query: LatestMinutesQuery, variables: { id: meetingId }, fetchPolicy: 'network-only' });
      return data.meeting.minutes;
    },
    saving: save.loading,
  };
}
