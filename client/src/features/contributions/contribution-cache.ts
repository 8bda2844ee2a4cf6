import type { ApolloCache, Reference } from '@apollo/client/core';
import type { ContributionStatus } from '@/gql/graphql';
import { addToList } from '@/lib/cache-lists';

/** What decides which cached lists show a contribution. */
export interface PlacedContribution {
  __typename: 'Contribution';
  id: string;
  planId: string;
  meetingId?: string | null;
  parentId?: string | null;
  orientationId?: string | null;
  actionId?: string | null;
  status: ContributionStatus;
}

interface ContributionPageValue {
  items: readonly Reference[];
  totalCount: number;
}

/** The arguments a cached field was read with, from its store name: `contributions({"planId":…})`. */
function storedArgs(storeFieldName: string): Record<string, unknown> | null {
  const start = storeFieldName.indexOf('{');
  if (start < 0) return {};
  try {
    return JSON.parse(storeFieldName.slice(start, storeFieldName.lastIndexOf('}') + 1)) as Record<string, unknown>;
  } catch {
    return null;
  }
}

/** Whether a between-meetings feed read with these arguments lists the contribution (the server's filters). */
function feedShows(args: Record<string, unknown>, contribution: PlacedContribution) {
  if (args.planId !== contribution.planId || args.search) return false;
  if (args.orientationId && args.orientationId !== contribution.orientationId) return false;
  if (args.actionId && args.actionId !== contribution.actionId) return false;
  return !args.status || args.status === contribution.status;
}

/** Puts a between-meetings contribution at the top of every loaded feed that shows it. */
function addToPlanFeeds(cache: ApolloCache<unknown>, contribution: PlacedContribution) {
  cache.modify({
    id: 'ROOT_QUERY',
    fields: {
      contributions(value, { storeFieldName, readField, toReference }) {
        const page = value as ContributionPageValue | undefined;
        const args = storedArgs(storeFieldName);
        if (!page?.items || !args || !feedShows(args, contribution)) return value;
        if (page.items.some((item) => readField('id', item) === contribution.id)) return value;
        const added = toReference({ __typename: 'Contribution', id: contribution.id });
        return added ? { ...page, items: [added, ...page.items], totalCount: page.totalCount + 1 } : value;
      },
    },
  });
}

/**
 * Lists a new contribution where it belongs: under its parent (a reply), in its meeting, or in
 * the plan's feeds between meetings. Idempotent, so the live event that follows our own
 * optimistic post changes nothing.
 */
export function placeContribution(cache: ApolloCache<unknown>, contribution: PlacedContribution) {
  if (contribution.parentId) {
    addToList(cache, { parent: { __typename: 'Contribution', id: contribution.parentId }, field: 'replies' }, contribution);
  } else if (contribution.meetingId) {
    // Only the meeting's whole list (no item filter) is read by the pages.
    const meeting = cache.identify({ __typename: 'Meeting', id: contribution.meetingId });
    cache.modify({
      id: meeting,
      fields: {
        contributions(value, { storeFieldName, readField, toReference }) {
          const list = (value ?? []) as readonly Reference[];
          if (storeFieldName !== 'contributions' || list.some((item) => readField('id', item) === contribution.id)) return value;
          const added = toReference({ __typename: 'Contribution', id: contribution.id });
          return added ? [added, ...list] : value;
        },
      },
    });
  } else {
    addToPlanFeeds(cache, contribution);
  }
}
