import { useApolloClient, useMutation } from '@vue/apollo-composable';
import { graphql } from '@/gql';
import type { AddAgendaItemInput, RollOverAgendaItemsInput, UpdateAgendaItemInput } from '@/gql/graphql';
import { applyOrder } from '@/features/meetings/composables/meeting-cache';
import { addToList, removeFromList } from '@/lib/cache-lists';

const AddAgendaItemMutation = graphql(`
  mutation AddAgendaItem($input: AddAgendaItemInput!) {
    addAgendaItem(input: $input) {
      ...AgendaEntryFields
    }
  }
`);

const UpdateAgendaItemMutation = graphql(`
  mutation UpdateAgendaItem($input: UpdateAgendaItemInput!) {
    updateAgendaItem(input: $input) {
      ...AgendaItemFields
    }
  }
`);

const MoveAgendaItemMutation = graphql(`
  mutation MoveAgendaItem($input: MoveAgendaItemInput!) {
    moveAgendaItem(input: $input) {
      ...AgendaEntryFields
    }
  }
`);

const RemoveAgendaItemMutation = graphql(`
  mutation RemoveAgendaItem($id: ID!) {
    removeAgendaItem(id: $id) {
      id
      bodyId
      meetingId
      parentId
      version
      archivedAt
    }
  }
`);

const RollOverAgendaItemsMutation = graphql(`
  mutation RollOverAgendaItems($input: RollOverAgendaItemsInput!) {
    rollOverAgendaItems(input: $input) {
      ...AgendaEntryFields
    }
  }
`);

export const MeetingAgendaQuery = graphql(`
  query MeetingAgenda($id: ID!) {
    meeting(id: $id) {
      id
      agenda {
        ...AgendaEntryFields
      }
      body {
        id
        backlog {
          ...AgendaEntryFields
        }
      }
    }
  }
`);

const ref = (typename: string, id: string) => ({ __typename: typename, id });
/** An agenda item as far as its place goes. */
type PlacedItem = { __typename: 'AgendaItem'; id: string; bodyId: string; meetingId?: string | null; parentId?: string | null };
/** The list an item sits in: a meeting's top level, a section, or a body's backlog. */
const listOf = (item: { meetingId?: string | null; parentId?: string | null; bodyId: string }) =>
  item.parentId
    ? { parent: ref('AgendaItem', item.parentId), field: 'children' }
    : item.meetingId
      ? { parent: ref('Meeting', item.meetingId), field: 'agenda' }
      : { parent: ref('GovernanceBody', item.bodyId), field: 'backlog' };

/** Building an agenda: adding, editing, moving and removing items, and rolling unfinished ones over. */
export function useAgendaMutations() {
  const { resolveClient } = useApolloClient();
  const add = useMutation(AddAgendaItemMutation, { throws: 'always' });
  const update = useMutation(UpdateAgendaItemMutation, { throws: 'always' });
  const move = useMutation(MoveAgendaItemMutation, { throws: 'always' });
  const remove = useMutation(RemoveAgendaItemMutation, { throws: 'always' });
  const rollOver = useMutation(RollOverAgendaItemsMutation, { throws: 'always' });
  const cache = () => resolveClient().cache;

  /** Reads the agenda and backlog again: after a refused move, the optimistic order is undone. */
  async function reloadAgenda(meetingId: string) {
    await resolveClient().query({ query: MeetingAgendaQuery, variables: { id: meetingId }, fetchPolicy: 'network-only' });
  }

  return {
    reloadAgenda,
    async addItem(input: AddAgendaItemInput) {
      const added = (await add.mutate({ input }))?.data?.addAgendaItem;
      if (added) addToList(cache(), listOf(added), added);
      return added;
    },
    async updateItem(input: UpdateAgendaItemInput) {
      return (await update.mutate({ input }))?.data?.updateAgendaItem;
    },
    /**
     * Moves an item within its list to `index`. The new order shows at once (optimistic): with
     * the keyboard, "Monter" pressed three times must move the item three places without
     * waiting for the server; a refused move reloads the agenda as the server has it.
     */
    async reorder(meetingId: string, parentId: string | null, order: string[], itemId: string, index: number) {
      const next = order.filter((id) => id !== itemId);
      next.splice(index, 0, itemId);
      applyOrder(cache(), meetingId, parentId, next);
      try {
        return (await move.mutate({ input: { id: itemId, meetingId, parentId, position: index } }))?.data?.moveAgendaItem;
      } catch (error) {
        await reloadAgenda(meetingId).catch(() => undefined);
        throw error;
      }
    },
    /** Puts an item at the end of another list: a section, the top level, a meeting or the backlog. */
    async moveTo(item: PlacedItem, to: { meetingId: string | null; parentId: string | null; position: number }) {
      const moved = (await move.mutate({ input: { id: item.id, ...to } }))?.data?.moveAgendaItem;
      if (moved) {
        removeFromList(cache(), listOf(item), item);
        addToList(cache(), listOf(moved), moved);
      }
      return moved;
    },
    async removeItem(item: PlacedItem) {
      const removed = (await remove.mutate({ id: item.id }))?.data?.removeAgendaItem;
      if (removed) removeFromList(cache(), listOf(item), item);
      return removed;
    },
    async rollOver(input: RollOverAgendaItemsInput) {
      return (await rollOver.mutate({ input }))?.data?.rollOverAgendaItems ?? [];
    },
    adding: add.loading,
    updating: update.loading,
  };
}
