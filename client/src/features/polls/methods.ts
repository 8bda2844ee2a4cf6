import type { PollMethod } from '@/gql/graphql';

/** In the order the form offers them. */
export const POLL_METHODS: PollMethod[] = ['SIMPLE_MAJORITY', 'TWO_THIRDS', 'FOUR_FIFTHS', 'CONSENT', 'TEMPERATURE'];

/** Methods that choose among options the facilitator writes. */
export const isMajority = (method: PollMethod) => ['SIMPLE_MAJORITY', 'TWO_THIRDS', 'FOUR_FIFTHS'].includes(method);

export const CONSENT_CHOICES = ['AGREE', 'ABSTAIN', 'BLOCK'] as const;
export const TEMPERATURE_CHOICES = ['1', '2', '3', '4', '5'] as const;

/** The choices a ballot offers, as codes with their i18n key or label. */
export function choicesOf(poll: { method: PollMethod; options: readonly { id: string; label: string }[] }) {
  if (isMajority(poll.method)) return poll.options.map((option) => ({ value: option.id, label: option.label, key: null }));
  const codes = poll.method === 'CONSENT' ? CONSENT_CHOICES : TEMPERATURE_CHOICES;
  return codes.map((code) => ({ value: code, label: null, key: `polls.choice.${poll.method}.${code}` }));
}
