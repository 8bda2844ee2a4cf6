import { graphql } from '@/gql';

// What the follow-up views and the plan's live stream share, so an event lands in the cache
// where the pages read. No viewer-dependent field (viewerCan… are asked by the pages): one
// live payload serves every subscriber of the plan.

export const MeasurementFieldsFragment = graphql(`
  fragment MeasurementFields on Measurement {
    id
    version
    indicatorId
    measuredOn
    value
    source
    archivedAt
    updatedAt
    reportedBy {
      id
      displayName
    }
  }
`);

export const IndicatorFieldsFragment = graphql(`
  fragment IndicatorFields on Indicator {
    id
    version
    planId
    actionId
    name
    unit
    baseline
    target
    targetOn
    direction
    attainment
    latestValue
    archivedAt
    archiveReason
    updatedAt
    measurements {
      ...MeasurementFields
    }
  }
`);

export const MilestoneFieldsFragment = graphql(`
  fragment MilestoneFields on Milestone {
    id
    version
    planId
    actionId
    title
    plannedOn
    doneOn
    late
    archivedAt
    archiveReason
    updatedAt
    responsible {
      id
      displayName
    }
  }
`);

export const BudgetLineFieldsFragment = graphql(`
  fragment BudgetLineFields on BudgetLine {
    id
    version
    planId
    actionId
    year
    planned
    committed
    spent
    note
    archivedAt
    archiveReason
    updatedAt
    funder {
      id
      name
      acronym
    }
  }
`);

export const ChangeFieldsFragment = graphql(`
  fragment ChangeFields on Change {
    id
    kind
    at
    actor {
      id
      displayName
    }
    diff {
      field
      oldValue
      newValue
    }
  }
`);
