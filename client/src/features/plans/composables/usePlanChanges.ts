import type { ApolloCache } from '@apollo/client/core';
import { useApolloClient, useSubscription } from '@vue/apollo-composable';
import { ref, watch, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { liveGeneration, markLiveLinkDown, restartLiveLink } from '@/apollo';
import { useAnnouncer } from '@/composables/useAnnouncer';
import { useCurrentPerson } from '@/features/auth/composables/useCurrentPerson';
import { graphql } from '@/gql';
import type { PlanChangedSubscription as PlanChangedResult } from '@/gql/graphql';
import { addToList, removeFromList } from '@/lib/cache-lists';
import { describePlanEvent } from './describePlanEvent';

const PlanChangedSubscription = graphql(`
  subscription PlanChanged($planId: ID!, $after: Int) {
    planChanged(planId: $planId, after: $after) {
      seq
      type
      actorId
      planId
      plan {
        ...PlanFields
      }
      orientation {
        ...OrientationFields
        actions {
          ...ActionFields
        }
      }
      action {
        ...ActionFields
      }
      body {
        ...BodyFields
        memberships {
          ...MembershipFields
        }
      }
      membership {
        ...MembershipFields
      }
      meeting {
        ...MeetingSummaryFields
      }
      agendaItem {
        ...AgendaEntryFields
      }
    }
  }
`);

export type PlanEvent = PlanChangedResult['planChanged'];

/** Keeps the parents' lists in step with records created, archived, added or ended. */
function updateLists(cache: ApolloCache<unknown>, event: PlanEvent) {
  const plan = { __typename: 'Plan', id: event.planId };
  const { orientation, action, body, membership } = event;
  switch (event.type) {
    case 'ORIENTATION_CREATED':
      if (orientation) addToList(cache, { parent: plan, field: 'orientations', orderBy: 'number' }, orientation);
      break;
    case 'ORIENTATION_ARCHIVED':
      if (orientation) removeFromList(cache, { parent: plan, field: 'orientations' }, orientation);
      break;
    case 'ACTION_CREATED':
    case 'ACTION_ARCHIVED':
      if (!action) break;
      if (event.type === 'ACTION_CREATED') {
        addToList(cache, { parent: { __typename: 'Orientation', id: action.orientationId }, field: 'actions', orderBy: 'position' }, action);
      } else {
        removeFromList(cache, { parent: { __typename: 'Orientation', id: action.orientationId }, field: 'actions' }, action);
      }
      break;
    case 'BODY_CREATED':
      if (body) addToList(cache, { parent: plan, field: 'bodies' }, body);
      break;
    case 'BODY_ARCHIVED':
      if (body) removeFromList(cache, { parent: plan, field: 'bodies' }, body);
      break;
    case 'MEMBERSHIP_ADDED':
      if (membership) addToList(cache, { parent: { __typename: 'GovernanceBody', id: membership.bodyId }, field: 'memberships' }, membership);
      break;
    case 'MEMBERSHIP_ENDED':
      if (membership) removeFromList(cache, { parent: { __typename: 'GovernanceBody', id: membership.bodyId }, field: 'memberships' }, membership);
      break;
    case 'BACKLOG_ITEM_CHANGED': {
      // One event for every change to a backlog: an item still waiting at the top level is
      // listed; one placed in a meeting, put in a section or removed leaves the list.
      const { agendaItem } = event;
      if (!agendaItem) break;
      const backlog = { parent: { __typename: 'GovernanceBody', id: agendaItem.bodyId }, field: 'backlog' };
      if (!agendaItem.meetingId && !agendaItem.parentId && !agendaItem.archivedAt) addToList(cache, backlog, agendaItem);
      else removeFromList(cache, backlog, agendaItem);
      break;
    }
    default:
      break;
  }
}

/**
 * Follows a plan's changes live. Starts from the `lastEventSeq` the page's query returned, so
 * nothing between the read and the subscription is missed, and applies each event once, in order.
 */
export function usePlanChanges(
  planId: Ref<string>,
  loadedSeq: Ref<number | undefined>,
  options: {
    onApplied?: (event: PlanEvent) => void;
    /** Which events to announce to screen readers (all of them by default). */
    announces?: (event: PlanEvent) => boolean;
  } = {},
) {
  const { resolveClient } = useApolloClient();
  const { me } = useCurrentPerson();
  const { t } = useI18n();
  const announce = useAnnouncer();

  // Where the subscription (re)starts; changes only on start and reconnection, since a change
  // of variables restarts the subscription.
  const cursor = ref<number | null>(null);
  let lastApplied = -1;

  watch(
    [planId, loadedSeq],
    ([id, seq], previous) => {
      if (id !== previous?.[0]) {
        cursor.value = null;
        lastApplied = -1;
      }
      if (seq === undefined || cursor.value !== null) return;
      cursor.value = seq;
      lastApplied = seq;
    },
    { immediate: true },
  );

  const { onResult, onError, restart } = useSubscription(
    PlanChangedSubscription,
    () => ({ planId: planId.value, after: cursor.value }),
    // The cache is written below, only for events not applied yet: graphql-ws replays from the
    // first cursor after a reconnection, and an old replayed snapshot must not overwrite newer data.
    () => ({ enabled: cursor.value !== null, fetchPolicy: 'no-cache' }),
  );

  onResult(({ data }) => {
    const event = data?.planChanged;
    if (!event || event.seq <= lastApplied) return;
    lastApplied = event.seq;
    const cache = resolveClient().cache;
    cache.batch({
      update: (batch) => {
        batch.writeQuery({
          id: 'ROOT_SUBSCRIPTION',
          query: PlanChangedSubscription,
          variables: { planId: planId.value, after: cursor.value },
          data: { __typename: 'Subscription', planChanged: event },
        });
        updateLists(batch, event);
      },
    });
    options.onApplied?.(event);
    if (event.actorId !== me.value?.id && (options.announces?.(event) ?? true)) {
      const sentence = describePlanEvent(event, t);
      if (sentence) void announce(sentence);
    }
  });

  // Retries are exhausted, or the socket was refused: stop showing "Reconnexion…".
  onError(() => markLiveLinkDown());

  /** Resumes after the last event applied, on a new WebSocket client (after sign-in, or a manual retry). */
  function resume() {
    if (cursor.value === null) return;
    if (cursor.value === lastApplied) restart();
    else cursor.value = lastApplied;
  }

  watch(liveGeneration, resume);

  // A fresh client: its generation change makes every followed plan resume.
  return { reconnect: restartLiveLink };
}
