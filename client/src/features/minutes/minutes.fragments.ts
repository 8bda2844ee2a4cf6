import { graphql } from '@/gql';

// The fields the minutes editor and history show; the meeting's live stream selects the same ones.

export const MinutesFieldsFragment = graphql(`
  fragment MinutesFields on MinutesVersion {
    id
    meetingId
    version
    revision
    status
    text
    correctionReason
    createdAt
    approvedAt
    approvedInMeetingId
    author {
      id
      displayName
    }
  }
`);
