import { useMutation } from '@vue/apollo-composable';
import { graphql } from '@/gql';
import type { InvitePersonInput } from '@/gql/graphql';

export const InvitationLinkFieldsFragment = graphql(`
  fragment InvitationLinkFields on InvitationLink {
    url
    expiresAt
    person {
      id
      displayName
      email
    }
  }
`);

const InvitePersonMutation = graphql(`
  mutation InvitePerson($input: InvitePersonInput!) {
    invitePerson(input: $input) {
      ...InvitationLinkFields
    }
  }
`);

const ReinvitePersonMutation = graphql(`
  mutation ReinvitePerson($id: ID!) {
    reinvitePerson(id: $id) {
      ...InvitationLinkFields
    }
  }
`);

/** Invitations made by an admin: each returns a link, shown once, for the admin to pass on. */
export function useInvitations() {
  // The directory lists the new person as soon as the invitation is made.
  const invite = useMutation(InvitePersonMutation, { throws: 'always', refetchQueries: ['PeopleDirectory'] });
  const reinvite = useMutation(ReinvitePersonMutation, { throws: 'always' });
  return {
    async invitePerson(input: InvitePersonInput) {
      const result = await invite.mutate({ input });
      return result?.data?.invitePerson ?? null;
    },
    async reinvitePerson(id: string) {
      const result = await reinvite.mutate({ id });
      return result?.data?.reinvitePerson ?? null;
    },
    inviting: invite.loading,
    reinviting: reinvite.loading,
  };
}
