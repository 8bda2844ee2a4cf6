import type { ApolloCache, Reference } from '@apollo/client/core';
import type { MeetingChangedSubscription } from '@/gql/graphql';
import { placeContribution } from '@/features/contributions/contribution-cache';
import { addToList, removeFromList } from '@/lib/cache-lists';

export type MeetingEvent = MeetingChangedSubscription['meetingChanged'];

const ref = (typename: string, id: string) => ({ __typename: typename, id });

/** Puts the items named in `order` in that order (exported for the optimistic moves), wherever they were listed (a meeting's agenda, or a section). */
export function applyOrder(cache: ApolloCache<unknown>, meetingId: string, parentId: string | null, order: string[]) {
  const parent = parentId ? ref('AgendaItem', parentId) : ref('Meeting', meetingId);
  const field = parentId ? 'children' : 'agenda';
  cache.modify({
    id: cache.identify(parent),
    fields: {
      [field](_value, { toReference }) {
        return order.map((id) => toReference(ref('AgendaItem', id))).filter((item): item is Reference => !!item);
      },
    },
  });
}

/** Takes an agenda item out of the meeting's agenda and of every section (it moved, or was removed). */
function removeEverywhere(cache: ApolloCache<unknown>, meetingId: string, itemId: string) {
  const item = ref('AgendaItem', itemId);
  const sectionIds: string[] = [];
  // Read-only pass: the sections listed, whose items may hold the one that left.
  cache.modify({
    id: cache.identify(ref('Meeting', meetingId)),
    fields: {
      agenda(value, { readField }) {
        for (const section of (value ?? []) as readonly Reference[]) {
          const sectionId = readField<string>('id', section);
          if (sectionId) sectionIds.push(sectionId);
        }
        return value;
      },
    },
  });
  removeFromList(cache, { parent: ref('Meeting', meetingId), field: 'agenda' }, item);
  for (const sectionId of sectionIds) removeFromList(cache, { parent: ref('AgendaItem', sectionId), field: 'children' }, item);
}

/** Keeps the meeting's lists (agenda, attendance, decisions, minutes) in step with one event. */
export function updateMeetingLists(cache: ApolloCache<unknown>, event: MeetingEvent) {
  const meeting = ref('Meeting', event.meetingId);
  const { agendaItem, attendance, decision, minutes, contribution, poll } = event;
  switch (event.type) {
    case 'AGENDA_ITEM_ADDED':
      // Items are added at the end of their list (a copy rolled over too). No sorting by
      // `position`: a reorder leaves the other items' cached positions behind.
      if (!agendaItem) break;
      addToList(cache, agendaItem.parentId ? { parent: ref('AgendaItem', agendaItem.parentId), field: 'children' } : { parent: meeting, field: 'agenda' }, agendaItem);
      break;
    case 'AGENDA_ITEM_REMOVED':
      if (agendaItem) removeEverywhere(cache, event.meetingId, agendaItem.id);
      break;
    case 'AGENDA_REORDERED':
      if (!event.order) break;
      // A move between lists: out of the old one first (or out of the backlog it came from),
      // then the new list as the server ordered it.
      if (agendaItem) {
        removeEverywhere(cache, event.meetingId, agendaItem.id);
        removeFromList(cache, { parent: ref('GovernanceBody', agendaItem.bodyId), field: 'backlog' }, agendaItem);
      }
      applyOrder(cache, event.meetingId, agendaItem?.parentId ?? null, event.order);
      break;
    case 'ATTENDANCE_UPDATED':
      if (attendance) addToList(cache, { parent: meeting, field: 'attendances' }, attendance);
      break;
    case 'DECISION_RECORDED':
      if (decision) addToList(cache, { parent: meeting, field: 'decisions' }, decision);
      break;
    case 'DECISION_REMOVED':
      if (decision) removeFromList(cache, { parent: meeting, field: 'decisions' }, decision);
      break;
    case 'MINUTES_UPDATED':
      if (minutes) showLatestMinutes(cache, event.meetingId, minutes);
      break;
    case 'CONTRIBUTION_POSTED':
      if (contribution) placeContribution(cache, contribution);
      break;
    case 'POLL_OPENED':
      if (poll) addToList(cache, { parent: meeting, field: 'polls' }, poll);
      break;
    default:
      break;
  }
}

/** A new version of the minutes (a correction) becomes the meeting's current one, first in its history. */
export function showLatestMinutes(cache: ApolloCache<unknown>, meetingId: string, minutes: { __typename: 'MinutesVersion'; id: string; version: number }) {
  cache.modify({
    id: cache.identify(ref('Meeting', meetingId)),
    fields: {
      minutes(current, { readField, toReference }) {
        const currentVersion = current ? readField<number>('version', current as Reference) ?? 0 : 0;
        return minutes.version >= currentVersion ? toReference(minutes) : current;
      },
      minutesHistory(value, { readField, toReference }) {
        const history = (value ?? []) as readonly Reference[];
        if (history.some((entry) => readField('id', entry) === minutes.id)) return history;
        const added = toReference(minutes);
        return added ? [added, ...history] : history;
      },
    },
  });
}
