import { Action, ActionPartner } from '../actions/action.entity';
import { AgendaItem } from '../agenda/agenda-item.entity';
import { Attendance } from '../attendance/attendance.entity';
import { Invitation } from '../auth/invitation.entity';
import { Session } from '../auth/session.entity';
import { BudgetLine } from '../budget/budget-line.entity';
import { Commitment } from '../commitments/commitment.entity';
import { ProgressUpdate } from '../commitments/progress-update.entity';
import { Contribution, ContributionReaction, ContributionSupport } from '../contributions/contribution.entity';
import { GovernanceBody } from '../bodies/governance-body.entity';
import { Membership } from '../bodies/membership.entity';
import { Decision } from '../decisions/decision.entity';
import { DocumentAmendment, DocumentRecord, DocumentUpdate } from '../documents/document.entity';
import { Change } from '../history/change.entity';
import { EventRecord, TopicSequence } from '../events/event.entity';
import { EvidenceFile } from '../evidence/evidence-file.entity';
import { Indicator } from '../indicators/indicator.entity';
import { Measurement } from '../indicators/measurement.entity';
import { AgendaPublication } from '../meetings/agenda-publication.entity';
import { Milestone } from '../milestones/milestone.entity';
import { CalendarFeed } from '../meetings/calendar-feed.entity';
import { Meeting } from '../meetings/meeting.entity';
import { MinutesVersion } from '../minutes/minutes.entity';
import { Orientation } from '../orientations/orientation.entity';
import { Organization } from '../organizations/organization.entity';
import { Person } from '../people/person.entity';
import { Plan } from '../plans/plan.entity';
import { Ballot, Poll } from '../polls/poll.entity';
import { Territory } from '../territories/territory.entity';
import { PartnerReport, YearlyReview } from '../yearly-review/yearly-review.entity';

export const ENTITIES = [
  Territory,
  Plan,
  Orientation,
  Action,
  ActionPartner,
  Organization,
  Person,
  Session,
  Invitation,
  GovernanceBody,
  Membership,
  Meeting,
  AgendaItem,
  AgendaPublication,
  Attendance,
  Decision,
  MinutesVersion,
  CalendarFeed,
  Contribution,
  ContributionSupport,
  ContributionReaction,
  Poll,
  Ballot,
  Commitment,
  ProgressUpdate,
  EvidenceFile,
  Change,
  DocumentRecord, DocumentUpdate, DocumentAmendment,
  Indicator, Measurement, Milestone, BudgetLine,
  YearlyReview, PartnerReport,
  EventRecord,
  TopicSequence,
];
