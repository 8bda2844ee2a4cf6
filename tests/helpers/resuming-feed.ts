import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';

const MEETING_SEQS = 'subscription ($meetingId: ID!, $after: Int) { meetingChanged(meetingId: $meetingId, after: $after) { seq } }';

/**
 * Follows a meeting like the web client does: when its connection drops it connects again
 * (to the next of its servers) and resumes after the last sequence number it got. It keeps
 * every number it received, duplicates included, for the test to check.
 */
export class ResumingFeed {
  readonly seqs: number[] = [];
  reconnections = 0;
  private client: Client | null = null;
  private stopped = false;
  private attempt = 0;
  /** A socket still connecting cannot be cut (ws throws): the test cuts established ones. */
  private connected = false;

  constructor(
    private readonly servers: { wsUrl: string }[],
    private readonly cookie: string,
    private readonly meetingId: string,
    private last: number,
  ) {}

  get lastSeq() {
    return this.last;
  }

  start() {
    const server = this.servers[this.attempt++ % this.servers.length];
    const cookie = this.cookie;
    class WithCookie extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers: { cookie } });
      }
    }
    const client = createClient({ url: server.wsUrl, webSocketImpl: WithCookie, retryAttempts: 0, lazy: true });
    this.client = client;
    this.connected = false;
    client.on('connected', () => {
      if (client === this.client) this.connected = true;
    });
    client.subscribe<{ meetingChanged: { seq: number } }>(
      { query: MEETING_SEQS, variables: { meetingId: this.meetingId, after: this.last } },
      {
        next: ({ data }) => {
          if (!data) return;
          this.seqs.push(data.meetingChanged.seq);
          this.last = Math.max(this.last, data.meetingChanged.seq);
        },
        error: () => this.resume(client),
        complete: () => this.resume(client),
      },
    );
  }

  /** Drops the connection at once, as a network failure would. */
  cut() {
    if (this.connected) this.client?.terminate();
  }

  async stop() {
    this.stopped = true;
    await this.client?.dispose();
  }

  private resume(ended: Client) {
    if (this.stopped || ended !== this.client) return;
    this.reconnections += 1;
    void ended.dispose();
    setTimeout(() => !this.stopped && this.start(), 20 + Math.random() * 80);
  }
}

/** The sequence numbers missing from or repeated in what a feed received, from `from` to `to`. */
export function gapsAndDuplicates(seqs: number[], from: number, to: number) {
  const seen = new Set<number>();
  const duplicates = seqs.filter((seq) => seen.has(seq) || !seen.add(seq));
  const missing: number[] = [];
  for (let seq = from; seq <= to; seq++) if (!seen.has(seq)) missing.push(seq);
  const outOfOrder = seqs.some((seq, index) => index > 0 && seq <= seqs[index - 1]);
  return { missing, duplicates, outOfOrder };
}
