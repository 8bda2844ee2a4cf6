import { useMutation } from '@vue/apollo-composable';
import { graphql } from '@/gql';
import type { PollFieldsFragment, PollMethod } from '@/gql/graphql';
import { addToList } from '@/lib/cache-lists';

const OpenPollMutation = graphql(`
  mutation OpenPoll($input: OpenPollInput!) {
    openPoll(input: $input) {
      ...PollFields
    }
  }
`);

const CastBallotMutation = graphql(`
  mutation CastBallot($input: CastBallotInput!) {
    castBallot(input: $input) {
      ...PollFields
    }
  }
`);

const ClosePollMutation = graphql(`
  mutation ClosePoll($id: ID!, $recordDecision: Boolean!) {
    closePoll(id: $id, recordDecision: $recordDecision) {
      ...PollFields
    }
  }
`);

export interface NewPoll {
  /** Chosen by the client and kept for retries: opening twice returns the stored poll. */
  id: string;
  meetingId: string;
  agendaItemId: string | null;
  question: string;
  method: PollMethod;
  options: string[];
  secret: boolean;
}

export interface Ballot {
  /** Chosen by the client and kept for retries: a ballot already stored is not refused as a second one. */
  id: string;
  choice: string;
  reason: string | null;
  /** The absent member whose proxy is used; null for one's own vote. */
  onBehalfOf: string | null;
}

/** The count once one more ballot is in, as far as the browser can tell (the server's answer follows). */
function withBallot(poll: PollFieldsFragment, ballot: Ballot): PollFieldsFragment {
  const voterId = ballot.onBehalfOf;
  const tally = poll.tally && {
    ...poll.tally,
    ballots: poll.tally.ballots + 1,
    results: poll.tally.results.map((result) => (result.choice === ballot.choice ? { ...result, count: result.count + 1 } : result)),
  };
  return {
    ...poll,
    ballotCount: poll.ballotCount + 1,
    tally,
    myVotes: poll.myVotes.map((right) => ((voterId ? right.voterId === voterId : !right.proxy) ? { ...right, hasVoted: true } : right)),
  };
}

/** Opening, voting in and closing the room's polls; votes show at once (optimistic). */
export function usePollMutations() {
  const open = useMutation(OpenPollMutation, { throws: 'always' });
  const cast = useMutation(CastBallotMutation, { throws: 'always' });
  const close = useMutation(ClosePollMutation, { throws: 'always' });

  return {
    async openPoll(input: NewPoll) {
      const result = await open.mutate(
        { input },
        {
          update: (cache, { data }) => {
            if (data?.openPoll) addToList(cache, { parent: { __typename: 'Meeting', id: input.meetingId }, field: 'polls' }, data.openPoll);
          },
        },
      );
      return result?.data?.openPoll;
    },
    async castBallot(poll: PollFieldsFragment, ballot: Ballot) {
      await cast.mutate(
        { input: { pollId: poll.id, ...ballot } },
        { optimisticResponse: { __typename: 'Mutation', castBallot: withBallot(poll, ballot) } },
      );
    },
    async closePoll(poll: PollFieldsFragment, recordDecision: boolean) {
      await close.mutate({ id: poll.id, recordDecision });
    },
  };
}
