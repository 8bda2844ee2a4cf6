import { useQuery } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import { useAgendaMutations } from '@/features/agenda/composables/useAgendaMutations';
import { useAttendanceMutations } from '@/features/attendance/composables/useAttendanceMutations';
import { usePlanChanges } from '@/features/plans/composables/usePlanChanges';
import { graphql } from '@/gql';
import type { MeetingEvent } from './meeting-cache';
import { useMeetingChanges } from './useMeetingChanges';

const MeetingPageQuery = graphql(`
  query MeetingPage($id: ID!) {
    meeting(id: $id) {
      ...MeetingFields
      ...RoomFields
      lastEventSeq
      body {
        id
        name
        kind
        planId
        plan {
          id
          lastEventSeq
        }
        memberships {
          ...MembershipFields
        }
        backlog {
          ...AgendaEntryFields
        }
      }
      agenda {
        ...AgendaEntryFields
      }
      attendances {
        ...AttendanceFields
      }
      quorum {
        ...QuorumFields
      }
      decisions {
        ...DecisionFields
      }
      minutes {
        ...MinutesFields
      }
      minutesHistory {
        ...MinutesFields
      }
    }
  }
`);

/** Events after which the attendance list and quorum are read again (the server computes them). */
const ATTENDANCE_EVENTS: MeetingEvent['type'][] = ['ATTENDANCE_UPDATED', 'AGENDA_PUBLISHED', 'MEETING_UPDATED'];

/** One meeting, everything on its page, kept live through `meetingChanged`. */
export function useMeetingRoom(meetingId: Ref<string>) {
  const { result, loading, error, refetch } = useQuery(MeetingPageQuery, () => ({ id: meetingId.value }), {
    fetchPolicy: 'cache-and-network',
  });
  // Only the meeting asked for: while another one loads, show nothing stale.
  const meeting = computed(() => (result.value?.meeting.id === meetingId.value ? result.value.meeting : null));
  const { refreshQuorum } = useAttendanceMutations();
  const { reloadAgenda } = useAgendaMutations();

  const { reconnect } = useMeetingChanges(
    meetingId,
    computed(() => meeting.value?.lastEventSeq),
    {
      // Convening invites the members and presence moves the quorum: both are the server's to say.
      onApplied: (event) => {
        if (ATTENDANCE_EVENTS.includes(event.type)) void refreshQuorum(event.meetingId);
        // Closing marks the items not dealt with as unfinished, all at once: read them again.
        if (event.type === 'MEETING_UPDATED' && event.meeting?.status === 'CLOSED') void reloadAgenda(event.meetingId).catch(() => undefined);
      },
    },
  );

  // The body's backlog lives on the plan's stream (items waiting for no meeting in particular):
  // followed too, so items drafted meanwhile by others show up, but only those are announced.
  usePlanChanges(
    computed(() => meeting.value?.body.plan.id ?? ''),
    computed(() => meeting.value?.body.plan.lastEventSeq),
    { announces: (event) => event.type === 'BACKLOG_ITEM_CHANGED' && event.agendaItem?.bodyId === meeting.value?.bodyId },
  );

  return { meeting, loading, error, refetch, reconnect };
}
