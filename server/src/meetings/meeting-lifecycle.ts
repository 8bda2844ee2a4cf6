import { conflict } from '../app/errors';
import { MeetingStatus } from './meeting.entity';

/** The moves a meeting may make; anything else is a CONFLICT. */
const ALLOWED: Record<MeetingStatus, MeetingStatus[]> = {
  [MeetingStatus.DRAFT]: [MeetingStatus.CONVENED, MeetingStatus.CANCELLED],
  [MeetingStatus.CONVENED]: [MeetingStatus.IN_SESSION, MeetingStatus.CANCELLED],
  [MeetingStatus.IN_SESSION]: [MeetingStatus.CLOSED],
  [MeetingStatus.CLOSED]: [MeetingStatus.MINUTES_APPROVED],
  [MeetingStatus.MINUTES_APPROVED]: [],
  [MeetingStatus.CANCELLED]: [],
};

const LABELS: Record<MeetingStatus, string> = {
  [MeetingStatus.DRAFT]: 'en préparation',
  [MeetingStatus.CONVENED]: 'convoquée',
  [MeetingStatus.IN_SESSION]: 'en séance',
  [MeetingStatus.CLOSED]: 'close',
  [MeetingStatus.MINUTES_APPROVED]: 'au compte rendu approuvé',
  [MeetingStatus.CANCELLED]: 'annulée',
};

export function assertTransition(from: MeetingStatus, to: MeetingStatus) {
  if (!ALLOWED[from].includes(to)) {
    throw conflict(`Une réunion ${LABELS[from]} ne peut pas devenir ${LABELS[to]}.`);
  }
}

/** Statuses in which the agenda and the meeting's details can still change. */
export const PREPARING = [MeetingStatus.DRAFT, MeetingStatus.CONVENED];
/** Statuses that count as held for the cadence. */
export const HELD = [MeetingStatus.IN_SESSION, MeetingStatus.CLOSED, MeetingStatus.MINUTES_APPROVED];

export function assertStatusIn(status: MeetingStatus, allowed: MeetingStatus[], what: string) {
  if (!allowed.includes(status)) throw conflict(`${what} : impossible pour une réunion ${LABELS[status]}.`);
}
