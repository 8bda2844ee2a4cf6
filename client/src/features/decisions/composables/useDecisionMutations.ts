import { useApolloClient, useMutation } from '@vue/apollo-composable';
import { graphql } from '@/gql';
import type { RecordDecisionInput, UpdateDecisionInput } from '@/gql/graphql';
import { addToList, removeFromList } from '@/lib/cache-lists';

const RecordDecisionMutation = graphql(`
  mutation RecordDecision($input: RecordDecisionInput!) {
    recordDecision(input: $input) {
      ...DecisionFields
    }
  }
`);

const UpdateDecisionMutation = graphql(`
  mutation UpdateDecision($input: UpdateDecisionInput!) {
    updateDecision(input: $input) {
      ...DecisionFields
    }
  }
`);

const RemoveDecisionMutation = graphql(`
  mutation RemoveDecision($id: ID!) {
    removeDecision(id: $id) {
      id
      meetingId
      version
    }
  }
`);

const decisionsOf = (meetingId: string) => ({ parent: { __typename: 'Meeting', id: meetingId }, field: 'decisions' });

/** Recording, correcting and removing a meeting's decisions; its list is updated at once. */
export function useDecisionMutations() {
  const { resolveClient } = useApolloClient();
  const record = useMutation(RecordDecisionMutation, { throws: 'always' });
  const update = useMutation(UpdateDecisionMutation, { throws: 'always' });
  const remove = useMutation(RemoveDecisionMutation, { throws: 'always' });

  return {
    async recordDecision(input: RecordDecisionInput) {
      const recorded = (await record.mutate({ input }))?.data?.recordDecision;
      if (recorded) addToList(resolveClient().cache, decisionsOf(recorded.meetingId), recorded);
      return recorded;
    },
    async updateDecision(input: UpdateDecisionInput) {
      return (await update.mutate({ input }))?.data?.updateDecision;
    },
    async removeDecision(id: string) {
      const removed = (await remove.mutate({ id }))?.data?.removeDecision;
      if (removed) removeFromList(resolveClient().cache, decisionsOf(removed.meetingId), removed);
      return removed;
    },
    saving: record.loading,
    updating: update.loading,
  };
}
