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
    "\n  fragment AgendaItemFields on AgendaItem {\n    id\n    version\n    bodyId\n    meetingId\n    parentId\n    position\n    title\n    description\n    kind\n    durationMinutes\n    ready\n    notes\n    outcome\n    archivedAt\n    presenter {\n      id\n      displayName\n    }\n    links {\n      label\n      url\n    }\n  }\n": typeof types.AgendaItemFieldsFragmentDoc,
    "\n  fragment AgendaEntryFields on AgendaItem {\n    ...AgendaItemFields\n    children {\n      ...AgendaItemFields\n    }\n  }\n": typeof types.AgendaEntryFieldsFragmentDoc,
    "\n  query MeetingsInPreparation($bodyId: ID!) {\n    body(id: $bodyId) {\n      id\n      meetings(statuses: [DRAFT, CONVENED], period: UPCOMING, limit: 20) {\n        items {\n          id\n          title\n          startsAt\n        }\n      }\n    }\n  }\n": typeof types.MeetingsInPreparationDocument,
    "\n  mutation AddAgendaItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) {\n      ...AgendaEntryFields\n    }\n  }\n": typeof types.AddAgendaItemDocument,
    "\n  mutation UpdateAgendaItem($input: UpdateAgendaItemInput!) {\n    updateAgendaItem(input: $input) {\n      ...AgendaItemFields\n    }\n  }\n": typeof types.UpdateAgendaItemDocument,
    "\n  mutation MoveAgendaItem($input: MoveAgendaItemInput!) {\n    moveAgendaItem(input: $input) {\n      ...AgendaEntryFields\n    }\n  }\n": typeof types.MoveAgendaItemDocument,
    "\n  mutation RemoveAgendaItem($id: ID!) {\n    removeAgendaItem(id: $id) {\n      id\n      bodyId\n      meetingId\n      parentId\n      version\n      archivedAt\n    }\n  }\n": typeof types.RemoveAgendaItemDocument,
    "\n  mutation RollOverAgendaItems($input: RollOverAgendaItemsInput!) {\n    rollOverAgendaItems(input: $input) {\n      ...AgendaEntryFields\n    }\n  }\n": typeof types.RollOverAgendaItemsDocument,
    "\n  query MeetingAgenda($id: ID!) {\n    meeting(id: $id) {\n      id\n      agenda {\n        ...AgendaEntryFields\n      }\n      body {\n        id\n        backlog {\n          ...AgendaEntryFields\n        }\n      }\n    }\n  }\n": typeof types.MeetingAgendaDocument,
    "\n  fragment AttendanceFields on Attendance {\n    id\n    version\n    meetingId\n    personId\n    guest\n    voting\n    response\n    presence\n    proxyToId\n    person {\n      id\n      displayName\n      organization {\n        id\n        name\n        acronym\n      }\n    }\n  }\n": typeof types.AttendanceFieldsFragmentDoc,
    "\n  fragment QuorumFields on Quorum {\n    votingMembers\n    required\n    present\n    represented\n    met\n    countsProxies\n  }\n": typeof types.QuorumFieldsFragmentDoc,
    "\n  mutation RespondToInvitation($meetingId: ID!, $response: InvitationResponse!) {\n    respondToInvitation(meetingId: $meetingId, response: $response) {\n      ...AttendanceFields\n    }\n  }\n": typeof types.RespondToInvitationDocument,
    "\n  mutation RecordPresence($attendanceId: ID!, $presence: Presence!) {\n    recordPresence(attendanceId: $attendanceId, presence: $presence) {\n      ...AttendanceFields\n    }\n  }\n": typeof types.RecordPresenceDocument,
    "\n  mutation GiveProxy($meetingId: ID!, $toPersonId: ID!) {\n    giveProxy(meetingId: $meetingId, toPersonId: $toPersonId) {\n      ...AttendanceFields\n    }\n  }\n": typeof types.GiveProxyDocument,
    "\n  mutation WithdrawProxy($meetingId: ID!) {\n    withdrawProxy(meetingId: $meetingId) {\n      ...AttendanceFields\n    }\n  }\n": typeof types.WithdrawProxyDocument,
    "\n  mutation InviteGuest($meetingId: ID!, $personId: ID!) {\n    inviteGuest(meetingId: $meetingId, personId: $personId) {\n      ...AttendanceFields\n    }\n  }\n": typeof types.InviteGuestDocument,
    "\n  query MeetingAttendance($id: ID!) {\n    meeting(id: $id) {\n      id\n      attendances {\n        ...AttendanceFields\n      }\n      quorum {\n        ...QuorumFields\n      }\n    }\n  }\n": typeof types.MeetingAttendanceDocument,
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
    "\n  fragment AmendmentFields on DocumentAmendment {\n    contributionId\n    proposedText\n    baseText\n    appliedAt\n    outdated\n    appliedBy {\n      id\n      displayName\n    }\n    contribution {\n      id\n      text\n      status\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.AmendmentFieldsFragmentDoc,
    "\n  query SharedDocument($kind: DocumentKind!, $entityId: ID!) {\n    document(kind: $kind, entityId: $entityId) {\n      kind\n      entityId\n      state\n      seq\n      text\n      maxLength\n      viewerCanEdit\n      viewerCanSuggest\n      amendments {\n        ...AmendmentFields\n      }\n    }\n  }\n": typeof types.SharedDocumentDocument,
    "\n  mutation PushDocumentUpdate($input: PushDocumentUpdateInput!) {\n    pushDocumentUpdate(input: $input) {\n      seq\n    }\n  }\n": typeof types.PushDocumentUpdateDocument,
    "\n  subscription DocumentUpdates($kind: DocumentKind!, $entityId: ID!, $after: Int, $stateVector: String) {\n    documentUpdates(kind: $kind, entityId: $entityId, after: $after, stateVector: $stateVector) {\n      seq\n      update\n      sync\n      stateVector\n    }\n  }\n": typeof types.DocumentUpdatesDocument,
    "\n  mutation PushAwareness($input: PushAwarenessInput!) {\n    pushAwareness(input: $input)\n  }\n": typeof types.PushAwarenessDocument,
    "\n  subscription DocumentAwareness($kind: DocumentKind!, $entityId: ID!, $clientId: String) {\n    documentAwareness(kind: $kind, entityId: $entityId, clientId: $clientId) {\n      updates {\n        clientId\n        update\n      }\n      leftClientIds\n    }\n  }\n": typeof types.DocumentAwarenessDocument,
    "\n  mutation ProposeAmendment($input: ProposeAmendmentInput!) {\n    proposeAmendment(input: $input) {\n      ...AmendmentFields\n    }\n  }\n": typeof types.ProposeAmendmentDocument,
    "\n  mutation ApplyAmendment($contributionId: ID!) {\n    applyAmendment(contributionId: $contributionId) {\n      ...AmendmentFields\n    }\n  }\n": typeof types.ApplyAmendmentDocument,
    "\n  fragment CommitmentFields on Commitment {\n    id\n    version\n    planId\n    title\n    details\n    dueOn\n    status\n    progress\n    late\n    origin\n    abandonReason\n    archivedAt\n    archiveReason\n    updatedAt\n    decisionId\n    organization {\n      id\n      name\n      acronym\n    }\n    responsible {\n      id\n      displayName\n    }\n    action {\n      id\n      title\n      orientationId\n    }\n  }\n": typeof types.CommitmentFieldsFragmentDoc,
    "\n  query PlanSteeringCommittee($planId: ID!) {\n    plan(id: $planId) {\n      id\n      bodies {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.PlanSteeringCommitteeDocument,
    "\n  query CommitmentAgendaProposals($bodyId: ID!) {\n    commitmentAgendaProposals(bodyId: $bodyId) {\n      bodyId\n      dueBy\n      viewerCanPropose\n      nextMeeting {\n        id\n        title\n        startsAt\n      }\n      commitments {\n        id\n        title\n        dueOn\n        late\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.CommitmentAgendaProposalsDocument,
    "\n  mutation ProposeCommitmentsForAgenda($bodyId: ID!, $commitmentIds: [ID!]!) {\n    proposeCommitmentsForAgenda(bodyId: $bodyId, commitmentIds: $commitmentIds) {\n      id\n      title\n      commitmentId\n    }\n  }\n": typeof types.ProposeCommitmentsForAgendaDocument,
    "\n  query CommitmentDashboard($planId: ID!) {\n    plan(id: $planId) {\n      id\n      title\n      lastEventSeq\n    }\n    commitmentSummary(planId: $planId) {\n      planId\n      total\n      late\n      dueWithin30Days\n      done\n      averageProgress\n      byStatus {\n        status\n        count\n      }\n      byOrganization {\n        organizationId\n        total\n        late\n        dueWithin30Days\n        done\n        averageProgress\n        organization {\n          id\n          name\n          acronym\n        }\n      }\n      byOrientation {\n        orientationId\n        total\n        late\n        dueWithin30Days\n        done\n        averageProgress\n        orientation {\n          id\n          number\n          title\n        }\n      }\n      progress {\n        progress\n        actions\n        measuredActions\n      }\n      progressByOrientation {\n        orientationId\n        progress\n        actions\n        measuredActions\n        orientation {\n          id\n          number\n          title\n        }\n      }\n    }\n  }\n": typeof types.CommitmentDashboardDocument,
    "\n  query CommitmentLedger(\n    $planId: ID!\n    $status: [CommitmentStatus!]\n    $late: Boolean\n    $organizationId: ID\n    $orientationId: ID\n    $actionId: ID\n    $dueBefore: LocalDate\n    $search: String\n    $sort: CommitmentSort!\n    $offset: Int!\n    $limit: Int!\n  ) {\n    plan(id: $planId) {\n      id\n      lastEventSeq\n      viewerCanEdit\n    }\n    commitments(\n      planId: $planId\n      status: $status\n      late: $late\n      organizationId: $organizationId\n      orientationId: $orientationId\n      actionId: $actionId\n      dueBefore: $dueBefore\n      search: $search\n      sort: $sort\n      offset: $offset\n      limit: $limit\n    ) {\n      totalCount\n      hasMore\n      items {\n        ...CommitmentFields\n      }\n    }\n  }\n": typeof types.CommitmentLedgerDocument,
    "\n  query CommitmentDecisionChoices($planId: ID!, $search: String) {\n    decisions(planId: $planId, search: $search, limit: 50) {\n      items {\n        id\n        text\n        meeting {\n          id\n          title\n          startsAt\n        }\n      }\n    }\n  }\n": typeof types.CommitmentDecisionChoicesDocument,
    "\n  query PersonName($id: ID!) {\n    person(id: $id) {\n      id\n      displayName\n    }\n  }\n": typeof types.PersonNameDocument,
    "\n  mutation CreateCommitment($input: CreateCommitmentInput!) {\n    createCommitment(input: $input) {\n      ...CommitmentFields\n    }\n  }\n": typeof types.CreateCommitmentDocument,
    "\n  mutation UpdateCommitment($input: UpdateCommitmentInput!) {\n    updateCommitment(input: $input) {\n      ...CommitmentFields\n    }\n  }\n": typeof types.UpdateCommitmentDocument,
    "\n  mutation RecordCommitmentProgress($input: RecordProgressInput!) {\n    recordCommitmentProgress(input: $input) {\n      ...CommitmentFields\n    }\n  }\n": typeof types.RecordCommitmentProgressDocument,
    "\n  mutation ArchiveCommitment($id: ID!, $reason: String!, $expectedVersion: Int) {\n    archiveCommitment(id: $id, reason: $reason, expectedVersion: $expectedVersion) {\n      ...CommitmentFields\n    }\n  }\n": typeof types.ArchiveCommitmentDocument,
    "\n  query LatestCommitment($id: ID!) {\n    commitment(id: $id) {\n      ...CommitmentFields\n    }\n  }\n": typeof types.LatestCommitmentDocument,
    "\n  query CommitmentChoices($planId: ID!) {\n    plan(id: $planId) {\n      id\n      orientations {\n        id\n        number\n        title\n        actions {\n          id\n          title\n        }\n      }\n    }\n    organizations(limit: 200) {\n      items {\n        id\n        name\n        acronym\n      }\n    }\n  }\n": typeof types.CommitmentChoicesDocument,
    "\n  query ConversionChoices($planId: ID!, $meetingId: ID!, $inMeeting: Boolean!) {\n    plan(id: $planId) {\n      id\n      viewerCanEdit\n      orientations {\n        id\n        number\n        title\n      }\n      bodies {\n        id\n        name\n      }\n    }\n    meeting(id: $meetingId) @include(if: $inMeeting) {\n      id\n      status\n      bodyId\n    }\n  }\n": typeof types.ConversionChoicesDocument,
    "\n  mutation ConvertContributionToAction($id: ID!, $orientationId: ID!, $title: String) {\n    convertContributionToAction(id: $id, orientationId: $orientationId, title: $title) {\n      ...ContributionFields\n    }\n  }\n": typeof types.ConvertContributionToActionDocument,
    "\n  mutation ConvertContributionToAgendaItem($id: ID!, $bodyId: ID!) {\n    convertContributionToAgendaItem(id: $id, bodyId: $bodyId) {\n      ...ContributionFields\n    }\n  }\n": typeof types.ConvertContributionToAgendaItemDocument,
    "\n  mutation ConvertContributionToDecision($id: ID!) {\n    convertContributionToDecision(id: $id) {\n      ...ContributionFields\n    }\n  }\n": typeof types.ConvertContributionToDecisionDocument,
    "\n  mutation PostContribution($input: PostContributionInput!) {\n    postContribution(input: $input) {\n      ...ContributionThreadFields\n    }\n  }\n": typeof types.PostContributionDocument,
    "\n  mutation SupportContribution($id: ID!) {\n    supportContribution(id: $id) {\n      ...ContributionFields\n    }\n  }\n": typeof types.SupportContributionDocument,
    "\n  mutation WithdrawSupport($id: ID!) {\n    withdrawSupport(id: $id) {\n      ...ContributionFields\n    }\n  }\n": typeof types.WithdrawSupportDocument,
    "\n  mutation React($id: ID!, $reaction: ReactionKind!) {\n    react(id: $id, reaction: $reaction) {\n      ...ContributionFields\n    }\n  }\n": typeof types.ReactDocument,
    "\n  mutation Unreact($id: ID!, $reaction: ReactionKind!) {\n    unreact(id: $id, reaction: $reaction) {\n      ...ContributionFields\n    }\n  }\n": typeof types.UnreactDocument,
    "\n  mutation PinContribution($id: ID!, $pinned: Boolean!) {\n    pinContribution(id: $id, pinned: $pinned) {\n      ...ContributionFields\n    }\n  }\n": typeof types.PinContributionDocument,
    "\n  mutation MergeContribution($id: ID!, $intoId: ID!) {\n    mergeContribution(id: $id, intoId: $intoId) {\n      ...ContributionFields\n      mergedInto {\n        ...ContributionFields\n      }\n    }\n  }\n": typeof types.MergeContributionDocument,
    "\n  mutation SetContributionStatus($id: ID!, $status: ContributionStatus!, $reason: String) {\n    setContributionStatus(id: $id, status: $status, reason: $reason) {\n      ...ContributionFields\n    }\n  }\n": typeof types.SetContributionStatusDocument,
    "\n  mutation HideContribution($id: ID!, $reason: String) {\n    hideContribution(id: $id, reason: $reason) {\n      ...ContributionFields\n    }\n  }\n": typeof types.HideContributionDocument,
    "\n  mutation UnhideContribution($id: ID!) {\n    unhideContribution(id: $id) {\n      ...ContributionFields\n    }\n  }\n": typeof types.UnhideContributionDocument,
    "\n  query PlanContributions($planId: ID!, $orientationId: ID, $actionId: ID) {\n    contributions(planId: $planId, orientationId: $orientationId, actionId: $actionId, limit: 100) {\n      totalCount\n      hasMore\n      items {\n        ...ContributionThreadFields\n      }\n    }\n  }\n": typeof types.PlanContributionsDocument,
    "\n  query PlanContributionRights($planId: ID!) {\n    plan(id: $planId) {\n      id\n      viewerCanEdit\n      viewerCanContribute\n    }\n  }\n": typeof types.PlanContributionRightsDocument,
    "\n  fragment ContributionFields on Contribution {\n    id\n    version\n    planId\n    meetingId\n    agendaItemId\n    orientationId\n    actionId\n    parentId\n    kind\n    text\n    createdAt\n    author {\n      id\n      displayName\n    }\n    pinned\n    status\n    statusReason\n    hidden\n    hiddenReason\n    mergedIntoId\n    supportCount\n    viewerSupports\n    viewerCanModerate\n    reactions {\n      reaction\n      count\n      viewerReacted\n    }\n    # What a retained contribution became, inline: a fragment spread would count as one more level of depth.\n    resultingActionId\n    resultingAction {\n      id\n      title\n    }\n    resultingAgendaItemId\n    resultingAgendaItem {\n      id\n      title\n      meetingId\n    }\n    resultingDecisionId\n    resultingDecision {\n      id\n      meetingId\n    }\n  }\n": typeof types.ContributionFieldsFragmentDoc,
    "\n  fragment ContributionThreadFields on Contribution {\n    ...ContributionFields\n    replies {\n      ...ContributionFields\n    }\n  }\n": typeof types.ContributionThreadFieldsFragmentDoc,
    "\n  query DecisionsRegister($planId: ID!, $bodyId: ID, $kind: DecisionKind, $search: String, $offset: Int!, $limit: Int!) {\n    plan(id: $planId) {\n      id\n      lastEventSeq\n      bodies {\n        id\n        name\n      }\n    }\n    decisions(planId: $planId, bodyId: $bodyId, kind: $kind, search: $search, offset: $offset, limit: $limit) {\n      totalCount\n      hasMore\n      items {\n        ...DecisionFields\n        agendaItem {\n          id\n          title\n        }\n        meeting {\n          id\n          title\n          startsAt\n          body {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.DecisionsRegisterDocument,
    "\n  mutation RecordDecision($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      ...DecisionFields\n    }\n  }\n": typeof types.RecordDecisionDocument,
    "\n  mutation UpdateDecision($input: UpdateDecisionInput!) {\n    updateDecision(input: $input) {\n      ...DecisionFields\n    }\n  }\n": typeof types.UpdateDecisionDocument,
    "\n  mutation RemoveDecision($id: ID!) {\n    removeDecision(id: $id) {\n      id\n      meetingId\n      version\n    }\n  }\n": typeof types.RemoveDecisionDocument,
    "\n  fragment DecisionFields on Decision {\n    id\n    version\n    meetingId\n    agendaItemId\n    kind\n    text\n    votesFor\n    votesAgainst\n    abstentions\n    createdAt\n  }\n": typeof types.DecisionFieldsFragmentDoc,
    "\n  query ActionFollowUp($planId: ID!, $actionId: ID!) {\n    plan(id: $planId) {\n      id\n      title\n      startYear\n      endYear\n      lastEventSeq\n      viewerCanEdit\n    }\n    action(id: $actionId) {\n      id\n      title\n      orientation {\n        id\n        number\n        title\n      }\n      leadPartner {\n        id\n        name\n      }\n      partners {\n        id\n        name\n      }\n      indicators {\n        ...IndicatorFields\n        viewerCanRecord\n        viewerCanSteer\n        history {\n          ...ChangeFields\n        }\n        measurements {\n          id\n          history {\n            ...ChangeFields\n          }\n        }\n      }\n      milestones {\n        ...MilestoneFields\n        viewerCanReport\n        history {\n          ...ChangeFields\n        }\n      }\n      budgetLines {\n        ...BudgetLineFields\n        viewerCanSteer\n        history {\n          ...ChangeFields\n        }\n      }\n    }\n    budgetTotals(planId: $planId) {\n      planId\n      byAction {\n        actionId\n        planned\n        committed\n        spent\n        lineCount\n      }\n    }\n  }\n": typeof types.ActionFollowUpDocument,
    "mutation CreateIndicator($input: CreateIndicatorInput!) { createIndicator(input: $input) { ...IndicatorFields } }": typeof types.CreateIndicatorDocument,
    "mutation UpdateIndicator($input: UpdateIndicatorInput!) { updateIndicator(input: $input) { ...IndicatorFields } }": typeof types.UpdateIndicatorDocument,
    "\n  mutation ArchiveIndicator($id: ID!, $reason: String!, $expectedVersion: Int) {\n    archiveIndicator(id: $id, reason: $reason, expectedVersion: $expectedVersion) { ...IndicatorFields }\n  }\n": typeof types.ArchiveIndicatorDocument,
    "\n  mutation RecordMeasurement($input: RecordMeasurementInput!) {\n    recordMeasurement(input: $input) { ...MeasurementFields indicator { ...IndicatorFields } }\n  }\n": typeof types.RecordMeasurementDocument,
    "\n  mutation UpdateMeasurement($input: UpdateMeasurementInput!) {\n    updateMeasurement(input: $input) { ...MeasurementFields indicator { ...IndicatorFields } }\n  }\n": typeof types.UpdateMeasurementDocument,
    "\n  mutation ArchiveMeasurement($id: ID!, $reason: String!, $expectedVersion: Int) {\n    archiveMeasurement(id: $id, reason: $reason, expectedVersion: $expectedVersion) { ...MeasurementFields indicator { ...IndicatorFields } }\n  }\n": typeof types.ArchiveMeasurementDocument,
    "mutation CreateMilestone($input: CreateMilestoneInput!) { createMilestone(input: $input) { ...MilestoneFields } }": typeof types.CreateMilestoneDocument,
    "mutation UpdateMilestone($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { ...MilestoneFields } }": typeof types.UpdateMilestoneDocument,
    "\n  mutation ArchiveMilestone($id: ID!, $reason: String!, $expectedVersion: Int) {\n    archiveMilestone(id: $id, reason: $reason, expectedVersion: $expectedVersion) { ...MilestoneFields }\n  }\n": typeof types.ArchiveMilestoneDocument,
    "mutation CreateBudgetLine($input: CreateBudgetLineInput!) { createBudgetLine(input: $input) { ...BudgetLineFields } }": typeof types.CreateBudgetLineDocument,
    "mutation UpdateBudgetLine($input: UpdateBudgetLineInput!) { updateBudgetLine(input: $input) { ...BudgetLineFields } }": typeof types.UpdateBudgetLineDocument,
    "\n  mutation ArchiveBudgetLine($id: ID!, $reason: String!, $expectedVersion: Int) {\n    archiveBudgetLine(id: $id, reason: $reason, expectedVersion: $expectedVersion) { ...BudgetLineFields }\n  }\n": typeof types.ArchiveBudgetLineDocument,
    "\n  fragment MeasurementFields on Measurement {\n    id\n    version\n    indicatorId\n    measuredOn\n    value\n    source\n    archivedAt\n    updatedAt\n    reportedBy {\n      id\n      displayName\n    }\n  }\n": typeof types.MeasurementFieldsFragmentDoc,
    "\n  fragment IndicatorFields on Indicator {\n    id\n    version\n    planId\n    actionId\n    name\n    unit\n    baseline\n    target\n    targetOn\n    direction\n    attainment\n    latestValue\n    archivedAt\n    archiveReason\n    updatedAt\n    measurements {\n      ...MeasurementFields\n    }\n  }\n": typeof types.IndicatorFieldsFragmentDoc,
    "\n  fragment MilestoneFields on Milestone {\n    id\n    version\n    planId\n    actionId\n    title\n    plannedOn\n    doneOn\n    late\n    archivedAt\n    archiveReason\n    updatedAt\n    responsible {\n      id\n      displayName\n    }\n  }\n": typeof types.MilestoneFieldsFragmentDoc,
    "\n  fragment BudgetLineFields on BudgetLine {\n    id\n    version\n    planId\n    actionId\n    year\n    planned\n    committed\n    spent\n    note\n    archivedAt\n    archiveReason\n    updatedAt\n    funder {\n      id\n      name\n      acronym\n    }\n  }\n": typeof types.BudgetLineFieldsFragmentDoc,
    "\n  fragment ChangeFields on Change {\n    id\n    kind\n    at\n    actor {\n      id\n      displayName\n    }\n    diff {\n      field\n      oldValue\n      newValue\n    }\n  }\n": typeof types.ChangeFieldsFragmentDoc,
    "\n  query ImportPreview($planId: ID!, $kind: ImportKind!, $csv: String!) {\n    previewImport(planId: $planId, kind: $kind, csv: $csv) {\n      kind\n      separator\n      header\n      okCount\n      errorCount\n      lines {\n        line\n        ok\n        errors\n        cells\n        measuredOn\n        value\n        source\n        indicator {\n          id\n          name\n          unit\n        }\n        commitment {\n          id\n          title\n        }\n        previousProgress\n        progress\n        previousStatus\n        status\n        note\n      }\n    }\n  }\n": typeof types.ImportPreviewDocument,
    "\n  mutation ApplyImport($planId: ID!, $kind: ImportKind!, $csv: String!, $skipLines: [Int!]!) {\n    applyImport(planId: $planId, kind: $kind, csv: $csv, skipLines: $skipLines) {\n      kind\n      written\n      skippedLines\n    }\n  }\n": typeof types.ApplyImportDocument,
    "\n  mutation CreateCalendarFeed {\n    createCalendarFeed\n  }\n": typeof types.CreateCalendarFeedDocument,
    "\n  subscription MeetingChanged($meetingId: ID!, $after: Int) {\n    meetingChanged(meetingId: $meetingId, after: $after) {\n      seq\n      type\n      actorId\n      meetingId\n      order\n      meeting {\n        ...MeetingFields\n        ...RoomFields\n      }\n      agendaItem {\n        ...AgendaEntryFields\n      }\n      attendance {\n        ...AttendanceFields\n      }\n      decision {\n        ...DecisionFields\n      }\n      minutes {\n        ...MinutesFields\n      }\n      contribution {\n        ...ContributionThreadFields\n      }\n      poll {\n        ...PollFields\n      }\n    }\n  }\n": typeof types.MeetingChangedDocument,
    "\n  mutation CreateMeeting($input: CreateMeetingInput!) {\n    createMeeting(input: $input) {\n      ...MeetingFields\n    }\n  }\n": typeof types.CreateMeetingDocument,
    "\n  mutation UpdateMeeting($input: UpdateMeetingInput!) {\n    updateMeeting(input: $input) {\n      ...MeetingFields\n    }\n  }\n": typeof types.UpdateMeetingDocument,
    "\n  mutation ConveneMeeting($id: ID!) {\n    conveneMeeting(id: $id) {\n      ...MeetingFields\n    }\n  }\n": typeof types.ConveneMeetingDocument,
    "\n  mutation OpenMeeting($id: ID!) {\n    openMeeting(id: $id) {\n      ...MeetingFields\n    }\n  }\n": typeof types.OpenMeetingDocument,
    "\n  mutation CloseMeeting($id: ID!) {\n    closeMeeting(id: $id) {\n      ...MeetingFields\n    }\n  }\n": typeof types.CloseMeetingDocument,
    "\n  mutation CancelMeeting($id: ID!, $reason: String!) {\n    cancelMeeting(id: $id, reason: $reason) {\n      ...MeetingFields\n    }\n  }\n": typeof types.CancelMeetingDocument,
    "\n  mutation RepublishAgenda($id: ID!) {\n    republishAgenda(id: $id) {\n      ...MeetingFields\n    }\n  }\n": typeof types.RepublishAgendaDocument,
    "\n  query MeetingPage($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingFields\n      ...RoomFields\n      lastEventSeq\n      body {\n        id\n        name\n        kind\n        planId\n        plan {\n          id\n          lastEventSeq\n        }\n        memberships {\n          ...MembershipFields\n        }\n        backlog {\n          ...AgendaEntryFields\n        }\n      }\n      agenda {\n        ...AgendaEntryFields\n      }\n      attendances {\n        ...AttendanceFields\n      }\n      quorum {\n        ...QuorumFields\n      }\n      decisions {\n        ...DecisionFields\n      }\n      minutes {\n        ...MinutesFields\n      }\n      minutesHistory {\n        ...MinutesFields\n      }\n    }\n  }\n": typeof types.MeetingPageDocument,
    "\n  query MeetingsCalendar($id: ID!) {\n    plan(id: $id) {\n      id\n      bodies {\n        id\n        name\n        meetings(period: ALL, limit: 200) {\n          items {\n            ...MeetingSummaryFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.MeetingsCalendarDocument,
    "\n  query MeetingsPage($id: ID!) {\n    me {\n      id\n      isAdmin\n      memberships {\n        id\n        bodyId\n        role\n      }\n    }\n    plan(id: $id) {\n      id\n      title\n      lastEventSeq\n      bodies {\n        id\n        name\n        kind\n        cadence {\n          ...CadenceFields\n        }\n        upcoming: meetings(period: UPCOMING, limit: 20) {\n          totalCount\n          items {\n            ...MeetingSummaryFields\n          }\n        }\n        past: meetings(period: PAST, limit: 5) {\n          totalCount\n          items {\n            ...MeetingSummaryFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.MeetingsPageDocument,
    "\n  fragment MeetingSummaryFields on Meeting {\n    id\n    version\n    bodyId\n    title\n    kind\n    status\n    startsAt\n    endsAt\n    place\n    onlineUrl\n    cancellationReason\n    agendaRevision\n  }\n": typeof types.MeetingSummaryFieldsFragmentDoc,
    "\n  fragment MeetingFields on Meeting {\n    ...MeetingSummaryFields\n    viewerCanFacilitate\n    publications {\n      id\n      revision\n      publishedAt\n      snapshot\n    }\n  }\n": typeof types.MeetingFieldsFragmentDoc,
    "\n  fragment CadenceFields on BodyCadence {\n    year\n    minimum\n    held\n    planned\n    behind\n  }\n": typeof types.CadenceFieldsFragmentDoc,
    "\n  query MeetingsInSession($bodyId: ID!) {\n    body(id: $bodyId) {\n      id\n      meetings(statuses: [IN_SESSION], limit: 20) {\n        items {\n          id\n          title\n          startsAt\n          status\n        }\n      }\n    }\n  }\n": typeof types.MeetingsInSessionDocument,
    "\n  mutation SaveMinutes($meetingId: ID!, $text: String!, $expectedRevision: Int) {\n    saveMinutes(meetingId: $meetingId, text: $text, expectedRevision: $expectedRevision) {\n      ...MinutesFields\n    }\n  }\n": typeof types.SaveMinutesDocument,
    "\n  mutation ProposeMinutes($meetingId: ID!) {\n    proposeMinutes(meetingId: $meetingId) {\n      ...MinutesFields\n    }\n  }\n": typeof types.ProposeMinutesDocument,
    "\n  mutation ApproveMinutes($meetingId: ID!, $inMeetingId: ID!) {\n    approveMinutes(meetingId: $meetingId, inMeetingId: $inMeetingId) {\n      ...MinutesFields\n    }\n  }\n": typeof types.ApproveMinutesDocument,
    "\n  mutation CorrectMinutes($meetingId: ID!, $text: String!, $reason: String!) {\n    correctMinutes(meetingId: $meetingId, text: $text, reason: $reason) {\n      ...MinutesFields\n    }\n  }\n": typeof types.CorrectMinutesDocument,
    "\n  query LatestMinutes($id: ID!) {\n    meeting(id: $id) {\n      id\n      status\n      minutes {\n        ...MinutesFields\n      }\n      minutesHistory {\n        ...MinutesFields\n      }\n    }\n  }\n": typeof types.LatestMinutesDocument,
    "\n  fragment MinutesFields on MinutesVersion {\n    id\n    meetingId\n    version\n    revision\n    status\n    text\n    correctionReason\n    createdAt\n    approvedAt\n    approvedInMeetingId\n    author {\n      id\n      displayName\n    }\n  }\n": typeof types.MinutesFieldsFragmentDoc,
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
    "\n  subscription PlanChanged($planId: ID!, $after: Int) {\n    planChanged(planId: $planId, after: $after) {\n      seq\n      type\n      actorId\n      planId\n      plan {\n        ...PlanFields\n      }\n      orientation {\n        ...OrientationFields\n        actions {\n          ...ActionFields\n        }\n      }\n      action {\n        ...ActionFields\n      }\n      body {\n        ...BodyFields\n        memberships {\n          ...MembershipFields\n        }\n      }\n      membership {\n        ...MembershipFields\n      }\n      meeting {\n        ...MeetingSummaryFields\n      }\n      agendaItem {\n        ...AgendaEntryFields\n      }\n      contribution {\n        ...ContributionThreadFields\n      }\n      commitment {\n        ...CommitmentFields\n      }\n      indicator {\n        ...IndicatorFields\n      }\n      measurement {\n        ...MeasurementFields\n      }\n      milestone {\n        ...MilestoneFields\n      }\n      budgetLine {\n        ...BudgetLineFields\n      }\n    }\n  }\n": typeof types.PlanChangedDocument,
    "\n  fragment PlanFields on Plan {\n    id\n    version\n    title\n    kind\n    status\n    startYear\n    endYear\n    adoptedOn\n    adoptedBy\n    summary\n    viewerCanEdit\n    territory {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.PlanFieldsFragmentDoc,
    "\n  fragment OrientationFields on Orientation {\n    id\n    version\n    planId\n    number\n    title\n    stake\n    description\n  }\n": typeof types.OrientationFieldsFragmentDoc,
    "\n  fragment ActionFields on Action {\n    id\n    version\n    orientationId\n    position\n    title\n    description\n    status\n    startsOn\n    endsOn\n    leadPartner {\n      id\n      name\n      acronym\n    }\n    partners {\n      id\n      name\n      acronym\n    }\n  }\n": typeof types.ActionFieldsFragmentDoc,
    "\n  mutation OpenPoll($input: OpenPollInput!) {\n    openPoll(input: $input) {\n      ...PollFields\n    }\n  }\n": typeof types.OpenPollDocument,
    "\n  mutation CastBallot($input: CastBallotInput!) {\n    castBallot(input: $input) {\n      ...PollFields\n    }\n  }\n": typeof types.CastBallotDocument,
    "\n  mutation ClosePoll($id: ID!, $recordDecision: Boolean!) {\n    closePoll(id: $id, recordDecision: $recordDecision) {\n      ...PollFields\n    }\n  }\n": typeof types.ClosePollDocument,
    "\n  fragment PollFields on Poll {\n    id\n    version\n    meetingId\n    agendaItemId\n    question\n    method\n    secret\n    status\n    createdAt\n    closedAt\n    decisionId\n    ballotCount\n    viewerCanManage\n    options {\n      id\n      label\n    }\n    tally {\n      ballots\n      eligible\n      outcome\n      adopted\n      results {\n        choice\n        label\n        count\n      }\n    }\n    myVotes {\n      voterId\n      voterName\n      proxy\n      hasVoted\n    }\n    ballots {\n      voterId\n      voterName\n      castByName\n      choice\n      reason\n    }\n    objections\n  }\n": typeof types.PollFieldsFragmentDoc,
    "\n  query MeetingRoom($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingFields\n      ...RoomFields\n      lastEventSeq\n      viewerCanContribute\n      body {\n        id\n        name\n        planId\n      }\n      agenda {\n        ...AgendaEntryFields\n      }\n      quorum {\n        ...QuorumFields\n      }\n      attendances {\n        ...AttendanceFields\n      }\n      polls {\n        ...PollFields\n      }\n      contributions {\n        ...ContributionThreadFields\n      }\n    }\n  }\n": typeof types.MeetingRoomDocument,
    "\n  mutation OpenRoom($meetingId: ID!) {\n    openRoom(meetingId: $meetingId) {\n      id\n      ...RoomFields\n    }\n  }\n": typeof types.OpenRoomDocument,
    "\n  mutation SetCurrentItem($meetingId: ID!, $agendaItemId: ID!) {\n    setCurrentItem(meetingId: $meetingId, agendaItemId: $agendaItemId) {\n      id\n      ...RoomFields\n    }\n  }\n": typeof types.SetCurrentItemDocument,
    "\n  mutation StartTimer($meetingId: ID!) {\n    startTimer(meetingId: $meetingId) {\n      id\n      ...RoomFields\n    }\n  }\n": typeof types.StartTimerDocument,
    "\n  mutation PauseTimer($meetingId: ID!) {\n    pauseTimer(meetingId: $meetingId) {\n      id\n      ...RoomFields\n    }\n  }\n": typeof types.PauseTimerDocument,
    "\n  mutation CloseRoom($meetingId: ID!) {\n    closeRoom(meetingId: $meetingId) {\n      id\n      ...RoomFields\n    }\n  }\n": typeof types.CloseRoomDocument,
    "\n  subscription RoomPresence($meetingId: ID!) {\n    roomPresence(meetingId: $meetingId) {\n      meetingId\n      count\n      quorumRequired\n      people {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.RoomPresenceDocument,
    "\n  fragment RoomFields on Meeting {\n    roomOpen\n    currentItemId\n    currentItem {\n      ...AgendaItemFields\n    }\n    timer {\n      running\n      startedAt\n      elapsedSeconds\n      plannedSeconds\n    }\n  }\n": typeof types.RoomFieldsFragmentDoc,
    "\n  query ReviewPlan($planId: ID!) {\n    plan(id: $planId) {\n      id\n      title\n      startYear\n      endYear\n      viewerCanEdit\n      lastEventSeq\n    }\n  }\n": typeof types.ReviewPlanDocument,
    "\n  query YearlyReviewPage($planId: ID!, $year: Int!) {\n    yearlyReview(planId: $planId, year: $year) {\n      id\n      year\n      viewerCanManage\n      completeness {\n        total\n        submitted\n        draft\n        notStarted\n      }\n      reports {\n        id\n        status\n        submittedAt\n        organization {\n          id\n          name\n          acronym\n        }\n      }\n      compiled {\n        year\n        previousYear\n        commitments {\n          ...CommitmentFiguresFields\n        }\n        budget {\n          ...BudgetYearFiguresFields\n        }\n        orientations {\n          orientationId\n          number\n          title\n          actions {\n            actionId\n            title\n            commitments {\n              ...CommitmentFiguresFields\n            }\n            budget {\n              ...BudgetYearFiguresFields\n            }\n            indicators {\n              indicatorId\n              name\n              unit\n              target\n              latestValue\n              delta\n              attainment\n            }\n            narratives {\n              organizationId\n              organizationName\n              text\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.YearlyReviewPageDocument,
    "\n  fragment CommitmentFiguresFields on CommitmentFigures {\n    total\n    averageProgress\n    progressDelta\n    doneSinceLastYear\n    byStatus {\n      status\n      count\n    }\n  }\n": typeof types.CommitmentFiguresFieldsFragmentDoc,
    "\n  fragment BudgetYearFiguresFields on BudgetYearFigures {\n    planned\n    committed\n    spent\n    previousSpent\n    spentDelta\n  }\n": typeof types.BudgetYearFiguresFieldsFragmentDoc,
    "\n  mutation OpenYearlyReview($planId: ID!, $year: Int!) {\n    openYearlyReview(planId: $planId, year: $year) {\n      id\n    }\n  }\n": typeof types.OpenYearlyReviewDocument,
    "\n  query PartnerReportPage($id: ID!) {\n    partnerReport(id: $id) {\n      ...PartnerReportFields\n      planId\n      year\n      viewerCanFill\n      viewerCanReopen\n      organization {\n        id\n        name\n      }\n      sections {\n        actionId\n        text\n        action {\n          id\n          title\n        }\n        commitments {\n          id\n          title\n          status\n          progress\n          late\n        }\n        budgetLines {\n          id\n          planned\n          committed\n          spent\n        }\n        indicators {\n          id\n          name\n          unit\n          target\n          latestValue\n        }\n      }\n    }\n  }\n": typeof types.PartnerReportPageDocument,
    "\n  fragment PartnerReportFields on PartnerReport {\n    id\n    status\n    comments\n    version\n    submittedAt\n  }\n": typeof types.PartnerReportFieldsFragmentDoc,
    "\n  mutation SavePartnerReport($input: SavePartnerReportInput!) {\n    savePartnerReport(input: $input) {\n      ...PartnerReportFields\n      sections {\n        actionId\n        text\n      }\n    }\n  }\n": typeof types.SavePartnerReportDocument,
    "\n  mutation SubmitPartnerReport($id: ID!, $expectedVersion: Int) {\n    submitPartnerReport(id: $id, expectedVersion: $expectedVersion) {\n      ...PartnerReportFields\n    }\n  }\n": typeof types.SubmitPartnerReportDocument,
    "\n  mutation ReopenPartnerReport($id: ID!) {\n    reopenPartnerReport(id: $id) {\n      ...PartnerReportFields\n    }\n  }\n": typeof types.ReopenPartnerReportDocument,
    "\n  query BodiesPage($id: ID!) {\n    plan(id: $id) {\n      id\n      title\n      lastEventSeq\n      bodies {\n        ...BodyFields\n        memberships {\n          ...MembershipFields\n        }\n      }\n    }\n  }\n": typeof types.BodiesPageDocument,
    "\n  query CommitmentPlan($id: ID!) {\n    commitment(id: $id) {\n      id\n      planId\n    }\n  }\n": typeof types.CommitmentPlanDocument,
    "\n  query CommitmentPage($id: ID!, $planId: ID!) {\n    plan(id: $planId) {\n      id\n      title\n      lastEventSeq\n    }\n    commitment(id: $id) {\n      ...CommitmentFields\n      createdAt\n      viewerCanReport\n      viewerCanSteer\n      action {\n        id\n        orientation {\n          id\n          number\n          title\n        }\n      }\n      decision {\n        id\n        text\n        meeting {\n          id\n          title\n          startsAt\n          body {\n            id\n            name\n          }\n        }\n      }\n      progressUpdates {\n        id\n        createdAt\n        status\n        previousStatus\n        progress\n        previousProgress\n        note\n        evidenceUrl\n        evidenceFile {\n          id\n          filename\n          size\n          contentType\n          url\n        }\n        author {\n          id\n          displayName\n          organization {\n            id\n            name\n            acronym\n          }\n        }\n      }\n      history {\n        id\n        kind\n        at\n        actor {\n          id\n          displayName\n        }\n        diff {\n          field\n          oldValue\n          newValue\n        }\n      }\n    }\n  }\n": typeof types.CommitmentPageDocument,
    "\n  query ImportPlan($id: ID!) {\n    plan(id: $id) {\n      id\n      title\n    }\n  }\n": typeof types.ImportPlanDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      displayName\n      email\n      expiresAt\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  query PlanBudget($planId: ID!) {\n    plan(id: $planId) {\n      id\n      title\n      lastEventSeq\n    }\n    budgetTotals(planId: $planId) {\n      planId\n      planned\n      committed\n      spent\n      lineCount\n      byOrientation { orientationId planned committed spent orientation { id number title } }\n      byAction { actionId planned committed spent action { id title orientation { id number } } }\n      byFunder { funderId planned committed spent funder { id name acronym } }\n      byYear { year planned committed spent }\n    }\n  }\n": typeof types.PlanBudgetDocument,
    "\n  query PlanPage($id: ID!) {\n    plan(id: $id) {\n      ...PlanFields\n      lastEventSeq\n      orientations {\n        ...OrientationFields\n        actions {\n          ...ActionFields\n        }\n      }\n    }\n  }\n": typeof types.PlanPageDocument,
    "\n  query PlanTimelinePage($planId: ID!, $from: LocalDate, $to: LocalDate) {\n    plan(id: $planId) {\n      id\n      title\n      startYear\n      endYear\n      lastEventSeq\n    }\n    planTimeline(planId: $planId, from: $from, to: $to) {\n      planId\n      from\n      to\n      today\n      lateCount\n      actions {\n        lateCount\n        action {\n          id\n          title\n          status\n          startsOn\n          endsOn\n          orientation {\n            id\n            number\n          }\n        }\n        milestones {\n          ...MilestoneFields\n        }\n        commitments {\n          id\n          title\n          dueOn\n          late\n          status\n          organization {\n            id\n            name\n            acronym\n          }\n        }\n      }\n    }\n  }\n": typeof types.PlanTimelinePageDocument,
};
const documents: Documents = {
    "\n  fragment AgendaItemFields on AgendaItem {\n    id\n    version\n    bodyId\n    meetingId\n    parentId\n    position\n    title\n    description\n    kind\n    durationMinutes\n    ready\n    notes\n    outcome\n    archivedAt\n    presenter {\n      id\n      displayName\n    }\n    links {\n      label\n      url\n    }\n  }\n": types.AgendaItemFieldsFragmentDoc,
    "\n  fragment AgendaEntryFields on AgendaItem {\n    ...AgendaItemFields\n    children {\n      ...AgendaItemFields\n    }\n  }\n": types.AgendaEntryFieldsFragmentDoc,
    "\n  query MeetingsInPreparation($bodyId: ID!) {\n    body(id: $bodyId) {\n      id\n      meetings(statuses: [DRAFT, CONVENED], period: UPCOMING, limit: 20) {\n        items {\n          id\n          title\n          startsAt\n        }\n      }\n    }\n  }\n": types.MeetingsInPreparationDocument,
    "\n  mutation AddAgendaItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) {\n      ...AgendaEntryFields\n    }\n  }\n": types.AddAgendaItemDocument,
    "\n  mutation UpdateAgendaItem($input: UpdateAgendaItemInput!) {\n    updateAgendaItem(input: $input) {\n      ...AgendaItemFields\n    }\n  }\n": types.UpdateAgendaItemDocument,
    "\n  mutation MoveAgendaItem($input: MoveAgendaItemInput!) {\n    moveAgendaItem(input: $input) {\n      ...AgendaEntryFields\n    }\n  }\n": types.MoveAgendaItemDocument,
    "\n  mutation RemoveAgendaItem($id: ID!) {\n    removeAgendaItem(id: $id) {\n      id\n      bodyId\n      meetingId\n      parentId\n      version\n      archivedAt\n    }\n  }\n": types.RemoveAgendaItemDocument,
    "\n  mutation RollOverAgendaItems($input: RollOverAgendaItemsInput!) {\n    rollOverAgendaItems(input: $input) {\n      ...AgendaEntryFields\n    }\n  }\n": types.RollOverAgendaItemsDocument,
    "\n  query MeetingAgenda($id: ID!) {\n    meeting(id: $id) {\n      id\n      agenda {\n        ...AgendaEntryFields\n      }\n      body {\n        id\n        backlog {\n          ...AgendaEntryFields\n        }\n      }\n    }\n  }\n": types.MeetingAgendaDocument,
    "\n  fragment AttendanceFields on Attendance {\n    id\n    version\n    meetingId\n    personId\n    guest\n    voting\n    response\n    presence\n    proxyToId\n    person {\n      id\n      displayName\n      organization {\n        id\n        name\n        acronym\n      }\n    }\n  }\n": types.AttendanceFieldsFragmentDoc,
    "\n  fragment QuorumFields on Quorum {\n    votingMembers\n    required\n    present\n    represented\n    met\n    countsProxies\n  }\n": types.QuorumFieldsFragmentDoc,
    "\n  mutation RespondToInvitation($meetingId: ID!, $response: InvitationResponse!) {\n    respondToInvitation(meetingId: $meetingId, response: $response) {\n      ...AttendanceFields\n    }\n  }\n": types.RespondToInvitationDocument,
    "\n  mutation RecordPresence($attendanceId: ID!, $presence: Presence!) {\n    recordPresence(attendanceId: $attendanceId, presence: $presence) {\n      ...AttendanceFields\n    }\n  }\n": types.RecordPresenceDocument,
    "\n  mutation GiveProxy($meetingId: ID!, $toPersonId: ID!) {\n    giveProxy(meetingId: $meetingId, toPersonId: $toPersonId) {\n      ...AttendanceFields\n    }\n  }\n": types.GiveProxyDocument,
    "\n  mutation WithdrawProxy($meetingId: ID!) {\n    withdrawProxy(meetingId: $meetingId) {\n      ...AttendanceFields\n    }\n  }\n": types.WithdrawProxyDocument,
    "\n  mutation InviteGuest($meetingId: ID!, $personId: ID!) {\n    inviteGuest(meetingId: $meetingId, personId: $personId) {\n      ...AttendanceFields\n    }\n  }\n": types.InviteGuestDocument,
    "\n  query MeetingAttendance($id: ID!) {\n    meeting(id: $id) {\n      id\n      attendances {\n        ...AttendanceFields\n      }\n      quorum {\n        ...QuorumFields\n      }\n    }\n  }\n": types.MeetingAttendanceDocument,
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
    "\n  fragment AmendmentFields on DocumentAmendment {\n    contributionId\n    proposedText\n    baseText\n    appliedAt\n    outdated\n    appliedBy {\n      id\n      displayName\n    }\n    contribution {\n      id\n      text\n      status\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n": types.AmendmentFieldsFragmentDoc,
    "\n  query SharedDocument($kind: DocumentKind!, $entityId: ID!) {\n    document(kind: $kind, entityId: $entityId) {\n      kind\n      entityId\n      state\n      seq\n      text\n      maxLength\n      viewerCanEdit\n      viewerCanSuggest\n      amendments {\n        ...AmendmentFields\n      }\n    }\n  }\n": types.SharedDocumentDocument,
    "\n  mutation PushDocumentUpdate($input: PushDocumentUpdateInput!) {\n    pushDocumentUpdate(input: $input) {\n      seq\n    }\n  }\n": types.PushDocumentUpdateDocument,
    "\n  subscription DocumentUpdates($kind: DocumentKind!, $entityId: ID!, $after: Int, $stateVector: String) {\n    documentUpdates(kind: $kind, entityId: $entityId, after: $after, stateVector: $stateVector) {\n      seq\n      update\n      sync\n      stateVector\n    }\n  }\n": types.DocumentUpdatesDocument,
    "\n  mutation PushAwareness($input: PushAwarenessInput!) {\n    pushAwareness(input: $input)\n  }\n": types.PushAwarenessDocument,
    "\n  subscription DocumentAwareness($kind: DocumentKind!, $entityId: ID!, $clientId: String) {\n    documentAwareness(kind: $kind, entityId: $entityId, clientId: $clientId) {\n      updates {\n        clientId\n        update\n      }\n      leftClientIds\n    }\n  }\n": types.DocumentAwarenessDocument,
    "\n  mutation ProposeAmendment($input: ProposeAmendmentInput!) {\n    proposeAmendment(input: $input) {\n      ...AmendmentFields\n    }\n  }\n": types.ProposeAmendmentDocument,
    "\n  mutation ApplyAmendment($contributionId: ID!) {\n    applyAmendment(contributionId: $contributionId) {\n      ...AmendmentFields\n    }\n  }\n": types.ApplyAmendmentDocument,
    "\n  fragment CommitmentFields on Commitment {\n    id\n    version\n    planId\n    title\n    details\n    dueOn\n    status\n    progress\n    late\n    origin\n    abandonReason\n    archivedAt\n    archiveReason\n    updatedAt\n    decisionId\n    organization {\n      id\n      name\n      acronym\n    }\n    responsible {\n      id\n      displayName\n    }\n    action {\n      id\n      title\n      orientationId\n    }\n  }\n": types.CommitmentFieldsFragmentDoc,
    "\n  query PlanSteeringCommittee($planId: ID!) {\n    plan(id: $planId) {\n      id\n      bodies {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.PlanSteeringCommitteeDocument,
    "\n  query CommitmentAgendaProposals($bodyId: ID!) {\n    commitmentAgendaProposals(bodyId: $bodyId) {\n      bodyId\n      dueBy\n      viewerCanPropose\n      nextMeeting {\n        id\n        title\n        startsAt\n      }\n      commitments {\n        id\n        title\n        dueOn\n        late\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.CommitmentAgendaProposalsDocument,
    "\n  mutation ProposeCommitmentsForAgenda($bodyId: ID!, $commitmentIds: [ID!]!) {\n    proposeCommitmentsForAgenda(bodyId: $bodyId, commitmentIds: $commitmentIds) {\n      id\n      title\n      commitmentId\n    }\n  }\n": types.ProposeCommitmentsForAgendaDocument,
    "\n  query CommitmentDashboard($planId: ID!) {\n    plan(id: $planId) {\n      id\n      title\n      lastEventSeq\n    }\n    commitmentSummary(planId: $planId) {\n      planId\n      total\n      late\n      dueWithin30Days\n      done\n      averageProgress\n      byStatus {\n        status\n        count\n      }\n      byOrganization {\n        organizationId\n        total\n        late\n        dueWithin30Days\n        done\n        averageProgress\n        organization {\n          id\n          name\n          acronym\n        }\n      }\n      byOrientation {\n        orientationId\n        total\n        late\n        dueWithin30Days\n        done\n        averageProgress\n        orientation {\n          id\n          number\n          title\n        }\n      }\n      progress {\n        progress\n        actions\n        measuredActions\n      }\n      progressByOrientation {\n        orientationId\n        progress\n        actions\n        measuredActions\n        orientation {\n          id\n          number\n          title\n        }\n      }\n    }\n  }\n": types.CommitmentDashboardDocument,
    "\n  query CommitmentLedger(\n    $planId: ID!\n    $status: [CommitmentStatus!]\n    $late: Boolean\n    $organizationId: ID\n    $orientationId: ID\n    $actionId: ID\n    $dueBefore: LocalDate\n    $search: String\n    $sort: CommitmentSort!\n    $offset: Int!\n    $limit: Int!\n  ) {\n    plan(id: $planId) {\n      id\n      lastEventSeq\n      viewerCanEdit\n    }\n    commitments(\n      planId: $planId\n      status: $status\n      late: $late\n      organizationId: $organizationId\n      orientationId: $orientationId\n      actionId: $actionId\n      dueBefore: $dueBefore\n      search: $search\n      sort: $sort\n      offset: $offset\n      limit: $limit\n    ) {\n      totalCount\n      hasMore\n      items {\n        ...CommitmentFields\n      }\n    }\n  }\n": types.CommitmentLedgerDocument,
    "\n  query CommitmentDecisionChoices($planId: ID!, $search: String) {\n    decisions(planId: $planId, search: $search, limit: 50) {\n      items {\n        id\n        text\n        meeting {\n          id\n          title\n          startsAt\n        }\n      }\n    }\n  }\n": types.CommitmentDecisionChoicesDocument,
    "\n  query PersonName($id: ID!) {\n    person(id: $id) {\n      id\n      displayName\n    }\n  }\n": types.PersonNameDocument,
    "\n  mutation CreateCommitment($input: CreateCommitmentInput!) {\n    createCommitment(input: $input) {\n      ...CommitmentFields\n    }\n  }\n": types.CreateCommitmentDocument,
    "\n  mutation UpdateCommitment($input: UpdateCommitmentInput!) {\n    updateCommitment(input: $input) {\n      ...CommitmentFields\n    }\n  }\n": types.UpdateCommitmentDocument,
    "\n  mutation RecordCommitmentProgress($input: RecordProgressInput!) {\n    recordCommitmentProgress(input: $input) {\n      ...CommitmentFields\n    }\n  }\n": types.RecordCommitmentProgressDocument,
    "\n  mutation ArchiveCommitment($id: ID!, $reason: String!, $expectedVersion: Int) {\n    archiveCommitment(id: $id, reason: $reason, expectedVersion: $expectedVersion) {\n      ...CommitmentFields\n    }\n  }\n": types.ArchiveCommitmentDocument,
    "\n  query LatestCommitment($id: ID!) {\n    commitment(id: $id) {\n      ...CommitmentFields\n    }\n  }\n": types.LatestCommitmentDocument,
    "\n  query CommitmentChoices($planId: ID!) {\n    plan(id: $planId) {\n      id\n      orientations {\n        id\n        number\n        title\n        actions {\n          id\n          title\n        }\n      }\n    }\n    organizations(limit: 200) {\n      items {\n        id\n        name\n        acronym\n      }\n    }\n  }\n": types.CommitmentChoicesDocument,
    "\n  query ConversionChoices($planId: ID!, $meetingId: ID!, $inMeeting: Boolean!) {\n    plan(id: $planId) {\n      id\n      viewerCanEdit\n      orientations {\n        id\n        number\n        title\n      }\n      bodies {\n        id\n        name\n      }\n    }\n    meeting(id: $meetingId) @include(if: $inMeeting) {\n      id\n      status\n      bodyId\n    }\n  }\n": types.ConversionChoicesDocument,
    "\n  mutation ConvertContributionToAction($id: ID!, $orientationId: ID!, $title: String) {\n    convertContributionToAction(id: $id, orientationId: $orientationId, title: $title) {\n      ...ContributionFields\n    }\n  }\n": types.ConvertContributionToActionDocument,
    "\n  mutation ConvertContributionToAgendaItem($id: ID!, $bodyId: ID!) {\n    convertContributionToAgendaItem(id: $id, bodyId: $bodyId) {\n      ...ContributionFields\n    }\n  }\n": types.ConvertContributionToAgendaItemDocument,
    "\n  mutation ConvertContributionToDecision($id: ID!) {\n    convertContributionToDecision(id: $id) {\n      ...ContributionFields\n    }\n  }\n": types.ConvertContributionToDecisionDocument,
    "\n  mutation PostContribution($input: PostContributionInput!) {\n    postContribution(input: $input) {\n      ...ContributionThreadFields\n    }\n  }\n": types.PostContributionDocument,
    "\n  mutation SupportContribution($id: ID!) {\n    supportContribution(id: $id) {\n      ...ContributionFields\n    }\n  }\n": types.SupportContributionDocument,
    "\n  mutation WithdrawSupport($id: ID!) {\n    withdrawSupport(id: $id) {\n      ...ContributionFields\n    }\n  }\n": types.WithdrawSupportDocument,
    "\n  mutation React($id: ID!, $reaction: ReactionKind!) {\n    react(id: $id, reaction: $reaction) {\n      ...ContributionFields\n    }\n  }\n": types.ReactDocument,
    "\n  mutation Unreact($id: ID!, $reaction: ReactionKind!) {\n    unreact(id: $id, reaction: $reaction) {\n      ...ContributionFields\n    }\n  }\n": types.UnreactDocument,
    "\n  mutation PinContribution($id: ID!, $pinned: Boolean!) {\n    pinContribution(id: $id, pinned: $pinned) {\n      ...ContributionFields\n    }\n  }\n": types.PinContributionDocument,
    "\n  mutation MergeContribution($id: ID!, $intoId: ID!) {\n    mergeContribution(id: $id, intoId: $intoId) {\n      ...ContributionFields\n      mergedInto {\n        ...ContributionFields\n      }\n    }\n  }\n": types.MergeContributionDocument,
    "\n  mutation SetContributionStatus($id: ID!, $status: ContributionStatus!, $reason: String) {\n    setContributionStatus(id: $id, status: $status, reason: $reason) {\n      ...ContributionFields\n    }\n  }\n": types.SetContributionStatusDocument,
    "\n  mutation HideContribution($id: ID!, $reason: String) {\n    hideContribution(id: $id, reason: $reason) {\n      ...ContributionFields\n    }\n  }\n": types.HideContributionDocument,
    "\n  mutation UnhideContribution($id: ID!) {\n    unhideContribution(id: $id) {\n      ...ContributionFields\n    }\n  }\n": types.UnhideContributionDocument,
    "\n  query PlanContributions($planId: ID!, $orientationId: ID, $actionId: ID) {\n    contributions(planId: $planId, orientationId: $orientationId, actionId: $actionId, limit: 100) {\n      totalCount\n      hasMore\n      items {\n        ...ContributionThreadFields\n      }\n    }\n  }\n": types.PlanContributionsDocument,
    "\n  query PlanContributionRights($planId: ID!) {\n    plan(id: $planId) {\n      id\n      viewerCanEdit\n      viewerCanContribute\n    }\n  }\n": types.PlanContributionRightsDocument,
    "\n  fragment ContributionFields on Contribution {\n    id\n    version\n    planId\n    meetingId\n    agendaItemId\n    orientationId\n    actionId\n    parentId\n    kind\n    text\n    createdAt\n    author {\n      id\n      displayName\n    }\n    pinned\n    status\n    statusReason\n    hidden\n    hiddenReason\n    mergedIntoId\n    supportCount\n    viewerSupports\n    viewerCanModerate\n    reactions {\n      reaction\n      count\n      viewerReacted\n    }\n    # What a retained contribution became, inline: a fragment spread would count as one more level of depth.\n    resultingActionId\n    resultingAction {\n      id\n      title\n    }\n    resultingAgendaItemId\n    resultingAgendaItem {\n      id\n      title\n      meetingId\n    }\n    resultingDecisionId\n    resultingDecision {\n      id\n      meetingId\n    }\n  }\n": types.ContributionFieldsFragmentDoc,
    "\n  fragment ContributionThreadFields on Contribution {\n    ...ContributionFields\n    replies {\n      ...ContributionFields\n    }\n  }\n": types.ContributionThreadFieldsFragmentDoc,
    "\n  query DecisionsRegister($planId: ID!, $bodyId: ID, $kind: DecisionKind, $search: String, $offset: Int!, $limit: Int!) {\n    plan(id: $planId) {\n      id\n      lastEventSeq\n      bodies {\n        id\n        name\n      }\n    }\n    decisions(planId: $planId, bodyId: $bodyId, kind: $kind, search: $search, offset: $offset, limit: $limit) {\n      totalCount\n      hasMore\n      items {\n        ...DecisionFields\n        agendaItem {\n          id\n          title\n        }\n        meeting {\n          id\n          title\n          startsAt\n          body {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.DecisionsRegisterDocument,
    "\n  mutation RecordDecision($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      ...DecisionFields\n    }\n  }\n": types.RecordDecisionDocument,
    "\n  mutation UpdateDecision($input: UpdateDecisionInput!) {\n    updateDecision(input: $input) {\n      ...DecisionFields\n    }\n  }\n": types.UpdateDecisionDocument,
    "\n  mutation RemoveDecision($id: ID!) {\n    removeDecision(id: $id) {\n      id\n      meetingId\n      version\n    }\n  }\n": types.RemoveDecisionDocument,
    "\n  fragment DecisionFields on Decision {\n    id\n    version\n    meetingId\n    agendaItemId\n    kind\n    text\n    votesFor\n    votesAgainst\n    abstentions\n    createdAt\n  }\n": types.DecisionFieldsFragmentDoc,
    "\n  query ActionFollowUp($planId: ID!, $actionId: ID!) {\n    plan(id: $planId) {\n      id\n      title\n      startYear\n      endYear\n      lastEventSeq\n      viewerCanEdit\n    }\n    action(id: $actionId) {\n      id\n      title\n      orientation {\n        id\n        number\n        title\n      }\n      leadPartner {\n        id\n        name\n      }\n      partners {\n        id\n        name\n      }\n      indicators {\n        ...IndicatorFields\n        viewerCanRecord\n        viewerCanSteer\n        history {\n          ...ChangeFields\n        }\n        measurements {\n          id\n          history {\n            ...ChangeFields\n          }\n        }\n      }\n      milestones {\n        ...MilestoneFields\n        viewerCanReport\n        history {\n          ...ChangeFields\n        }\n      }\n      budgetLines {\n        ...BudgetLineFields\n        viewerCanSteer\n        history {\n          ...ChangeFields\n        }\n      }\n    }\n    budgetTotals(planId: $planId) {\n      planId\n      byAction {\n        actionId\n        planned\n        committed\n        spent\n        lineCount\n      }\n    }\n  }\n": types.ActionFollowUpDocument,
    "mutation CreateIndicator($input: CreateIndicatorInput!) { createIndicator(input: $input) { ...IndicatorFields } }": types.CreateIndicatorDocument,
    "mutation UpdateIndicator($input: UpdateIndicatorInput!) { updateIndicator(input: $input) { ...IndicatorFields } }": types.UpdateIndicatorDocument,
    "\n  mutation ArchiveIndicator($id: ID!, $reason: String!, $expectedVersion: Int) {\n    archiveIndicator(id: $id, reason: $reason, expectedVersion: $expectedVersion) { ...IndicatorFields }\n  }\n": types.ArchiveIndicatorDocument,
    "\n  mutation RecordMeasurement($input: RecordMeasurementInput!) {\n    recordMeasurement(input: $input) { ...MeasurementFields indicator { ...IndicatorFields } }\n  }\n": types.RecordMeasurementDocument,
    "\n  mutation UpdateMeasurement($input: UpdateMeasurementInput!) {\n    updateMeasurement(input: $input) { ...MeasurementFields indicator { ...IndicatorFields } }\n  }\n": types.UpdateMeasurementDocument,
    "\n  mutation ArchiveMeasurement($id: ID!, $reason: String!, $expectedVersion: Int) {\n    archiveMeasurement(id: $id, reason: $reason, expectedVersion: $expectedVersion) { ...MeasurementFields indicator { ...IndicatorFields } }\n  }\n": types.ArchiveMeasurementDocument,
    "mutation CreateMilestone($input: CreateMilestoneInput!) { createMilestone(input: $input) { ...MilestoneFields } }": types.CreateMilestoneDocument,
    "mutation UpdateMilestone($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { ...MilestoneFields } }": types.UpdateMilestoneDocument,
    "\n  mutation ArchiveMilestone($id: ID!, $reason: String!, $expectedVersion: Int) {\n    archiveMilestone(id: $id, reason: $reason, expectedVersion: $expectedVersion) { ...MilestoneFields }\n  }\n": types.ArchiveMilestoneDocument,
    "mutation CreateBudgetLine($input: CreateBudgetLineInput!) { createBudgetLine(input: $input) { ...BudgetLineFields } }": types.CreateBudgetLineDocument,
    "mutation UpdateBudgetLine($input: UpdateBudgetLineInput!) { updateBudgetLine(input: $input) { ...BudgetLineFields } }": types.UpdateBudgetLineDocument,
    "\n  mutation ArchiveBudgetLine($id: ID!, $reason: String!, $expectedVersion: Int) {\n    archiveBudgetLine(id: $id, reason: $reason, expectedVersion: $expectedVersion) { ...BudgetLineFields }\n  }\n": types.ArchiveBudgetLineDocument,
    "\n  fragment MeasurementFields on Measurement {\n    id\n    version\n    indicatorId\n    measuredOn\n    value\n    source\n    archivedAt\n    updatedAt\n    reportedBy {\n      id\n      displayName\n    }\n  }\n": types.MeasurementFieldsFragmentDoc,
    "\n  fragment IndicatorFields on Indicator {\n    id\n    version\n    planId\n    actionId\n    name\n    unit\n    baseline\n    target\n    targetOn\n    direction\n    attainment\n    latestValue\n    archivedAt\n    archiveReason\n    updatedAt\n    measurements {\n      ...MeasurementFields\n    }\n  }\n": types.IndicatorFieldsFragmentDoc,
    "\n  fragment MilestoneFields on Milestone {\n    id\n    version\n    planId\n    actionId\n    title\n    plannedOn\n    doneOn\n    late\n    archivedAt\n    archiveReason\n    updatedAt\n    responsible {\n      id\n      displayName\n    }\n  }\n": types.MilestoneFieldsFragmentDoc,
    "\n  fragment BudgetLineFields on BudgetLine {\n    id\n    version\n    planId\n    actionId\n    year\n    planned\n    committed\n    spent\n    note\n    archivedAt\n    archiveReason\n    updatedAt\n    funder {\n      id\n      name\n      acronym\n    }\n  }\n": types.BudgetLineFieldsFragmentDoc,
    "\n  fragment ChangeFields on Change {\n    id\n    kind\n    at\n    actor {\n      id\n      displayName\n    }\n    diff {\n      field\n      oldValue\n      newValue\n    }\n  }\n": types.ChangeFieldsFragmentDoc,
    "\n  query ImportPreview($planId: ID!, $kind: ImportKind!, $csv: String!) {\n    previewImport(planId: $planId, kind: $kind, csv: $csv) {\n      kind\n      separator\n      header\n      okCount\n      errorCount\n      lines {\n        line\n        ok\n        errors\n        cells\n        measuredOn\n        value\n        source\n        indicator {\n          id\n          name\n          unit\n        }\n        commitment {\n          id\n          title\n        }\n        previousProgress\n        progress\n        previousStatus\n        status\n        note\n      }\n    }\n  }\n": types.ImportPreviewDocument,
    "\n  mutation ApplyImport($planId: ID!, $kind: ImportKind!, $csv: String!, $skipLines: [Int!]!) {\n    applyImport(planId: $planId, kind: $kind, csv: $csv, skipLines: $skipLines) {\n      kind\n      written\n      skippedLines\n    }\n  }\n": types.ApplyImportDocument,
    "\n  mutation CreateCalendarFeed {\n    createCalendarFeed\n  }\n": types.CreateCalendarFeedDocument,
    "\n  subscription MeetingChanged($meetingId: ID!, $after: Int) {\n    meetingChanged(meetingId: $meetingId, after: $after) {\n      seq\n      type\n      actorId\n      meetingId\n      order\n      meeting {\n        ...MeetingFields\n        ...RoomFields\n      }\n      agendaItem {\n        ...AgendaEntryFields\n      }\n      attendance {\n        ...AttendanceFields\n      }\n      decision {\n        ...DecisionFields\n      }\n      minutes {\n        ...MinutesFields\n      }\n      contribution {\n        ...ContributionThreadFields\n      }\n      poll {\n        ...PollFields\n      }\n    }\n  }\n": types.MeetingChangedDocument,
    "\n  mutation CreateMeeting($input: CreateMeetingInput!) {\n    createMeeting(input: $input) {\n      ...MeetingFields\n    }\n  }\n": types.CreateMeetingDocument,
    "\n  mutation UpdateMeeting($input: UpdateMeetingInput!) {\n    updateMeeting(input: $input) {\n      ...MeetingFields\n    }\n  }\n": types.UpdateMeetingDocument,
    "\n  mutation ConveneMeeting($id: ID!) {\n    conveneMeeting(id: $id) {\n      ...MeetingFields\n    }\n  }\n": types.ConveneMeetingDocument,
    "\n  mutation OpenMeeting($id: ID!) {\n    openMeeting(id: $id) {\n      ...MeetingFields\n    }\n  }\n": types.OpenMeetingDocument,
    "\n  mutation CloseMeeting($id: ID!) {\n    closeMeeting(id: $id) {\n      ...MeetingFields\n    }\n  }\n": types.CloseMeetingDocument,
    "\n  mutation CancelMeeting($id: ID!, $reason: String!) {\n    cancelMeeting(id: $id, reason: $reason) {\n      ...MeetingFields\n    }\n  }\n": types.CancelMeetingDocument,
    "\n  mutation RepublishAgenda($id: ID!) {\n    republishAgenda(id: $id) {\n      ...MeetingFields\n    }\n  }\n": types.RepublishAgendaDocument,
    "\n  query MeetingPage($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingFields\n      ...RoomFields\n      lastEventSeq\n      body {\n        id\n        name\n        kind\n        planId\n        plan {\n          id\n          lastEventSeq\n        }\n        memberships {\n          ...MembershipFields\n        }\n        backlog {\n          ...AgendaEntryFields\n        }\n      }\n      agenda {\n        ...AgendaEntryFields\n      }\n      attendances {\n        ...AttendanceFields\n      }\n      quorum {\n        ...QuorumFields\n      }\n      decisions {\n        ...DecisionFields\n      }\n      minutes {\n        ...MinutesFields\n      }\n      minutesHistory {\n        ...MinutesFields\n      }\n    }\n  }\n": types.MeetingPageDocument,
    "\n  query MeetingsCalendar($id: ID!) {\n    plan(id: $id) {\n      id\n      bodies {\n        id\n        name\n        meetings(period: ALL, limit: 200) {\n          items {\n            ...MeetingSummaryFields\n          }\n        }\n      }\n    }\n  }\n": types.MeetingsCalendarDocument,
    "\n  query MeetingsPage($id: ID!) {\n    me {\n      id\n      isAdmin\n      memberships {\n        id\n        bodyId\n        role\n      }\n    }\n    plan(id: $id) {\n      id\n      title\n      lastEventSeq\n      bodies {\n        id\n        name\n        kind\n        cadence {\n          ...CadenceFields\n        }\n        upcoming: meetings(period: UPCOMING, limit: 20) {\n          totalCount\n          items {\n            ...MeetingSummaryFields\n          }\n        }\n        past: meetings(period: PAST, limit: 5) {\n          totalCount\n          items {\n            ...MeetingSummaryFields\n          }\n        }\n      }\n    }\n  }\n": types.MeetingsPageDocument,
    "\n  fragment MeetingSummaryFields on Meeting {\n    id\n    version\n    bodyId\n    title\n    kind\n    status\n    startsAt\n    endsAt\n    place\n    onlineUrl\n    cancellationReason\n    agendaRevision\n  }\n": types.MeetingSummaryFieldsFragmentDoc,
    "\n  fragment MeetingFields on Meeting {\n    ...MeetingSummaryFields\n    viewerCanFacilitate\n    publications {\n      id\n      revision\n      publishedAt\n      snapshot\n    }\n  }\n": types.MeetingFieldsFragmentDoc,
    "\n  fragment CadenceFields on BodyCadence {\n    year\n    minimum\n    held\n    planned\n    behind\n  }\n": types.CadenceFieldsFragmentDoc,
    "\n  query MeetingsInSession($bodyId: ID!) {\n    body(id: $bodyId) {\n      id\n      meetings(statuses: [IN_SESSION], limit: 20) {\n        items {\n          id\n          title\n          startsAt\n          status\n        }\n      }\n    }\n  }\n": types.MeetingsInSessionDocument,
    "\n  mutation SaveMinutes($meetingId: ID!, $text: String!, $expectedRevision: Int) {\n    saveMinutes(meetingId: $meetingId, text: $text, expectedRevision: $expectedRevision) {\n      ...MinutesFields\n    }\n  }\n": types.SaveMinutesDocument,
    "\n  mutation ProposeMinutes($meetingId: ID!) {\n    proposeMinutes(meetingId: $meetingId) {\n      ...MinutesFields\n    }\n  }\n": types.ProposeMinutesDocument,
    "\n  mutation ApproveMinutes($meetingId: ID!, $inMeetingId: ID!) {\n    approveMinutes(meetingId: $meetingId, inMeetingId: $inMeetingId) {\n      ...MinutesFields\n    }\n  }\n": types.ApproveMinutesDocument,
    "\n  mutation CorrectMinutes($meetingId: ID!, $text: String!, $reason: String!) {\n    correctMinutes(meetingId: $meetingId, text: $text, reason: $reason) {\n      ...MinutesFields\n    }\n  }\n": types.CorrectMinutesDocument,
    "\n  query LatestMinutes($id: ID!) {\n    meeting(id: $id) {\n      id\n      status\n      minutes {\n        ...MinutesFields\n      }\n      minutesHistory {\n        ...MinutesFields\n      }\n    }\n  }\n": types.LatestMinutesDocument,
    "\n  fragment MinutesFields on MinutesVersion {\n    id\n    meetingId\n    version\n    revision\n    status\n    text\n    correctionReason\n    createdAt\n    approvedAt\n    approvedInMeetingId\n    author {\n      id\n      displayName\n    }\n  }\n": types.MinutesFieldsFragmentDoc,
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
    "\n  subscription PlanChanged($planId: ID!, $after: Int) {\n    planChanged(planId: $planId, after: $after) {\n      seq\n      type\n      actorId\n      planId\n      plan {\n        ...PlanFields\n      }\n      orientation {\n        ...OrientationFields\n        actions {\n          ...ActionFields\n        }\n      }\n      action {\n        ...ActionFields\n      }\n      body {\n        ...BodyFields\n        memberships {\n          ...MembershipFields\n        }\n      }\n      membership {\n        ...MembershipFields\n      }\n      meeting {\n        ...MeetingSummaryFields\n      }\n      agendaItem {\n        ...AgendaEntryFields\n      }\n      contribution {\n        ...ContributionThreadFields\n      }\n      commitment {\n        ...CommitmentFields\n      }\n      indicator {\n        ...IndicatorFields\n      }\n      measurement {\n        ...MeasurementFields\n      }\n      milestone {\n        ...MilestoneFields\n      }\n      budgetLine {\n        ...BudgetLineFields\n      }\n    }\n  }\n": types.PlanChangedDocument,
    "\n  fragment PlanFields on Plan {\n    id\n    version\n    title\n    kind\n    status\n    startYear\n    endYear\n    adoptedOn\n    adoptedBy\n    summary\n    viewerCanEdit\n    territory {\n      id\n      name\n      kind\n    }\n  }\n": types.PlanFieldsFragmentDoc,
    "\n  fragment OrientationFields on Orientation {\n    id\n    version\n    planId\n    number\n    title\n    stake\n    description\n  }\n": types.OrientationFieldsFragmentDoc,
    "\n  fragment ActionFields on Action {\n    id\n    version\n    orientationId\n    position\n    title\n    description\n    status\n    startsOn\n    endsOn\n    leadPartner {\n      id\n      name\n      acronym\n    }\n    partners {\n      id\n      name\n      acronym\n    }\n  }\n": types.ActionFieldsFragmentDoc,
    "\n  mutation OpenPoll($input: OpenPollInput!) {\n    openPoll(input: $input) {\n      ...PollFields\n    }\n  }\n": types.OpenPollDocument,
    "\n  mutation CastBallot($input: CastBallotInput!) {\n    castBallot(input: $input) {\n      ...PollFields\n    }\n  }\n": types.CastBallotDocument,
    "\n  mutation ClosePoll($id: ID!, $recordDecision: Boolean!) {\n    closePoll(id: $id, recordDecision: $recordDecision) {\n      ...PollFields\n    }\n  }\n": types.ClosePollDocument,
    "\n  fragment PollFields on Poll {\n    id\n    version\n    meetingId\n    agendaItemId\n    question\n    method\n    secret\n    status\n    createdAt\n    closedAt\n    decisionId\n    ballotCount\n    viewerCanManage\n    options {\n      id\n      label\n    }\n    tally {\n      ballots\n      eligible\n      outcome\n      adopted\n      results {\n        choice\n        label\n        count\n      }\n    }\n    myVotes {\n      voterId\n      voterName\n      proxy\n      hasVoted\n    }\n    ballots {\n      voterId\n      voterName\n      castByName\n      choice\n      reason\n    }\n    objections\n  }\n": types.PollFieldsFragmentDoc,
    "\n  query MeetingRoom($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingFields\n      ...RoomFields\n      lastEventSeq\n      viewerCanContribute\n      body {\n        id\n        name\n        planId\n      }\n      agenda {\n        ...AgendaEntryFields\n      }\n      quorum {\n        ...QuorumFields\n      }\n      attendances {\n        ...AttendanceFields\n      }\n      polls {\n        ...PollFields\n      }\n      contributions {\n        ...ContributionThreadFields\n      }\n    }\n  }\n": types.MeetingRoomDocument,
    "\n  mutation OpenRoom($meetingId: ID!) {\n    openRoom(meetingId: $meetingId) {\n      id\n      ...RoomFields\n    }\n  }\n": types.OpenRoomDocument,
    "\n  mutation SetCurrentItem($meetingId: ID!, $agendaItemId: ID!) {\n    setCurrentItem(meetingId: $meetingId, agendaItemId: $agendaItemId) {\n      id\n      ...RoomFields\n    }\n  }\n": types.SetCurrentItemDocument,
    "\n  mutation StartTimer($meetingId: ID!) {\n    startTimer(meetingId: $meetingId) {\n      id\n      ...RoomFields\n    }\n  }\n": types.StartTimerDocument,
    "\n  mutation PauseTimer($meetingId: ID!) {\n    pauseTimer(meetingId: $meetingId) {\n      id\n      ...RoomFields\n    }\n  }\n": types.PauseTimerDocument,
    "\n  mutation CloseRoom($meetingId: ID!) {\n    closeRoom(meetingId: $meetingId) {\n      id\n      ...RoomFields\n    }\n  }\n": types.CloseRoomDocument,
    "\n  subscription RoomPresence($meetingId: ID!) {\n    roomPresence(meetingId: $meetingId) {\n      meetingId\n      count\n      quorumRequired\n      people {\n        id\n        displayName\n      }\n    }\n  }\n": types.RoomPresenceDocument,
    "\n  fragment RoomFields on Meeting {\n    roomOpen\n    currentItemId\n    currentItem {\n      ...AgendaItemFields\n    }\n    timer {\n      running\n      startedAt\n      elapsedSeconds\n      plannedSeconds\n    }\n  }\n": types.RoomFieldsFragmentDoc,
    "\n  query ReviewPlan($planId: ID!) {\n    plan(id: $planId) {\n      id\n      title\n      startYear\n      endYear\n      viewerCanEdit\n      lastEventSeq\n    }\n  }\n": types.ReviewPlanDocument,
    "\n  query YearlyReviewPage($planId: ID!, $year: Int!) {\n    yearlyReview(planId: $planId, year: $year) {\n      id\n      year\n      viewerCanManage\n      completeness {\n        total\n        submitted\n        draft\n        notStarted\n      }\n      reports {\n        id\n        status\n        submittedAt\n        organization {\n          id\n          name\n          acronym\n        }\n      }\n      compiled {\n        year\n        previousYear\n        commitments {\n          ...CommitmentFiguresFields\n        }\n        budget {\n          ...BudgetYearFiguresFields\n        }\n        orientations {\n          orientationId\n          number\n          title\n          actions {\n            actionId\n            title\n            commitments {\n              ...CommitmentFiguresFields\n            }\n            budget {\n              ...BudgetYearFiguresFields\n            }\n            indicators {\n              indicatorId\n              name\n              unit\n              target\n              latestValue\n              delta\n              attainment\n            }\n            narratives {\n              organizationId\n              organizationName\n              text\n            }\n          }\n        }\n      }\n    }\n  }\n": types.YearlyReviewPageDocument,
    "\n  fragment CommitmentFiguresFields on CommitmentFigures {\n    total\n    averageProgress\n    progressDelta\n    doneSinceLastYear\n    byStatus {\n      status\n      count\n    }\n  }\n": types.CommitmentFiguresFieldsFragmentDoc,
    "\n  fragment BudgetYearFiguresFields on BudgetYearFigures {\n    planned\n    committed\n    spent\n    previousSpent\n    spentDelta\n  }\n": types.BudgetYearFiguresFieldsFragmentDoc,
    "\n  mutation OpenYearlyReview($planId: ID!, $year: Int!) {\n    openYearlyReview(planId: $planId, year: $year) {\n      id\n    }\n  }\n": types.OpenYearlyReviewDocument,
    "\n  query PartnerReportPage($id: ID!) {\n    partnerReport(id: $id) {\n      ...PartnerReportFields\n      planId\n      year\n      viewerCanFill\n      viewerCanReopen\n      organization {\n        id\n        name\n      }\n      sections {\n        actionId\n        text\n        action {\n          id\n          title\n        }\n        commitments {\n          id\n          title\n          status\n          progress\n          late\n        }\n        budgetLines {\n          id\n          planned\n          committed\n          spent\n        }\n        indicators {\n          id\n          name\n          unit\n          target\n          latestValue\n        }\n      }\n    }\n  }\n": types.PartnerReportPageDocument,
    "\n  fragment PartnerReportFields on PartnerReport {\n    id\n    status\n    comments\n    version\n    submittedAt\n  }\n": types.PartnerReportFieldsFragmentDoc,
    "\n  mutation SavePartnerReport($input: SavePartnerReportInput!) {\n    savePartnerReport(input: $input) {\n      ...PartnerReportFields\n      sections {\n        actionId\n        text\n      }\n    }\n  }\n": types.SavePartnerReportDocument,
    "\n  mutation SubmitPartnerReport($id: ID!, $expectedVersion: Int) {\n    submitPartnerReport(id: $id, expectedVersion: $expectedVersion) {\n      ...PartnerReportFields\n    }\n  }\n": types.SubmitPartnerReportDocument,
    "\n  mutation ReopenPartnerReport($id: ID!) {\n    reopenPartnerReport(id: $id) {\n      ...PartnerReportFields\n    }\n  }\n": types.ReopenPartnerReportDocument,
    "\n  query BodiesPage($id: ID!) {\n    plan(id: $id) {\n      id\n      title\n      lastEventSeq\n      bodies {\n        ...BodyFields\n        memberships {\n          ...MembershipFields\n        }\n      }\n    }\n  }\n": types.BodiesPageDocument,
    "\n  query CommitmentPlan($id: ID!) {\n    commitment(id: $id) {\n      id\n      planId\n    }\n  }\n": types.CommitmentPlanDocument,
    "\n  query CommitmentPage($id: ID!, $planId: ID!) {\n    plan(id: $planId) {\n      id\n      title\n      lastEventSeq\n    }\n    commitment(id: $id) {\n      ...CommitmentFields\n      createdAt\n      viewerCanReport\n      viewerCanSteer\n      action {\n        id\n        orientation {\n          id\n          number\n          title\n        }\n      }\n      decision {\n        id\n        text\n        meeting {\n          id\n          title\n          startsAt\n          body {\n            id\n            name\n          }\n        }\n      }\n      progressUpdates {\n        id\n        createdAt\n        status\n        previousStatus\n        progress\n        previousProgress\n        note\n        evidenceUrl\n        evidenceFile {\n          id\n          filename\n          size\n          contentType\n          url\n        }\n        author {\n          id\n          displayName\n          organization {\n            id\n            name\n            acronym\n          }\n        }\n      }\n      history {\n        id\n        kind\n        at\n        actor {\n          id\n          displayName\n        }\n        diff {\n          field\n          oldValue\n          newValue\n        }\n      }\n    }\n  }\n": types.CommitmentPageDocument,
    "\n  query ImportPlan($id: ID!) {\n    plan(id: $id) {\n      id\n      title\n    }\n  }\n": types.ImportPlanDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      displayName\n      email\n      expiresAt\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  query PlanBudget($planId: ID!) {\n    plan(id: $planId) {\n      id\n      title\n      lastEventSeq\n    }\n    budgetTotals(planId: $planId) {\n      planId\n      planned\n      committed\n      spent\n      lineCount\n      byOrientation { orientationId planned committed spent orientation { id number title } }\n      byAction { actionId planned committed spent action { id title orientation { id number } } }\n      byFunder { funderId planned committed spent funder { id name acronym } }\n      byYear { year planned committed spent }\n    }\n  }\n": types.PlanBudgetDocument,
    "\n  query PlanPage($id: ID!) {\n    plan(id: $id) {\n      ...PlanFields\n      lastEventSeq\n      orientations {\n        ...OrientationFields\n        actions {\n          ...ActionFields\n        }\n      }\n    }\n  }\n": types.PlanPageDocument,
    "\n  query PlanTimelinePage($planId: ID!, $from: LocalDate, $to: LocalDate) {\n    plan(id: $planId) {\n      id\n      title\n      startYear\n      endYear\n      lastEventSeq\n    }\n    planTimeline(planId: $planId, from: $from, to: $to) {\n      planId\n      from\n      to\n      today\n      lateCount\n      actions {\n        lateCount\n        action {\n          id\n          title\n          status\n          startsOn\n          endsOn\n          orientation {\n            id\n            number\n          }\n        }\n        milestones {\n          ...MilestoneFields\n        }\n        commitments {\n          id\n          title\n          dueOn\n          late\n          status\n          organization {\n            id\n            name\n            acronym\n          }\n        }\n      }\n    }\n  }\n": types.PlanTimelinePageDocument,
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
export function graphql(source: "\n  fragment AgendaItemFields on AgendaItem {\n    id\n    version\n    bodyId\n    meetingId\n    parentId\n    position\n    title\n    description\n    kind\n    durationMinutes\n    ready\n    notes\n    outcome\n    archivedAt\n    presenter {\n      id\n      displayName\n    }\n    links {\n      label\n      url\n    }\n  }\n"): (typeof documents)["\n  fragment AgendaItemFields on AgendaItem {\n    id\n    version\n    bodyId\n    meetingId\n    parentId\n    position\n    title\n    description\n    kind\n    durationMinutes\n    ready\n    notes\n    outcome\n    archivedAt\n    presenter {\n      id\n      displayName\n    }\n    links {\n      label\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgendaEntryFields on AgendaItem {\n    ...AgendaItemFields\n    children {\n      ...AgendaItemFields\n    }\n  }\n"): (typeof documents)["\n  fragment AgendaEntryFields on AgendaItem {\n    ...AgendaItemFields\n    children {\n      ...AgendaItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingsInPreparation($bodyId: ID!) {\n    body(id: $bodyId) {\n      id\n      meetings(statuses: [DRAFT, CONVENED], period: UPCOMING, limit: 20) {\n        items {\n          id\n          title\n          startsAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingsInPreparation($bodyId: ID!) {\n    body(id: $bodyId) {\n      id\n      meetings(statuses: [DRAFT, CONVENED], period: UPCOMING, limit: 20) {\n        items {\n          id\n          title\n          startsAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAgendaItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) {\n      ...AgendaEntryFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddAgendaItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) {\n      ...AgendaEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAgendaItem($input: UpdateAgendaItemInput!) {\n    updateAgendaItem(input: $input) {\n      ...AgendaItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAgendaItem($input: UpdateAgendaItemInput!) {\n    updateAgendaItem(input: $input) {\n      ...AgendaItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveAgendaItem($input: MoveAgendaItemInput!) {\n    moveAgendaItem(input: $input) {\n      ...AgendaEntryFields\n    }\n  }\n"): (typeof documents)["\n  mutation MoveAgendaItem($input: MoveAgendaItemInput!) {\n    moveAgendaItem(input: $input) {\n      ...AgendaEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveAgendaItem($id: ID!) {\n    removeAgendaItem(id: $id) {\n      id\n      bodyId\n      meetingId\n      parentId\n      version\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveAgendaItem($id: ID!) {\n    removeAgendaItem(id: $id) {\n      id\n      bodyId\n      meetingId\n      parentId\n      version\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RollOverAgendaItems($input: RollOverAgendaItemsInput!) {\n    rollOverAgendaItems(input: $input) {\n      ...AgendaEntryFields\n    }\n  }\n"): (typeof documents)["\n  mutation RollOverAgendaItems($input: RollOverAgendaItemsInput!) {\n    rollOverAgendaItems(input: $input) {\n      ...AgendaEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingAgenda($id: ID!) {\n    meeting(id: $id) {\n      id\n      agenda {\n        ...AgendaEntryFields\n      }\n      body {\n        id\n        backlog {\n          ...AgendaEntryFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingAgenda($id: ID!) {\n    meeting(id: $id) {\n      id\n      agenda {\n        ...AgendaEntryFields\n      }\n      body {\n        id\n        backlog {\n          ...AgendaEntryFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AttendanceFields on Attendance {\n    id\n    version\n    meetingId\n    personId\n    guest\n    voting\n    response\n    presence\n    proxyToId\n    person {\n      id\n      displayName\n      organization {\n        id\n        name\n        acronym\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment AttendanceFields on Attendance {\n    id\n    version\n    meetingId\n    personId\n    guest\n    voting\n    response\n    presence\n    proxyToId\n    person {\n      id\n      displayName\n      organization {\n        id\n        name\n        acronym\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuorumFields on Quorum {\n    votingMembers\n    required\n    present\n    represented\n    met\n    countsProxies\n  }\n"): (typeof documents)["\n  fragment QuorumFields on Quorum {\n    votingMembers\n    required\n    present\n    represented\n    met\n    countsProxies\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToInvitation($meetingId: ID!, $response: InvitationResponse!) {\n    respondToInvitation(meetingId: $meetingId, response: $response) {\n      ...AttendanceFields\n    }\n  }\n"): (typeof documents)["\n  mutation RespondToInvitation($meetingId: ID!, $response: InvitationResponse!) {\n    respondToInvitation(meetingId: $meetingId, response: $response) {\n      ...AttendanceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordPresence($attendanceId: ID!, $presence: Presence!) {\n    recordPresence(attendanceId: $attendanceId, presence: $presence) {\n      ...AttendanceFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordPresence($attendanceId: ID!, $presence: Presence!) {\n    recordPresence(attendanceId: $attendanceId, presence: $presence) {\n      ...AttendanceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GiveProxy($meetingId: ID!, $toPersonId: ID!) {\n    giveProxy(meetingId: $meetingId, toPersonId: $toPersonId) {\n      ...AttendanceFields\n    }\n  }\n"): (typeof documents)["\n  mutation GiveProxy($meetingId: ID!, $toPersonId: ID!) {\n    giveProxy(meetingId: $meetingId, toPersonId: $toPersonId) {\n      ...AttendanceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawProxy($meetingId: ID!) {\n    withdrawProxy(meetingId: $meetingId) {\n      ...AttendanceFields\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawProxy($meetingId: ID!) {\n    withdrawProxy(meetingId: $meetingId) {\n      ...AttendanceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteGuest($meetingId: ID!, $personId: ID!) {\n    inviteGuest(meetingId: $meetingId, personId: $personId) {\n      ...AttendanceFields\n    }\n  }\n"): (typeof documents)["\n  mutation InviteGuest($meetingId: ID!, $personId: ID!) {\n    inviteGuest(meetingId: $meetingId, personId: $personId) {\n      ...AttendanceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingAttendance($id: ID!) {\n    meeting(id: $id) {\n      id\n      attendances {\n        ...AttendanceFields\n      }\n      quorum {\n        ...QuorumFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingAttendance($id: ID!) {\n    meeting(id: $id) {\n      id\n      attendances {\n        ...AttendanceFields\n      }\n      quorum {\n        ...QuorumFields\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment AmendmentFields on DocumentAmendment {\n    contributionId\n    proposedText\n    baseText\n    appliedAt\n    outdated\n    appliedBy {\n      id\n      displayName\n    }\n    contribution {\n      id\n      text\n      status\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment AmendmentFields on DocumentAmendment {\n    contributionId\n    proposedText\n    baseText\n    appliedAt\n    outdated\n    appliedBy {\n      id\n      displayName\n    }\n    contribution {\n      id\n      text\n      status\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SharedDocument($kind: DocumentKind!, $entityId: ID!) {\n    document(kind: $kind, entityId: $entityId) {\n      kind\n      entityId\n      state\n      seq\n      text\n      maxLength\n      viewerCanEdit\n      viewerCanSuggest\n      amendments {\n        ...AmendmentFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query SharedDocument($kind: DocumentKind!, $entityId: ID!) {\n    document(kind: $kind, entityId: $entityId) {\n      kind\n      entityId\n      state\n      seq\n      text\n      maxLength\n      viewerCanEdit\n      viewerCanSuggest\n      amendments {\n        ...AmendmentFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PushDocumentUpdate($input: PushDocumentUpdateInput!) {\n    pushDocumentUpdate(input: $input) {\n      seq\n    }\n  }\n"): (typeof documents)["\n  mutation PushDocumentUpdate($input: PushDocumentUpdateInput!) {\n    pushDocumentUpdate(input: $input) {\n      seq\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DocumentUpdates($kind: DocumentKind!, $entityId: ID!, $after: Int, $stateVector: String) {\n    documentUpdates(kind: $kind, entityId: $entityId, after: $after, stateVector: $stateVector) {\n      seq\n      update\n      sync\n      stateVector\n    }\n  }\n"): (typeof documents)["\n  subscription DocumentUpdates($kind: DocumentKind!, $entityId: ID!, $after: Int, $stateVector: String) {\n    documentUpdates(kind: $kind, entityId: $entityId, after: $after, stateVector: $stateVector) {\n      seq\n      update\n      sync\n      stateVector\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PushAwareness($input: PushAwarenessInput!) {\n    pushAwareness(input: $input)\n  }\n"): (typeof documents)["\n  mutation PushAwareness($input: PushAwarenessInput!) {\n    pushAwareness(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DocumentAwareness($kind: DocumentKind!, $entityId: ID!, $clientId: String) {\n    documentAwareness(kind: $kind, entityId: $entityId, clientId: $clientId) {\n      updates {\n        clientId\n        update\n      }\n      leftClientIds\n    }\n  }\n"): (typeof documents)["\n  subscription DocumentAwareness($kind: DocumentKind!, $entityId: ID!, $clientId: String) {\n    documentAwareness(kind: $kind, entityId: $entityId, clientId: $clientId) {\n      updates {\n        clientId\n        update\n      }\n      leftClientIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeAmendment($input: ProposeAmendmentInput!) {\n    proposeAmendment(input: $input) {\n      ...AmendmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeAmendment($input: ProposeAmendmentInput!) {\n    proposeAmendment(input: $input) {\n      ...AmendmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyAmendment($contributionId: ID!) {\n    applyAmendment(contributionId: $contributionId) {\n      ...AmendmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApplyAmendment($contributionId: ID!) {\n    applyAmendment(contributionId: $contributionId) {\n      ...AmendmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommitmentFields on Commitment {\n    id\n    version\n    planId\n    title\n    details\n    dueOn\n    status\n    progress\n    late\n    origin\n    abandonReason\n    archivedAt\n    archiveReason\n    updatedAt\n    decisionId\n    organization {\n      id\n      name\n      acronym\n    }\n    responsible {\n      id\n      displayName\n    }\n    action {\n      id\n      title\n      orientationId\n    }\n  }\n"): (typeof documents)["\n  fragment CommitmentFields on Commitment {\n    id\n    version\n    planId\n    title\n    details\n    dueOn\n    status\n    progress\n    late\n    origin\n    abandonReason\n    archivedAt\n    archiveReason\n    updatedAt\n    decisionId\n    organization {\n      id\n      name\n      acronym\n    }\n    responsible {\n      id\n      displayName\n    }\n    action {\n      id\n      title\n      orientationId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanSteeringCommittee($planId: ID!) {\n    plan(id: $planId) {\n      id\n      bodies {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlanSteeringCommittee($planId: ID!) {\n    plan(id: $planId) {\n      id\n      bodies {\n        id\n        name\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommitmentAgendaProposals($bodyId: ID!) {\n    commitmentAgendaProposals(bodyId: $bodyId) {\n      bodyId\n      dueBy\n      viewerCanPropose\n      nextMeeting {\n        id\n        title\n        startsAt\n      }\n      commitments {\n        id\n        title\n        dueOn\n        late\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommitmentAgendaProposals($bodyId: ID!) {\n    commitmentAgendaProposals(bodyId: $bodyId) {\n      bodyId\n      dueBy\n      viewerCanPropose\n      nextMeeting {\n        id\n        title\n        startsAt\n      }\n      commitments {\n        id\n        title\n        dueOn\n        late\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeCommitmentsForAgenda($bodyId: ID!, $commitmentIds: [ID!]!) {\n    proposeCommitmentsForAgenda(bodyId: $bodyId, commitmentIds: $commitmentIds) {\n      id\n      title\n      commitmentId\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeCommitmentsForAgenda($bodyId: ID!, $commitmentIds: [ID!]!) {\n    proposeCommitmentsForAgenda(bodyId: $bodyId, commitmentIds: $commitmentIds) {\n      id\n      title\n      commitmentId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommitmentDashboard($planId: ID!) {\n    plan(id: $planId) {\n      id\n      title\n      lastEventSeq\n    }\n    commitmentSummary(planId: $planId) {\n      planId\n      total\n      late\n      dueWithin30Days\n      done\n      averageProgress\n      byStatus {\n        status\n        count\n      }\n      byOrganization {\n        organizationId\n        total\n        late\n        dueWithin30Days\n        done\n        averageProgress\n        organization {\n          id\n          name\n          acronym\n        }\n      }\n      byOrientation {\n        orientationId\n        total\n        late\n        dueWithin30Days\n        done\n        averageProgress\n        orientation {\n          id\n          number\n          title\n        }\n      }\n      progress {\n        progress\n        actions\n        measuredActions\n      }\n      progressByOrientation {\n        orientationId\n        progress\n        actions\n        measuredActions\n        orientation {\n          id\n          number\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommitmentDashboard($planId: ID!) {\n    plan(id: $planId) {\n      id\n      title\n      lastEventSeq\n    }\n    commitmentSummary(planId: $planId) {\n      planId\n      total\n      late\n      dueWithin30Days\n      done\n      averageProgress\n      byStatus {\n        status\n        count\n      }\n      byOrganization {\n        organizationId\n        total\n        late\n        dueWithin30Days\n        done\n        averageProgress\n        organization {\n          id\n          name\n          acronym\n        }\n      }\n      byOrientation {\n        orientationId\n        total\n        late\n        dueWithin30Days\n        done\n        averageProgress\n        orientation {\n          id\n          number\n          title\n        }\n      }\n      progress {\n        progress\n        actions\n        measuredActions\n      }\n      progressByOrientation {\n        orientationId\n        progress\n        actions\n        measuredActions\n        orientation {\n          id\n          number\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommitmentLedger(\n    $planId: ID!\n    $status: [CommitmentStatus!]\n    $late: Boolean\n    $organizationId: ID\n    $orientationId: ID\n    $actionId: ID\n    $dueBefore: LocalDate\n    $search: String\n    $sort: CommitmentSort!\n    $offset: Int!\n    $limit: Int!\n  ) {\n    plan(id: $planId) {\n      id\n      lastEventSeq\n      viewerCanEdit\n    }\n    commitments(\n      planId: $planId\n      status: $status\n      late: $late\n      organizationId: $organizationId\n      orientationId: $orientationId\n      actionId: $actionId\n      dueBefore: $dueBefore\n      search: $search\n      sort: $sort\n      offset: $offset\n      limit: $limit\n    ) {\n      totalCount\n      hasMore\n      items {\n        ...CommitmentFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommitmentLedger(\n    $planId: ID!\n    $status: [CommitmentStatus!]\n    $late: Boolean\n    $organizationId: ID\n    $orientationId: ID\n    $actionId: ID\n    $dueBefore: LocalDate\n    $search: String\n    $sort: CommitmentSort!\n    $offset: Int!\n    $limit: Int!\n  ) {\n    plan(id: $planId) {\n      id\n      lastEventSeq\n      viewerCanEdit\n    }\n    commitments(\n      planId: $planId\n      status: $status\n      late: $late\n      organizationId: $organizationId\n      orientationId: $orientationId\n      actionId: $actionId\n      dueBefore: $dueBefore\n      search: $search\n      sort: $sort\n      offset: $offset\n      limit: $limit\n    ) {\n      totalCount\n      hasMore\n      items {\n        ...CommitmentFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommitmentDecisionChoices($planId: ID!, $search: String) {\n    decisions(planId: $planId, search: $search, limit: 50) {\n      items {\n        id\n        text\n        meeting {\n          id\n          title\n          startsAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommitmentDecisionChoices($planId: ID!, $search: String) {\n    decisions(planId: $planId, search: $search, limit: 50) {\n      items {\n        id\n        text\n        meeting {\n          id\n          title\n          startsAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonName($id: ID!) {\n    person(id: $id) {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query PersonName($id: ID!) {\n    person(id: $id) {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCommitment($input: CreateCommitmentInput!) {\n    createCommitment(input: $input) {\n      ...CommitmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCommitment($input: CreateCommitmentInput!) {\n    createCommitment(input: $input) {\n      ...CommitmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCommitment($input: UpdateCommitmentInput!) {\n    updateCommitment(input: $input) {\n      ...CommitmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCommitment($input: UpdateCommitmentInput!) {\n    updateCommitment(input: $input) {\n      ...CommitmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordCommitmentProgress($input: RecordProgressInput!) {\n    recordCommitmentProgress(input: $input) {\n      ...CommitmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordCommitmentProgress($input: RecordProgressInput!) {\n    recordCommitmentProgress(input: $input) {\n      ...CommitmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveCommitment($id: ID!, $reason: String!, $expectedVersion: Int) {\n    archiveCommitment(id: $id, reason: $reason, expectedVersion: $expectedVersion) {\n      ...CommitmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveCommitment($id: ID!, $reason: String!, $expectedVersion: Int) {\n    archiveCommitment(id: $id, reason: $reason, expectedVersion: $expectedVersion) {\n      ...CommitmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LatestCommitment($id: ID!) {\n    commitment(id: $id) {\n      ...CommitmentFields\n    }\n  }\n"): (typeof documents)["\n  query LatestCommitment($id: ID!) {\n    commitment(id: $id) {\n      ...CommitmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommitmentChoices($planId: ID!) {\n    plan(id: $planId) {\n      id\n      orientations {\n        id\n        number\n        title\n        actions {\n          id\n          title\n        }\n      }\n    }\n    organizations(limit: 200) {\n      items {\n        id\n        name\n        acronym\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommitmentChoices($planId: ID!) {\n    plan(id: $planId) {\n      id\n      orientations {\n        id\n        number\n        title\n        actions {\n          id\n          title\n        }\n      }\n    }\n    organizations(limit: 200) {\n      items {\n        id\n        name\n        acronym\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConversionChoices($planId: ID!, $meetingId: ID!, $inMeeting: Boolean!) {\n    plan(id: $planId) {\n      id\n      viewerCanEdit\n      orientations {\n        id\n        number\n        title\n      }\n      bodies {\n        id\n        name\n      }\n    }\n    meeting(id: $meetingId) @include(if: $inMeeting) {\n      id\n      status\n      bodyId\n    }\n  }\n"): (typeof documents)["\n  query ConversionChoices($planId: ID!, $meetingId: ID!, $inMeeting: Boolean!) {\n    plan(id: $planId) {\n      id\n      viewerCanEdit\n      orientations {\n        id\n        number\n        title\n      }\n      bodies {\n        id\n        name\n      }\n    }\n    meeting(id: $meetingId) @include(if: $inMeeting) {\n      id\n      status\n      bodyId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConvertContributionToAction($id: ID!, $orientationId: ID!, $title: String) {\n    convertContributionToAction(id: $id, orientationId: $orientationId, title: $title) {\n      ...ContributionFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConvertContributionToAction($id: ID!, $orientationId: ID!, $title: String) {\n    convertContributionToAction(id: $id, orientationId: $orientationId, title: $title) {\n      ...ContributionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConvertContributionToAgendaItem($id: ID!, $bodyId: ID!) {\n    convertContributionToAgendaItem(id: $id, bodyId: $bodyId) {\n      ...ContributionFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConvertContributionToAgendaItem($id: ID!, $bodyId: ID!) {\n    convertContributionToAgendaItem(id: $id, bodyId: $bodyId) {\n      ...ContributionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConvertContributionToDecision($id: ID!) {\n    convertContributionToDecision(id: $id) {\n      ...ContributionFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConvertContributionToDecision($id: ID!) {\n    convertContributionToDecision(id: $id) {\n      ...ContributionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostContribution($input: PostContributionInput!) {\n    postContribution(input: $input) {\n      ...ContributionThreadFields\n    }\n  }\n"): (typeof documents)["\n  mutation PostContribution($input: PostContributionInput!) {\n    postContribution(input: $input) {\n      ...ContributionThreadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupportContribution($id: ID!) {\n    supportContribution(id: $id) {\n      ...ContributionFields\n    }\n  }\n"): (typeof documents)["\n  mutation SupportContribution($id: ID!) {\n    supportContribution(id: $id) {\n      ...ContributionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawSupport($id: ID!) {\n    withdrawSupport(id: $id) {\n      ...ContributionFields\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawSupport($id: ID!) {\n    withdrawSupport(id: $id) {\n      ...ContributionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation React($id: ID!, $reaction: ReactionKind!) {\n    react(id: $id, reaction: $reaction) {\n      ...ContributionFields\n    }\n  }\n"): (typeof documents)["\n  mutation React($id: ID!, $reaction: ReactionKind!) {\n    react(id: $id, reaction: $reaction) {\n      ...ContributionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unreact($id: ID!, $reaction: ReactionKind!) {\n    unreact(id: $id, reaction: $reaction) {\n      ...ContributionFields\n    }\n  }\n"): (typeof documents)["\n  mutation Unreact($id: ID!, $reaction: ReactionKind!) {\n    unreact(id: $id, reaction: $reaction) {\n      ...ContributionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PinContribution($id: ID!, $pinned: Boolean!) {\n    pinContribution(id: $id, pinned: $pinned) {\n      ...ContributionFields\n    }\n  }\n"): (typeof documents)["\n  mutation PinContribution($id: ID!, $pinned: Boolean!) {\n    pinContribution(id: $id, pinned: $pinned) {\n      ...ContributionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeContribution($id: ID!, $intoId: ID!) {\n    mergeContribution(id: $id, intoId: $intoId) {\n      ...ContributionFields\n      mergedInto {\n        ...ContributionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MergeContribution($id: ID!, $intoId: ID!) {\n    mergeContribution(id: $id, intoId: $intoId) {\n      ...ContributionFields\n      mergedInto {\n        ...ContributionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetContributionStatus($id: ID!, $status: ContributionStatus!, $reason: String) {\n    setContributionStatus(id: $id, status: $status, reason: $reason) {\n      ...ContributionFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetContributionStatus($id: ID!, $status: ContributionStatus!, $reason: String) {\n    setContributionStatus(id: $id, status: $status, reason: $reason) {\n      ...ContributionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HideContribution($id: ID!, $reason: String) {\n    hideContribution(id: $id, reason: $reason) {\n      ...ContributionFields\n    }\n  }\n"): (typeof documents)["\n  mutation HideContribution($id: ID!, $reason: String) {\n    hideContribution(id: $id, reason: $reason) {\n      ...ContributionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnhideContribution($id: ID!) {\n    unhideContribution(id: $id) {\n      ...ContributionFields\n    }\n  }\n"): (typeof documents)["\n  mutation UnhideContribution($id: ID!) {\n    unhideContribution(id: $id) {\n      ...ContributionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanContributions($planId: ID!, $orientationId: ID, $actionId: ID) {\n    contributions(planId: $planId, orientationId: $orientationId, actionId: $actionId, limit: 100) {\n      totalCount\n      hasMore\n      items {\n        ...ContributionThreadFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlanContributions($planId: ID!, $orientationId: ID, $actionId: ID) {\n    contributions(planId: $planId, orientationId: $orientationId, actionId: $actionId, limit: 100) {\n      totalCount\n      hasMore\n      items {\n        ...ContributionThreadFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanContributionRights($planId: ID!) {\n    plan(id: $planId) {\n      id\n      viewerCanEdit\n      viewerCanContribute\n    }\n  }\n"): (typeof documents)["\n  query PlanContributionRights($planId: ID!) {\n    plan(id: $planId) {\n      id\n      viewerCanEdit\n      viewerCanContribute\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContributionFields on Contribution {\n    id\n    version\n    planId\n    meetingId\n    agendaItemId\n    orientationId\n    actionId\n    parentId\n    kind\n    text\n    createdAt\n    author {\n      id\n      displayName\n    }\n    pinned\n    status\n    statusReason\n    hidden\n    hiddenReason\n    mergedIntoId\n    supportCount\n    viewerSupports\n    viewerCanModerate\n    reactions {\n      reaction\n      count\n      viewerReacted\n    }\n    # What a retained contribution became, inline: a fragment spread would count as one more level of depth.\n    resultingActionId\n    resultingAction {\n      id\n      title\n    }\n    resultingAgendaItemId\n    resultingAgendaItem {\n      id\n      title\n      meetingId\n    }\n    resultingDecisionId\n    resultingDecision {\n      id\n      meetingId\n    }\n  }\n"): (typeof documents)["\n  fragment ContributionFields on Contribution {\n    id\n    version\n    planId\n    meetingId\n    agendaItemId\n    orientationId\n    actionId\n    parentId\n    kind\n    text\n    createdAt\n    author {\n      id\n      displayName\n    }\n    pinned\n    status\n    statusReason\n    hidden\n    hiddenReason\n    mergedIntoId\n    supportCount\n    viewerSupports\n    viewerCanModerate\n    reactions {\n      reaction\n      count\n      viewerReacted\n    }\n    # What a retained contribution became, inline: a fragment spread would count as one more level of depth.\n    resultingActionId\n    resultingAction {\n      id\n      title\n    }\n    resultingAgendaItemId\n    resultingAgendaItem {\n      id\n      title\n      meetingId\n    }\n    resultingDecisionId\n    resultingDecision {\n      id\n      meetingId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContributionThreadFields on Contribution {\n    ...ContributionFields\n    replies {\n      ...ContributionFields\n    }\n  }\n"): (typeof documents)["\n  fragment ContributionThreadFields on Contribution {\n    ...ContributionFields\n    replies {\n      ...ContributionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DecisionsRegister($planId: ID!, $bodyId: ID, $kind: DecisionKind, $search: String, $offset: Int!, $limit: Int!) {\n    plan(id: $planId) {\n      id\n      lastEventSeq\n      bodies {\n        id\n        name\n      }\n    }\n    decisions(planId: $planId, bodyId: $bodyId, kind: $kind, search: $search, offset: $offset, limit: $limit) {\n      totalCount\n      hasMore\n      items {\n        ...DecisionFields\n        agendaItem {\n          id\n          title\n        }\n        meeting {\n          id\n          title\n          startsAt\n          body {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DecisionsRegister($planId: ID!, $bodyId: ID, $kind: DecisionKind, $search: String, $offset: Int!, $limit: Int!) {\n    plan(id: $planId) {\n      id\n      lastEventSeq\n      bodies {\n        id\n        name\n      }\n    }\n    decisions(planId: $planId, bodyId: $bodyId, kind: $kind, search: $search, offset: $offset, limit: $limit) {\n      totalCount\n      hasMore\n      items {\n        ...DecisionFields\n        agendaItem {\n          id\n          title\n        }\n        meeting {\n          id\n          title\n          startsAt\n          body {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordDecision($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      ...DecisionFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordDecision($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      ...DecisionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDecision($input: UpdateDecisionInput!) {\n    updateDecision(input: $input) {\n      ...DecisionFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDecision($input: UpdateDecisionInput!) {\n    updateDecision(input: $input) {\n      ...DecisionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveDecision($id: ID!) {\n    removeDecision(id: $id) {\n      id\n      meetingId\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveDecision($id: ID!) {\n    removeDecision(id: $id) {\n      id\n      meetingId\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DecisionFields on Decision {\n    id\n    version\n    meetingId\n    agendaItemId\n    kind\n    text\n    votesFor\n    votesAgainst\n    abstentions\n    createdAt\n  }\n"): (typeof documents)["\n  fragment DecisionFields on Decision {\n    id\n    version\n    meetingId\n    agendaItemId\n    kind\n    text\n    votesFor\n    votesAgainst\n    abstentions\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionFollowUp($planId: ID!, $actionId: ID!) {\n    plan(id: $planId) {\n      id\n      title\n      startYear\n      endYear\n      lastEventSeq\n      viewerCanEdit\n    }\n    action(id: $actionId) {\n      id\n      title\n      orientation {\n        id\n        number\n        title\n      }\n      leadPartner {\n        id\n        name\n      }\n      partners {\n        id\n        name\n      }\n      indicators {\n        ...IndicatorFields\n        viewerCanRecord\n        viewerCanSteer\n        history {\n          ...ChangeFields\n        }\n        measurements {\n          id\n          history {\n            ...ChangeFields\n          }\n        }\n      }\n      milestones {\n        ...MilestoneFields\n        viewerCanReport\n        history {\n          ...ChangeFields\n        }\n      }\n      budgetLines {\n        ...BudgetLineFields\n        viewerCanSteer\n        history {\n          ...ChangeFields\n        }\n      }\n    }\n    budgetTotals(planId: $planId) {\n      planId\n      byAction {\n        actionId\n        planned\n        committed\n        spent\n        lineCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActionFollowUp($planId: ID!, $actionId: ID!) {\n    plan(id: $planId) {\n      id\n      title\n      startYear\n      endYear\n      lastEventSeq\n      viewerCanEdit\n    }\n    action(id: $actionId) {\n      id\n      title\n      orientation {\n        id\n        number\n        title\n      }\n      leadPartner {\n        id\n        name\n      }\n      partners {\n        id\n        name\n      }\n      indicators {\n        ...IndicatorFields\n        viewerCanRecord\n        viewerCanSteer\n        history {\n          ...ChangeFields\n        }\n        measurements {\n          id\n          history {\n            ...ChangeFields\n          }\n        }\n      }\n      milestones {\n        ...MilestoneFields\n        viewerCanReport\n        history {\n          ...ChangeFields\n        }\n      }\n      budgetLines {\n        ...BudgetLineFields\n        viewerCanSteer\n        history {\n          ...ChangeFields\n        }\n      }\n    }\n    budgetTotals(planId: $planId) {\n      planId\n      byAction {\n        actionId\n        planned\n        committed\n        spent\n        lineCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateIndicator($input: CreateIndicatorInput!) { createIndicator(input: $input) { ...IndicatorFields } }"): (typeof documents)["mutation CreateIndicator($input: CreateIndicatorInput!) { createIndicator(input: $input) { ...IndicatorFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateIndicator($input: UpdateIndicatorInput!) { updateIndicator(input: $input) { ...IndicatorFields } }"): (typeof documents)["mutation UpdateIndicator($input: UpdateIndicatorInput!) { updateIndicator(input: $input) { ...IndicatorFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveIndicator($id: ID!, $reason: String!, $expectedVersion: Int) {\n    archiveIndicator(id: $id, reason: $reason, expectedVersion: $expectedVersion) { ...IndicatorFields }\n  }\n"): (typeof documents)["\n  mutation ArchiveIndicator($id: ID!, $reason: String!, $expectedVersion: Int) {\n    archiveIndicator(id: $id, reason: $reason, expectedVersion: $expectedVersion) { ...IndicatorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordMeasurement($input: RecordMeasurementInput!) {\n    recordMeasurement(input: $input) { ...MeasurementFields indicator { ...IndicatorFields } }\n  }\n"): (typeof documents)["\n  mutation RecordMeasurement($input: RecordMeasurementInput!) {\n    recordMeasurement(input: $input) { ...MeasurementFields indicator { ...IndicatorFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMeasurement($input: UpdateMeasurementInput!) {\n    updateMeasurement(input: $input) { ...MeasurementFields indicator { ...IndicatorFields } }\n  }\n"): (typeof documents)["\n  mutation UpdateMeasurement($input: UpdateMeasurementInput!) {\n    updateMeasurement(input: $input) { ...MeasurementFields indicator { ...IndicatorFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveMeasurement($id: ID!, $reason: String!, $expectedVersion: Int) {\n    archiveMeasurement(id: $id, reason: $reason, expectedVersion: $expectedVersion) { ...MeasurementFields indicator { ...IndicatorFields } }\n  }\n"): (typeof documents)["\n  mutation ArchiveMeasurement($id: ID!, $reason: String!, $expectedVersion: Int) {\n    archiveMeasurement(id: $id, reason: $reason, expectedVersion: $expectedVersion) { ...MeasurementFields indicator { ...IndicatorFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateMilestone($input: CreateMilestoneInput!) { createMilestone(input: $input) { ...MilestoneFields } }"): (typeof documents)["mutation CreateMilestone($input: CreateMilestoneInput!) { createMilestone(input: $input) { ...MilestoneFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateMilestone($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { ...MilestoneFields } }"): (typeof documents)["mutation UpdateMilestone($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { ...MilestoneFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveMilestone($id: ID!, $reason: String!, $expectedVersion: Int) {\n    archiveMilestone(id: $id, reason: $reason, expectedVersion: $expectedVersion) { ...MilestoneFields }\n  }\n"): (typeof documents)["\n  mutation ArchiveMilestone($id: ID!, $reason: String!, $expectedVersion: Int) {\n    archiveMilestone(id: $id, reason: $reason, expectedVersion: $expectedVersion) { ...MilestoneFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateBudgetLine($input: CreateBudgetLineInput!) { createBudgetLine(input: $input) { ...BudgetLineFields } }"): (typeof documents)["mutation CreateBudgetLine($input: CreateBudgetLineInput!) { createBudgetLine(input: $input) { ...BudgetLineFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateBudgetLine($input: UpdateBudgetLineInput!) { updateBudgetLine(input: $input) { ...BudgetLineFields } }"): (typeof documents)["mutation UpdateBudgetLine($input: UpdateBudgetLineInput!) { updateBudgetLine(input: $input) { ...BudgetLineFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveBudgetLine($id: ID!, $reason: String!, $expectedVersion: Int) {\n    archiveBudgetLine(id: $id, reason: $reason, expectedVersion: $expectedVersion) { ...BudgetLineFields }\n  }\n"): (typeof documents)["\n  mutation ArchiveBudgetLine($id: ID!, $reason: String!, $expectedVersion: Int) {\n    archiveBudgetLine(id: $id, reason: $reason, expectedVersion: $expectedVersion) { ...BudgetLineFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeasurementFields on Measurement {\n    id\n    version\n    indicatorId\n    measuredOn\n    value\n    source\n    archivedAt\n    updatedAt\n    reportedBy {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment MeasurementFields on Measurement {\n    id\n    version\n    indicatorId\n    measuredOn\n    value\n    source\n    archivedAt\n    updatedAt\n    reportedBy {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IndicatorFields on Indicator {\n    id\n    version\n    planId\n    actionId\n    name\n    unit\n    baseline\n    target\n    targetOn\n    direction\n    attainment\n    latestValue\n    archivedAt\n    archiveReason\n    updatedAt\n    measurements {\n      ...MeasurementFields\n    }\n  }\n"): (typeof documents)["\n  fragment IndicatorFields on Indicator {\n    id\n    version\n    planId\n    actionId\n    name\n    unit\n    baseline\n    target\n    targetOn\n    direction\n    attainment\n    latestValue\n    archivedAt\n    archiveReason\n    updatedAt\n    measurements {\n      ...MeasurementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MilestoneFields on Milestone {\n    id\n    version\n    planId\n    actionId\n    title\n    plannedOn\n    doneOn\n    late\n    archivedAt\n    archiveReason\n    updatedAt\n    responsible {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment MilestoneFields on Milestone {\n    id\n    version\n    planId\n    actionId\n    title\n    plannedOn\n    doneOn\n    late\n    archivedAt\n    archiveReason\n    updatedAt\n    responsible {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BudgetLineFields on BudgetLine {\n    id\n    version\n    planId\n    actionId\n    year\n    planned\n    committed\n    spent\n    note\n    archivedAt\n    archiveReason\n    updatedAt\n    funder {\n      id\n      name\n      acronym\n    }\n  }\n"): (typeof documents)["\n  fragment BudgetLineFields on BudgetLine {\n    id\n    version\n    planId\n    actionId\n    year\n    planned\n    committed\n    spent\n    note\n    archivedAt\n    archiveReason\n    updatedAt\n    funder {\n      id\n      name\n      acronym\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChangeFields on Change {\n    id\n    kind\n    at\n    actor {\n      id\n      displayName\n    }\n    diff {\n      field\n      oldValue\n      newValue\n    }\n  }\n"): (typeof documents)["\n  fragment ChangeFields on Change {\n    id\n    kind\n    at\n    actor {\n      id\n      displayName\n    }\n    diff {\n      field\n      oldValue\n      newValue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportPreview($planId: ID!, $kind: ImportKind!, $csv: String!) {\n    previewImport(planId: $planId, kind: $kind, csv: $csv) {\n      kind\n      separator\n      header\n      okCount\n      errorCount\n      lines {\n        line\n        ok\n        errors\n        cells\n        measuredOn\n        value\n        source\n        indicator {\n          id\n          name\n          unit\n        }\n        commitment {\n          id\n          title\n        }\n        previousProgress\n        progress\n        previousStatus\n        status\n        note\n      }\n    }\n  }\n"): (typeof documents)["\n  query ImportPreview($planId: ID!, $kind: ImportKind!, $csv: String!) {\n    previewImport(planId: $planId, kind: $kind, csv: $csv) {\n      kind\n      separator\n      header\n      okCount\n      errorCount\n      lines {\n        line\n        ok\n        errors\n        cells\n        measuredOn\n        value\n        source\n        indicator {\n          id\n          name\n          unit\n        }\n        commitment {\n          id\n          title\n        }\n        previousProgress\n        progress\n        previousStatus\n        status\n        note\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyImport($planId: ID!, $kind: ImportKind!, $csv: String!, $skipLines: [Int!]!) {\n    applyImport(planId: $planId, kind: $kind, csv: $csv, skipLines: $skipLines) {\n      kind\n      written\n      skippedLines\n    }\n  }\n"): (typeof documents)["\n  mutation ApplyImport($planId: ID!, $kind: ImportKind!, $csv: String!, $skipLines: [Int!]!) {\n    applyImport(planId: $planId, kind: $kind, csv: $csv, skipLines: $skipLines) {\n      kind\n      written\n      skippedLines\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCalendarFeed {\n    createCalendarFeed\n  }\n"): (typeof documents)["\n  mutation CreateCalendarFeed {\n    createCalendarFeed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MeetingChanged($meetingId: ID!, $after: Int) {\n    meetingChanged(meetingId: $meetingId, after: $after) {\n      seq\n      type\n      actorId\n      meetingId\n      order\n      meeting {\n        ...MeetingFields\n        ...RoomFields\n      }\n      agendaItem {\n        ...AgendaEntryFields\n      }\n      attendance {\n        ...AttendanceFields\n      }\n      decision {\n        ...DecisionFields\n      }\n      minutes {\n        ...MinutesFields\n      }\n      contribution {\n        ...ContributionThreadFields\n      }\n      poll {\n        ...PollFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription MeetingChanged($meetingId: ID!, $after: Int) {\n    meetingChanged(meetingId: $meetingId, after: $after) {\n      seq\n      type\n      actorId\n      meetingId\n      order\n      meeting {\n        ...MeetingFields\n        ...RoomFields\n      }\n      agendaItem {\n        ...AgendaEntryFields\n      }\n      attendance {\n        ...AttendanceFields\n      }\n      decision {\n        ...DecisionFields\n      }\n      minutes {\n        ...MinutesFields\n      }\n      contribution {\n        ...ContributionThreadFields\n      }\n      poll {\n        ...PollFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMeeting($input: CreateMeetingInput!) {\n    createMeeting(input: $input) {\n      ...MeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMeeting($input: CreateMeetingInput!) {\n    createMeeting(input: $input) {\n      ...MeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMeeting($input: UpdateMeetingInput!) {\n    updateMeeting(input: $input) {\n      ...MeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMeeting($input: UpdateMeetingInput!) {\n    updateMeeting(input: $input) {\n      ...MeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConveneMeeting($id: ID!) {\n    conveneMeeting(id: $id) {\n      ...MeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConveneMeeting($id: ID!) {\n    conveneMeeting(id: $id) {\n      ...MeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenMeeting($id: ID!) {\n    openMeeting(id: $id) {\n      ...MeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation OpenMeeting($id: ID!) {\n    openMeeting(id: $id) {\n      ...MeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseMeeting($id: ID!) {\n    closeMeeting(id: $id) {\n      ...MeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation CloseMeeting($id: ID!) {\n    closeMeeting(id: $id) {\n      ...MeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelMeeting($id: ID!, $reason: String!) {\n    cancelMeeting(id: $id, reason: $reason) {\n      ...MeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelMeeting($id: ID!, $reason: String!) {\n    cancelMeeting(id: $id, reason: $reason) {\n      ...MeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RepublishAgenda($id: ID!) {\n    republishAgenda(id: $id) {\n      ...MeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation RepublishAgenda($id: ID!) {\n    republishAgenda(id: $id) {\n      ...MeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingPage($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingFields\n      ...RoomFields\n      lastEventSeq\n      body {\n        id\n        name\n        kind\n        planId\n        plan {\n          id\n          lastEventSeq\n        }\n        memberships {\n          ...MembershipFields\n        }\n        backlog {\n          ...AgendaEntryFields\n        }\n      }\n      agenda {\n        ...AgendaEntryFields\n      }\n      attendances {\n        ...AttendanceFields\n      }\n      quorum {\n        ...QuorumFields\n      }\n      decisions {\n        ...DecisionFields\n      }\n      minutes {\n        ...MinutesFields\n      }\n      minutesHistory {\n        ...MinutesFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingPage($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingFields\n      ...RoomFields\n      lastEventSeq\n      body {\n        id\n        name\n        kind\n        planId\n        plan {\n          id\n          lastEventSeq\n        }\n        memberships {\n          ...MembershipFields\n        }\n        backlog {\n          ...AgendaEntryFields\n        }\n      }\n      agenda {\n        ...AgendaEntryFields\n      }\n      attendances {\n        ...AttendanceFields\n      }\n      quorum {\n        ...QuorumFields\n      }\n      decisions {\n        ...DecisionFields\n      }\n      minutes {\n        ...MinutesFields\n      }\n      minutesHistory {\n        ...MinutesFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingsCalendar($id: ID!) {\n    plan(id: $id) {\n      id\n      bodies {\n        id\n        name\n        meetings(period: ALL, limit: 200) {\n          items {\n            ...MeetingSummaryFields\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingsCalendar($id: ID!) {\n    plan(id: $id) {\n      id\n      bodies {\n        id\n        name\n        meetings(period: ALL, limit: 200) {\n          items {\n            ...MeetingSummaryFields\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingsPage($id: ID!) {\n    me {\n      id\n      isAdmin\n      memberships {\n        id\n        bodyId\n        role\n      }\n    }\n    plan(id: $id) {\n      id\n      title\n      lastEventSeq\n      bodies {\n        id\n        name\n        kind\n        cadence {\n          ...CadenceFields\n        }\n        upcoming: meetings(period: UPCOMING, limit: 20) {\n          totalCount\n          items {\n            ...MeetingSummaryFields\n          }\n        }\n        past: meetings(period: PAST, limit: 5) {\n          totalCount\n          items {\n            ...MeetingSummaryFields\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingsPage($id: ID!) {\n    me {\n      id\n      isAdmin\n      memberships {\n        id\n        bodyId\n        role\n      }\n    }\n    plan(id: $id) {\n      id\n      title\n      lastEventSeq\n      bodies {\n        id\n        name\n        kind\n        cadence {\n          ...CadenceFields\n        }\n        upcoming: meetings(period: UPCOMING, limit: 20) {\n          totalCount\n          items {\n            ...MeetingSummaryFields\n          }\n        }\n        past: meetings(period: PAST, limit: 5) {\n          totalCount\n          items {\n            ...MeetingSummaryFields\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingSummaryFields on Meeting {\n    id\n    version\n    bodyId\n    title\n    kind\n    status\n    startsAt\n    endsAt\n    place\n    onlineUrl\n    cancellationReason\n    agendaRevision\n  }\n"): (typeof documents)["\n  fragment MeetingSummaryFields on Meeting {\n    id\n    version\n    bodyId\n    title\n    kind\n    status\n    startsAt\n    endsAt\n    place\n    onlineUrl\n    cancellationReason\n    agendaRevision\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingFields on Meeting {\n    ...MeetingSummaryFields\n    viewerCanFacilitate\n    publications {\n      id\n      revision\n      publishedAt\n      snapshot\n    }\n  }\n"): (typeof documents)["\n  fragment MeetingFields on Meeting {\n    ...MeetingSummaryFields\n    viewerCanFacilitate\n    publications {\n      id\n      revision\n      publishedAt\n      snapshot\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CadenceFields on BodyCadence {\n    year\n    minimum\n    held\n    planned\n    behind\n  }\n"): (typeof documents)["\n  fragment CadenceFields on BodyCadence {\n    year\n    minimum\n    held\n    planned\n    behind\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingsInSession($bodyId: ID!) {\n    body(id: $bodyId) {\n      id\n      meetings(statuses: [IN_SESSION], limit: 20) {\n        items {\n          id\n          title\n          startsAt\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingsInSession($bodyId: ID!) {\n    body(id: $bodyId) {\n      id\n      meetings(statuses: [IN_SESSION], limit: 20) {\n        items {\n          id\n          title\n          startsAt\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveMinutes($meetingId: ID!, $text: String!, $expectedRevision: Int) {\n    saveMinutes(meetingId: $meetingId, text: $text, expectedRevision: $expectedRevision) {\n      ...MinutesFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveMinutes($meetingId: ID!, $text: String!, $expectedRevision: Int) {\n    saveMinutes(meetingId: $meetingId, text: $text, expectedRevision: $expectedRevision) {\n      ...MinutesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeMinutes($meetingId: ID!) {\n    proposeMinutes(meetingId: $meetingId) {\n      ...MinutesFields\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeMinutes($meetingId: ID!) {\n    proposeMinutes(meetingId: $meetingId) {\n      ...MinutesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveMinutes($meetingId: ID!, $inMeetingId: ID!) {\n    approveMinutes(meetingId: $meetingId, inMeetingId: $inMeetingId) {\n      ...MinutesFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveMinutes($meetingId: ID!, $inMeetingId: ID!) {\n    approveMinutes(meetingId: $meetingId, inMeetingId: $inMeetingId) {\n      ...MinutesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectMinutes($meetingId: ID!, $text: String!, $reason: String!) {\n    correctMinutes(meetingId: $meetingId, text: $text, reason: $reason) {\n      ...MinutesFields\n    }\n  }\n"): (typeof documents)["\n  mutation CorrectMinutes($meetingId: ID!, $text: String!, $reason: String!) {\n    correctMinutes(meetingId: $meetingId, text: $text, reason: $reason) {\n      ...MinutesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LatestMinutes($id: ID!) {\n    meeting(id: $id) {\n      id\n      status\n      minutes {\n        ...MinutesFields\n      }\n      minutesHistory {\n        ...MinutesFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query LatestMinutes($id: ID!) {\n    meeting(id: $id) {\n      id\n      status\n      minutes {\n        ...MinutesFields\n      }\n      minutesHistory {\n        ...MinutesFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MinutesFields on MinutesVersion {\n    id\n    meetingId\n    version\n    revision\n    status\n    text\n    correctionReason\n    createdAt\n    approvedAt\n    approvedInMeetingId\n    author {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment MinutesFields on MinutesVersion {\n    id\n    meetingId\n    version\n    revision\n    status\n    text\n    correctionReason\n    createdAt\n    approvedAt\n    approvedInMeetingId\n    author {\n      id\n      displayName\n    }\n  }\n"];
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
export function graphql(source: "\n  subscription PlanChanged($planId: ID!, $after: Int) {\n    planChanged(planId: $planId, after: $after) {\n      seq\n      type\n      actorId\n      planId\n      plan {\n        ...PlanFields\n      }\n      orientation {\n        ...OrientationFields\n        actions {\n          ...ActionFields\n        }\n      }\n      action {\n        ...ActionFields\n      }\n      body {\n        ...BodyFields\n        memberships {\n          ...MembershipFields\n        }\n      }\n      membership {\n        ...MembershipFields\n      }\n      meeting {\n        ...MeetingSummaryFields\n      }\n      agendaItem {\n        ...AgendaEntryFields\n      }\n      contribution {\n        ...ContributionThreadFields\n      }\n      commitment {\n        ...CommitmentFields\n      }\n      indicator {\n        ...IndicatorFields\n      }\n      measurement {\n        ...MeasurementFields\n      }\n      milestone {\n        ...MilestoneFields\n      }\n      budgetLine {\n        ...BudgetLineFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription PlanChanged($planId: ID!, $after: Int) {\n    planChanged(planId: $planId, after: $after) {\n      seq\n      type\n      actorId\n      planId\n      plan {\n        ...PlanFields\n      }\n      orientation {\n        ...OrientationFields\n        actions {\n          ...ActionFields\n        }\n      }\n      action {\n        ...ActionFields\n      }\n      body {\n        ...BodyFields\n        memberships {\n          ...MembershipFields\n        }\n      }\n      membership {\n        ...MembershipFields\n      }\n      meeting {\n        ...MeetingSummaryFields\n      }\n      agendaItem {\n        ...AgendaEntryFields\n      }\n      contribution {\n        ...ContributionThreadFields\n      }\n      commitment {\n        ...CommitmentFields\n      }\n      indicator {\n        ...IndicatorFields\n      }\n      measurement {\n        ...MeasurementFields\n      }\n      milestone {\n        ...MilestoneFields\n      }\n      budgetLine {\n        ...BudgetLineFields\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation OpenPoll($input: OpenPollInput!) {\n    openPoll(input: $input) {\n      ...PollFields\n    }\n  }\n"): (typeof documents)["\n  mutation OpenPoll($input: OpenPollInput!) {\n    openPoll(input: $input) {\n      ...PollFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CastBallot($input: CastBallotInput!) {\n    castBallot(input: $input) {\n      ...PollFields\n    }\n  }\n"): (typeof documents)["\n  mutation CastBallot($input: CastBallotInput!) {\n    castBallot(input: $input) {\n      ...PollFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClosePoll($id: ID!, $recordDecision: Boolean!) {\n    closePoll(id: $id, recordDecision: $recordDecision) {\n      ...PollFields\n    }\n  }\n"): (typeof documents)["\n  mutation ClosePoll($id: ID!, $recordDecision: Boolean!) {\n    closePoll(id: $id, recordDecision: $recordDecision) {\n      ...PollFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PollFields on Poll {\n    id\n    version\n    meetingId\n    agendaItemId\n    question\n    method\n    secret\n    status\n    createdAt\n    closedAt\n    decisionId\n    ballotCount\n    viewerCanManage\n    options {\n      id\n      label\n    }\n    tally {\n      ballots\n      eligible\n      outcome\n      adopted\n      results {\n        choice\n        label\n        count\n      }\n    }\n    myVotes {\n      voterId\n      voterName\n      proxy\n      hasVoted\n    }\n    ballots {\n      voterId\n      voterName\n      castByName\n      choice\n      reason\n    }\n    objections\n  }\n"): (typeof documents)["\n  fragment PollFields on Poll {\n    id\n    version\n    meetingId\n    agendaItemId\n    question\n    method\n    secret\n    status\n    createdAt\n    closedAt\n    decisionId\n    ballotCount\n    viewerCanManage\n    options {\n      id\n      label\n    }\n    tally {\n      ballots\n      eligible\n      outcome\n      adopted\n      results {\n        choice\n        label\n        count\n      }\n    }\n    myVotes {\n      voterId\n      voterName\n      proxy\n      hasVoted\n    }\n    ballots {\n      voterId\n      voterName\n      castByName\n      choice\n      reason\n    }\n    objections\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingRoom($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingFields\n      ...RoomFields\n      lastEventSeq\n      viewerCanContribute\n      body {\n        id\n        name\n        planId\n      }\n      agenda {\n        ...AgendaEntryFields\n      }\n      quorum {\n        ...QuorumFields\n      }\n      attendances {\n        ...AttendanceFields\n      }\n      polls {\n        ...PollFields\n      }\n      contributions {\n        ...ContributionThreadFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingRoom($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingFields\n      ...RoomFields\n      lastEventSeq\n      viewerCanContribute\n      body {\n        id\n        name\n        planId\n      }\n      agenda {\n        ...AgendaEntryFields\n      }\n      quorum {\n        ...QuorumFields\n      }\n      attendances {\n        ...AttendanceFields\n      }\n      polls {\n        ...PollFields\n      }\n      contributions {\n        ...ContributionThreadFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenRoom($meetingId: ID!) {\n    openRoom(meetingId: $meetingId) {\n      id\n      ...RoomFields\n    }\n  }\n"): (typeof documents)["\n  mutation OpenRoom($meetingId: ID!) {\n    openRoom(meetingId: $meetingId) {\n      id\n      ...RoomFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCurrentItem($meetingId: ID!, $agendaItemId: ID!) {\n    setCurrentItem(meetingId: $meetingId, agendaItemId: $agendaItemId) {\n      id\n      ...RoomFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetCurrentItem($meetingId: ID!, $agendaItemId: ID!) {\n    setCurrentItem(meetingId: $meetingId, agendaItemId: $agendaItemId) {\n      id\n      ...RoomFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartTimer($meetingId: ID!) {\n    startTimer(meetingId: $meetingId) {\n      id\n      ...RoomFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartTimer($meetingId: ID!) {\n    startTimer(meetingId: $meetingId) {\n      id\n      ...RoomFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PauseTimer($meetingId: ID!) {\n    pauseTimer(meetingId: $meetingId) {\n      id\n      ...RoomFields\n    }\n  }\n"): (typeof documents)["\n  mutation PauseTimer($meetingId: ID!) {\n    pauseTimer(meetingId: $meetingId) {\n      id\n      ...RoomFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseRoom($meetingId: ID!) {\n    closeRoom(meetingId: $meetingId) {\n      id\n      ...RoomFields\n    }\n  }\n"): (typeof documents)["\n  mutation CloseRoom($meetingId: ID!) {\n    closeRoom(meetingId: $meetingId) {\n      id\n      ...RoomFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RoomPresence($meetingId: ID!) {\n    roomPresence(meetingId: $meetingId) {\n      meetingId\n      count\n      quorumRequired\n      people {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription RoomPresence($meetingId: ID!) {\n    roomPresence(meetingId: $meetingId) {\n      meetingId\n      count\n      quorumRequired\n      people {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoomFields on Meeting {\n    roomOpen\n    currentItemId\n    currentItem {\n      ...AgendaItemFields\n    }\n    timer {\n      running\n      startedAt\n      elapsedSeconds\n      plannedSeconds\n    }\n  }\n"): (typeof documents)["\n  fragment RoomFields on Meeting {\n    roomOpen\n    currentItemId\n    currentItem {\n      ...AgendaItemFields\n    }\n    timer {\n      running\n      startedAt\n      elapsedSeconds\n      plannedSeconds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewPlan($planId: ID!) {\n    plan(id: $planId) {\n      id\n      title\n      startYear\n      endYear\n      viewerCanEdit\n      lastEventSeq\n    }\n  }\n"): (typeof documents)["\n  query ReviewPlan($planId: ID!) {\n    plan(id: $planId) {\n      id\n      title\n      startYear\n      endYear\n      viewerCanEdit\n      lastEventSeq\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query YearlyReviewPage($planId: ID!, $year: Int!) {\n    yearlyReview(planId: $planId, year: $year) {\n      id\n      year\n      viewerCanManage\n      completeness {\n        total\n        submitted\n        draft\n        notStarted\n      }\n      reports {\n        id\n        status\n        submittedAt\n        organization {\n          id\n          name\n          acronym\n        }\n      }\n      compiled {\n        year\n        previousYear\n        commitments {\n          ...CommitmentFiguresFields\n        }\n        budget {\n          ...BudgetYearFiguresFields\n        }\n        orientations {\n          orientationId\n          number\n          title\n          actions {\n            actionId\n            title\n            commitments {\n              ...CommitmentFiguresFields\n            }\n            budget {\n              ...BudgetYearFiguresFields\n            }\n            indicators {\n              indicatorId\n              name\n              unit\n              target\n              latestValue\n              delta\n              attainment\n            }\n            narratives {\n              organizationId\n              organizationName\n              text\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query YearlyReviewPage($planId: ID!, $year: Int!) {\n    yearlyReview(planId: $planId, year: $year) {\n      id\n      year\n      viewerCanManage\n      completeness {\n        total\n        submitted\n        draft\n        notStarted\n      }\n      reports {\n        id\n        status\n        submittedAt\n        organization {\n          id\n          name\n          acronym\n        }\n      }\n      compiled {\n        year\n        previousYear\n        commitments {\n          ...CommitmentFiguresFields\n        }\n        budget {\n          ...BudgetYearFiguresFields\n        }\n        orientations {\n          orientationId\n          number\n          title\n          actions {\n            actionId\n            title\n            commitments {\n              ...CommitmentFiguresFields\n            }\n            budget {\n              ...BudgetYearFiguresFields\n            }\n            indicators {\n              indicatorId\n              name\n              unit\n              target\n              latestValue\n              delta\n              attainment\n            }\n            narratives {\n              organizationId\n              organizationName\n              text\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommitmentFiguresFields on CommitmentFigures {\n    total\n    averageProgress\n    progressDelta\n    doneSinceLastYear\n    byStatus {\n      status\n      count\n    }\n  }\n"): (typeof documents)["\n  fragment CommitmentFiguresFields on CommitmentFigures {\n    total\n    averageProgress\n    progressDelta\n    doneSinceLastYear\n    byStatus {\n      status\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BudgetYearFiguresFields on BudgetYearFigures {\n    planned\n    committed\n    spent\n    previousSpent\n    spentDelta\n  }\n"): (typeof documents)["\n  fragment BudgetYearFiguresFields on BudgetYearFigures {\n    planned\n    committed\n    spent\n    previousSpent\n    spentDelta\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenYearlyReview($planId: ID!, $year: Int!) {\n    openYearlyReview(planId: $planId, year: $year) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation OpenYearlyReview($planId: ID!, $year: Int!) {\n    openYearlyReview(planId: $planId, year: $year) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerReportPage($id: ID!) {\n    partnerReport(id: $id) {\n      ...PartnerReportFields\n      planId\n      year\n      viewerCanFill\n      viewerCanReopen\n      organization {\n        id\n        name\n      }\n      sections {\n        actionId\n        text\n        action {\n          id\n          title\n        }\n        commitments {\n          id\n          title\n          status\n          progress\n          late\n        }\n        budgetLines {\n          id\n          planned\n          committed\n          spent\n        }\n        indicators {\n          id\n          name\n          unit\n          target\n          latestValue\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerReportPage($id: ID!) {\n    partnerReport(id: $id) {\n      ...PartnerReportFields\n      planId\n      year\n      viewerCanFill\n      viewerCanReopen\n      organization {\n        id\n        name\n      }\n      sections {\n        actionId\n        text\n        action {\n          id\n          title\n        }\n        commitments {\n          id\n          title\n          status\n          progress\n          late\n        }\n        budgetLines {\n          id\n          planned\n          committed\n          spent\n        }\n        indicators {\n          id\n          name\n          unit\n          target\n          latestValue\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnerReportFields on PartnerReport {\n    id\n    status\n    comments\n    version\n    submittedAt\n  }\n"): (typeof documents)["\n  fragment PartnerReportFields on PartnerReport {\n    id\n    status\n    comments\n    version\n    submittedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SavePartnerReport($input: SavePartnerReportInput!) {\n    savePartnerReport(input: $input) {\n      ...PartnerReportFields\n      sections {\n        actionId\n        text\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SavePartnerReport($input: SavePartnerReportInput!) {\n    savePartnerReport(input: $input) {\n      ...PartnerReportFields\n      sections {\n        actionId\n        text\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitPartnerReport($id: ID!, $expectedVersion: Int) {\n    submitPartnerReport(id: $id, expectedVersion: $expectedVersion) {\n      ...PartnerReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitPartnerReport($id: ID!, $expectedVersion: Int) {\n    submitPartnerReport(id: $id, expectedVersion: $expectedVersion) {\n      ...PartnerReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenPartnerReport($id: ID!) {\n    reopenPartnerReport(id: $id) {\n      ...PartnerReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenPartnerReport($id: ID!) {\n    reopenPartnerReport(id: $id) {\n      ...PartnerReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BodiesPage($id: ID!) {\n    plan(id: $id) {\n      id\n      title\n      lastEventSeq\n      bodies {\n        ...BodyFields\n        memberships {\n          ...MembershipFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BodiesPage($id: ID!) {\n    plan(id: $id) {\n      id\n      title\n      lastEventSeq\n      bodies {\n        ...BodyFields\n        memberships {\n          ...MembershipFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommitmentPlan($id: ID!) {\n    commitment(id: $id) {\n      id\n      planId\n    }\n  }\n"): (typeof documents)["\n  query CommitmentPlan($id: ID!) {\n    commitment(id: $id) {\n      id\n      planId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommitmentPage($id: ID!, $planId: ID!) {\n    plan(id: $planId) {\n      id\n      title\n      lastEventSeq\n    }\n    commitment(id: $id) {\n      ...CommitmentFields\n      createdAt\n      viewerCanReport\n      viewerCanSteer\n      action {\n        id\n        orientation {\n          id\n          number\n          title\n        }\n      }\n      decision {\n        id\n        text\n        meeting {\n          id\n          title\n          startsAt\n          body {\n            id\n            name\n          }\n        }\n      }\n      progressUpdates {\n        id\n        createdAt\n        status\n        previousStatus\n        progress\n        previousProgress\n        note\n        evidenceUrl\n        evidenceFile {\n          id\n          filename\n          size\n          contentType\n          url\n        }\n        author {\n          id\n          displayName\n          organization {\n            id\n            name\n            acronym\n          }\n        }\n      }\n      history {\n        id\n        kind\n        at\n        actor {\n          id\n          displayName\n        }\n        diff {\n          field\n          oldValue\n          newValue\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommitmentPage($id: ID!, $planId: ID!) {\n    plan(id: $planId) {\n      id\n      title\n      lastEventSeq\n    }\n    commitment(id: $id) {\n      ...CommitmentFields\n      createdAt\n      viewerCanReport\n      viewerCanSteer\n      action {\n        id\n        orientation {\n          id\n          number\n          title\n        }\n      }\n      decision {\n        id\n        text\n        meeting {\n          id\n          title\n          startsAt\n          body {\n            id\n            name\n          }\n        }\n      }\n      progressUpdates {\n        id\n        createdAt\n        status\n        previousStatus\n        progress\n        previousProgress\n        note\n        evidenceUrl\n        evidenceFile {\n          id\n          filename\n          size\n          contentType\n          url\n        }\n        author {\n          id\n          displayName\n          organization {\n            id\n            name\n            acronym\n          }\n        }\n      }\n      history {\n        id\n        kind\n        at\n        actor {\n          id\n          displayName\n        }\n        diff {\n          field\n          oldValue\n          newValue\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportPlan($id: ID!) {\n    plan(id: $id) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  query ImportPlan($id: ID!) {\n    plan(id: $id) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      displayName\n      email\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      displayName\n      email\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanBudget($planId: ID!) {\n    plan(id: $planId) {\n      id\n      title\n      lastEventSeq\n    }\n    budgetTotals(planId: $planId) {\n      planId\n      planned\n      committed\n      spent\n      lineCount\n      byOrientation { orientationId planned committed spent orientation { id number title } }\n      byAction { actionId planned committed spent action { id title orientation { id number } } }\n      byFunder { funderId planned committed spent funder { id name acronym } }\n      byYear { year planned committed spent }\n    }\n  }\n"): (typeof documents)["\n  query PlanBudget($planId: ID!) {\n    plan(id: $planId) {\n      id\n      title\n      lastEventSeq\n    }\n    budgetTotals(planId: $planId) {\n      planId\n      planned\n      committed\n      spent\n      lineCount\n      byOrientation { orientationId planned committed spent orientation { id number title } }\n      byAction { actionId planned committed spent action { id title orientation { id number } } }\n      byFunder { funderId planned committed spent funder { id name acronym } }\n      byYear { year planned committed spent }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanPage($id: ID!) {\n    plan(id: $id) {\n      ...PlanFields\n      lastEventSeq\n      orientations {\n        ...OrientationFields\n        actions {\n          ...ActionFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlanPage($id: ID!) {\n    plan(id: $id) {\n      ...PlanFields\n      lastEventSeq\n      orientations {\n        ...OrientationFields\n        actions {\n          ...ActionFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanTimelinePage($planId: ID!, $from: LocalDate, $to: LocalDate) {\n    plan(id: $planId) {\n      id\n      title\n      startYear\n      endYear\n      lastEventSeq\n    }\n    planTimeline(planId: $planId, from: $from, to: $to) {\n      planId\n      from\n      to\n      today\n      lateCount\n      actions {\n        lateCount\n        action {\n          id\n          title\n          status\n          startsOn\n          endsOn\n          orientation {\n            id\n            number\n          }\n        }\n        milestones {\n          ...MilestoneFields\n        }\n        commitments {\n          id\n          title\n          dueOn\n          late\n          status\n          organization {\n            id\n            name\n            acronym\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlanTimelinePage($planId: ID!, $from: LocalDate, $to: LocalDate) {\n    plan(id: $planId) {\n      id\n      title\n      startYear\n      endYear\n      lastEventSeq\n    }\n    planTimeline(planId: $planId, from: $from, to: $to) {\n      planId\n      from\n      to\n      today\n      lateCount\n      actions {\n        lateCount\n        action {\n          id\n          title\n          status\n          startsOn\n          endsOn\n          orientation {\n            id\n            number\n          }\n        }\n        milestones {\n          ...MilestoneFields\n        }\n        commitments {\n          id\n          title\n          dueOn\n          late\n          status\n          organization {\n            id\n            name\n            acronym\n          }\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;