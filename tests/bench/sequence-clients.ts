import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';

const FEED = `subscription ($meetingId: ID!, $after: Int) {
  meetingChanged(meetingId: $meetingId, after: $after) {
    seq at type actorId
    contribution { id kind text supportCount authorId }
    poll { id status ballotCount }
  }
}`;

/** Delivery latencies in 1 ms buckets (the last one holds everything slower), for percentiles over millions of receipts. */
export class LatencyHistogram {
  private readonly buckets = new Uint32Array(10_001);
  count = 0;

  add(ms: number) {
    this.buckets[Math.min(this.buckets.length - 1, Math.max(0, Math.round(ms)))] += 1;
    this.count += 1;
  }

  percentile(p: number) {
    const rank = Math.ceil((p / 100) * this.count);
    let seen = 0;
    for (let ms = 0; ms < this.buckets.length; ms++) {
      seen += this.buckets[ms];
      if (seen >= rank && rank > 0) return ms;
    }
    return 0;
  }

  reset() {
    this.buckets.fill(0);
    this.count = 0;
  }
}

/** One follower of a meeting: checks its sequence as it goes and resumes after its last number when dropped. */
class SequenceClient {
  last: number;
  duplicates = 0;
  gaps = 0;
  reconnections = 0;
  subscribed = false;
  private client: Client | null = null;
  private stopped = false;

  constructor(
    private readonly group: SequenceClients,
    private readonly cookie: string,
    after: number,
  ) {
    this.last = after;
  }

  connect() {
    const cookie = this.cookie;
    class CookieWebSocket extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers: { cookie } });
      }
    }
    const client = createClient({ url: this.group.url, webSocketImpl: CookieWebSocket, retryAttempts: 0, lazy: true });
    this.client = client;
    return new Promise<void>((resolve) => {
      client.on('connected', () => {
        this.subscribed = true;
        resolve();
      });
      client.subscribe<{ meetingChanged: { seq: number; at: string } }>(
        { query: FEED, variables: { meetingId: this.group.meetingId, after: this.last } },
        {
          next: ({ data, errors }) => {
            if (errors) this.group.errors.push(errors);
            if (data) this.receive(data.meetingChanged.seq, data.meetingChanged.at);
          },
          error: () => this.dropped(client, resolve),
          complete: () => this.dropped(client, resolve),
        },
      );
    });
  }

  private receive(seq: number, at: string) {
    if (seq <= this.last) this.duplicates += 1;
    else if (seq !== this.last + 1) this.gaps += seq - this.last - 1;
    this.last = Math.max(this.last, seq);
    this.group.latencies.add(Date.now() - Date.parse(at));
  }

  /** Drops the socket at once, as a network failure would. */
  cut() {
    // A socket still connecting cannot be cut (ws throws); it is dropped once established.
    if (this.subscribed) this.client?.terminate();
  }

  async stop() {
    this.stopped = true;
    await this.client?.dispose();
  }

  private dropped(client: Client, settle: () => void) {
    this.subscribed = false;
    settle();
    if (this.stopped || client !== this.client) return;
    this.reconnections += 1;
    void client.dispose();
    setTimeout(() => !this.stopped && void this.connect(), 50 + Math.random() * 450);
  }
}

/** N followers of one meeting, each with its own session and socket. */
export class SequenceClients {
  readonly latencies = new LatencyHistogram();
  readonly errors: unknown[] = [];
  private readonly clients: SequenceClient[];

  constructor(
    readonly url: string,
    readonly meetingId: string,
    cookies: string[],
    after: number,
  ) {
    this.clients = cookies.map((cookie) => new SequenceClient(this, cookie, after));
  }

  async connect(batch = 100) {
    for (let start = 0; start < this.clients.length; start += batch) {
      await Promise.all(this.clients.slice(start, start + batch).map((client) => client.connect()));
    }
  }

  /** How many have received every event up to `seq`. */
  caughtUp(seq: number) {
    return this.clients.filter((client) => client.last >= seq).length;
  }

  /** How many are connected (and so subscribed, the subscription following at once). */
  connected() {
    return this.clients.filter((client) => client.subscribed).length;
  }

  get size() {
    return this.clients.length;
  }

  totals() {
    const sum = (pick: (client: SequenceClient) => number) => this.clients.reduce((total, client) => total + pick(client), 0);
    return { duplicates: sum((client) => client.duplicates), gaps: sum((client) => client.gaps), reconnections: sum((client) => client.reconnections) };
  }

  cutAll() {
    for (const client of this.clients) client.cut();
  }

  async close() {
    await Promise.all(this.clients.map((client) => client.stop()));
  }
}

/** Waits until `done()` or the timeout; returns the milliseconds it took, or null on timeout. */
export async function waitUntil(done: () => boolean, timeoutMs: number, stepMs = 20) {
  const started = performance.now();
  while (!done()) {
    if (performance.now() - started > timeoutMs) return null;
    await new Promise((resolve) => setTimeout(resolve, stepMs));
  }
  return performance.now() - started;
}
