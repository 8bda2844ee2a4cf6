import { useQuery } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import { useAttendanceMutations } from '@/features/attendance/composables/useAttendanceMutations';
import { useCurrentPerson } from '@/features/auth/composables/useCurrentPerson';
import { useContributionAnnouncer } from '@/features/contributions/composables/useContributionAnnouncer';
import type { MeetingEvent } from '@/features/meetings/composables/meeting-cache';
import { useMeetingChanges } from '@/features/meetings/composables/useMeetingChanges';
import { graphql } from '@/gql';
import { useRoomPresence } from './useRoomPresence';

const MeetingRoomQuery = graphql(`
  query MeetingRoom($id: ID!) {
    meeting(id: $id) {
      ...MeetingFields
      ...RoomFields
      lastEventSeq
      viewerCanContribute
      body {
        id
        name
        planId
      }
      agenda {
        ...AgendaEntryFields
      }
      quorum {
        ...QuorumFields
      }
      attendances {
        ...AttendanceFields
      }
      polls {
        ...PollFields
      }
      contributions {
        ...ContributionThreadFields
      }
    }
  }
`);

/** Events after which the quorum is read again (the server computes it). */
const QUORUM_EVENTS: MeetingEvent['type'][] = ['ATTENDANCE_UPDATED', 'MEETING_UPDATED'];

/**
 * A meeting's live room, for the room page and the projector: the meeting with its agenda,
 * room state and contributions, kept live through `meetingChanged`, and who is in the room.
 */
export function useRoom(meetingId: Ref<string>) {
  const { result, loading, error, refetch } = useQuery(MeetingRoomQuery, () => ({ id: meetingId.value }), {
    fetchPolicy: 'cache-and-network',
  });
  const meeting = computed(() => (result.value?.meeting.id === meetingId.value ? result.value.meeting : null));
  const { me } = useCurrentPerson();
  const { refreshQuorum } = useAttendanceMutations();
  const notePosted = useContributionAnnouncer();

  const { reconnect } = useMeetingChanges(
    meetingId,
    computed(() => meeting.value?.lastEventSeq),
    {
      onApplied: (event) => {
        if (QUORUM_EVENTS.includes(event.type)) void refreshQuorum(event.meetingId);
        const contribution = event.contribution;
        if (event.type === 'CONTRIBUTION_POSTED' && contribution && event.actorId !== me.value?.id) notePosted();
      },
    },
  );

  const presence = useRoomPresence(meetingId, computed(() => !!meeting.value));

  return { meeting, loading, error, refetch, reconnect, presence };
}
