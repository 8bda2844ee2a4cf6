import { useApolloClient, useMutation } from '@vue/apollo-composable';
import { graphql } from '@/gql';
import type { CreateCommitmentInput, RecordProgressInput, UpdateCommitmentInput } from '@/gql/graphql';

const CreateCommitmentMutation = graphql(`
  mutation CreateCommitment($input: CreateCommitmentInput!) {
    createCommitment(input: $input) {
      ...CommitmentFields
    }
  }
`);

const UpdateCommitmentMutation = graphql(`
  mutation UpdateCommitment($input: UpdateCommitmentInput!) {
    updateCommitment(input: $input) {
      ...CommitmentFields
    }
  }
`);

const RecordProgressMutation = graphql(`
  mutation RecordCommitmentProgress($input: RecordProgressInput!) {
    recordCommitmentProgress(input: $input) {
      ...CommitmentFields
    }
  }
`);

const ArchiveCommitmentMutation = graphql(`
  mutation ArchiveCommitment($id: ID!, $reason: String!, $expectedVersion: Int) {
    archiveCommitment(id: $id, reason: $reason, expectedVersion: $expectedVersion) {
      ...CommitmentFields
    }
  }
`);

const LatestCommitmentQuery = graphql(`
  query LatestCommitment($id: ID!) {
    commitment(id: $id) {
      ...CommitmentFields
    }
  }
`);

/** Creating, changing, reporting on and archiving commitments; each answer updates the cache, so the page follows at once. */
export function useCommitmentMutations() {
  const { resolveClient } = useApolloClient();
  const create = useMutation(CreateCommitmentMutation, { throws: 'always' });
  const update = useMutation(UpdateCommitmentMutation, { throws: 'always' });
  const record = useMutation(RecordProgressMutation, { throws: 'always' });
  const archive = useMutation(ArchiveCommitmentMutation, { throws: 'always' });

  return {
    async createCommitment(input: CreateCommitmentInput) {
      return (await create.mutate({ input }))?.data?.createCommitment;
    },
    async updateCommitment(input: UpdateCommitmentInput) {
      return (await update.mutate({ input }))?.data?.updateCommitment;
    },
    async recordProgress(input: RecordProgressInput) {
      return (await record.mutate({ input }))?.data?.recordCommitmentProgress;
    },
    async archiveCommitment(id: string, reason: string, expectedVersion: number) {
      return (await archive.mutate({ id, reason, expectedVersion }))?.data?.archiveCommitment;
    },
    /** Reads the saved version from the server, after a CONFLICT (it also refreshes the cache). */
    async latestCommitment(id: string) {
      const { data } = await resolveClient().query({ query: LatestCommitmentQuery, variables: { id }, fetchPolicy: 'network-only' });
      return data.commitment;
    },
    saving: update.loading,
    creating: create.loading,
    recording: record.loading,
    archiving: archive.loading,
  };
}
