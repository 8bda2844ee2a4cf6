import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { clientFor } from '../helpers/api-client';
import { AWARENESS, type DocKey, fromBase64, PUSH, PUSH_AWARENESS, toBase64, YjsClient } from '../helpers/coediting';
import { eventually } from '../helpers/eventually';
import { buildAction, buildWorld, type World } from '../helpers/factories';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { Collector, connectWs } from '../helpers/ws-client';

let server: TestServer;
let world: World;
const cleanups: (() => unknown)[] = [];

beforeAll(async () => {
  server = await startTestServer();
  world = await buildWorld(server.services.dataSource);
});
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});
afterAll(() => server.stop());

/** A fresh action of the world's plan, and its description's document key. */
async function actionDocument(description = 'Soutenir les tiers-lieux du territoire.'): Promise<DocKey> {
  const action = await buildAction(server.services.dataSource, { orientationId: world.orientation.id, description });
  return { kind: 'ACTION_DESCRIPTION', entityId: action.id };
}

async function editor(person: { email: string }, key: DocKey, target = server) {
  const client = new YjsClient(await clientFor(target.url, person), target.wsUrl, key);
  cleanups.push(() => client.close());
  await client.connect();
  return client;
}

const PLAN_CHANGED_ACTIONS = `subscription ($planId: ID!, $after: Int) { planChanged(planId: $planId, after: $after) { seq type action { id description } } }`;

const storedDescription = async (id: string) =>
  (await server.services.dataSource.query('SELECT description FROM actions WHERE id = $1', [id]))[0].description;

describe('co-editing through the server', () => {
  it('makes two people typing at once end with the same text, kept on the action', async () => {
    const key = await actionDocument('Animer le réseau.');
    const chair = await editor(world.people.chair, key);
    const secretary = await editor(world.people.secretary, key);
    for (let i = 0; i < 15; i++) {
      chair.type(`c${i} `, 0);
      secretary.type(` s${i}`, 1_000);
    }
    await Promise.all([chair.settled(), secretary.settled()]);
    const expected = await eventually(() => {
      expect(chair.text()).toBe(secretary.text());
      return chair.text();
    });
    for (let i = 0; i < 15; i++) expect(expected).toContain(`c${i} `);
    for (let i = 0; i < 15; i++) expect(expected).toContain(` s${i}`);
    expect(expected).toContain('Animer le réseau.');
    expect([...chair.errors, ...secretary.errors]).toEqual([]);
    await eventually(async () => expect(await storedDescription(key.entityId)).toBe(expected));
  });

  it('delivers updates stored through one instance to a follower on another', async () => {
    const second = await startTestServer({ databaseUrl: server.databaseUrl });
    cleanups.push(() => second.stop());
    const key = await actionDocument('Texte de départ');
    const onFirst = await editor(world.people.chair, key);
    const onSecond = await editor(world.people.member, key, second);
    onFirst.type(' complété', 100);
    await onFirst.settled();
    await eventually(() => expect(onSecond.text()).toBe('Texte de départ complété'));
  });

  it('gives a follower who comes back with its last seq every update it missed, in order', async () => {
    const key = await actionDocument('a');
    const chair = await editor(world.people.chair, key);
    const member = await editor(world.people.member, key);
    const before = member.seq;
    await member.goOffline();
    for (const word of ['b', 'c', 'd']) {
      chair.type(word, 100);
      await chair.settled();
    }
    const back = new YjsClient(member.api, server.wsUrl, key);
    cleanups.push(() => back.close());
    Y.applyUpdate(back.doc, Y.encodeStateAsUpdate(member.doc), 'remote');
    const sync = await back.follow({ after: before });
    expect(sync.seq).toBe(chair.seq);
    expect(back.text()).toBe('abcd');
  });

  it('sends a follower who gives its state vector exactly what it lacks', async () => {
    const key = await actionDocument('un');
    const chair = await editor(world.people.chair, key);
    const member = await editor(world.people.member, key);
    await member.goOffline();
    chair.type(' deux', 100);
    await chair.settled();
    const back = new YjsClient(member.api, server.wsUrl, key);
    cleanups.push(() => back.close());
    Y.applyUpdate(back.doc, Y.encodeStateAsUpdate(member.doc), 'remote');
    const sync = await back.follow({ stateVector: toBase64(Y.encodeStateVector(back.doc)) });
    expect(back.text()).toBe('un deux');
    // Only the missing words travel, not the whole document.
    expect(fromBase64(sync.update).length).toBeLessThan(Y.encodeStateAsUpdate(chair.doc).length);
  });

  it('merges what was typed offline with what others typed meanwhile, on reconnection', async () => {
    const key = await actionDocument('Texte commun.');
    const chair = await editor(world.people.chair, key);
    const secretary = await editor(world.people.secretary, key);
    await secretary.goOffline();
    secretary.type('Hors ligne : ', 0);
    chair.type(' En ligne.', 100);
    await chair.settled();
    expect(secretary.text()).toBe('Hors ligne : Texte commun.');
    await secretary.reconnect();
    await secretary.settled();
    await eventually(() => {
      expect(chair.text()).toBe('Hors ligne : Texte commun. En ligne.');
      expect(secretary.text()).toBe(chair.text());
    });
    expect(secretary.errors).toEqual([]);
  });
});

describe('live updates and rights', () => {
  it('refuses to follow a text, or its carets, to someone who reads no body of its plan, and an unknown text to anyone', async () => {
    const key = await actionDocument();
    const outsiderApi = await clientFor(server.url, world.people.outsider);
    const outsider = new YjsClient(outsiderApi, server.wsUrl, key);
    cleanups.push(() => outsider.close());
    const errors = (await outsider.follow({ after: 0 }).catch((error) => error)) as { extensions?: { code?: string } }[];
    expect(errors[0].extensions?.code).toBe('FORBIDDEN');
    const { client } = connectWs(server.wsUrl, outsiderApi.cookie);
    cleanups.push(() => client.dispose());
    const carets = (await new Collector(client, AWARENESS, key).waitForError()) as { extensions?: { code?: string } }[];
    expect(carets[0].extensions?.code).toBe('FORBIDDEN');
    const update = toBase64(encodeAwarenessUpdate(new Awareness(new Y.Doc()), []));
    expect(await outsiderApi.errorCode(PUSH_AWARENESS, { input: { documentKind: key.kind, entityId: key.entityId, clientId: '1', update } })).toBe('FORBIDDEN');
    const unknown = new YjsClient(await clientFor(server.url, world.people.chair), server.wsUrl, { ...key, entityId: '00000000-0000-4000-8000-000000000000' });
    cleanups.push(() => unknown.close());
    const missing = (await unknown.follow({ after: 0 }).catch((error) => error)) as { extensions?: { code?: string } }[];
    expect(missing[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('announces the new description on the plan stream, at most every few seconds', async () => {
    const key = await actionDocument('Avant');
    const chair = await editor(world.people.chair, key);
    const member = await clientFor(server.url, world.people.member);
    const { plan } = await member.data('query ($id: ID!) { plan(id: $id) { lastEventSeq } }', { id: world.plan.id });
    const { client } = connectWs(server.wsUrl, member.cookie);
    cleanups.push(() => client.dispose());
    const feed = new Collector(client, PLAN_CHANGED_ACTIONS, { planId: world.plan.id, after: plan.lastEventSeq });
    chair.type(' puis', 100);
    await chair.settled();
    chair.type(' après', 100);
    await chair.settled();
    // The second change comes within the interval: announced by the trailing publication.
    await eventually(() => {
      const last = feed.received.filter((event) => event.planChanged.action?.id === key.entityId).at(-1);
      expect(last?.planChanged).toMatchObject({ type: 'ACTION_UPDATED', action: { description: 'Avant puis après' } });
    }, 8000);
  });

  it('lets an observer follow the text live but not push to it', async () => {
    const key = await actionDocument('Lecture seule');
    const chair = await editor(world.people.chair, key);
    const observer = await editor(world.people.observer, key);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(observer.doc));
    const text = copy.getXmlFragment('default').get(0) as Y.XmlElement;
    const vector = Y.encodeStateVector(copy);
    (text.get(0) as Y.XmlText).insert(0, 'Intrus ');
    const result = await observer.api.request(PUSH, {
      input: { ...{ documentKind: key.kind, entityId: key.entityId }, update: toBase64(Y.encodeStateAsUpdate(copy, vector)), clientId: String(copy.clientID) },
    });
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    chair.type(' partagée', 100);
    await chair.settled();
    await eventually(() => expect(observer.text()).toBe('Lecture seule partagée'));
  });
});

describe('awareness', () => {
  it("shows a person's caret and server-given name to the others, and removes it when they leave", async () => {
    const key = await actionDocument();
    const announce = async (api: Awaited<ReturnType<typeof clientFor>>, name: string) => {
      const doc = new Y.Doc();
      const awareness = new Awareness(doc);
      awareness.setLocalStateField('user', { name });
      const update = toBase64(encodeAwarenessUpdate(awareness, [doc.clientID]));
      const push = () => api.data(PUSH_AWARENESS, { input: { documentKind: key.kind, entityId: key.entityId, clientId: String(doc.clientID), update } });
      return { clientId: String(doc.clientID), push };
    };
    const member = await clientFor(server.url, world.people.member);
    const chair = await clientFor(server.url, world.people.chair);
    const memberSelf = await announce(member, 'Membre');
    const chairSelf = await announce(chair, 'Quelqu’un d’autre');
    const { client: memberWs } = connectWs(server.wsUrl, member.cookie);
    cleanups.push(() => memberWs.dispose());
    const { client: chairWs } = connectWs(server.wsUrl, chair.cookie);
    const seenByMember = new Collector(memberWs, AWARENESS, { ...key, clientId: memberSelf.clientId });
    const seenByChair = new Collector(chairWs, AWARENESS, { ...key, clientId: chairSelf.clientId });
    // Each announces itself until the other sees it: both subscriptions are then live.
    await eventually(async () => {
      await Promise.all([memberSelf.push(), chairSelf.push()]);
      expect(seenByMember.received.length).toBeGreaterThan(0);
      expect(seenByChair.received.length).toBeGreaterThan(0);
    });
    const updates = seenByMember.received.flatMap((event) => event.documentAwareness.updates);
    expect(updates[0]).toMatchObject({ clientId: chairSelf.clientId, personId: world.people.chair.id, displayName: world.people.chair.displayName });
    // The caret shows the name the server knows, not the one the client claimed.
    const received = new Awareness(new Y.Doc());
    applyAwarenessUpdate(received, fromBase64(updates[0].update), 'test');
    expect(received.getStates().get(Number(chairSelf.clientId))?.user).toMatchObject({ name: world.people.chair.displayName });
    // Nobody gets their own awareness back.
    expect(updates.every((update: { clientId: string }) => update.clientId === chairSelf.clientId)).toBe(true);
    await chairWs.dispose();
    await eventually(() => expect(seenByMember.received.at(-1).documentAwareness.leftClientIds).toEqual([chairSelf.clientId]));
  });

  it("refuses an awareness update about another client", async () => {
    const key = await actionDocument();
    const chair = await clientFor(server.url, world.people.chair);
    const doc = new Y.Doc();
    const awareness = new Awareness(doc);
    awareness.setLocalStateField('user', { name: 'x' });
    const update = toBase64(encodeAwarenessUpdate(awareness, [doc.clientID]));
    const code = await chair.errorCode(PUSH_AWARENESS, { input: { documentKind: key.kind, entityId: key.entityId, clientId: '12345', update } });
    expect(code).toBe('BAD_USER_INPUT');
  });
});
