import type { ActionFieldsFragment, OrientationFieldsFragment } from '@/gql/graphql';

/** An orientation as the plan page shows it: with its actions. */
export type OrientationWithActions = OrientationFieldsFragment & { actions: ActionFieldsFragment[] };
