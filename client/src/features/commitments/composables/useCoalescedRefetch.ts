/**
 * Runs `refetch` at most once at a time: calls arriving meanwhile (a burst of live events) are
 * folded into one more run after it, which sees all of them.
 */
export function useCoalescedRefetch(refetch: () => Promise<unknown> | undefined) {
  let running = false;
  let again = false;
  return async function run() {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        await refetch();
      } while (again);
    } catch {
      // The query's own error state shows a failed reload.
    } finally {
      running = false;
    }
  };
}
