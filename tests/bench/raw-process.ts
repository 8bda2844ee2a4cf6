/**
 * The baseline: a bare `ws` server that, on POST /broadcast, answers the request and then
 * sends the posted text to every connected socket. No GraphQL, no database.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';

const httpServer = createServer((request, response) => {
  if (request.method !== 'POST' || request.url !== '/broadcast') {
    response.writeHead(404).end();
    return;
  }
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    const payload = Buffer.concat(chunks).toString('utf8');
    response.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    for (const socket of wss.clients) socket.send(payload);
  });
});
const wss = new WebSocketServer({ server: httpServer, path: '/raw' });

const gc = (globalThis as { gc?: () => void }).gc;

process.on('message', (message: { type: string; id: number }) => {
  if (message.type === 'stats') {
    gc?.();
    const { heapUsed, rss } = process.memoryUsage();
    process.send!({ type: 'stats', id: message.id, statements: 0, heapUsed, rss, gc: Boolean(gc), live: { connections: wss.clients.size, subscriptions: 0 } });
  } else if (message.type === 'cpu') {
    process.send!({ type: 'cpu', id: message.id, ...process.cpuUsage() });
  } else if (message.type === 'stop') {
    for (const socket of wss.clients) socket.terminate();
    wss.close();
    httpServer.close(() => process.send!({ type: 'stopped', id: message.id }, () => process.disconnect()));
  }
});

httpServer.listen(0, '127.0.0.1', () => process.send!({ type: 'ready', port: (httpServer.address() as AddressInfo).port }));
