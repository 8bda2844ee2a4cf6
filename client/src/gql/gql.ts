/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query CurrentPerson {\n    me {\n      id\n      displayName\n      email\n      isAdmin\n    }\n  }\n": typeof types.CurrentPersonDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n      displayName\n      email\n      isAdmin\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation AcceptInvitation($token: String!, $password: String!, $displayName: String) {\n    acceptInvitation(token: $token, password: $password, displayName: $displayName) {\n      id\n      displayName\n      email\n      isAdmin\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  fragment BodyFields on GovernanceBody {\n    id\n    version\n    planId\n    name\n    kind\n    mission\n    minMeetingsPerYear\n    viewerCanManage\n  }\n": typeof types.BodyFieldsFragmentDoc,
    "\n  fragment MembershipFields on Membership {\n    id\n    version\n    bodyId\n    role\n    startsOn\n    person {\n      id\n      displayName\n    }\n    organization {\n      id\n      name\n      acronym\n    }\n  }\n": typeof types.MembershipFieldsFragmentDoc,
    "\n  mutation AddMembership($input: AddMembershipInput!) {\n    addMembership(input: $input) {\n      ...MembershipFields\n    }\n  }\n": typeof types.AddMembershipDocument,
    "\n  mutation UpdateMembership($input: UpdateMembershipInput!) {\n    updateMembership(input: $input) {\n      ...MembershipFields\n    }\n  }\n": typeof types.UpdateMembershipDocument,
    "\n  mutation EndMembership($id: ID!) {\n    endMembership(id: $id) {\n      id\n      bodyId\n      version\n      endsOn\n    }\n  }\n": typeof types.EndMembershipDocument,
    "\n  query LatestMemberships($id: ID!) {\n    body(id: $id) {\n      id\n      version\n      memberships {\n        ...MembershipFields\n      }\n    }\n  }\n": typeof types.LatestMembershipsDocument,
    "\n  query OrganizationChoices($search: String) {\n    organizations(search: $search, limit: 50) {\n      totalCount\n      items {\n        id\n        name\n        acronym\n      }\n    }\n  }\n": typeof types.OrganizationChoicesDocument,
    "\n  query PeopleDirectory($search: String, $offset: Int!, $limit: Int!) {\n    people(search: $search, offset: $offset, limit: $limit) {\n      totalCount\n      hasMore\n      items {\n        id\n        displayName\n        email\n        isAdmin\n        organization {\n          id\n          name\n          acronym\n        }\n      }\n    }\n  }\n": typeof types.PeopleDirectoryDocument,
    "\n  query InviteBodyChoices {\n    plans(limit: 100) {\n      items {\n        id\n        title\n        bodies {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": typeof types.InviteBodyChoicesDocument,
    "\n  query PersonChoices($search: String) {\n    people(search: $search, limit: 50) {\n      totalCount\n      items {\n        id\n        displayName\n        organization {\n          id\n          name\n          acronym\n        }\n      }\n    }\n  }\n": typeof types.PersonChoicesDocument,
    "\n  fragment InvitationLinkFields on InvitationLink {\n    url\n    expiresAt\n    person {\n      id\n      displayName\n      email\n    }\n  }\n": typeof types.InvitationLinkFieldsFragmentDoc,
    "\n  mutation InvitePerson($input: InvitePersonInput!) {\n    invitePerson(input: $input) {\n      ...InvitationLinkFields\n    }\n  }\n": typeof types.InvitePersonDocument,
    "\n  mutation ReinvitePerson($id: ID!) {\n    reinvitePerson(id: $id) {\n      ...InvitationLinkFields\n    }\n  }\n": typeof types.ReinvitePersonDocument,
    "\n  mutation CreateAction($input: CreateActionInput!) {\n    createAction(input: $input) {\n      ...ActionFields\n    }\n  }\n": typeof types.CreateActionDocument,
    "\n  mutation UpdateAction($input: UpdateActionInput!) {\n    updateAction(input: $input) {\n      ...ActionFields\n    }\n  }\n": typeof types.UpdateActionDocument,
    "\n  mutation ArchiveAction($id: ID!) {\n    archiveAction(id: $id) {\n      id\n      orientationId\n      version\n      archivedAt\n    }\n  }\n": typeof types.ArchiveActionDocument,
    "\n  query LatestAction($id: ID!) {\n    action(id: $id) {\n      ...ActionFields\n    }\n  }\n": typeof types.LatestActionDocument,
    "\n  query FirstPlan {\n    plans(limit: 1) {\n      totalCount\n      items {\n        id\n        title\n      }\n    }\n  }\n": typeof types.FirstPlanDocument,
    "\n  mutation CreateOrientation($input: CreateOrientationInput!) {\n    createOrientation(input: $input) {\n      ...OrientationFields\n      actions {\n        ...ActionFields\n      }\n    }\n  }\n": typeof types.CreateOrientationDocument,
    "\n  mutation UpdateOrientation($input: UpdateOrientationInput!) {\n    updateOrientation(input: $input) {\n      ...OrientationFields\n    }\n  }\n": typeof types.UpdateOrientationDocument,
    "\n  mutation ArchiveOrientation($id: ID!) {\n    archiveOrientation(id: $id) {\n      id\n      planId\n      version\n      archivedAt\n    }\n  }\n": typeof types.ArchiveOrientationDocument,
    "\n  query LatestOrientation($id: ID!) {\n    orientation(id: $id) {\n      ...OrientationFields\n    }\n  }\n": typeof types.LatestOrientationDocument,
    "\n  subscription PlanChanged($planId: ID!, $after: Int) {\n    planChanged(planId: $planId, after: $after) {\n      seq\n      type\n      actorId\n      planId\n      plan {\n        ...PlanFields\n      }\n      orientation {\n        ...OrientationFields\n        actions {\n          ...ActionFields\n        }\n      }\n      action {\n        ...ActionFields\n      }\n      body {\n        ...BodyFields\n        memberships {\n          ...MembershipFields\n        }\n      }\n      membership {\n        ...MembershipFields\n      }\n    }\n  }\n": typeof types.PlanChangedDocument,
    "\n  fragment PlanFields on Plan {\n    id\n    version\n    title\n    kind\n    status\n    startYear\n    endYear\n    adoptedOn\n    adoptedBy\n    summary\n    viewerCanEdit\n    territory {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.PlanFieldsFragmentDoc,
    "\n  fragment OrientationFields on Orientation {\n    id\n    version\n    planId\n    number\n    title\n    stake\n    description\n  }\n": typeof types.OrientationFieldsFragmentDoc,
    "\n  fragment ActionFields on Action {\n    id\n    version\n    orientationId\n    position\n    title\n    description\n    status\n    startsOn\n    endsOn\n    leadPartner {\n      id\n      name\n      acronym\n    }\n    partners {\n      id\n      name\n      acronym\n    }\n  }\n": typeof types.ActionFieldsFragmentDoc,
    "\n  query BodiesPage($id: ID!) {\n    plan(id: $id) {\n      id\n      title\n      lastEventSeq\n      bodies {\n        ...BodyFields\n        memberships {\n          ...MembershipFields\n        }\n      }\n    }\n  }\n": typeof types.BodiesPageDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      displayName\n      email\n      expiresAt\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  query PlanPage($id: ID!) {\n    plan(id: $id) {\n      ...PlanFields\n      lastEventSeq\n      orientations {\n        ...OrientationFields\n        actions {\n          ...ActionFields\n        }\n      }\n    }\n  }\n": typeof types.PlanPageDocument,
};
const documents: Documents = {
    "\n  query CurrentPerson {\n    me {\n      id\n      displayName\n      email\n      isAdmin\n    }\n  }\n": types.CurrentPersonDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n      displayName\n      email\n      isAdmin\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation AcceptInvitation($token: String!, $password: String!, $displayName: String) {\n    acceptInvitation(token: $token, password: $password, displayName: $displayName) {\n      id\n      displayName\n      email\n      isAdmin\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  fragment BodyFields on GovernanceBody {\n    id\n    version\n    planId\n    name\n    kind\n    mission\n    minMeetingsPerYear\n    viewerCanManage\n  }\n": types.BodyFieldsFragmentDoc,
    "\n  fragment MembershipFields on Membership {\n    id\n    version\n    bodyId\n    role\n    startsOn\n    person {\n      id\n      displayName\n    }\n    organization {\n      id\n      name\n      acronym\n    }\n  }\n": types.MembershipFieldsFragmentDoc,
    "\n  mutation AddMembership($input: AddMembershipInput!) {\n    addMembership(input: $input) {\n      ...MembershipFields\n    }\n  }\n": types.AddMembershipDocument,
    "\n  mutation UpdateMembership($input: UpdateMembershipInput!) {\n    updateMembership(input: $input) {\n      ...MembershipFields\n    }\n  }\n": types.UpdateMembershipDocument,
    "\n  mutation EndMembership($id: ID!) {\n    endMembership(id: $id) {\n      id\n      bodyId\n      version\n      endsOn\n    }\n  }\n": types.EndMembershipDocument,
    "\n  query LatestMemberships($id: ID!) {\n    body(id: $id) {\n      id\n      version\n      memberships {\n        ...MembershipFields\n      }\n    }\n  }\n": types.LatestMembershipsDocument,
    "\n  query OrganizationChoices($search: String) {\n    organizations(search: $search, limit: 50) {\n      totalCount\n      items {\n        id\n        name\n        acronym\n      }\n    }\n  }\n": types.OrganizationChoicesDocument,
    "\n  query PeopleDirectory($search: String, $offset: Int!, $limit: Int!) {\n    people(search: $search, offset: $offset, limit: $limit) {\n      totalCount\n      hasMore\n      items {\n        id\n        displayName\n        email\n        isAdmin\n        organization {\n          id\n          name\n          acronym\n        }\n      }\n    }\n  }\n": types.PeopleDirectoryDocument,
    "\n  query InviteBodyChoices {\n    plans(limit: 100) {\n      items {\n        id\n        title\n        bodies {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": types.InviteBodyChoicesDocument,
    "\n  query PersonChoices($search: String) {\n    people(search: $search, limit: 50) {\n      totalCount\n      items {\n        id\n        displayName\n        organization {\n          id\n          name\n          acronym\n        }\n      }\n    }\n  }\n": types.PersonChoicesDocument,
    "\n  fragment InvitationLinkFields on InvitationLink {\n    url\n    expiresAt\n    person {\n      id\n      displayName\n      email\n    }\n  }\n": types.InvitationLinkFieldsFragmentDoc,
    "\n  mutation InvitePerson($input: InvitePersonInput!) {\n    invitePerson(input: $input) {\n      ...InvitationLinkFields\n    }\n  }\n": types.InvitePersonDocument,
    "\n  mutation ReinvitePerson($id: ID!) {\n    reinvitePerson(id: $id) {\n      ...InvitationLinkFields\n    }\n  }\n": types.ReinvitePersonDocument,
    "\n  mutation CreateAction($input: CreateActionInput!) {\n    createAction(input: $input) {\n      ...ActionFields\n    }\n  }\n": types.CreateActionDocument,
    "\n  mutation UpdateAction($input: UpdateActionInput!) {\n    updateAction(input: $input) {\n      ...ActionFields\n    }\n  }\n": types.UpdateActionDocument,
    "\n  mutation ArchiveAction($id: ID!) {\n    archiveAction(id: $id) {\n      id\n      orientationId\n      version\n      archivedAt\n    }\n  }\n": types.ArchiveActionDocument,
    "\n  query LatestAction($id: ID!) {\n    action(id: $id) {\n      ...ActionFields\n    }\n  }\n": types.LatestActionDocument,
    "\n  query FirstPlan {\n    plans(limit: 1) {\n      totalCount\n      items {\n        id\n        title\n      }\n    }\n  }\n": types.FirstPlanDocument,
    "\n  mutation CreateOrientation($input: CreateOrientationInput!) {\n    createOrientation(input: $input) {\n      ...OrientationFields\n      actions {\n        ...ActionFields\n      }\n    }\n  }\n": types.CreateOrientationDocument,
    "\n  mutation UpdateOrientation($input: UpdateOrientationInput!) {\n    updateOrientation(input: $input) {\n      ...OrientationFields\n    }\n  }\n": types.UpdateOrientationDocument,
    "\n  mutation ArchiveOrientation($id: ID!) {\n    archiveOrientation(id: $id) {\n      id\n      planId\n      version\n      archivedAt\n    }\n  }\n": types.ArchiveOrientationDocument,
    "\n  query LatestOrientation($id: ID!) {\n    orientation(id: $id) {\n      ...OrientationFields\n    }\n  }\n": types.LatestOrientationDocument,
    "\n  subscription PlanChanged($planId: ID!, $after: Int) {\n    planChanged(planId: $planId, after: $after) {\n      seq\n      type\n      actorId\n      planId\n      plan {\n        ...PlanFields\n      }\n      orientation {\n        ...OrientationFields\n        actions {\n          ...ActionFields\n        }\n      }\n      action {\n        ...ActionFields\n      }\n      body {\n        ...BodyFields\n        memberships {\n          ...MembershipFields\n        }\n      }\n      membership {\n        ...MembershipFields\n      }\n    }\n  }\n": types.PlanChangedDocument,
    "\n  fragment PlanFields on Plan {\n    id\n    version\n    title\n    kind\n    status\n    startYear\n    endYear\n    adoptedOn\n    adoptedBy\n    summary\n    viewerCanEdit\n    territory {\n      id\n      name\n      kind\n    }\n  }\n": types.PlanFieldsFragmentDoc,
    "\n  fragment OrientationFields on Orientation {\n    id\n    version\n    planId\n    number\n    title\n    stake\n    description\n  }\n": types.OrientationFieldsFragmentDoc,
    "\n  fragment ActionFields on Action {\n    id\n    version\n    orientationId\n    position\n    title\n    description\n    status\n    startsOn\n    endsOn\n    leadPartner {\n      id\n      name\n      acronym\n    }\n    partners {\n      id\n      name\n      acronym\n    }\n  }\n": types.ActionFieldsFragmentDoc,
    "\n  query BodiesPage($id: ID!) {\n    plan(id: $id) {\n      id\n      title\n      lastEventSeq\n      bodies {\n        ...BodyFields\n        memberships {\n          ...MembershipFields\n        }\n      }\n    }\n  }\n": types.BodiesPageDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      displayName\n      email\n      expiresAt\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  query PlanPage($id: ID!) {\n    plan(id: $id) {\n      ...PlanFields\n      lastEventSeq\n      orientations {\n        ...OrientationFields\n        actions {\n          ...ActionFields\n        }\n      }\n    }\n  }\n": types.PlanPageDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurrentPerson {\n    me {\n      id\n      displayName\n      email\n      isAdmin\n    }\n  }\n"): (typeof documents)["\n  query CurrentPerson {\n    me {\n      id\n      displayName\n      email\n      isAdmin\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n      displayName\n      email\n      isAdmin\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n      displayName\n      email\n      isAdmin\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($token: String!, $password: String!, $displayName: String) {\n    acceptInvitation(token: $token, password: $password, displayName: $displayName) {\n      id\n      displayName\n      email\n      isAdmin\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($token: String!, $password: String!, $displayName: String) {\n    acceptInvitation(token: $token, password: $password, displayName: $displayName) {\n      id\n      displayName\n      email\n      isAdmin\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BodyFields on GovernanceBody {\n    id\n    version\n    planId\n    name\n    kind\n    mission\n    minMeetingsPerYear\n    viewerCanManage\n  }\n"): (typeof documents)["\n  fragment BodyFields on GovernanceBody {\n    id\n    version\n    planId\n    name\n    kind\n    mission\n    minMeetingsPerYear\n    viewerCanManage\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MembershipFields on Membership {\n    id\n    version\n    bodyId\n    role\n    startsOn\n    person {\n      id\n      displayName\n    }\n    organization {\n      id\n      name\n      acronym\n    }\n  }\n"): (typeof documents)["\n  fragment MembershipFields on Membership {\n    id\n    version\n    bodyId\n    role\n    startsOn\n    person {\n      id\n      displayName\n    }\n    organization {\n      id\n      name\n      acronym\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMembership($input: AddMembershipInput!) {\n    addMembership(input: $input) {\n      ...MembershipFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddMembership($input: AddMembershipInput!) {\n    addMembership(input: $input) {\n      ...MembershipFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMembership($input: UpdateMembershipInput!) {\n    updateMembership(input: $input) {\n      ...MembershipFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMembership($input: UpdateMembershipInput!) {\n    updateMembership(input: $input) {\n      ...MembershipFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndMembership($id: ID!) {\n    endMembership(id: $id) {\n      id\n      bodyId\n      version\n      endsOn\n    }\n  }\n"): (typeof documents)["\n  mutation EndMembership($id: ID!) {\n    endMembership(id: $id) {\n      id\n      bodyId\n      version\n      endsOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LatestMemberships($id: ID!) {\n    body(id: $id) {\n      id\n      version\n      memberships {\n        ...MembershipFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query LatestMemberships($id: ID!) {\n    body(id: $id) {\n      id\n      version\n      memberships {\n        ...MembershipFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationChoices($search: String) {\n    organizations(search: $search, limit: 50) {\n      totalCount\n      items {\n        id\n        name\n        acronym\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationChoices($search: String) {\n    organizations(search: $search, limit: 50) {\n      totalCount\n      items {\n        id\n        name\n        acronym\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleDirectory($search: String, $offset: Int!, $limit: Int!) {\n    people(search: $search, offset: $offset, limit: $limit) {\n      totalCount\n      hasMore\n      items {\n        id\n        displayName\n        email\n        isAdmin\n        organization {\n          id\n          name\n          acronym\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeopleDirectory($search: String, $offset: Int!, $limit: Int!) {\n    people(search: $search, offset: $offset, limit: $limit) {\n      totalCount\n      hasMore\n      items {\n        id\n        displayName\n        email\n        isAdmin\n        organization {\n          id\n          name\n          acronym\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InviteBodyChoices {\n    plans(limit: 100) {\n      items {\n        id\n        title\n        bodies {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InviteBodyChoices {\n    plans(limit: 100) {\n      items {\n        id\n        title\n        bodies {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonChoices($search: String) {\n    people(search: $search, limit: 50) {\n      totalCount\n      items {\n        id\n        displayName\n        organization {\n          id\n          name\n          acronym\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonChoices($search: String) {\n    people(search: $search, limit: 50) {\n      totalCount\n      items {\n        id\n        displayName\n        organization {\n          id\n          name\n          acronym\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvitationLinkFields on InvitationLink {\n    url\n    expiresAt\n    person {\n      id\n      displayName\n      email\n    }\n  }\n"): (typeof documents)["\n  fragment InvitationLinkFields on InvitationLink {\n    url\n    expiresAt\n    person {\n      id\n      displayName\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvitePerson($input: InvitePersonInput!) {\n    invitePerson(input: $input) {\n      ...InvitationLinkFields\n    }\n  }\n"): (typeof documents)["\n  mutation InvitePerson($input: InvitePersonInput!) {\n    invitePerson(input: $input) {\n      ...InvitationLinkFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReinvitePerson($id: ID!) {\n    reinvitePerson(id: $id) {\n      ...InvitationLinkFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReinvitePerson($id: ID!) {\n    reinvitePerson(id: $id) {\n      ...InvitationLinkFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAction($input: CreateActionInput!) {\n    createAction(input: $input) {\n      ...ActionFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAction($input: CreateActionInput!) {\n    createAction(input: $input) {\n      ...ActionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAction($input: UpdateActionInput!) {\n    updateAction(input: $input) {\n      ...ActionFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAction($input: UpdateActionInput!) {\n    updateAction(input: $input) {\n      ...ActionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveAction($id: ID!) {\n    archiveAction(id: $id) {\n      id\n      orientationId\n      version\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveAction($id: ID!) {\n    archiveAction(id: $id) {\n      id\n      orientationId\n      version\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LatestAction($id: ID!) {\n    action(id: $id) {\n      ...ActionFields\n    }\n  }\n"): (typeof documents)["\n  query LatestAction($id: ID!) {\n    action(id: $id) {\n      ...ActionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FirstPlan {\n    plans(limit: 1) {\n      totalCount\n      items {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query FirstPlan {\n    plans(limit: 1) {\n      totalCount\n      items {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrientation($input: CreateOrientationInput!) {\n    createOrientation(input: $input) {\n      ...OrientationFields\n      actions {\n        ...ActionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrientation($input: CreateOrientationInput!) {\n    createOrientation(input: $input) {\n      ...OrientationFields\n      actions {\n        ...ActionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrientation($input: UpdateOrientationInput!) {\n    updateOrientation(input: $input) {\n      ...OrientationFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrientation($input: UpdateOrientationInput!) {\n    updateOrientation(input: $input) {\n      ...OrientationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveOrientation($id: ID!) {\n    archiveOrientation(id: $id) {\n      id\n      planId\n      version\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveOrientation($id: ID!) {\n    archiveOrientation(id: $id) {\n      id\n      planId\n      version\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LatestOrientation($id: ID!) {\n    orientation(id: $id) {\n      ...OrientationFields\n    }\n  }\n"): (typeof documents)["\n  query LatestOrientation($id: ID!) {\n    orientation(id: $id) {\n      ...OrientationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PlanChanged($planId: ID!, $after: Int) {\n    planChanged(planId: $planId, after: $after) {\n      seq\n      type\n      actorId\n      planId\n      plan {\n        ...PlanFields\n      }\n      orientation {\n        ...OrientationFields\n        actions {\n          ...ActionFields\n        }\n      }\n      action {\n        ...ActionFields\n      }\n      body {\n        ...BodyFields\n        memberships {\n          ...MembershipFields\n        }\n      }\n      membership {\n        ...MembershipFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription PlanChanged($planId: ID!, $after: Int) {\n    planChanged(planId: $planId, after: $after) {\n      seq\n      type\n      actorId\n      planId\n      plan {\n        ...PlanFields\n      }\n      orientation {\n        ...OrientationFields\n        actions {\n          ...ActionFields\n        }\n      }\n      action {\n        ...ActionFields\n      }\n      body {\n        ...BodyFields\n        memberships {\n          ...MembershipFields\n        }\n      }\n      membership {\n        ...MembershipFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanFields on Plan {\n    id\n    version\n    title\n    kind\n    status\n    startYear\n    endYear\n    adoptedOn\n    adoptedBy\n    summary\n    viewerCanEdit\n    territory {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  fragment PlanFields on Plan {\n    id\n    version\n    title\n    kind\n    status\n    startYear\n    endYear\n    adoptedOn\n    adoptedBy\n    summary\n    viewerCanEdit\n    territory {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrientationFields on Orientation {\n    id\n    version\n    planId\n    number\n    title\n    stake\n    description\n  }\n"): (typeof documents)["\n  fragment OrientationFields on Orientation {\n    id\n    version\n    planId\n    number\n    title\n    stake\n    description\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActionFields on Action {\n    id\n    version\n    orientationId\n    position\n    title\n    description\n    status\n    startsOn\n    endsOn\n    leadPartner {\n      id\n      name\n      acronym\n    }\n    partners {\n      id\n      name\n      acronym\n    }\n  }\n"): (typeof documents)["\n  fragment ActionFields on Action {\n    id\n    version\n    orientationId\n    position\n    title\n    description\n    status\n    startsOn\n    endsOn\n    leadPartner {\n      id\n      name\n      acronym\n    }\n    partners {\n      id\n      name\n      acronym\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BodiesPage($id: ID!) {\n    plan(id: $id) {\n      id\n      title\n      lastEventSeq\n      bodies {\n        ...BodyFields\n        memberships {\n          ...MembershipFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BodiesPage($id: ID!) {\n    plan(id: $id) {\n      id\n      title\n      lastEventSeq\n      bodies {\n        ...BodyFields\n        memberships {\n          ...MembershipFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      displayName\n      email\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      displayName\n      email\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanPage($id: ID!) {\n    plan(id: $id) {\n      ...PlanFields\n      lastEventSeq\n      orientations {\n        ...OrientationFields\n        actions {\n          ...ActionFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlanPage($id: ID!) {\n    plan(id: $id) {\n      ...PlanFields\n      lastEventSeq\n      orientations {\n        ...OrientationFields\n        actions {\n          ...ActionFields\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;