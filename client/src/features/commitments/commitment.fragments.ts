import { graphql } from '@/gql';

// What the ledger rows, the commitment page and the plan's live stream share: an event lands
// in the cache where the pages read. Nothing here depends on who is looking (viewerCan… are
// asked by the pages), so one live payload serves every subscriber of the plan.

export const CommitmentFieldsFragment = graphql(`
  fragment CommitmentFields on Commitment {
    id
    version
    planId
    title
    details
    dueOn
    status
    progress
    late
    origin
    abandonReason
    archivedAt
    archiveReason
    updatedAt
    decisionId
    organization {
      id
      name
      acronym
    }
    responsible {
      id
      displayName
    }
    action {
      id
      title
      orientationId
    }
  }
`);
