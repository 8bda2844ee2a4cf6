import { useMutation } from '@vue/apollo-composable';
import { graphql } from '@/gql';
import type { CreateMeetingInput, UpdateMeetingInput } from '@/gql/graphql';
import type { LifecycleMove } from '../lifecycle';

const CreateMeetingMutation = graphql(`
  mutation CreateMeeting($input: CreateMeetingInput!) {
    createMeeting(input: $input) {
      ...MeetingFields
    }
  }
`);

const UpdateMeetingMutation = graphql(`
  mutation UpdateMeeting($input: UpdateMeetingInput!) {
    updateMeeting(input: $input) {
      ...MeetingFields
    }
  }
`);

const ConveneMeetingMutation = graphql(`
  mutation ConveneMeeting($id: ID!) {
    conveneMeeting(id: $id) {
      ...MeetingFields
    }
  }
`);

const OpenMeetingMutation = graphql(`
  mutation OpenMeeting($id: ID!) {
    openMeeting(id: $id) {
      ...MeetingFields
    }
  }
`);

const CloseMeetingMutation = graphql(`
  mutation CloseMeeting($id: ID!) {
    closeMeeting(id: $id) {
      ...MeetingFields
    }
  }
`);

const CancelMeetingMutation = graphql(`
  mutation CancelMeeting($id: ID!, $reason: String!) {
    cancelMeeting(id: $id, reason: $reason) {
      ...MeetingFields
    }
  }
`);

const RepublishAgendaMutation = graphql(`
  mutation RepublishAgenda($id: ID!) {
    republishAgenda(id: $id) {
      ...MeetingFields
    }
  }
`);

/**
 * Scheduling a meeting and moving it along its lifecycle. The answers are written to the cache
 * by Apollo (same fields as the page), so the page changes without waiting for the live event.
 */
export function useMeetingMutations() {
  const create = useMutation(CreateMeetingMutation, { throws: 'always' });
  const update = useMutation(UpdateMeetingMutation, { throws: 'always' });
  const convene = useMutation(ConveneMeetingMutation, { throws: 'always' });
  const open = useMutation(OpenMeetingMutation, { throws: 'always' });
  const close = useMutation(CloseMeetingMutation, { throws: 'always' });
  const cancel = useMutation(CancelMeetingMutation, { throws: 'always' });
  const republish = useMutation(RepublishAgendaMutation, { throws: 'always' });

  const moves = {
    convene: async (id: string) => (await convene.mutate({ id }))?.data?.conveneMeeting,
    open: async (id: string) => (await open.mutate({ id }))?.data?.openMeeting,
    close: async (id: string) => (await close.mutate({ id }))?.data?.closeMeeting,
  } satisfies Record<LifecycleMove, (id: string) => Promise<unknown>>;

  return {
    async createMeeting(input: CreateMeetingInput) {
      return (await create.mutate({ input }))?.data?.createMeeting;
    },
    async updateMeeting(input: UpdateMeetingInput) {
      return (await update.mutate({ input }))?.data?.updateMeeting;
    },
    move: (move: LifecycleMove, id: string) => moves[move](id),
    async cancelMeeting(id: string, reason: string) {
      return (await cancel.mutate({ id, reason }))?.data?.cancelMeeting;
    },
    async republishAgenda(id: string) {
      return (await republish.mutate({ id }))?.data?.republishAgenda;
    },
    saving: create.loading,
    updating: update.loading,
  };
}
