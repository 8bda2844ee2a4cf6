import { type Client, createClient } from 'graphql-ws';
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';

/** Counts, per event key, how many clients got it and when the last one did. */
export class Tracker {
  private readonly waits = new Map<string, { expected: number; count: number; last: number; done: (last: number) => void }>();

  /** Resolves with the time the `expected`-th receipt of `key` arrived, or rejects after timeoutMs. */
  expect(key: string, expected: number, timeoutMs: number) {
    return new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => {
        const wait = this.waits.get(key);
        this.waits.delete(key);
        reject(new Error(`"${key}": ${wait?.count ?? 0} of ${expected} clients got it within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waits.set(key, {
        expected,
        count: 0,
        last: 0,
        done: (last) => {
          clearTimeout(timer);
          this.waits.delete(key);
          resolve(last);
        },
      });
    });
  }

  receive(key: string) {
    const wait = this.waits.get(key);
    if (!wait) return;
    wait.count += 1;
    wait.last = performance.now();
    if (wait.count === wait.expected) wait.done(wait.last);
  }
}

export interface ClientGroup {
  close(): Promise<void>;
}

/** Opens `count` connections at most `batch` at a time, each resolved when it is ready. */
async function inBatches<T>(count: number, batch: number, open: (index: number) => Promise<T>) {
  const opened: T[] = [];
  for (let start = 0; start < count; start += batch) {
    const size = Math.min(batch, count - start);
    opened.push(...(await Promise.all(Array.from({ length: size }, (_, offset) => open(start + offset)))));
  }
  return opened;
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string) {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export const MEETING_CHANGED = `subscription ($meetingId: ID!, $after: Int) {
  meetingChanged(meetingId: $meetingId, after: $after) { seq type actorId meeting { id title version } }
}`;

/**
 * N graphql-ws clients, one socket each with its session cookie, subscribed to meetingChanged
 * from `after`; each event is reported to the tracker by the meeting's title. `onNextBytes`
 * gets the byte size of the first `next` message seen on the wire.
 */
export async function openGraphqlClients(options: {
  url: string;
  cookies: string[];
  meetingId: string;
  after: number;
  tracker: Tracker;
  onError: (error: unknown) => void;
  onNextBytes: (bytes: number) => void;
  batch?: number;
}): Promise<ClientGroup> {
  const { url, cookies, meetingId, after, tracker, onError, onNextBytes } = options;
  let sized = false;
  const clients: { client: Client; closed: Promise<void> }[] = [];
  const open = (index: number) =>
    withTimeout(
      new Promise<void>((resolve, reject) => {
        const cookie = cookies[index];
        class CookieWebSocket extends WebSocket {
          constructor(address: string, protocols?: string | string[]) {
            super(address, protocols, { headers: { cookie } });
            if (!sized) {
              const measure = (data: WebSocket.RawData) => {
                if (!sized && String(data).includes('"type":"next"')) {
                  sized = true;
                  onNextBytes((data as Buffer).length);
                  this.off('message', measure);
                }
              };
              this.on('message', measure);
            }
          }
        }
        let closedResolve!: () => void;
        const closed = new Promise<void>((done) => (closedResolve = done));
        const client = createClient({
          url,
          webSocketImpl: CookieWebSocket,
          lazy: false,
          retryAttempts: 0,
          onNonLazyError: reject,
          on: {
            connected: () => resolve(),
            closed: (event) => {
              closedResolve();
              reject(new Error(`closed before it was ready: ${(event as { code?: number }).code}`));
            },
          },
        });
        clients.push({ client, closed });
        client.subscribe<{ meetingChanged: { meeting: { title: string } | null } }>(
          { query: MEETING_CHANGED, variables: { meetingId, after } },
          {
            next: (result) => {
              if (result.errors) onError(result.errors);
              const title = result.data?.meetingChanged.meeting?.title;
              if (title) tracker.receive(title);
            },
            error: onError,
            complete: () => {},
          },
        );
      }),
      60_000,
      `graphql-ws client ${index}`,
    );
  try {
    await inBatches(cookies.length, options.batch ?? 100, open);
  } catch (error) {
    await closeAll();
    throw error;
  }
  async function closeAll() {
    await Promise.all(clients.map(({ client }) => client.dispose()));
    await withTimeout(Promise.all(clients.map(({ closed }) => closed)), 30_000, 'closing the graphql-ws clients').catch(() => {});
  }
  return { close: closeAll };
}

/** N bare `ws` clients; each message is JSON with a `key` reported to the tracker. */
export async function openRawClients(options: { url: string; count: number; tracker: Tracker; batch?: number }): Promise<ClientGroup> {
  const { url, count, tracker } = options;
  const sockets: WebSocket[] = [];
  const open = (index: number) =>
    withTimeout(
      new Promise<void>((resolve, reject) => {
        const socket = new WebSocket(url);
        sockets.push(socket);
        socket.on('message', (data) => tracker.receive((JSON.parse(String(data)) as { key: string }).key));
        socket.once('open', () => resolve());
        socket.once('error', reject);
      }),
      60_000,
      `ws client ${index}`,
    );
  const closeAll = async () => {
    await withTimeout(
      Promise.all(
        sockets.map(
          (socket) =>
            new Promise<void>((resolve) => {
              if (socket.readyState === WebSocket.CLOSED) return resolve();
              socket.once('close', () => resolve());
              socket.close();
            }),
        ),
      ),
      30_000,
      'closing the ws clients',
    ).catch(() => sockets.forEach((socket) => socket.terminate()));
  };
  try {
    await inBatches(count, options.batch ?? 200, open);
  } catch (error) {
    await closeAll();
    throw error;
  }
  return { close: closeAll };
}
