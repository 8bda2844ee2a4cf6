import { useSubscription } from '@vue/apollo-composable';
import { computed, watch, type Ref } from 'vue';
import { liveGeneration } from '@/apollo';
import { graphql } from '@/gql';

const RoomPresenceSubscription = graphql(`
  subscription RoomPresence($meetingId: ID!) {
    roomPresence(meetingId: $meetingId) {
      meetingId
      count
      quorumRequired
      people {
        id
        displayName
      }
    }
  }
`);

/**
 * Puts the viewer in the meeting's room for as long as the page is open (the subscription is
 * the presence) and follows who else is there.
 */
export function useRoomPresence(meetingId: Ref<string>, enabled: Ref<boolean>) {
  const { result, restart } = useSubscription(
    RoomPresenceSubscription,
    () => ({ meetingId: meetingId.value }),
    () => ({ enabled: enabled.value, fetchPolicy: 'no-cache' }),
  );
  // A new WebSocket client (reconnection, sign-in): come back into the room on it.
  watch(liveGeneration, () => restart());
  return computed(() => (result.value?.roomPresence.meetingId === meetingId.value ? result.value.roomPresence : null));
}
