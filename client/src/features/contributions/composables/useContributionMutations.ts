import { useMutation } from '@vue/apollo-composable';
import { graphql } from '@/gql';
import type { ContributionFieldsFragment, ContributionKind, ContributionStatus, ReactionKind } from '@/gql/graphql';
import { useCurrentPerson } from '@/features/auth/composables/useCurrentPerson';
import { placeContribution } from '../contribution-cache';

const PostContributionMutation = graphql(`
  mutation PostContribution($input: PostContributionInput!) {
    postContribution(input: $input) {
      ...ContributionThreadFields
    }
  }
`);

const SupportContributionMutation = graphql(`
  mutation SupportContribution($id: ID!) {
    supportContribution(id: $id) {
      ...ContributionFields
    }
  }
`);

const WithdrawSupportMutation = graphql(`
  mutation WithdrawSupport($id: ID!) {
    withdrawSupport(id: $id) {
      ...ContributionFields
    }
  }
`);

const ReactMutation = graphql(`
  mutation React($id: ID!, $reaction: ReactionKind!) {
    react(id: $id, reaction: $reaction) {
      ...ContributionFields
    }
  }
`);

const UnreactMutation = graphql(`
  mutation Unreact($id: ID!, $reaction: ReactionKind!) {
    unreact(id: $id, reaction: $reaction) {
      ...ContributionFields
    }
  }
`);

const PinContributionMutation = graphql(`
  mutation PinContribution($id: ID!, $pinned: Boolean!) {
    pinContribution(id: $id, pinned: $pinned) {
      ...ContributionFields
    }
  }
`);

const MergeContributionMutation = graphql(`
  mutation MergeContribution($id: ID!, $intoId: ID!) {
    mergeContribution(id: $id, intoId: $intoId) {
      ...ContributionFields
      mergedInto {
        ...ContributionFields
      }
    }
  }
`);

const SetContributionStatusMutation = graphql(`
  mutation SetContributionStatus($id: ID!, $status: ContributionStatus!, $reason: String) {
    setContributionStatus(id: $id, status: $status, reason: $reason) {
      ...ContributionFields
    }
  }
`);

const HideContributionMutation = graphql(`
  mutation HideContribution($id: ID!, $reason: String) {
    hideContribution(id: $id, reason: $reason) {
      ...ContributionFields
    }
  }
`);

const UnhideContributionMutation = graphql(`
  mutation UnhideContribution($id: ID!) {
    unhideContribution(id: $id) {
      ...ContributionFields
    }
  }
`);

/** Where a new contribution is posted: a meeting's item, an orientation or action between meetings, or a reply. */
export interface ContributionPlace {
  planId: string;
  meetingId?: string | null;
  agendaItemId?: string | null;
  orientationId?: string | null;
  actionId?: string | null;
  parentId?: string | null;
}

export interface NewContribution extends ContributionPlace {
  /** Chosen by the client and kept for retries: the server recognises a post it already stored. */
  id: string;
  kind: ContributionKind;
  text: string;
}

type Contribution = ContributionFieldsFragment;

/** The reaction counts once the viewer's reaction is added or taken back. */
function withReaction(reactions: Contribution['reactions'], reaction: ReactionKind, on: boolean): Contribution['reactions'] {
  const others = reactions.filter((entry) => entry.reaction !== reaction);
  const current = reactions.find((entry) => entry.reaction === reaction);
  const count = (current?.count ?? 0) - (current?.viewerReacted ? 1 : 0) + (on ? 1 : 0);
  const next = count > 0 ? [{ __typename: 'ReactionCount' as const, reaction, count, viewerReacted: on }] : [];
  return [...others, ...next].sort((a, b) => a.reaction.localeCompare(b.reaction));
}

/**
 * Everything one does to contributions, each applied optimistically: the feed changes at once
 * and the server's answer (then its live event, for everyone else) replaces the guess, or
 * Apollo rolls it back if the server refuses.
 */
export function useContributionMutations() {
  const { me } = useCurrentPerson();
  const post = useMutation(PostContributionMutation, { throws: 'always' });
  const support = useMutation(SupportContributionMutation, { throws: 'always' });
  const withdraw = useMutation(WithdrawSupportMutation, { throws: 'always' });
  const react = useMutation(ReactMutation, { throws: 'always' });
  const unreact = useMutation(UnreactMutation, { throws: 'always' });
  const pin = useMutation(PinContributionMutation, { throws: 'always' });
  const merge = useMutation(MergeContributionMutation, { throws: 'always' });
  const setStatus = useMutation(SetContributionStatusMutation, { throws: 'always' });
  const hide = useMutation(HideContributionMutation, { throws: 'always' });
  const unhide = useMutation(UnhideContributionMutation, { throws: 'always' });

  return {
    async postContribution(input: NewContribution, canModerate = false) {
      const author = me.value ? { __typename: 'Person' as const, id: me.value.id, displayName: me.value.displayName } : null;
      const optimistic = author && {
        __typename: 'Contribution' as const,
        version: 1,
        planId: input.planId,
        meetingId: input.meetingId ?? null,
        agendaItemId: input.agendaItemId ?? null,
        orientationId: input.orientationId ?? null,
        actionId: input.actionId ?? null,
        parentId: input.parentId ?? null,
        id: input.id,
        kind: input.kind,
        text: input.text,
        createdAt: new Date().toISOString(),
        author,
        pinned: false,
        status: 'OPEN' as const,
        statusReason: null,
        hidden: false,
        hiddenReason: null,
        mergedIntoId: null,
        supportCount: 0,
        viewerSupports: false,
        viewerCanModerate: canModerate,
        reactions: [],
        resultingActionId: null,
        resultingAction: null,
        resultingAgendaItemId: null,
        resultingAgendaItem: null,
        resultingDecisionId: null,
        resultingDecision: null,
        replies: [],
      };
      const result = await post.mutate(
        { input },
        {
          optimisticResponse: optimistic ? { __typename: 'Mutation', postContribution: optimistic } : undefined,
          update: (cache, { data }) => {
            if (data?.postContribution) placeContribution(cache, data.postContribution);
          },
        },
      );
      return result?.data?.postContribution;
    },

    async setSupport(contribution: Contribution, supported: boolean) {
      const supportCount = Math.max(0, contribution.supportCount + (supported ? 1 : -1));
      const optimistic = { ...contribution, supportCount, viewerSupports: supported };
      if (supported) await support.mutate({ id: contribution.id }, { optimisticResponse: { __typename: 'Mutation', supportContribution: optimistic } });
      else await withdraw.mutate({ id: contribution.id }, { optimisticResponse: { __typename: 'Mutation', withdrawSupport: optimistic } });
    },

    async setReaction(contribution: Contribution, reaction: ReactionKind, on: boolean) {
      const optimistic = { ...contribution, reactions: withReaction(contribution.reactions, reaction, on) };
      const variables = { id: contribution.id, reaction };
      if (on) await react.mutate(variables, { optimisticResponse: { __typename: 'Mutation', react: optimistic } });
      else await unreact.mutate(variables, { optimisticResponse: { __typename: 'Mutation', unreact: optimistic } });
    },

    async pinContribution(contribution: Contribution, pinned: boolean) {
      await pin.mutate({ id: contribution.id, pinned }, { optimisticResponse: { __typename: 'Mutation', pinContribution: { ...contribution, pinned } } });
    },

    async mergeContribution(contribution: Contribution, into: Contribution) {
      // The supports move to the target on the server: its count comes back with the answer.
      const merged = { ...contribution, status: 'MERGED' as const, mergedIntoId: into.id, pinned: false, supportCount: 0, viewerSupports: false };
      await merge.mutate(
        { id: contribution.id, intoId: into.id },
        { optimisticResponse: { __typename: 'Mutation', mergeContribution: { ...merged, mergedInto: into } } },
      );
    },

    async setContributionStatus(contribution: Contribution, status: ContributionStatus, reason: string | null) {
      const optimistic = { ...contribution, status, statusReason: reason };
      await setStatus.mutate(
        { id: contribution.id, status, reason },
        { optimisticResponse: { __typename: 'Mutation', setContributionStatus: optimistic } },
      );
    },

    async setHidden(contribution: Contribution, hidden: boolean, reason: string | null = null) {
      if (hidden) {
        const optimistic = { ...contribution, hidden: true, hiddenReason: reason };
        await hide.mutate({ id: contribution.id, reason }, { optimisticResponse: { __typename: 'Mutation', hideContribution: optimistic } });
      } else {
        const optimistic = { ...contribution, hidden: false, hiddenReason: null };
        await unhide.mutate({ id: contribution.id }, { optimisticResponse: { __typename: 'Mutation', unhideContribution: optimistic } });
      }
    },
  };
}
