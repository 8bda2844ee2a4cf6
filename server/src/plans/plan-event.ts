import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import { Action } from '../actions/action.entity';
import { AgendaItem } from '../agenda/agenda-item.entity';
import { DateTime } from '../app/scalars';
import { BudgetLine } from '../budget/budget-line.entity';
import { Commitment } from '../commitments/commitment.entity';
import { GovernanceBody } from '../bodies/governance-body.entity';
import { Contribution } from '../contributions/contribution.entity';
import { Decision } from '../decisions/decision.entity';
import { Membership } from '../bodies/membership.entity';
import type { EventRecord } from '../events/event.entity';
import { recordEvent } from '../events/event-log';
import { reviveSubjects } from '../events/revive';
import { planTopic } from '../events/topics';
import { Indicator } from '../indicators/indicator.entity';
import { Measurement } from '../indicators/measurement.entity';
import { Meeting } from '../meetings/meeting.entity';
import { Milestone } from '../milestones/milestone.entity';
import { Orientation } from '../orientations/orientation.entity';
import { PartnerReport, YearlyReview } from '../yearly-review/yearly-review.entity';
import { Plan } from './plan.entity';

export enum PlanEventType {
  PLAN_UPDATED = 'PLAN_UPDATED',
  PLAN_ARCHIVED = 'PLAN_ARCHIVED',
  ORIENTATION_CREATED = 'ORIENTATION_CREATED',
  ORIENTATION_UPDATED = 'ORIENTATION_UPDATED',
  ORIENTATION_ARCHIVED = 'ORIENTATION_ARCHIVED',
  ACTION_CREATED = 'ACTION_CREATED',
  ACTION_UPDATED = 'ACTION_UPDATED',
  ACTION_ARCHIVED = 'ACTION_ARCHIVED',
  BODY_CREATED = 'BODY_CREATED',
  BODY_UPDATED = 'BODY_UPDATED',
  BODY_ARCHIVED = 'BODY_ARCHIVED',
  MEMBERSHIP_ADDED = 'MEMBERSHIP_ADDED',
  MEMBERSHIP_UPDATED = 'MEMBERSHIP_UPDATED',
  MEMBERSHIP_ENDED = 'MEMBERSHIP_ENDED',
  MEETING_SCHEDULED = 'MEETING_SCHEDULED',
  MEETING_UPDATED = 'MEETING_UPDATED',
  BACKLOG_ITEM_CHANGED = 'BACKLOG_ITEM_CHANGED',
  DECISION_CHANGED = 'DECISION_CHANGED',
  CONTRIBUTION_POSTED = 'CONTRIBUTION_POSTED',
  CONTRIBUTION_UPDATED = 'CONTRIBUTION_UPDATED',
  COMMITMENT_CHANGED = 'COMMITMENT_CHANGED',
  INDICATOR_CHANGED = 'INDICATOR_CHANGED',
  MEASUREMENT_RECORDED = 'MEASUREMENT_RECORDED',
  MEASUREMENT_CHANGED = 'MEASUREMENT_CHANGED',
  MILESTONE_CHANGED = 'MILESTONE_CHANGED',
  BUDGET_CHANGED = 'BUDGET_CHANGED',
  YEARLY_REVIEW_OPENED = 'YEARLY_REVIEW_OPENED',
  PARTNER_REPORT_CHANGED = 'PARTNER_REPORT_CHANGED',
}
registerEnumType(PlanEventType, { name: 'PlanEventType' });

/** The records a plan event can carry, by the payload key that holds them. */
const SUBJECTS = {
  plan: Plan,
  orientation: Orientation,
  action: Action,
  body: GovernanceBody,
  membership: Membership,
  meeting: Meeting,
  agendaItem: AgendaItem,
  decision: Decision,
  contribution: Contribution,
  commitment: Commitment,
  indicator: Indicator,
  measurement: Measurement,
  milestone: Milestone,
  budgetLine: BudgetLine,
  yearlyReview: YearlyReview,
  partnerReport: PartnerReport,
};
type SubjectKey = keyof typeof SUBJECTS;
type Subject = InstanceType<(typeof SUBJECTS)[SubjectKey]>;

@ObjectType({ description: 'A change to a plan or one of its parts, as recorded; `seq` orders the events of one plan.' })
export class PlanEvent {
  @Field(() => Int, { description: 'Position in the plan\'s event stream; pass the last one seen as `after` to resume.' })
  seq!: number;

  @Field(() => PlanEventType)
  type!: PlanEventType;

  @Field(() => DateTime)
  at!: Date;

  @Field(() => ID)
  planId!: string;

  @Field(() => ID, { nullable: true, description: 'Who made the change.' })
  actorId!: string | null;

  @Field(() => Plan, { nullable: true })
  plan?: Plan;

  @Field(() => Orientation, { nullable: true })
  orientation?: Orientation;

  @Field(() => Action, { nullable: true })
  action?: Action;

  @Field(() => GovernanceBody, { nullable: true, description: 'The body changed, or the body of the membership changed.' })
  body?: GovernanceBody;

  @Field(() => Membership, { nullable: true })
  membership?: Membership;

  @Field(() => Meeting, { nullable: true, description: 'A meeting scheduled, changed or moved along its lifecycle.' })
  meeting?: Meeting;

  @Field(() => AgendaItem, { nullable: true, description: "An item of a body's backlog." })
  agendaItem?: AgendaItem;

  @Field(() => Decision, { nullable: true, description: 'A decision recorded, changed or removed, for the register.' })
  decision?: Decision;

  @Field(() => Contribution, { nullable: true, description: 'A contribution made between meetings, posted or changed.' })
  contribution?: Contribution;

  @Field(() => Commitment, { nullable: true, description: "A partner's commitment recorded, changed, reported on or archived." })
  commitment?: Commitment;

  @Field(() => Indicator, { nullable: true, description: 'An indicator defined, changed or archived; with a measurement, the indicator it measures.' })
  indicator?: Indicator;

  @Field(() => Measurement, { nullable: true, description: 'A measurement recorded, corrected or archived.' })
  measurement?: Measurement;

  @Field(() => Milestone, { nullable: true, description: "A milestone of an action planned, changed, done or archived." })
  milestone?: Milestone;

  @Field(() => BudgetLine, { nullable: true, description: 'A budget line entered, changed or archived.' })
  budgetLine?: BudgetLine;

  @Field(() => YearlyReview, { nullable: true, description: 'A yearly review opened.' })
  yearlyReview?: YearlyReview;

  @Field(() => PartnerReport, { nullable: true, description: "A partner's yearly report created, saved, submitted or reopened." })
  partnerReport?: PartnerReport;
}

/** Records, in the change's transaction, what happened to a plan, with the changed records. */
export function publishPlanChange(
  tx: EntityManager,
  change: { planId: string; type: PlanEventType; actorId: string | null; subjects: Partial<Record<SubjectKey, Subject>> },
) {
  return recordEvent(tx, {
    topic: planTopic(change.planId),
    type: change.type,
    actorId: change.actorId,
    payload: { planId: change.planId, ...change.subjects },
  });
}

export function toPlanEvent(record: EventRecord): PlanEvent {
  const event = Object.assign(new PlanEvent(), {
    seq: record.seq,
    type: record.type as PlanEventType,
    at: new Date(record.createdAt),
    planId: String(record.payload.planId),
    actorId: record.actorId,
  });
  reviveSubjects(event, record.payload, SUBJECTS);
  return event;
}
