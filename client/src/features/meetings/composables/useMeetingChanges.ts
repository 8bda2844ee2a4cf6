import { useApolloClient, useSubscription } from '@vue/apollo-composable';
import { ref, watch, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { liveGeneration, markLiveLinkDown, restartLiveLink } from '@/apollo';
import { useAnnouncer } from '@/composables/useAnnouncer';
import { useCurrentPerson } from '@/features/auth/composables/useCurrentPerson';
import { graphql } from '@/gql';
import { describeMeetingEvent } from './describeMeetingEvent';
import { type MeetingEvent, updateMeetingLists } from './meeting-cache';

const MeetingChangedSubscription = graphql(`
  subscription MeetingChanged($meetingId: ID!, $after: Int) {
    meetingChanged(meetingId: $meetingId, after: $after) {
      seq
      type
      actorId
      meetingId
      order
      meeting {
        ...MeetingFields
      }
      agendaItem {
        ...AgendaEntryFields
      }
      attendance {
        ...AttendanceFields
      }
      decision {
        ...DecisionFields
      }
      minutes {
        ...MinutesFields
      }
    }
  }
`);

/**
 * Follows a meeting's changes live, like `usePlanChanges` for a plan: from the `lastEventSeq`
 * the page read, each event applied once and in order (replays after a reconnection are dropped).
 */
export function useMeetingChanges(
  meetingId: Ref<string>,
  loadedSeq: Ref<number | undefined>,
  options: { onApplied?: (event: MeetingEvent) => void } = {},
) {
  const { resolveClient } = useApolloClient();
  const { me } = useCurrentPerson();
  const { t } = useI18n();
  const announce = useAnnouncer();
  const cursor = ref<number | null>(null);
  let lastApplied = -1;

  watch(
    [meetingId, loadedSeq],
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
    MeetingChangedSubscription,
    () => ({ meetingId: meetingId.value, after: cursor.value }),
    // Written below, only for events not applied yet: an old replayed snapshot must not
    // overwrite newer data.
    () => ({ enabled: cursor.value !== null, fetchPolicy: 'no-cache' }),
  );

  onResult(({ data }) => {
    const event = data?.meetingChanged;
    if (!event || event.seq <= lastApplied) return;
    lastApplied = event.seq;
    const cache = resolveClient().cache;
    cache.batch({
      update: (batch) => {
        batch.writeQuery({
          id: 'ROOT_SUBSCRIPTION',
          query: MeetingChangedSubscription,
          variables: { meetingId: meetingId.value, after: cursor.value },
          data: { __typename: 'Subscription', meetingChanged: event },
        });
        updateMeetingLists(batch, event);
      },
    });
    options.onApplied?.(event);
    if (event.actorId !== me.value?.id) {
      const sentence = describeMeetingEvent(event, t);
      if (sentence) void announce(sentence);
    }
  });

  onError(() => markLiveLinkDown());

  function resume() {
    if (cursor.value === null) return;
    if (cursor.value === lastApplied) restart();
    else cursor.value = lastApplied;
  }

  watch(liveGeneration, resume);

  return { reconnect: restartLiveLink };
}
