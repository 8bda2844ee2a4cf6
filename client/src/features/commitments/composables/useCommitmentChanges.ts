import type { Ref } from 'vue';
import { type PlanEvent, usePlanChanges } from '@/features/plans/composables/usePlanChanges';

type ChangedCommitment = NonNullable<PlanEvent['commitment']>;

/**
 * Follows a plan's commitments live: each event's commitment lands in the cache (rows and
 * pages showing it change at once) and `onChanged` lets the page refetch what an event cannot
 * carry (figures, a filtered page, a timeline). Only commitment changes are announced.
 */
export function useCommitmentChanges(planId: Ref<string>, loadedSeq: Ref<number | undefined>, onChanged: (commitment: ChangedCommitment) => void) {
  return usePlanChanges(planId, loadedSeq, {
    onApplied: (event) => {
      if (event.type === 'COMMITMENT_CHANGED' && event.commitment) onChanged(event.commitment);
    },
    announces: (event) => event.type === 'COMMITMENT_CHANGED',
  });
}
