import type { Ref } from 'vue';
import { useEventStream } from '@/composables/useEventStream';
import { graphql } from '@/gql';
import { describeMeetingEvent } from './describeMeetingEvent';
import { type MeetingEvent, updateMeetingLists } from './meeting-cache';

const MeetingChangedSubscription = graphql(`
  subscription MeetingChanged($meetingId: ID!, $after: Int) {
    meetingChanged(meetingId: $meetingId, after: $after) {
      seq
      type
      actorId
      meetingId
      order
      meeting {
        ...MeetingFields
        ...RoomFields
      }
      agendaItem {
        ...AgendaEntryFields
      }
      attendance {
        ...AttendanceFields
      }
      decision {
        ...DecisionFields
      }
      minutes {
        ...MinutesFields
      }
      contribution {
        ...ContributionThreadFields
      }
      poll {
        ...PollFields
      }
    }
  }
`);

/** Follows a meeting's changes live, like `usePlanChanges` for a plan (see `useEventStream`). */
export function useMeetingChanges(
  meetingId: Ref<string>,
  loadedSeq: Ref<number | undefined>,
  options: { onApplied?: (event: MeetingEvent) => void } = {},
) {
  return useEventStream({
    document: MeetingChangedSubscription,
    id: meetingId,
    loadedSeq,
    variables: (id, after) => ({ meetingId: id, after }),
    eventOf: (data) => data.meetingChanged,
    resultOf: (event) => ({ __typename: 'Subscription' as const, meetingChanged: event }),
    updateLists: updateMeetingLists,
    describe: describeMeetingEvent,
    ...options,
  });
}
