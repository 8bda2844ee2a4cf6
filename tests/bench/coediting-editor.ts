import { type Client, createClient } from 'graphql-ws';
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { fragmentOf, plainText } from '../../server/src/documents/document-text';

// A benchmark editor: a Y.Doc synced with the server the way the browser's provider does it
// (load, follow, one push in flight with what is typed meanwhile merged into the next).

const DOCUMENT = 'query ($kind: DocumentKind!, $entityId: ID!) { document(kind: $kind, entityId: $entityId) { state seq text } }';
const PUSH = 'mutation ($input: PushDocumentUpdateInput!) { pushDocumentUpdate(input: $input) { seq } }';
const UPDATES = `subscription ($kind: DocumentKind!, $entityId: ID!, $after: Int) {
  documentUpdates(kind: $kind, entityId: $entityId, after: $after) { seq update }
}`;

export interface DocKey {
  kind: string;
  entityId: string;
}

/** When each keystroke was typed, by Yjs client id and clock: shared by the editors of one process. */
export const typedAt = new Map<number, number[]>();

export async function graphql(httpUrl: string, cookie: string, query: string, variables: Record<string, unknown>) {
  const response = await fetch(httpUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  const result = (await response.json()) as { data?: any; errors?: unknown[] };
  if (result.errors?.length) throw new Error(`GraphQL error: ${JSON.stringify(result.errors)}`);
  return result.data;
}

export class BenchEditor {
  readonly doc = new Y.Doc();
  /** Milliseconds from a keystroke elsewhere to its arrival here. */
  readonly latencies: number[] = [];
  pushes = 0;
  messages = 0;
  private ws: Client | null = null;
  private pending: Uint8Array | null = null;
  private inFlight: Promise<void> | null = null;

  constructor(
    private readonly httpUrl: string,
    private readonly wsUrl: string,
    private readonly cookie: string,
    private readonly key: DocKey,
  ) {
    typedAt.set(this.doc.clientID, []);
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === 'remote') return;
      this.pending = this.pending ? Y.mergeUpdates([this.pending, update]) : update;
      void this.flush();
    });
  }

  async connect() {
    const { document } = await graphql(this.httpUrl, this.cookie, DOCUMENT, { ...this.key });
    Y.applyUpdate(this.doc, new Uint8Array(Buffer.from(document.state, 'base64')), 'remote');
    const cookie = this.cookie;
    class CookieSocket extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers: { cookie } });
      }
    }
    this.ws = createClient({ url: this.wsUrl, webSocketImpl: CookieSocket, lazy: false, retryAttempts: 0 });
    await new Promise<void>((resolve, reject) => {
      this.ws!.subscribe<{ documentUpdates: { seq: number; update: string } }>(
        { query: UPDATES, variables: { ...this.key, after: document.seq } },
        {
          next: ({ data }) => {
            this.receive(new Uint8Array(Buffer.from(data!.documentUpdates.update, 'base64')));
            resolve();
          },
          error: reject,
          complete: () => {},
        },
      );
    });
  }

  /** Types one character somewhere in the text, recording when. */
  typeOne(random: () => number) {
    const paragraph = fragmentOf(this.doc).get(0) as Y.XmlElement;
    const clock = Y.getState(this.doc.store, this.doc.clientID);
    typedAt.get(this.doc.clientID)![clock] = performance.now();
    this.doc.transact(() => {
      let text = paragraph.get(0) as Y.XmlText | undefined;
      if (!text) {
        text = new Y.XmlText();
        paragraph.insert(0, [text]);
        // The new XmlText takes a clock of its own: the character typed is the next one.
        typedAt.get(this.doc.clientID)![clock + 1] = performance.now();
      }
      text.insert(Math.floor(random() * (text.length + 1)), 'abcdefghij'[Math.floor(random() * 10)]);
    });
  }

  text() {
    return plainText(this.doc);
  }

  async settled() {
    while (this.inFlight || this.pending) {
      if (!this.inFlight) void this.flush();
      await this.inFlight;
    }
  }

  async close() {
    await this.ws?.dispose();
  }

  /** Applies a broadcast update and notes, for each keystroke it makes visible, how long it took. */
  private receive(update: Uint8Array) {
    this.messages += 1;
    const { from, to } = Y.parseUpdateMeta(update);
    const before = new Map([...to.keys()].map((client) => [client, Y.getState(this.doc.store, client)]));
    Y.applyUpdate(this.doc, update, 'remote');
    const now = performance.now();
    void from;
    for (const [client, start] of before) {
      if (client === this.doc.clientID) continue;
      const times = typedAt.get(client);
      if (!times) continue;
      const end = Y.getState(this.doc.store, client);
      for (let clock = start; clock < end; clock++) if (times[clock] !== undefined) this.latencies.push(now - times[clock]);
    }
  }

  private flush(): Promise<void> {
    if (this.inFlight || !this.pending) return this.inFlight ?? Promise.resolve();
    const update = this.pending;
    this.pending = null;
    this.pushes += 1;
    const input = { documentKind: this.key.kind, entityId: this.key.entityId, update: Buffer.from(update).toString('base64'), clientId: String(this.doc.clientID) };
    this.inFlight = graphql(this.httpUrl, this.cookie, PUSH, { input })
      .then(() => undefined)
      .finally(() => {
        this.inFlight = null;
        if (this.pending) void this.flush();
      });
    return this.inFlight;
  }
}
