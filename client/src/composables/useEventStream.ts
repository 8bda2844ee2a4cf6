import type { ApolloCache, TypedDocumentNode } from '@apollo/client/core';
import { useApolloClient, useSubscription } from '@vue/apollo-composable';
import { ref, watch, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { liveGeneration, markLiveLinkDown, restartLiveLink } from '@/apollo';
import { useAnnouncer } from '@/composables/useAnnouncer';
import { useCurrentPerson } from '@/features/auth/composables/useCurrentPerson';

interface StreamEvent {
  seq: number;
  actorId?: string | null;
}

export interface EventStreamOptions<TEvent extends StreamEvent, TData, TVariables> {
  /** The subscription, with an `after` cursor variable. */
  document: TypedDocumentNode<TData, TVariables>;
  /** The followed record (plan, meeting…) and the `lastEventSeq` its page read. */
  id: Ref<string>;
  loadedSeq: Ref<number | undefined>;
  variables: (id: string, after: number | null) => TVariables;
  /** The event in a subscription result, and the same event wrapped back as a result. */
  eventOf: (data: TData) => TEvent | null | undefined;
  resultOf: (event: TEvent) => TData;
  /** Parent lists to change for creations and removals. */
  updateLists: (cache: ApolloCache<unknown>, event: TEvent) => void;
  describe: (event: TEvent, t: ReturnType<typeof useI18n>['t']) => string | null;
  announces?: (event: TEvent) => boolean;
  onApplied?: (event: TEvent) => void;
}

/**
 * Follows a record's event stream live. Starts from the `lastEventSeq` the page's query
 * returned, so nothing between the read and the subscription is missed, and applies each
 * event once, in order; events by others are announced to screen readers.
 */
export function useEventStream<TEvent extends StreamEvent, TData, TVariables>(options: EventStreamOptions<TEvent, TData, TVariables>) {
  const { resolveClient } = useApolloClient();
  const { me } = useCurrentPerson();
  const { t } = useI18n();
  const announce = useAnnouncer();

  // Where the subscription (re)starts; changes only on start and reconnection, since a change
  // of variables restarts the subscription.
  const cursor = ref<number | null>(null);
  let lastApplied = -1;

  watch(
    [options.id, options.loadedSeq],
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

  const variables = () => options.variables(options.id.value, cursor.value);
  const { onResult, onError, restart } = useSubscription(
    options.document,
    variables as never,
    // The cache is written below, only for events not applied yet: graphql-ws replays from the
    // first cursor after a reconnection, and an old replayed snapshot must not overwrite newer data.
    () => ({ enabled: cursor.value !== null, fetchPolicy: 'no-cache' }),
  );

  onResult(({ data }) => {
    const event = data ? options.eventOf(data as TData) : null;
    if (!event || event.seq <= lastApplied) return;
    lastApplied = event.seq;
    resolveClient().cache.batch({
      update: (cache) => {
        cache.writeQuery({ id: 'ROOT_SUBSCRIPTION', query: options.document, variables: variables(), data: options.resultOf(event) as never });
        options.updateLists(cache, event);
      },
    });
    options.onApplied?.(event);
    if (event.actorId !== me.value?.id && (options.announces?.(event) ?? true)) {
      const sentence = options.describe(event, t);
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

  // A fresh client: its generation change makes every followed stream resume.
  return { reconnect: restartLiveLink };
}
