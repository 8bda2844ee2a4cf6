import { graphql } from '@/gql';

// The co-editing operations: the document, its Yjs updates and awareness, and amendments.

export const AmendmentFieldsFragment = graphql(`
  fragment AmendmentFields on DocumentAmendment {
    contributionId
    proposedText
    baseText
    appliedAt
    outdated
    appliedBy {
      id
      displayName
    }
    contribution {
      id
      text
      status
      createdAt
      author {
        id
        displayName
      }
    }
  }
`);

export const SharedDocumentQuery = graphql(`
  query SharedDocument($kind: DocumentKind!, $entityId: ID!) {
    document(kind: $kind, entityId: $entityId) {
      kind
      entityId
      state
      seq
      text
      maxLength
      viewerCanEdit
      viewerCanSuggest
      amendments {
        ...AmendmentFields
      }
    }
  }
`);

export const PushDocumentUpdateMutation = graphql(`
  mutation PushDocumentUpdate($input: PushDocumentUpdateInput!) {
    pushDocumentUpdate(input: $input) {
      seq
    }
  }
`);

export const DocumentUpdatesSubscription = graphql(`
  subscription DocumentUpdates($kind: DocumentKind!, $entityId: ID!, $after: Int, $stateVector: String) {
    documentUpdates(kind: $kind, entityId: $entityId, after: $after, stateVector: $stateVector) {
      seq
      update
      sync
      stateVector
    }
  }
`);

export const PushAwarenessMutation = graphql(`
  mutation PushAwareness($input: PushAwarenessInput!) {
    pushAwareness(input: $input)
  }
`);

export const DocumentAwarenessSubscription = graphql(`
  subscription DocumentAwareness($kind: DocumentKind!, $entityId: ID!, $clientId: String) {
    documentAwareness(kind: $kind, entityId: $entityId, clientId: $clientId) {
      updates {
        clientId
        update
      }
      leftClientIds
    }
  }
`);

export const ProposeAmendmentMutation = graphql(`
  mutation ProposeAmendment($input: ProposeAmendmentInput!) {
    proposeAmendment(input: $input) {
      ...AmendmentFields
    }
  }
`);

export const ApplyAmendmentMutation = graphql(`
  mutation ApplyAmendment($contributionId: ID!) {
    applyAmendment(contributionId: $contributionId) {
      ...AmendmentFields
    }
  }
`);
