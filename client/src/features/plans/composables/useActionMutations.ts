import { useApolloClient, useMutation } from '@vue/apollo-composable';
import { graphql } from '@/gql';
import type { CreateActionInput, UpdateActionInput } from '@/gql/graphql';
import { addToList, removeFromList } from '@/lib/cache-lists';

const CreateActionMutation = graphql(`
  mutation CreateAction($input: CreateActionInput!) {
    createAction(input: $input) {
      ...ActionFields
    }
  }
`);

const UpdateActionMutation = graphql(`
  mutation UpdateAction($input: UpdateActionInput!) {
    updateAction(input: $input) {
      ...ActionFields
    }
  }
`);

const ArchiveActionMutation = graphql(`
  mutation ArchiveAction($id: ID!) {
    archiveAction(id: $id) {
      id
      orientationId
      version
      archivedAt
    }
  }
`);

const LatestActionQuery = graphql(`
  query LatestAction($id: ID!) {
    action(id: $id) {
      ...ActionFields
    }
  }
`);

const actionsOf = (orientationId: string) => ({ parent: { __typename: 'Orientation', id: orientationId }, field: 'actions' });

/** Creating, editing and archiving actions; lists are updated at once, without waiting for the live event. */
export function useActionMutations() {
  const { resolveClient } = useApolloClient();
  const create = useMutation(CreateActionMutation, { throws: 'always' });
  const update = useMutation(UpdateActionMutation, { throws: 'always' });
  const archive = useMutation(ArchiveActionMutation, { throws: 'always' });

  return {
    async createAction(input: CreateActionInput) {
      const result = await create.mutate({ input });
      const created = result?.data?.createAction;
      if (created) addToList(resolveClient().cache, { ...actionsOf(created.orientationId), orderBy: 'position' }, created);
      return created;
    },
    async updateAction(input: UpdateActionInput) {
      const result = await update.mutate({ input });
      return result?.data?.updateAction;
    },
    async archiveAction(id: string) {
      const result = await archive.mutate({ id });
      const archived = result?.data?.archiveAction;
      if (archived) removeFromList(resolveClient().cache, actionsOf(archived.orientationId), archived);
      return archived;
    },
    /** Reads the saved version from the server, after a CONFLICT (it also refreshes the cache). */
    async latestAction(id: string) {
      const { data } = await resolveClient().query({ query: LatestActionQuery, variables: { id }, fetchPolicy: 'network-only' });
      return data.action;
    },
    saving: update.loading,
    creating: create.loading,
  };
}
