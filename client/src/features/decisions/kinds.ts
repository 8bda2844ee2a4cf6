import type { DecisionKind } from '@/gql/graphql';

/** Kinds of decision, in the order the forms and filters offer them. */
export const DECISION_KINDS: DecisionKind[] = ['DECISION', 'OPINION', 'VALIDATION', 'ORIENTATION'];
