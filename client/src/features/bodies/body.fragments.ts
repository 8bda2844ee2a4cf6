import { graphql } from '@/gql';

// The fields the bodies page shows; the live subscription selects the same ones.

export const BodyFieldsFragment = graphql(`
  fragment BodyFields on GovernanceBody {
    id
    version
    planId
    name
    kind
    mission
    minMeetingsPerYear
    viewerCanManage
  }
`);

export const MembershipFieldsFragment = graphql(`
  fragment MembershipFields on Membership {
    id
    version
    bodyId
    role
    startsOn
    person {
      id
      displayName
    }
    organization {
      id
      name
      acronym
    }
  }
`);
