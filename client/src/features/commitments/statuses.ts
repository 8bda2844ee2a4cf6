import type { CommitmentStatus } from '@/gql/graphql';

/** The statuses, in lifecycle order: the order of filters, figures and selects. */
export const COMMITMENT_STATUSES: CommitmentStatus[] = ['PROPOSED', 'ACCEPTED', 'IN_PROGRESS', 'AT_RISK', 'DONE', 'ABANDONED'];

/** Still to be delivered: only these can be late. */
export const OPEN_STATUSES: CommitmentStatus[] = ['PROPOSED', 'ACCEPTED', 'IN_PROGRESS', 'AT_RISK'];

/** Statuses whose percentage is followed (done means 100 %). */
export const FOLLOWED_STATUSES: CommitmentStatus[] = ['ACCEPTED', 'IN_PROGRESS', 'AT_RISK'];

// The server's lifecycle (server/src/commitments/commitment-lifecycle.ts), so the progress form
// offers only the moves it would accept; the server still decides and explains a refusal.
const NEXT: Record<CommitmentStatus, CommitmentStatus[]> = {
  PROPOSED: ['ACCEPTED', 'ABANDONED'],
  ACCEPTED: ['IN_PROGRESS', 'AT_RISK', 'DONE', 'ABANDONED'],
  IN_PROGRESS: ['AT_RISK', 'DONE', 'ABANDONED'],
  AT_RISK: ['IN_PROGRESS', 'DONE', 'ABANDONED'],
  DONE: ['IN_PROGRESS'],
  ABANDONED: [],
};

/** Where a commitment in this status may go next. */
export function nextStatuses(status: CommitmentStatus): CommitmentStatus[] {
  return NEXT[status];
}

/** The slugs the ledger's address uses for statuses (French, readable in a shared link). */
export const STATUS_SLUGS: Record<CommitmentStatus, string> = {
  PROPOSED: 'propose',
  ACCEPTED: 'accepte',
  IN_PROGRESS: 'en-cours',
  AT_RISK: 'en-risque',
  DONE: 'realise',
  ABANDONED: 'abandonne',
};
