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
 * N subscribers, one socket each with its session cookie, subscribed to meetingChanged from
 * `after`; each event is reported to the tracker by the meeting's title. They speak the
 * graphql-ws protocol (graphql-transport-ws) over bare `ws` sockets: the graphql-ws client
 * library costs the benchmark's process half as much again per message as a bare socket's
 * JSON.parse, and since all N clients share that process, it would add up in the Trame column
 * only. `onNextBytes` gets the byte size of the first `next` message seen on the wire.
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
  const sockets: WebSocket[] = [];
  const subscribe = JSON.stringify({ id: '1', type: 'subscribe', payload: { query: MEETING_CHANGED, variables: { meetingId, after } } });
  const open = (index: number) =>
    withTimeout(
      new Promise<void>((resolve, reject) => {
        const socket = new WebSocket(url, 'graphql-transport-ws', { headers: { cookie: cookies[index] } });
        sockets.push(socket);
        socket.once('open', () => socket.send('{"type":"connection_init"}'));
        socket.on('error', reject);
        socket.once('close', (code) => reject(new Error(`closed before it was ready: ${code}`)));
        socket.on('message', (data: Buffer) => {
          const message = JSON.parse(String(data)) as { type: string; payload?: any };
          if (message.type === 'next') {
            if (!sized) {
              sized = true;
              onNextBytes(data.length);
            }
            if (message.payload.errors) onError(message.payload.errors);
            const title = message.payload.data?.meetingChanged.meeting?.title;
            if (title) tracker.receive(title);
          } else if (message.type === 'connection_ack') {
            socket.send(subscribe);
            resolve();
          } else if (message.type === 'ping') {
            socket.send('{"type":"pong"}');
          } else if (message.type === 'error' || message.type === 'complete') {
            onError(message);
          }
        });
      }),
      60_000,
      `graphql-ws client ${index}`,
    );
  const closeAll = () => closeSockets(sockets);
  try {
    await inBatches(cookies.length, options.batch ?? 100, open);
  } catch (error) {
    await closeAll();
    throw error;
  }
  return { close: closeAll };
}

/** Closes the sockets and waits until they are closed (terminates them after 30 s). */
async function closeSockets(sockets: WebSocket[]) {
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
    'closing the sockets',
  ).catch(() => sockets.forEach((socket) => socket.terminate()));
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
  const closeAll = () => closeSockets(sockets);
  try {
    await inBatches(count, options.batch ?? 200, open);
  } catch (error) {
    await closeAll();
    throw error;
  }
  return { close: closeAll };
}
