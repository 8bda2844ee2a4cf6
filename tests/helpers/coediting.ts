import type { Client } from 'graphql-ws';
import * as Y from 'yjs';
import { fragmentOf, plainText } from '../../server/src/documents/document-text';
import type { ApiClient } from './api-client';
import { deferred } from './eventually';
import { connectWs } from './ws-client';

// The co-editing operations, and a Yjs client that talks to the server as the browser's does.

export const DOCUMENT = `query ($kind: DocumentKind!, $entityId: ID!) {
  document(kind: $kind, entityId: $entityId) { kind entityId state stateVector seq text maxLength viewerCanEdit viewerCanSuggest }
}`;
export const PUSH = `mutation ($input: PushDocumentUpdateInput!) { pushDocumentUpdate(input: $input) { seq } }`;
export const UPDATES = `subscription ($kind: DocumentKind!, $entityId: ID!, $after: Int, $stateVector: String) {
  documentUpdates(kind: $kind, entityId: $entityId, after: $after, stateVector: $stateVector) { seq update sync stateVector clientIds }
}`;
export const PUSH_AWARENESS = `mutation ($input: PushAwarenessInput!) { pushAwareness(input: $input) }`;
export const AWARENESS = `subscription ($kind: DocumentKind!, $entityId: ID!, $clientId: String) {
  documentAwareness(kind: $kind, entityId: $entityId, clientId: $clientId) { updates { clientId personId displayName update } leftClientIds }
}`;
export const PROPOSE = `mutation ($input: ProposeAmendmentInput!) {
  proposeAmendment(input: $input) {
    contributionId kind entityId baseText baseSeq proposedText outdated appliedAt appliedSeq
    diff { change text }
    contribution { id kind status author { id } }
  }
}`;
export const APPLY = `mutation ($id: ID!) {
  applyAmendment(contributionId: $id) { contributionId appliedAt appliedSeq appliedBy { id } contribution { status author { id } } }
}`;

export const toBase64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
export const fromBase64 = (text: string) => new Uint8Array(Buffer.from(text, 'base64'));

export interface DocKey {
  kind: 'ACTION_DESCRIPTION' | 'ORIENTATION_DESCRIPTION' | 'MINUTES';
  entityId: string;
}

export interface UpdateEvent {
  seq: number;
  update: string;
  sync: boolean;
  stateVector: string | null;
  clientIds: string[];
}

/**
 * A Y.Doc kept in step with the server: loaded with `document`, fed by `documentUpdates`, and
 * pushing its own changes one request at a time (what is typed meanwhile is merged into the
 * next push), like the browser's provider.
 */
export class YjsClient {
  readonly doc = new Y.Doc();
  readonly received: UpdateEvent[] = [];
  readonly errors: unknown[] = [];
  seq = 0;
  serverVector: Uint8Array | null = null;
  private ws: Client | null = null;
  private stop: (() => void) | null = null;
  private pending: Uint8Array | null = null;
  private inFlight: Promise<void> | null = null;
  private online = true;

  constructor(
    readonly api: ApiClient,
    readonly wsUrl: string,
    readonly key: DocKey,
  ) {
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === 'remote') return;
      this.pending = this.pending ? Y.mergeUpdates([this.pending, update]) : update;
      if (this.online) void this.flush();
    });
  }

  /** Loads the document, then follows it from the seq it was read at. */
  async connect() {
    const { document } = await this.api.data(DOCUMENT, this.key);
    Y.applyUpdate(this.doc, fromBase64(document.state), 'remote');
    this.seq = document.seq;
    await this.follow({ after: this.seq });
    return document;
  }

  /** Subscribes; resolves on the first (sync) message. */
  async follow(from: { after?: number; stateVector?: string }) {
    this.ws ??= connectWs(this.wsUrl, this.api.cookie).client;
    const first = deferred<UpdateEvent>();
    this.stop = this.ws.subscribe<{ documentUpdates: UpdateEvent }>(
      { query: UPDATES, variables: { ...this.key, ...from } },
      {
        next: ({ data, errors }) => {
          if (errors) {
            this.errors.push(errors);
            first.reject(errors);
            return;
          }
          const event = data!.documentUpdates;
          this.received.push(event);
          Y.applyUpdate(this.doc, fromBase64(event.update), 'remote');
          this.seq = Math.max(this.seq, event.seq);
          if (event.sync) {
            this.serverVector = fromBase64(event.stateVector!);
            first.resolve(event);
          }
        },
        error: (error) => {
          this.errors.push(error);
          first.reject(error);
        },
        complete: () => {},
      },
    );
    return first.promise;
  }

  /** Stops following and pushing; edits stay in the Y.Doc. */
  async goOffline() {
    this.online = false;
    this.stop?.();
    this.stop = null;
    await this.ws?.dispose();
    this.ws = null;
    await this.inFlight;
  }

  /** Follows again with its state vector, then pushes what the server lacks (offline edits). */
  async reconnect() {
    this.online = true;
    this.pending = null;
    await this.follow({ stateVector: toBase64(Y.encodeStateVector(this.doc)) });
    const missing = Y.encodeStateAsUpdate(this.doc, this.serverVector!);
    this.pending = missing;
    await this.flush();
  }

  /** Types `text` at `at` in paragraph `line`. */
  type(text: string, at: number, line = 0) {
    const paragraph = fragmentOf(this.doc).get(line) as Y.XmlElement;
    let node = paragraph.get(0) as Y.XmlText | undefined;
    this.doc.transact(() => {
      if (!node) {
        node = new Y.XmlText();
        paragraph.insert(0, [node]);
      }
      node.insert(Math.min(at, node.length), text);
    });
  }

  text() {
    return plainText(this.doc);
  }

  /** Waits until every local change has been stored. */
  async settled() {
    while (this.inFlight || (this.pending && this.online)) {
      if (!this.inFlight) void this.flush();
      await this.inFlight;
    }
  }

  async close() {
    this.stop?.();
    await this.ws?.dispose();
  }

  private flush(): Promise<void> {
    if (this.inFlight || !this.pending) return this.inFlight ?? Promise.resolve();
    const update = this.pending;
    this.pending = null;
    this.inFlight = this.api
      .request(PUSH, { input: { documentKind: this.key.kind, entityId: this.key.entityId, update: toBase64(update), clientId: String(this.doc.clientID) } })
      .then((result) => {
        if (result.errors) this.errors.push(result.errors);
      })
      .finally(() => {
        this.inFlight = null;
        if (this.pending && this.online) void this.flush();
      });
    return this.inFlight;
  }
}
