import { graphql } from '@/gql';

// What the polls panel and the projector show. `myVotes` is the reader's own: the live
// stream resolves it for each subscriber, so a proxy holder sees their rights change too.

export const PollFieldsFragment = graphql(`
  fragment PollFields on Poll {
    id
    version
    meetingId
    agendaItemId
    question
    method
    secret
    status
    createdAt
    closedAt
    decisionId
    ballotCount
    viewerCanManage
    options {
      id
      label
    }
    tally {
      ballots
      eligible
      outcome
      adopted
      results {
        choice
        label
        count
      }
    }
    myVotes {
      voterId
      voterName
      proxy
      hasVoted
    }
    ballots {
      voterId
      voterName
      castByName
      choice
      reason
    }
    objections
  }
`);
