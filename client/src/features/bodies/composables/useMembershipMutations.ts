import { useApolloClient, useMutation } from '@vue/apollo-composable';
import { graphql } from '@/gql';
import type { AddMembershipInput, UpdateMembershipInput } from '@/gql/graphql';
import { addToList, removeFromList } from '@/lib/cache-lists';

const AddMembershipMutation = graphql(`
  mutation AddMembership($input: AddMembershipInput!) {
    addMembership(input: $input) {
      ...MembershipFields
    }
  }
`);

const UpdateMembershipMutation = graphql(`
  mutation UpdateMembership($input: UpdateMembershipInput!) {
    updateMembership(input: $input) {
      ...MembershipFields
    }
  }
`);

const EndMembershipMutation = graphql(`
  mutation EndMembership($id: ID!) {
    endMembership(id: $id) {
      id
      bodyId
      version
      endsOn
    }
  }
`);

const LatestMembershipsQuery = graphql(`
  query LatestMemberships($id: ID!) {
    body(id: $id) {
      id
      version
      memberships {
        ...MembershipFields
      }
    }
  }
`);

const membersOf = (bodyId: string) => ({ parent: { __typename: 'GovernanceBody', id: bodyId }, field: 'memberships' });

/** Seating, changing the role of, and ending the membership of people in a body. */
export function useMembershipMutations() {
  const { resolveClient } = useApolloClient();
  const add = useMutation(AddMembershipMutation, { throws: 'always' });
  const update = useMutation(UpdateMembershipMutation, { throws: 'always' });
  const end = useMutation(EndMembershipMutation, { throws: 'always' });

  return {
    async addMembership(input: AddMembershipInput) {
      const result = await add.mutate({ input });
      const added = result?.data?.addMembership;
      if (added) addToList(resolveClient().cache, membersOf(added.bodyId), added);
      return added;
    },
    async updateMembership(input: UpdateMembershipInput) {
      const result = await update.mutate({ input });
      return result?.data?.updateMembership;
    },
    async endMembership(id: string) {
      const result = await end.mutate({ id });
      const ended = result?.data?.endMembership;
      if (ended) removeFromList(resolveClient().cache, membersOf(ended.bodyId), ended);
      return ended;
    },
    /** Reloads a body's members from the server, after a CONFLICT. */
    async reloadMembers(bodyId: string) {
      await resolveClient().query({ query: LatestMembershipsQuery, variables: { id: bodyId }, fetchPolicy: 'network-only' });
    },
    adding: add.loading,
    updating: update.loading,
  };
}
