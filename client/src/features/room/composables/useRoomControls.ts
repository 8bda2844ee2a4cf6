import { useMutation } from '@vue/apollo-composable';
import { graphql } from '@/gql';

const OpenRoomMutation = graphql(`
  mutation OpenRoom($meetingId: ID!) {
    openRoom(meetingId: $meetingId) {
      id
      ...RoomFields
    }
  }
`);

const SetCurrentItemMutation = graphql(`
  mutation SetCurrentItem($meetingId: ID!, $agendaItemId: ID!) {
    setCurrentItem(meetingId: $meetingId, agendaItemId: $agendaItemId) {
      id
      ...RoomFields
    }
  }
`);

const StartTimerMutation = graphql(`
  mutation StartTimer($meetingId: ID!) {
    startTimer(meetingId: $meetingId) {
      id
      ...RoomFields
    }
  }
`);

const PauseTimerMutation = graphql(`
  mutation PauseTimer($meetingId: ID!) {
    pauseTimer(meetingId: $meetingId) {
      id
      ...RoomFields
    }
  }
`);

const CloseRoomMutation = graphql(`
  mutation CloseRoom($meetingId: ID!) {
    closeRoom(meetingId: $meetingId) {
      id
      ...RoomFields
    }
  }
`);

/** The facilitators' room controls; each answer updates the cache, the live event tells the others. */
export function useRoomControls() {
  const open = useMutation(OpenRoomMutation, { throws: 'always' });
  const setItem = useMutation(SetCurrentItemMutation, { throws: 'always' });
  const start = useMutation(StartTimerMutation, { throws: 'always' });
  const pause = useMutation(PauseTimerMutation, { throws: 'always' });
  const close = useMutation(CloseRoomMutation, { throws: 'always' });
  return {
    openRoom: (meetingId: string) => open.mutate({ meetingId }),
    setCurrentItem: (meetingId: string, agendaItemId: string) => setItem.mutate({ meetingId, agendaItemId }),
    startTimer: (meetingId: string) => start.mutate({ meetingId }),
    pauseTimer: (meetingId: string) => pause.mutate({ meetingId }),
    closeRoom: (meetingId: string) => close.mutate({ meetingId }),
  };
}
