import { graphql } from '@/gql';

// The fields the attendance panel shows; the meeting's live stream selects the same ones.

export const AttendanceFieldsFragment = graphql(`
  fragment AttendanceFields on Attendance {
    id
    version
    meetingId
    personId
    guest
    voting
    response
    presence
    proxyToId
    person {
      id
      displayName
      organization {
        id
        name
        acronym
      }
    }
  }
`);

export const QuorumFieldsFragment = graphql(`
  fragment QuorumFields on Quorum {
    votingMembers
    required
    present
    represented
    met
    countsProxies
  }
`);
