import { useApolloClient, useMutation } from '@vue/apollo-composable';
import { graphql } from '@/gql';
import type { CreateOrientationInput, UpdateOrientationInput } from '@/gql/graphql';
import { addToList, removeFromList } from '@/lib/cache-lists';

const CreateOrientationMutation = graphql(`
  mutation CreateOrientation($input: CreateOrientationInput!) {
    createOrientation(input: $input) {
      ...OrientationFields
      actions {
        ...ActionFields
      }
    }
  }
`);

const UpdateOrientationMutation = graphql(`
  mutation UpdateOrientation($input: UpdateOrientationInput!) {
    updateOrientation(input: $input) {
      ...OrientationFields
    }
  }
`);

const ArchiveOrientationMutation = graphql(`
  mutation ArchiveOrientation($id: ID!) {
    archiveOrientation(id: $id) {
      id
      planId
      version
      archivedAt
    }
  }
`);

const LatestOrientationQuery = graphql(`
  query LatestOrientation($id: ID!) {
    orientation(id: $id) {
      ...OrientationFields
    }
  }
`);

/** Creating, editing and archiving orientations; lists are updated at once, without waiting for the live event. */
export function useOrientationMutations() {
  const { resolveClient } = useApolloClient();
  const create = useMutation(CreateOrientationMutation, { throws: 'always' });
  const update = useMutation(UpdateOrientationMutation, { throws: 'always' });
  const archive = useMutation(ArchiveOrientationMutation, { throws: 'always' });

  return {
    async createOrientation(input: CreateOrientationInput) {
      const result = await create.mutate({ input });
      const created = result?.data?.createOrientation;
      if (created) {
        addToList(resolveClient().cache, { parent: { __typename: 'Plan', id: input.planId }, field: 'orientations', orderBy: 'number' }, created);
      }
      return created;
    },
    async updateOrientation(input: UpdateOrientationInput) {
      const result = await update.mutate({ input });
      return result?.data?.updateOrientation;
    },
    async archiveOrientation(id: string) {
      const result = await archive.mutate({ id });
      const archived = result?.data?.archiveOrientation;
      if (archived) removeFromList(resolveClient().cache, { parent: { __typename: 'Plan', id: archived.planId }, field: 'orientations' }, archived);
      return archived;
    },
    /** Reads the saved version from the server, after a CONFLICT (it also refreshes the cache). */
    async latestOrientation(id: string) {
      const { data } = await resolveClient().query({ query: LatestOrientationQuery, variables: { id }, fetchPolicy: 'network-only' });
      return data.orientation;
    },
    saving: update.loading,
    creating: create.loading,
  };
}
