import { useI18n } from 'vue-i18n';
import type { ContributionFieldsFragment } from '@/gql/graphql';
import { newClientId } from '@/lib/client-id';
import '@/features/contributions/i18n';
import { usePollMutations } from './usePollMutations';

/**
 * Puts an amendment to the room's vote: a consent poll on the current item, asking whether to
 * adopt it. Returns the question asked.
 */
export function useAmendmentVote(meetingId: () => string, currentItemId: () => string | null) {
  const { t } = useI18n();
  const { openPoll } = usePollMutations();
  // One id per amendment until its poll is stored: a retry after a lost answer opens it once.
  const pending = new Map<string, string>();

  return async function putToVote(amendment: ContributionFieldsFragment) {
    const id = pending.get(amendment.id) ?? newClientId();
    pending.set(amendment.id, id);
    const question = t('contributionResult.voteQuestion', { name: amendment.author.displayName });
    await openPoll({ id, meetingId: meetingId(), agendaItemId: currentItemId(), question, method: 'CONSENT', options: [], secret: false });
    pending.delete(amendment.id);
    return question;
  };
}
