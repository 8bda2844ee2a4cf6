import { nextTick, ref } from 'vue';

/** The text of the page's polite live region (rendered once, in the layout). */
export const announcement = ref('');

/** Tells screen-reader users about a change they did not trigger by focus: saves, remote edits. */
export function useAnnouncer() {
  return async function announce(text: string) {
    // Emptying first makes the same sentence, said twice in a row, be read twice.
    announcement.value = '';
    await nextTick();
    announcement.value = text;
  };
}
