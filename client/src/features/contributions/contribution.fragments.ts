import { graphql } from '@/gql';

// What a contribution card shows. Lists, live events and mutation answers all select the
// thread fields, so a contribution lands in the cache complete wherever it comes from.

export const ContributionFieldsFragment = graphql(`
  fragment ContributionFields on Contribution {
    id
    version
    planId
    meetingId
    agendaItemId
    orientationId
    actionId
    parentId
    kind
    text
    createdAt
    author {
      id
      displayName
    }
    pinned
    status
    statusReason
    hidden
    hiddenReason
    mergedIntoId
    supportCount
    viewerSupports
    viewerCanModerate
    reactions {
      reaction
      count
      viewerReacted
    }
    # What a retained contribution became, inline: a fragment spread would count as one more level of depth.
    resultingActionId
    resultingAction {
      id
      title
    }
    resultingAgendaItemId
    resultingAgendaItem {
      id
      title
      meetingId
    }
    resultingDecisionId
    resultingDecision {
      id
      meetingId
    }
  }
`);

export const ContributionThreadFieldsFragment = graphql(`
  fragment ContributionThreadFields on Contribution {
    ...ContributionFields
    replies {
      ...ContributionFields
    }
  }
`);
