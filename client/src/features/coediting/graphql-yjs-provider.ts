import type { ApolloClient, ObservableSubscription } from '@apollo/client/core';
import { ref } from 'vue';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { DocumentKind } from '@/gql/graphql';
import { errorCode } from '@/lib/errors';
import {
  DocumentAwarenessSubscription,
  DocumentUpdatesSubscription,
  PushAwarenessMutation,
  PushDocumentUpdateMutation,
} from './coediting.operations';
import { fromBase64, toBase64 } from './plain-text';

/** What the person sees of their changes: stored, on their way, kept for later, or refused. */
export type SaveStatus = 'saved' | 'saving' | 'offline' | 'refused';

/** Awareness changes (caret moves) are sent at most this often. */
const AWARENESS_EVERY_MS = 150;
/** An empty Yjs update: nothing to push. */
const isEmpty = (update: Uint8Array) => update.length <= 2;

/**
 * Keeps a Y.Doc and its awareness in step with the server over the app's GraphQL link:
 * updates arrive by subscription and leave by mutation, one request at a time (what is typed
 * meanwhile is merged into the next). Offline, changes stay in the Y.Doc; when the
 * subscription starts again, the server says what it has (its state vector) and the provider
 * pushes exactly what it lacks, so offline edits merge.
 */
export class GraphqlYjsProvider {
  readonly awareness: Awareness;
  readonly status = ref<SaveStatus>('saved');
  /** The server's message when it refused a change (BAD_USER_INPUT, FORBIDDEN, CONFLICT). */
  readonly refusal = ref<unknown>(null);
  private readonly variables: { kind: DocumentKind; entityId: string };
  private pending: Uint8Array | null = null;
  private inFlight = false;
  /** Pushes wait for the subscription's first message, which tells what the server lacks. */
  private synced = false;
  private seq: number;
  private updates: ObservableSubscription | null = null;
  private presence: ObservableSubscription | null = null;
  private awarenessTimer: ReturnType<typeof setTimeout> | null = null;
  private awarenessDue = false;
  private destroyed = false;

  constructor(
    private readonly client: ApolloClient<unknown>,
    readonly doc: Y.Doc,
    key: { kind: DocumentKind; entityId: string },
    loaded: { state: string; seq: number },
  ) {
    this.variables = { kind: key.kind, entityId: key.entityId };
    Y.applyUpdate(doc, fromBase64(loaded.state), this);
    this.seq = loaded.seq;
    this.awareness = new Awareness(doc);
    doc.on('update', this.onLocalUpdate);
    this.awareness.on('update', this.onAwarenessUpdate);
  }

  /** Follows the document from where it was loaded (or, after a reconnection, from the Y.Doc's state vector). */
  connect(fromStateVector = false) {
    this.updates?.unsubscribe();
    this.presence?.unsubscribe();
    this.synced = false;
    const from = fromStateVector ? { stateVector: toBase64(Y.encodeStateVector(this.doc)) } : { after: this.seq };
    this.updates = this.client
      .subscribe({ query: DocumentUpdatesSubscription, variables: { ...this.variables, ...from }, fetchPolicy: 'no-cache' })
      .subscribe({
        next: ({ data }) => data?.documentUpdates && this.onServerUpdate(data.documentUpdates),
        error: () => this.goOffline(),
      });
    this.presence = this.client
      .subscribe({ query: DocumentAwarenessSubscription, variables: { ...this.variables, clientId: String(this.doc.clientID) }, fetchPolicy: 'no-cache' })
      .subscribe({ next: ({ data }) => data?.documentAwareness && this.onRemoteAwareness(data.documentAwareness), error: () => {} });
  }

  /** The link went down: changes are kept and merged when it comes back. */
  goOffline() {
    this.synced = false;
    if (this.pending || this.inFlight) this.status.value = 'offline';
  }

  destroy() {
    this.destroyed = true;
    this.updates?.unsubscribe();
    this.presence?.unsubscribe();
    if (this.awarenessTimer) clearTimeout(this.awarenessTimer);
    this.doc.off('update', this.onLocalUpdate);
    this.awareness.off('update', this.onAwarenessUpdate);
    removeAwarenessStates(this.awareness, [this.doc.clientID], 'destroy');
    this.awareness.destroy();
  }

  private onServerUpdate(event: { seq: number; update: string; sync: boolean; stateVector?: string | null }) {
    Y.applyUpdate(this.doc, fromBase64(event.update), this);
    this.seq = Math.max(this.seq, event.seq);
    if (!event.sync) return;
    // (Re)connected: send whatever the server lacks, including what was typed offline.
    this.synced = true;
    const missing = Y.encodeStateAsUpdate(this.doc, fromBase64(event.stateVector!));
    this.pending = isEmpty(missing) ? this.pending : this.pending ? Y.mergeUpdates([this.pending, missing]) : missing;
    this.announce();
    void this.flush();
  }

  private readonly onLocalUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === this) return;
    this.pending = this.pending ? Y.mergeUpdates([this.pending, update]) : update;
    this.status.value = this.synced ? 'saving' : 'offline';
    void this.flush();
  };

  private async flush() {
    if (this.inFlight || !this.pending || !this.synced || this.destroyed) return;
    const update = this.pending;
    this.pending = null;
    this.inFlight = true;
    this.status.value = 'saving';
    try {
      await this.client.mutate({
        mutation: PushDocumentUpdateMutation,
        variables: { input: { documentKind: this.variables.kind, entityId: this.variables.entityId, update: toBase64(update), clientId: String(this.doc.clientID) } },
        fetchPolicy: 'no-cache',
      });
      this.refusal.value = null;
    } catch (error) {
      if (errorCode(error) === 'NETWORK' || errorCode(error) === 'UNKNOWN') {
        // Kept: pushed again on its own or with the reconnection's diff.
        this.pending = this.pending ? Y.mergeUpdates([update, this.pending]) : update;
        this.inFlight = false;
        this.goOffline();
        return;
      }
      this.refusal.value = error;
    }
    this.inFlight = false;
    if (this.pending) void this.flush();
    else this.status.value = this.refusal.value ? 'refused' : 'saved';
  }

  private readonly onAwarenessUpdate = ({ added, updated }: { added: number[]; updated: number[] }, origin: unknown) => {
    const own = this.doc.clientID;
    if (origin === 'local' && (added.includes(own) || updated.includes(own))) this.announce();
    // Someone new: show ourselves to them now rather than at our next renewal.
    else if (origin === 'remote' && added.some((client) => client !== own)) this.announce();
  };

  /** Sends our awareness, at most every AWARENESS_EVERY_MS. */
  private announce() {
    if (this.awarenessTimer) {
      this.awarenessDue = true;
      return;
    }
    if (this.awareness.getLocalState() === null || this.destroyed) return;
    const update = encodeAwarenessUpdate(this.awareness, [this.doc.clientID]);
    this.client
      .mutate({
        mutation: PushAwarenessMutation,
        variables: { input: { documentKind: this.variables.kind, entityId: this.variables.entityId, clientId: String(this.doc.clientID), update: toBase64(update) } },
        fetchPolicy: 'no-cache',
      })
      .catch(() => {});
    this.awarenessTimer = setTimeout(() => {
      this.awarenessTimer = null;
      if (this.awarenessDue) {
        this.awarenessDue = false;
        this.announce();
      }
    }, AWARENESS_EVERY_MS);
  }

  private onRemoteAwareness(event: { updates: { clientId: string; update: string }[]; leftClientIds: string[] }) {
    for (const { update } of event.updates) applyAwarenessUpdate(this.awareness, fromBase64(update), 'remote');
    if (event.leftClientIds.length) removeAwarenessStates(this.awareness, event.leftClientIds.map(Number), 'remote');
  }
}

