import { useQuery } from '@vue/apollo-composable';
import { computed } from 'vue';
import { graphql } from '@/gql';

export const CurrentPersonQuery = graphql(`
  query CurrentPerson {
    me {
      id
      displayName
      email
      isAdmin
    }
  }
`);

/** The signed-in person (null when signed out), from the cache the router guard filled. */
export function useCurrentPerson() {
  const { result, loading } = useQuery(CurrentPersonQuery, null, { fetchPolicy: 'cache-first' });
  return { me: computed(() => result.value?.me ?? null), loading };
}
