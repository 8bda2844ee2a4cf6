import { graphql } from '@/gql';

// The fields a meeting's decisions show; the meeting's live stream selects the same ones.

export const DecisionFieldsFragment = graphql(`
  fragment DecisionFields on Decision {
    id
    version
    meetingId
    agendaItemId
    kind
    text
    votesFor
    votesAgainst
    abstentions
    createdAt
  }
`);
