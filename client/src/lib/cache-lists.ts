import type { ApolloCache, Reference } from '@apollo/client/core';

interface Entity {
  __typename: string;
  id: string;
}

const identify = (cache: ApolloCache<unknown>, entity: Entity) => cache.identify({ __typename: entity.__typename, id: entity.id });

/** A parent's list field in the cache: Plan.orientations, Orientation.actions, GovernanceBody.memberships… */
export interface CachedList {
  parent: Entity;
  field: string;
  /** Keeps the list in the server's order (by number, by position); new items go last without it. */
  orderBy?: string;
}

// Both helpers are idempotent: a live event replayed after a reconnect, or arriving after our
// own mutation already updated the list, changes nothing.

/** Puts a record in a cached list if it is not there yet. Does nothing if the list was never loaded. */
export function addToList(cache: ApolloCache<unknown>, list: CachedList, item: Entity) {
  const itemId = identify(cache, item);
  if (!itemId) return;
  cache.modify({
    id: identify(cache, list.parent),
    fields: {
      [list.field](value, { readField, toReference }) {
        const existing = (value ?? []) as readonly Reference[];
        if (existing.some((ref) => readField('id', ref) === item.id)) return existing;
        const added = toReference(itemId);
        if (!added) return existing;
        const next = [...existing, added];
        if (!list.orderBy) return next;
        const key = list.orderBy;
        return next.sort((a, b) => Number(readField(key, a) ?? 0) - Number(readField(key, b) ?? 0));
      },
    },
  });
}

/** Takes a record out of a cached list (archived, ended). */
export function removeFromList(cache: ApolloCache<unknown>, list: CachedList, item: Entity) {
  cache.modify({
    id: identify(cache, list.parent),
    fields: {
      [list.field](value, { readField }) {
        const existing = (value ?? []) as readonly Reference[];
        const next = existing.filter((ref) => readField('id', ref) !== item.id);
        return next.length === existing.length ? existing : next;
      },
    },
  });
}
