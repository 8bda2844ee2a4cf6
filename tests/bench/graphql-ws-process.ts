/**
 * The reference for memory: a plain graphql-ws server with the same subscription shape as
 * Trame's meetingChanged, executed per subscriber by graphql-ws, fed from memory on POST
 * /broadcast (no database, no rights). Answers `stats` and `stop` like the other children.
 */
import { buildSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { EventEmitter } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';

const schema = buildSchema(`
  type Meeting { id: ID! title: String! version: Int! }
  type MeetingEvent { seq: Int! type: String! actorId: ID meeting: Meeting }
  type Query { ok: Boolean }
  type Subscription { meetingChanged(meetingId: ID!, after: Int): MeetingEvent }
`);

const events = new EventEmitter();
events.setMaxListeners(0);
let seq = 0;
let subscriptions = 0;

type Event = { seq: number; type: string; actorId: null; meeting: { id: string; title: string; version: number } };

/** One subscriber's events, as a pub/sub library would give them (ended at once by `return`). */
function eventStream(): AsyncIterableIterator<{ meetingChanged: Event }> {
  const queue: Event[] = [];
  let wake: ((result: IteratorResult<{ meetingChanged: Event }>) => void) | null = null;
  let ended = false;
  const listener = (event: Event) => {
    if (wake) wake({ value: { meetingChanged: event }, done: false });
    else queue.push(event);
    wake = null;
  };
  events.on('event', listener);
  subscriptions += 1;
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    next: () =>
      queue.length > 0
        ? Promise.resolve({ value: { meetingChanged: queue.shift()! }, done: false })
        : new Promise((resolve) => (wake = resolve)),
    return: async () => {
      if (!ended) {
        ended = true;
        events.off('event', listener);
        subscriptions -= 1;
        wake?.({ value: undefined, done: true });
      }
      return { value: undefined, done: true };
    },
  };
}

// graphql's default resolvers: the root's meetingChanged gives the stream, each event's own
// meetingChanged its value.
const roots = { subscription: { meetingChanged: eventStream } };

const httpServer = createServer((request, response) => {
  if (request.method !== 'POST' || request.url !== '/broadcast') {
    response.writeHead(404).end();
    return;
  }
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    const { title } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { title: string };
    response.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    seq += 1;
    events.emit('event', { seq, type: 'MEETING_UPDATED', actorId: null, meeting: { id: 'banc', title, version: seq } });
  });
});
const wss = new WebSocketServer({ server: httpServer, path: '/graphql' });
useServer({ schema, roots }, wss);

const gc = (globalThis as { gc?: () => void }).gc;

process.on('message', (message: { type: string; id: number }) => {
  if (message.type === 'stats') {
    gc?.();
    gc?.();
    const { heapUsed, rss } = process.memoryUsage();
    process.send!({ type: 'stats', id: message.id, statements: 0, heapUsed, rss, gc: Boolean(gc), live: { connections: wss.clients.size, subscriptions } });
  } else if (message.type === 'cpu') {
    process.send!({ type: 'cpu', id: message.id, ...process.cpuUsage() });
  } else if (message.type === 'stop') {
    for (const socket of wss.clients) socket.terminate();
    wss.close();
    httpServer.close(() => process.send!({ type: 'stopped', id: message.id }, () => process.disconnect()));
  }
});

httpServer.listen(0, '127.0.0.1', () => process.send!({ type: 'ready', port: (httpServer.address() as AddressInfo).port }));
