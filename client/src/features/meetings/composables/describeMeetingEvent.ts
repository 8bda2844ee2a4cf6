import type { MeetingChangedSubscription } from '@/gql/graphql';

type MeetingEvent = MeetingChangedSubscription['meetingChanged'];
type Translate = (key: string, named: Record<string, unknown>) => string;

/** The sentence announced to screen readers when someone else changed the meeting. */
export function describeMeetingEvent(event: MeetingEvent, t: Translate): string | null {
  const { meeting, agendaItem, poll } = event;
  switch (event.type) {
    case 'MEETING_UPDATED':
      return meeting ? t('meetingEvents.MEETING_UPDATED', { status: t(`meetingStatus.${meeting.status}`, {}) }) : null;
    case 'AGENDA_PUBLISHED':
      return meeting ? t('meetingEvents.AGENDA_PUBLISHED', { revision: meeting.agendaRevision }) : null;
    case 'AGENDA_ITEM_ADDED':
    case 'AGENDA_ITEM_UPDATED':
    case 'AGENDA_ITEM_REMOVED':
      return agendaItem ? t(`meetingEvents.${event.type}`, { title: agendaItem.title }) : null;
    case 'AGENDA_REORDERED':
    case 'ATTENDANCE_UPDATED':
    case 'DECISION_RECORDED':
    case 'DECISION_UPDATED':
    case 'DECISION_REMOVED':
    case 'MINUTES_UPDATED':
      return t(`meetingEvents.${event.type}`, {});
    // Ballots (POLL_UPDATED) and contributions are summarised by the room page instead.
    case 'POLL_OPENED':
    case 'POLL_CLOSED':
      return poll ? t(`meetingEvents.${event.type}`, { question: poll.question }) : null;
    default:
      return null;
  }
}
