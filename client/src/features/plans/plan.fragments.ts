import { graphql } from '@/gql';

// The fields the plan page shows; the live subscription selects the same ones, so an event
// lands in the cache exactly where the page reads.

export const PlanFieldsFragment = graphql(`
  fragment PlanFields on Plan {
    id
    version
    title
    kind
    status
    startYear
    endYear
    adoptedOn
    adoptedBy
    summary
    viewerCanEdit
    territory {
      id
      name
      kind
    }
  }
`);

export const OrientationFieldsFragment = graphql(`
  fragment OrientationFields on Orientation {
    id
    version
    planId
    number
    title
    stake
    description
  }
`);

export const ActionFieldsFragment = graphql(`
  fragment ActionFields on Action {
    id
    version
    orientationId
    position
    title
    description
    status
    startsOn
    endsOn
    leadPartner {
      id
      name
      acronym
    }
    partners {
      id
      name
      acronym
    }
  }
`);
