import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { ApiClient, clientFor } from '../helpers/api-client';
import { buildWorld, type World } from '../helpers/factories';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { Collector, connectWs } from '../helpers/ws-client';

let server: TestServer;
let production: TestServer;
let world: World;
const cleanups: (() => unknown)[] = [];

beforeAll(async () => {
  server = await startTestServer();
  world = await buildWorld(server.services.dataSource);
  production = await startTestServer({ databaseUrl: server.databaseUrl, config: { production: true } });
});
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});
afterAll(async () => {
  await production.stop();
  await server.stop();
});

/** plan → orientations → plan → … nested `levels` times. */
function nested(levels: number) {
  let selection = 'id';
  for (let level = 0; level < levels; level++) selection = `orientations { plan { ${selection} } }`;
  return selection;
}
const deepQuery = (levels: number) => `query ($id: ID!) { plan(id: $id) { ${nested(levels)} } }`;
const deepSubscription = (levels: number) =>
  `subscription ($id: ID!) { planChanged(planId: $id) { plan { ${nested(levels)} } } }`;

describe('abuse limits over HTTP', () => {
  it('accepts a reasonable query and refuses one nested too deep', async () => {
    const member = await clientFor(server.url, world.people.member);
    await member.data(deepQuery(2), { id: world.plan.id });
    const refused = await member.request(deepQuery(6), { id: world.plan.id });
    expect(refused.data).toBeUndefined();
    expect(refused.errors?.[0].message).toMatch(/depth/i);
  });

  it('refuses too many aliases and too many tokens', async () => {
    const member = await clientFor(server.url, world.people.member);
    const aliases = Array.from({ length: 20 }, (_, index) => `a${index}: me { id }`).join(' ');
    expect((await member.request(`{ ${aliases} }`)).errors?.[0].message).toMatch(/alias/i);
    const tokens = `{ me { ${Array.from({ length: 2500 }, () => 'id').join(' ')} } }`;
    expect((await member.request(tokens)).errors?.[0].message).toMatch(/token/i);
  });

  it('keeps CSRF prevention on: a simple GET or a text/plain POST is refused', async () => {
    const get = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`);
    expect(get.status).toBe(400);
    const plain = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(plain.status).toBe(400);
  });

  it('sends no stack trace, even for an unexpected error', async () => {
    const anonymous = new ApiClient(server.url);
    const result = await anonymous.request('{ plans { totalCount } }');
    expect(JSON.stringify(result)).not.toMatch(/stacktrace|at .*\.ts/);
  });

  it('turns introspection and field suggestions off in production', async () => {
    const client = new ApiClient(production.url);
    const introspection = await client.request('{ __schema { types { name } } }');
    expect(introspection.errors?.[0].message).toMatch(/introspection/i);
    const typo = await client.request('{ mee { id } }');
    expect(typo.errors?.[0].message).not.toMatch(/Did you mean/);
    const devTypo = await new ApiClient(server.url).request('{ mee { id } }');
    expect(devTypo.errors?.[0].message).toMatch(/Did you mean/);
  });
});

describe('abuse limits over WebSocket', () => {
  it('refuses a subscription nested too deep, as over HTTP', async () => {
    const member = await clientFor(server.url, world.people.member);
    const { client } = connectWs(server.wsUrl, member.cookie);
    cleanups.push(() => client.dispose());
    const refused = new Collector(client, deepSubscription(6), { id: world.plan.id });
    const errors = (await refused.waitForError()) as { message: string }[];
    expect(errors[0].message).toMatch(/depth/i);
  });

  it('refuses introspection over WebSocket in production', async () => {
    const member = await clientFor(production.url, world.people.member);
    const { client } = connectWs(production.wsUrl, member.cookie);
    cleanups.push(() => client.dispose());
    const refused = new Collector(client, '{ __schema { types { name } } }', {});
    const errors = (await refused.waitForError()) as { message: string }[];
    expect(errors[0].message).toMatch(/introspection/i);
  });

  it('closes a connection that sends an oversized message', async () => {
    const member = await clientFor(server.url, world.people.member);
    const socket = new WebSocket(server.wsUrl, 'graphql-transport-ws', { headers: { cookie: member.cookie! } });
    cleanups.push(() => socket.terminate());
    const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
    socket.on('error', () => {});
    await new Promise((resolve) => socket.on('open', resolve));
    socket.send(JSON.stringify({ type: 'connection_init', payload: { filler: 'x'.repeat(300 * 1024) } }));
    expect(await closed).toBe(1009);
  });
});
