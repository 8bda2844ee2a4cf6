import { computed, onUnmounted, ref, watch, type Ref } from 'vue';
import type { RoomFieldsFragment } from '@/gql/graphql';

type RoomTimer = NonNullable<RoomFieldsFragment['timer']>;

/**
 * The current item's clock, ticking in the browser between the server's readings: the elapsed
 * seconds the server gave, plus the time since they arrived while the timer runs. No clock
 * skew between browser and server can creep in, since `startedAt` is never compared with `now`.
 */
export function useRoomClock(timer: Ref<RoomTimer | null | undefined>) {
  const now = ref(Date.now());
  let receivedAt = Date.now();
  // Keyed on the values, not the object: a re-read of the same reading does not restart the count.
  watch(
    () => (timer.value ? `${timer.value.running}|${timer.value.startedAt}|${timer.value.elapsedSeconds}` : null),
    () => {
      receivedAt = Date.now();
      now.value = receivedAt;
    },
    { immediate: true },
  );
  const tick = window.setInterval(() => {
    if (timer.value?.running) now.value = Date.now();
  }, 1000);
  onUnmounted(() => window.clearInterval(tick));

  const elapsed = computed(() => {
    if (!timer.value) return 0;
    const running = timer.value.running ? Math.floor((now.value - receivedAt) / 1000) : 0;
    return timer.value.elapsedSeconds + Math.max(0, running);
  });
  const planned = computed(() => timer.value?.plannedSeconds ?? 0);
  return {
    elapsed,
    planned,
    running: computed(() => !!timer.value?.running),
    overrun: computed(() => planned.value > 0 && elapsed.value > planned.value),
  };
}

/** "07:05", or "1:02:03" past an hour. */
export function formatClock(totalSeconds: number) {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const pad = (value: number) => String(value).padStart(2, '0');
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  return hours ? `${hours}:${pad(minutes)}:${pad(seconds % 60)}` : `${pad(minutes)}:${pad(seconds % 60)}`;
}
