import 'reflect-metadata';
import { createPubSub } from '@graphql-yoga/subscription';
import { type AuthChecker, buildSchema } from 'type-graphql';
import { ActionResolver } from '../actions/action.resolver';
import { AgendaItemResolver, BodyBacklogResolver, MeetingAgendaResolver } from '../agenda/agenda-item.resolver';
import { AttendanceResolver, MeetingAttendanceResolver } from '../attendance/attendance.resolver';
import { AuthResolver } from '../auth/auth.resolver';
import { BodyResolver } from '../bodies/body.resolver';
import { ActionBudgetLinesResolver, BudgetLineResolver } from '../budget/budget-line.resolver';
import { ActionBudgetTotalResolver, FunderBudgetTotalResolver, OrientationBudgetTotalResolver } from '../budget/budget-totals.resolver';
import {
  ActionCommitmentsResolver,
  DecisionCommitmentsResolver,
  OrientationCommitmentTallyResolver,
  OrientationProgressLinkResolver,
  OrientationProgressResolver,
  PartnerCommitmentTallyResolver,
  ProgressUpdateResolver,
} from '../commitments/commitment-links.resolver';
import { CommitmentAgendaResolver } from '../commitments/commitment-agenda.resolver';
import { CommitmentResolver } from '../commitments/commitment.resolver';
import { MembershipResolver } from '../bodies/membership.resolver';
import {
  ActionContributionsResolver,
  AgendaItemContributionsResolver,
  ContributionConversionResolver,
  DecisionContributionsResolver,
} from '../contributions/contribution-conversion.resolver';
import { ContributionResolver, MeetingContributionsResolver, PlanContributionsResolver } from '../contributions/contribution.resolver';
import { DecisionResolver, MeetingDecisionsResolver } from '../decisions/decision.resolver';
import { AmendmentResolver, ContributionAmendmentResolver } from '../documents/amendment.resolver';
import { DocumentResolver } from '../documents/document.resolver';
import { ChangeResolver } from '../history/history.resolver';
import { ImportResolver } from '../imports/import.resolver';
import { ActionIndicatorsResolver, IndicatorResolver } from '../indicators/indicator.resolver';
import { MeasurementResolver } from '../indicators/measurement.resolver';
import { BodyMeetingsResolver, CalendarResolver, MeetingResolver } from '../meetings/meeting.resolver';
import { ActionMilestonesResolver, MilestoneResolver } from '../milestones/milestone.resolver';
import { MeetingMinutesResolver, MinutesResolver } from '../minutes/minutes.resolver';
import { OrientationResolver } from '../orientations/orientation.resolver';
import { OrganizationResolver } from '../organizations/organization.resolver';
import { PersonResolver } from '../people/person.resolver';
import { PlanResolver } from '../plans/plan.resolver';
import { MeetingPollsResolver, PollResolver } from '../polls/poll.resolver';
import { RoomResolver } from '../room/room.resolver';
import { TerritoryResolver } from '../territories/territory.resolver';
import { PartnerReportResolver, ReportSectionResolver, YearlyReviewResolver } from '../yearly-review/yearly-review.resolver';
import type { Context } from './context';

/** `@Authorized()` means signed in; finer rules live in the services, next to the data. */
const authChecker: AuthChecker<Context> = ({ context }) => context.viewer !== null;

export function buildTrameSchema() {
  return buildSchema({
    resolvers: [
      AuthResolver,
      PersonResolver,
      TerritoryResolver,
      PlanResolver,
      OrientationResolver,
      ActionResolver,
      OrganizationResolver,
      BodyResolver,
      MembershipResolver,
      MeetingResolver,
      BodyMeetingsResolver,
      CalendarResolver,
      AgendaItemResolver,
      MeetingAgendaResolver,
      BodyBacklogResolver,
      AttendanceResolver,
      MeetingAttendanceResolver,
      DecisionResolver,
      MeetingDecisionsResolver,
      MinutesResolver,
      MeetingMinutesResolver,
      RoomResolver,
      ContributionResolver,
      MeetingContributionsResolver,
      PlanContributionsResolver,
      ContributionConversionResolver,
      ActionContributionsResolver,
      DecisionContributionsResolver,
      AgendaItemContributionsResolver,
      PollResolver,
      MeetingPollsResolver,
      DocumentResolver, AmendmentResolver, ContributionAmendmentResolver,
      CommitmentResolver,
      ActionCommitmentsResolver,
      DecisionCommitmentsResolver,
      ProgressUpdateResolver,
      PartnerCommitmentTallyResolver,
      OrientationCommitmentTallyResolver,
      OrientationProgressResolver, OrientationProgressLinkResolver, CommitmentAgendaResolver,
      ChangeResolver,
      IndicatorResolver, ActionIndicatorsResolver, MeasurementResolver, MilestoneResolver, ActionMilestonesResolver,
      BudgetLineResolver, ActionBudgetLinesResolver, OrientationBudgetTotalResolver, ActionBudgetTotalResolver, FunderBudgetTotalResolver, ImportResolver,
      YearlyReviewResolver, PartnerReportResolver, ReportSectionResolver,
    ],
    authChecker,
    // type-graphql insists on a PubSub; Trame's subscriptions bring their own `subscribe`
    // over the event bus (ordered, replayable), so this one never carries an event.
    pubSub: createPubSub(),
    authMode: 'error',
    validate: { forbidUnknownValues: false },
  });
}
