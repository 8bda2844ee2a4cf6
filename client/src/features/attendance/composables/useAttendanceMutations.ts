import { useApolloClient, useMutation } from '@vue/apollo-composable';
import { graphql } from '@/gql';
import type { InvitationResponse, Presence } from '@/gql/graphql';
import { addToList } from '@/lib/cache-lists';

const RespondToInvitationMutation = graphql(`
  mutation RespondToInvitation($meetingId: ID!, $response: InvitationResponse!) {
    respondToInvitation(meetingId: $meetingId, response: $response) {
      ...AttendanceFields
    }
  }
`);

const RecordPresenceMutation = graphql(`
  mutation RecordPresence($attendanceId: ID!, $presence: Presence!) {
    recordPresence(attendanceId: $attendanceId, presence: $presence) {
      ...AttendanceFields
    }
  }
`);

const GiveProxyMutation = graphql(`
  mutation GiveProxy($meetingId: ID!, $toPersonId: ID!) {
    giveProxy(meetingId: $meetingId, toPersonId: $toPersonId) {
      ...AttendanceFields
    }
  }
`);

const WithdrawProxyMutation = graphql(`
  mutation WithdrawProxy($meetingId: ID!) {
    withdrawProxy(meetingId: $meetingId) {
      ...AttendanceFields
    }
  }
`);

const InviteGuestMutation = graphql(`
  mutation InviteGuest($meetingId: ID!, $personId: ID!) {
    inviteGuest(meetingId: $meetingId, personId: $personId) {
      ...AttendanceFields
    }
  }
`);

export const MeetingAttendanceQuery = graphql(`
  query MeetingAttendance($id: ID!) {
    meeting(id: $id) {
      id
      attendances {
        ...AttendanceFields
      }
      quorum {
        ...QuorumFields
      }
    }
  }
`);

/**
 * Answers, presence, proxies and guests. The quorum is the server's to compute (its rule is the
 * body's): after each change it is read again, with the list, rather than guessed here.
 */
export function useAttendanceMutations() {
  const { resolveClient } = useApolloClient();
  const respond = useMutation(RespondToInvitationMutation, { throws: 'always' });
  const presence = useMutation(RecordPresenceMutation, { throws: 'always' });
  const give = useMutation(GiveProxyMutation, { throws: 'always' });
  const withdraw = useMutation(WithdrawProxyMutation, { throws: 'always' });
  const invite = useMutation(InviteGuestMutation, { throws: 'always' });

  async function refreshQuorum(meetingId: string) {
    await resolveClient()
      .query({ query: MeetingAttendanceQuery, variables: { id: meetingId }, fetchPolicy: 'network-only' })
      .catch(() => undefined);
  }

  return {
    refreshQuorum,
    async respond(meetingId: string, response: InvitationResponse) {
      return (await respond.mutate({ meetingId, response }))?.data?.respondToInvitation;
    },
    async recordPresence(meetingId: string, attendanceId: string, value: Presence) {
      const saved = (await presence.mutate({ attendanceId, presence: value }))?.data?.recordPresence;
      await refreshQuorum(meetingId);
      return saved;
    },
    async giveProxy(meetingId: string, toPersonId: string) {
      const saved = (await give.mutate({ meetingId, toPersonId }))?.data?.giveProxy;
      await refreshQuorum(meetingId);
      return saved;
    },
    async withdrawProxy(meetingId: string) {
      const saved = (await withdraw.mutate({ meetingId }))?.data?.withdrawProxy;
      await refreshQuorum(meetingId);
      return saved;
    },
    async inviteGuest(meetingId: string, personId: string) {
      const added = (await invite.mutate({ meetingId, personId }))?.data?.inviteGuest;
      if (added) addToList(resolveClient().cache, { parent: { __typename: 'Meeting', id: meetingId }, field: 'attendances' }, added);
      return added;
    },
  };
}
