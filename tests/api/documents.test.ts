import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MeetingStatus } from '../../server/src/meetings/meeting.entity';
import { fragmentOf, plainText } from '../../server/src/documents/document-text';
import { ApiClient, clientFor } from '../helpers/api-client';
import { APPLY, DOCUMENT, type DocKey, fromBase64, PROPOSE, PUSH, toBase64 } from '../helpers/coediting';
import { eventually } from '../helpers/eventually';
import { buildAction, buildMeeting, buildOrientation, buildWorld, type World } from '../helpers/factories';
import { startTestServer, type TestServer } from '../helpers/test-server';

let server: TestServer;
let world: World;
let as: Record<keyof World['people'], ApiClient>;
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  server = await startTestServer();
  world = await buildWorld(server.services.dataSource);
  as = Object.fromEntries(
    await Promise.all(Object.entries(world.people).map(async ([role, person]) => [role, await clientFor(server.url, person)])),
  ) as typeof as;
});
afterAll(() => server.stop());

const sql = (query: string, params: unknown[]) => server.services.dataSource.query(query, params);

async function actionKey(description = 'Première ligne\nDeuxième ligne'): Promise<DocKey> {
  const action = await buildAction(server.services.dataSource, { orientationId: world.orientation.id, description });
  return { kind: 'ACTION_DESCRIPTION', entityId: action.id };
}

/** The document as `client` loads it, in a Y.Doc of its own. */
async function load(client: ApiClient, key: DocKey) {
  const { document } = await client.data(DOCUMENT, key);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, fromBase64(document.state));
  return { doc, document };
}

/** The update `edit` makes to `doc`, base64. */
function change(doc: Y.Doc, edit: (text: Y.XmlText) => void) {
  const before = Y.encodeStateVector(doc);
  const paragraph = fragmentOf(doc).get(0) as Y.XmlElement;
  doc.transact(() => {
    if (paragraph.length === 0) paragraph.insert(0, [new Y.XmlText()]);
    edit(paragraph.get(0) as Y.XmlText);
  });
  return toBase64(Y.encodeStateAsUpdate(doc, before));
}

const push = (client: ApiClient, key: DocKey, update: string, clientId = '7') =>
  client.request(PUSH, { input: { documentKind: key.kind, entityId: key.entityId, update, clientId } });

const storedUpdates = async (key: DocKey) =>
  Number((await sql('SELECT count(*) AS n FROM document_updates WHERE kind = $1 AND entity_id = $2', [key.kind, key.entityId]))[0].n);

describe('loading a document', () => {
  it("seeds it from the record's text, one paragraph per line, the first time it is read", async () => {
    const key = await actionKey();
    const { doc, document } = await load(as.member, key);
    expect(document).toMatchObject({ seq: 0, text: 'Première ligne\nDeuxième ligne', maxLength: 20_000, viewerCanEdit: false, viewerCanSuggest: true });
    expect(fragmentOf(doc).length).toBe(2);
    expect(plainText(doc)).toBe(document.text);
    const again = await load(as.chair, key);
    expect(again.document).toMatchObject({ state: document.state, viewerCanEdit: true });
  });

  it('reads Windows line endings as paragraphs without rewriting the record each time', async () => {
    const key = await actionKey('Ligne un\r\nLigne deux');
    expect((await load(as.member, key)).document).toMatchObject({ seq: 0, text: 'Ligne un\nLigne deux' });
    expect((await load(as.member, key)).document).toMatchObject({ seq: 0, text: 'Ligne un\nLigne deux' });
    expect(await storedUpdates(key)).toBe(0);
  });

  it('works for orientations and minutes too', async () => {
    const orientation = await buildOrientation(server.services.dataSource, { planId: world.plan.id, description: 'Axe 2' });
    expect((await as.member.data(DOCUMENT, { kind: 'ORIENTATION_DESCRIPTION', entityId: orientation.id })).document.text).toBe('Axe 2');
    const meeting = await buildMeeting(server.services.dataSource, { bodyId: world.body.id, status: MeetingStatus.IN_SESSION });
    const { document } = await as.secretary.data(DOCUMENT, { kind: 'MINUTES', entityId: meeting.id });
    expect(document).toMatchObject({ text: '', maxLength: 100_000, viewerCanEdit: true });
  });

  it('is NOT_FOUND for an unknown record and FORBIDDEN to readers of other plans', async () => {
    const key = await actionKey();
    expect(await as.member.errorCode(DOCUMENT, { ...key, entityId: UNKNOWN })).toBe('NOT_FOUND');
    expect(await as.member.errorCode(DOCUMENT, { kind: 'MINUTES', entityId: 'not-an-id' })).toBe('NOT_FOUND');
    expect(await as.outsider.errorCode(DOCUMENT, key)).toBe('FORBIDDEN');
    expect(await new ApiClient(server.url).errorCode(DOCUMENT, key)).toBe('UNAUTHENTICATED');
  });

  it('loads a document with 100,000 characters of history quickly, from its compacted snapshot', async () => {
    const meeting = await buildMeeting(server.services.dataSource, { bodyId: world.body.id, status: MeetingStatus.IN_SESSION });
    const key: DocKey = { kind: 'MINUTES', entityId: meeting.id };
    const { doc } = await load(as.secretary, key);
    // 100 pushes of 1,000 characters each, some of them deleted again: 100,000 characters typed.
    for (let i = 0; i < 100; i++) {
      const update = change(doc, (text) => {
        if (i % 4 === 3) text.delete(0, 800);
        text.insert(text.length, 'x'.repeat(1000));
      });
      expect((await push(as.secretary, key, update, String(doc.clientID))).errors).toBeUndefined();
    }
    const [row] = await sql('SELECT snapshot_seq, last_seq FROM documents WHERE kind = $1 AND entity_id = $2', [key.kind, key.entityId]);
    expect(row).toEqual({ snapshot_seq: 100, last_seq: 100 });
    // Merged into the snapshot, only the last few updates stay, for clients resuming by seq.
    expect(await storedUpdates(key)).toBe(50);
    const timings: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      const loaded = await load(as.member, key);
      timings.push(performance.now() - started);
      expect(loaded.document.text).toBe(plainText(doc));
    }
    expect(plainText(doc).length).toBe(100_000 - 25 * 800);
    expect(timings.sort((a, b) => a - b)[2]).toBeLessThan(100);
  });
});

describe('pushing updates', () => {
  it('stores an update, moves the seq on and keeps the plain text on the action', async () => {
    const key = await actionKey('Texte');
    const { doc } = await load(as.chair, key);
    const { pushDocumentUpdate } = await as.chair.data(PUSH, {
      input: { documentKind: key.kind, entityId: key.entityId, update: change(doc, (text) => text.insert(5, ' modifié')), clientId: String(doc.clientID) },
    });
    expect(pushDocumentUpdate.seq).toBe(1);
    const [stored] = await sql('SELECT origin, author_ids, client_ids FROM document_updates WHERE kind = $1 AND entity_id = $2', [key.kind, key.entityId]);
    expect(stored).toEqual({ origin: 'EDIT', author_ids: [world.people.chair.id], client_ids: [String(doc.clientID)] });
    const { action } = await as.member.data('query ($id: ID!) { action(id: $id) { description } }', { id: key.entityId });
    expect(action.description).toBe('Texte modifié');
    expect((await load(as.member, key)).document).toMatchObject({ seq: 1, text: 'Texte modifié' });
  });

  it('takes the same update twice without harm', async () => {
    const key = await actionKey('Idempotent');
    const { doc } = await load(as.chair, key);
    const update = change(doc, (text) => text.insert(0, '« '));
    expect((await push(as.chair, key, update)).data.pushDocumentUpdate.seq).toBe(1);
    expect((await push(as.chair, key, update)).data.pushDocumentUpdate.seq).toBe(1);
    expect(await storedUpdates(key)).toBe(1);
    expect((await load(as.member, key)).document.text).toBe('« Idempotent');
  });

  it('refuses malformed updates with BAD_USER_INPUT and stores nothing', async () => {
    const key = await actionKey('Intact');
    const { doc } = await load(as.chair, key);
    const foreign = new Y.Doc();
    foreign.getMap('autre').set('clé', 'valeur');
    const detached = new Y.Doc();
    Y.applyUpdate(detached, Y.encodeStateAsUpdate(doc));
    change(detached, (text) => text.insert(0, 'a')); // never pushed
    const dependent = change(detached, (text) => text.insert(1, 'b'));
    for (const update of [
      'pas du base64 !',
      toBase64(new Uint8Array([1, 2, 3, 4, 5, 200, 200])),
      toBase64(Y.encodeStateAsUpdate(foreign)),
      // Depends on a change the server never received.
      dependent,
    ]) {
      expect((await push(as.chair, key, update)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect(await storedUpdates(key)).toBe(0);
    expect((await load(as.member, key)).document).toMatchObject({ seq: 0, text: 'Intact' });
  });

  it('refuses a text past its maximum length', async () => {
    const key = await actionKey('Court');
    const { doc } = await load(as.chair, key);
    const result = await push(as.chair, key, change(doc, (text) => text.insert(0, 'x'.repeat(20_000))));
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await load(as.member, key)).document.text).toBe('Court');
  });

  it('lets only those who may edit the record push: FORBIDDEN for members, observers and outsiders', async () => {
    const key = await actionKey('Réservé');
    const { doc } = await load(as.chair, key);
    const update = change(doc, (text) => text.insert(0, 'x'));
    for (const client of [as.member, as.observer, as.outsider]) {
      expect((await push(client, key, update)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect((await push(as.chair, { ...key, entityId: UNKNOWN }, update)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await storedUpdates(key)).toBe(0);
  });

  it('catches up with a description edited through the action form, as a recorded update', async () => {
    const key = await actionKey('Avant');
    await load(as.chair, key);
    await as.chair.data('mutation ($input: UpdateActionInput!) { updateAction(input: $input) { id } }', {
      input: { id: key.entityId, description: 'Après le formulaire' },
    });
    expect((await load(as.member, key)).document).toMatchObject({ seq: 1, text: 'Après le formulaire' });
    const [stored] = await sql('SELECT origin FROM document_updates WHERE kind = $1 AND entity_id = $2', [key.kind, key.entityId]);
    expect(stored.origin).toBe('ENTITY');
  });
});

describe('minutes', () => {
  const minutesText = async (meetingId: string) =>
    (await sql('SELECT text, revision FROM minutes_versions WHERE meeting_id = $1 ORDER BY version DESC LIMIT 1', [meetingId]))[0];

  it('writes the co-edited minutes as version 1, then new revisions; facilitators only', async () => {
    const meeting = await buildMeeting(server.services.dataSource, { bodyId: world.body.id, status: MeetingStatus.IN_SESSION });
    const key: DocKey = { kind: 'MINUTES', entityId: meeting.id };
    const { doc } = await load(as.secretary, key);
    const paragraph = fragmentOf(doc).get(0) as Y.XmlElement;
    const before = Y.encodeStateVector(doc);
    paragraph.insert(0, [new Y.XmlText('Présents : six membres.')]);
    const update = toBase64(Y.encodeStateAsUpdate(doc, before));
    expect((await push(as.member, key, update)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await push(as.secretary, key, update)).errors).toBeUndefined();
    expect(await minutesText(meeting.id)).toEqual({ text: 'Présents : six membres.', revision: 1 });
  });

  it('refuses edits to minutes before the session and once approved (CONFLICT)', async () => {
    const draft = await buildMeeting(server.services.dataSource, { bodyId: world.body.id });
    const key: DocKey = { kind: 'MINUTES', entityId: draft.id };
    const { doc, document } = await load(as.secretary, key);
    expect(document.viewerCanEdit).toBe(false);
    const before = Y.encodeStateVector(doc);
    (fragmentOf(doc).get(0) as Y.XmlElement).insert(0, [new Y.XmlText('Trop tôt')]);
    expect((await push(as.secretary, key, toBase64(Y.encodeStateAsUpdate(doc, before)))).errors?.[0].extensions?.code).toBe('CONFLICT');
  });
});

describe('amendments', () => {
  const propose = (client: ApiClient, key: DocKey, proposedText: string, id = randomUUID()) =>
    client.request(PROPOSE, { input: { id, documentKind: key.kind, entityId: key.entityId, proposedText, explanation: 'Plus précis' } });

  it('lets a member propose a text, shown as a word diff; a facilitator applies it, recorded and retained', async () => {
    const key = await actionKey('Soutenir les tiers-lieux.');
    const { data } = await propose(as.member, key, 'Soutenir les tiers-lieux ruraux.');
    const amendment = data.proposeAmendment;
    expect(amendment).toMatchObject({
      kind: 'ACTION_DESCRIPTION',
      baseText: 'Soutenir les tiers-lieux.',
      baseSeq: 0,
      outdated: false,
      appliedAt: null,
      contribution: { kind: 'AMENDMENT', status: 'OPEN', author: { id: world.people.member.id } },
    });
    const side = (change: string) => amendment.diff.filter((part: { change: string }) => part.change !== change).map((part: { text: string }) => part.text).join('');
    expect(side('ADDED')).toBe('Soutenir les tiers-lieux.');
    expect(side('REMOVED')).toBe('Soutenir les tiers-lieux ruraux.');
    expect(amendment.diff.filter((part: { change: string }) => part.change !== 'SAME')).toEqual([{ change: 'ADDED', text: ' ruraux' }]);
    expect(await as.member.errorCode(APPLY, { id: amendment.contributionId })).toBe('FORBIDDEN');
    const { applyAmendment } = await as.chair.data(APPLY, { id: amendment.contributionId });
    expect(applyAmendment).toMatchObject({ appliedSeq: 1, appliedBy: { id: world.people.chair.id }, contribution: { status: 'RETAINED', author: { id: world.people.member.id } } });
    expect((await load(as.member, key)).document).toMatchObject({ seq: 1, text: 'Soutenir les tiers-lieux ruraux.' });
    const [stored] = await sql('SELECT origin, author_ids, amendment_id FROM document_updates WHERE kind = $1 AND entity_id = $2', [key.kind, key.entityId]);
    expect(stored).toEqual({ origin: 'AMENDMENT', author_ids: [world.people.chair.id], amendment_id: amendment.contributionId });
    expect(await as.chair.errorCode(APPLY, { id: amendment.contributionId })).toBe('CONFLICT');
    const { document } = await as.member.data(
      `query ($kind: DocumentKind!, $entityId: ID!) { document(kind: $kind, entityId: $entityId) { amendments { contributionId appliedBy { id } contribution { author { id } } } } }`,
      key,
    );
    expect(document.amendments).toEqual([
      { contributionId: amendment.contributionId, appliedBy: { id: world.people.chair.id }, contribution: { author: { id: world.people.member.id } } },
    ]);
  });

  it('keeps edits made since the proposal flagged, and returns the same amendment for a retried proposal', async () => {
    const key = await actionKey('Un texte.');
    const id = randomUUID();
    const first = (await propose(as.member, key, 'Un autre texte.', id)).data.proposeAmendment;
    const retried = (await propose(as.member, key, 'Un autre texte.', id)).data.proposeAmendment;
    expect(retried.contributionId).toBe(first.contributionId);
    expect((await propose(as.member, key, 'Autre chose', id)).errors?.[0].extensions?.code).toBe('CONFLICT');
    await as.chair.data('mutation ($input: UpdateActionInput!) { updateAction(input: $input) { id } }', { input: { id: key.entityId, description: 'Un texte modifié.' } });
    await load(as.chair, key);
    const { contributions } = await as.member.data(
      'query ($planId: ID!, $actionId: ID) { contributions(planId: $planId, actionId: $actionId) { items { id amendment { outdated baseText proposedText } } } }',
      { planId: world.plan.id, actionId: key.entityId },
    );
    expect(contributions.items).toEqual([{ id, amendment: { outdated: true, baseText: 'Un texte.', proposedText: 'Un autre texte.' } }]);
  });

  it('refuses proposals from observers and outsiders, and a text identical to the current one', async () => {
    const key = await actionKey('Stable');
    expect((await propose(as.observer, key, 'Changé')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await propose(as.outsider, key, 'Changé')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await propose(as.member, key, 'Stable')).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await as.chair.errorCode(APPLY, { id: UNKNOWN })).toBe('NOT_FOUND');
  });

  it('broadcasts an applied amendment to followers of the text', async () => {
    const key = await actionKey('Diffusé');
    const { doc } = await load(as.member, key);
    const amendment = (await propose(as.member, key, 'Diffusé à tous')).data.proposeAmendment;
    await as.secretary.data(APPLY, { id: amendment.contributionId });
    const [row] = await sql('SELECT update FROM document_updates WHERE kind = $1 AND entity_id = $2 AND seq = 1', [key.kind, key.entityId]);
    Y.applyUpdate(doc, new Uint8Array(row.update));
    await eventually(() => expect(plainText(doc)).toBe('Diffusé à tous'));
  });
});
