import { graphql } from '@/gql';

// The fields the agenda builder shows; the meeting's live stream selects the same ones. No
// `startsAt`: the running clock is computed from the cached order (see agenda-tree.ts), which
// a reorder event updates, whereas the other items' server times would go stale.

export const AgendaItemFieldsFragment = graphql(`
  fragment AgendaItemFields on AgendaItem {
    id
    version
    bodyId
    meetingId
    parentId
    position
    title
    description
    kind
    durationMinutes
    ready
    notes
    outcome
    archivedAt
    presenter {
      id
      displayName
    }
    links {
      label
      url
    }
  }
`);

export const AgendaEntryFieldsFragment = graphql(`
  fragment AgendaEntryFields on AgendaItem {
    ...AgendaItemFields
    children {
      ...AgendaItemFields
    }
  }
`);
