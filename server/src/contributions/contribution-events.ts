import type { EntityManager } from 'typeorm';
import { MeetingEventType, publishMeetingChange } from '../meetings/meeting-event';
import { PlanEventType, publishPlanChange } from '../plans/plan-event';
import type { Contribution } from './contribution.entity';

export const enum ContributionChange {
  Posted = 'POSTED',
  Updated = 'UPDATED',
}

/**
 * Publishes a contribution on its meeting's stream, or on its plan's between meetings. The
 * payload is the bare row: counts and reactions are resolved per reader.
 */
export function publishContribution(tx: EntityManager, contribution: Contribution, change: ContributionChange, actorId: string) {
  const subjects = { contribution };
  const posted = change === ContributionChange.Posted;
  if (contribution.meetingId) {
    const type = posted ? MeetingEventType.CONTRIBUTION_POSTED : MeetingEventType.CONTRIBUTION_UPDATED;
    return publishMeetingChange(tx, { meetingId: contribution.meetingId, type, actorId, subjects });
  }
  const type = posted ? PlanEventType.CONTRIBUTION_POSTED : PlanEventType.CONTRIBUTION_UPDATED;
  return publishPlanChange(tx, { planId: contribution.planId, type, actorId, subjects });
}
