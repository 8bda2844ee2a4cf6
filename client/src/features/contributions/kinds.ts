import type { ContributionKind, ReactionKind } from '@/gql/graphql';

/** In the order the form offers them. */
export const CONTRIBUTION_KINDS: ContributionKind[] = ['PROPOSAL', 'IDEA', 'QUESTION', 'OBJECTION', 'AMENDMENT'];

export const REACTIONS: ReactionKind[] = ['AGREE', 'THANKS', 'THINKING', 'CONCERN'];

/** Pinned first, then newest, as the server lists them. */
export function byPinThenNewest<T extends { pinned: boolean; createdAt: string; id: string }>(items: readonly T[]): T[] {
  return [...items].sort(
    (a, b) => Number(b.pinned) - Number(a.pinned) || b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id),
  );
}
