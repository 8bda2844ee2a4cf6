import { useApolloClient, useMutation, useQuery } from '@vue/apollo-composable';
import { computed, onBeforeUnmount, ref, shallowRef, watch } from 'vue';
import * as Y from 'yjs';
import { liveGeneration, liveStatus } from '@/apollo';
import type { DocumentKind } from '@/gql/graphql';
import { ApplyAmendmentMutation, ProposeAmendmentMutation, SharedDocumentQuery } from '../coediting.operations';
import { GraphqlYjsProvider } from '../graphql-yjs-provider';
import { plainText } from '../plain-text';
import '../i18n';

export interface Participant {
  clientId: number;
  name: string;
  color: string;
}

/** How often the plain text shown beside the editor (length, amendment diffs) is refreshed. */
const TEXT_REFRESH_MS = 200;

/**
 * A co-edited text: loads it, then keeps a Y.Doc in step with the server (the editor binds to
 * it), with the other people's presence and the save status; and the amendments proposed to it.
 */
export function useCollaborativeDocument(key: { kind: DocumentKind; entityId: string }) {
  const { resolveClient } = useApolloClient();
  const { result, loading, error, refetch } = useQuery(SharedDocumentQuery, key, { fetchPolicy: 'network-only' });
  const doc = new Y.Doc();
  const provider = shallowRef<GraphqlYjsProvider | null>(null);
  const text = ref('');
  const participants = ref<Participant[]>([]);
  let textTimer: ReturnType<typeof setTimeout> | null = null;

  const refreshText = () => {
    textTimer ??= setTimeout(() => {
      textTimer = null;
      text.value = plainText(doc);
    }, TEXT_REFRESH_MS);
  };

  watch(
    () => result.value?.document,
    (loaded) => {
      if (!loaded || provider.value) return;
      const created = new GraphqlYjsProvider(resolveClient(), doc, key, loaded);
      text.value = plainText(doc);
      doc.on('update', refreshText);
      created.awareness.on('change', () => {
        participants.value = [...created.awareness.getStates()]
          .filter(([clientId, state]) => clientId !== doc.clientID && state.user?.name)
          .map(([clientId, state]) => ({ clientId, name: String(state.user.name), color: String(state.user.color ?? '#555') }));
      });
      created.connect();
      provider.value = created;
    },
    { immediate: true },
  );

  // A new WebSocket client (after signing in again, or a manual reconnection): follow again from our state.
  watch(liveGeneration, () => provider.value?.connect(true));
  watch(liveStatus, (status) => {
    if (status === 'reconnecting' || status === 'offline') provider.value?.goOffline();
  });

  onBeforeUnmount(() => {
    if (textTimer) clearTimeout(textTimer);
    provider.value?.destroy();
    doc.destroy();
  });

  const status = computed(() => {
    const current = provider.value?.status.value ?? 'saving';
    if (current === 'refused') return current;
    return liveStatus.value === 'reconnecting' || liveStatus.value === 'offline' ? 'offline' : current;
  });

  const propose = useMutation(ProposeAmendmentMutation, { throws: 'always' });
  const apply = useMutation(ApplyAmendmentMutation, { throws: 'always' });

  return {
    document: computed(() => result.value?.document ?? null),
    loading,
    error,
    doc,
    provider,
    text,
    participants,
    status,
    async proposeAmendment(proposedText: string, explanation: string) {
      const input = { id: crypto.randomUUID(), documentKind: key.kind, entityId: key.entityId, proposedText, explanation: explanation || null };
      await propose.mutate({ input });
      await refetch();
    },
    async applyAmendment(contributionId: string) {
      await apply.mutate({ contributionId });
      await refetch();
    },
    proposing: propose.loading,
    applying: apply.loading,
  };
}
