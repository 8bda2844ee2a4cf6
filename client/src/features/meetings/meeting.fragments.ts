import { graphql } from '@/gql';

// The fields the meetings pages show; the live subscriptions select the same ones, so an
// event lands in the cache exactly where the pages read.

export const MeetingSummaryFieldsFragment = graphql(`
  fragment MeetingSummaryFields on Meeting {
    id
    version
    bodyId
    title
    kind
    status
    startsAt
    endsAt
    place
    onlineUrl
    cancellationReason
    agendaRevision
  }
`);

export const MeetingFieldsFragment = graphql(`
  fragment MeetingFields on Meeting {
    ...MeetingSummaryFields
    viewerCanFacilitate
    publications {
      id
      revision
      publishedAt
      snapshot
    }
  }
`);

export const CadenceFieldsFragment = graphql(`
  fragment CadenceFields on BodyCadence {
    year
    minimum
    held
    planned
    behind
  }
`);
