import type { MeetingStatus } from '@/gql/graphql';

/** The lifecycle moves a facilitator makes from the meeting page. */
export type LifecycleMove = 'convene' | 'open' | 'close';

/** The next step of each status, as the server allows it (minutes are approved at the next meeting). */
export const NEXT_MOVE: Partial<Record<MeetingStatus, LifecycleMove>> = {
  DRAFT: 'convene',
  CONVENED: 'open',
  IN_SESSION: 'close',
};

/** Statuses in which a meeting may still be cancelled. */
export const CANCELLABLE: MeetingStatus[] = ['DRAFT', 'CONVENED'];

/** Statuses in which the meeting's details and agenda may still change. */
export const PREPARING: MeetingStatus[] = ['DRAFT', 'CONVENED'];

/** Statuses of a meeting that took place (the cadence counts them as held). */
export const HELD: MeetingStatus[] = ['IN_SESSION', 'CLOSED', 'MINUTES_APPROVED'];

/** Member roles that run a body's meetings: chair, co-chair, secretary. */
export const FACILITATOR_ROLES = ['CHAIR', 'CO_CHAIR', 'SECRETARY'] as const;
