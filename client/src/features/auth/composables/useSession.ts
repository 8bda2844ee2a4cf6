import type { ApolloClient } from '@apollo/client/core';
import { useApolloClient, useMutation } from '@vue/apollo-composable';
import { restartLiveLink, stopLiveLink } from '@/apollo';
import { graphql } from '@/gql';
import type { CurrentPersonQuery as CurrentPersonResult } from '@/gql/graphql';
import { CurrentPersonQuery } from './useCurrentPerson';

const SignInMutation = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      id
      displayName
      email
      isAdmin
    }
  }
`);

const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($token: String!, $password: String!, $displayName: String) {
    acceptInvitation(token: $token, password: $password, displayName: $displayName) {
      id
      displayName
      email
      isAdmin
    }
  }
`);

type SignedInPerson = NonNullable<CurrentPersonResult['me']>;

/**
 * Forgets the session locally (after sign-out, or when the server says it is gone): the page
 * is left first, so that emptying the cache refetches nothing that needs the old session.
 */
export async function forgetSession(client: ApolloClient<unknown>, leave: () => Promise<unknown>) {
  stopLiveLink();
  client.writeQuery({ query: CurrentPersonQuery, data: { __typename: 'Query', me: null } });
  await leave();
  await client.resetStore();
}

/** Signing in and out: the session cookie changes, so the cache and the WebSocket start afresh. */
export function useSession() {
  const { resolveClient } = useApolloClient();
  const signInMutation = useMutation(SignInMutation, { throws: 'always' });
  const signOutMutation = useMutation(SignOutMutation, { throws: 'always' });
  const acceptMutation = useMutation(AcceptInvitationMutation, { throws: 'always' });

  // The cache holds nothing from another session: forgetSession emptied it when that one ended.
  function startSession(person: SignedInPerson) {
    resolveClient().writeQuery({ query: CurrentPersonQuery, data: { __typename: 'Query', me: person } });
    restartLiveLink();
  }

  async function signIn(email: string, password: string) {
    const result = await signInMutation.mutate({ email, password });
    if (result?.data) startSession(result.data.signIn);
  }

  async function acceptInvitation(token: string, password: string, displayName: string | null) {
    const result = await acceptMutation.mutate({ token, password, displayName });
    if (result?.data) startSession(result.data.acceptInvitation);
  }

  /** Ends the session on the server, then `leave`s the page (to the sign-in form). */
  async function signOut(leave: () => Promise<unknown>) {
    await signOutMutation.mutate();
    await forgetSession(resolveClient(), leave);
  }

  return {
    signIn,
    signOut,
    acceptInvitation,
    signingIn: signInMutation.loading,
    signingOut: signOutMutation.loading,
    accepting: acceptMutation.loading,
  };
}
