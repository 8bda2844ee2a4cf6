import { onUnmounted } from 'vue';
import { useI18n } from 'vue-i18n';
import { useAnnouncer } from '@/composables/useAnnouncer';

/** How long new contributions are gathered before one sentence tells about them. */
const GATHER_MS = 4000;

/**
 * Tells screen-reader users about others' new contributions in one summarised sentence
 * ("3 nouvelles contributions") rather than one per post, which would drown a busy room.
 */
export function useContributionAnnouncer() {
  const { t } = useI18n();
  const announce = useAnnouncer();
  let count = 0;
  let timer: number | undefined;

  onUnmounted(() => window.clearTimeout(timer));

  return function notePosted() {
    count += 1;
    if (timer !== undefined) return;
    timer = window.setTimeout(() => {
      void announce(t('contributions.announce', { count }, count));
      count = 0;
      timer = undefined;
    }, GATHER_MS);
  };
}
