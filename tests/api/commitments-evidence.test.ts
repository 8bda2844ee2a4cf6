import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Person } from '../../server/src/people/person.entity';
import { EVIDENCE_MAX_BYTES } from '../../server/src/evidence/evidence-types';
import { type ApiClient, clientFor } from '../helpers/api-client';
import { buildCommitment, RECORD_PROGRESS } from '../helpers/commitments';
import { buildOrganization, buildWorld, type World } from '../helpers/factories';
import { startTestServer, type TestServer } from '../helpers/test-server';

let server: TestServer;
let world: World;
let as: Record<'admin' | 'chair' | 'member' | 'observer' | 'outsider', ApiClient>;
let commitmentId: string;

const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
const TIMELINE = `query ($id: ID!) { commitment(id: $id) { progressUpdates { note evidenceFile { id filename size contentType url } } } }`;

beforeAll(async () => {
  server = await startTestServer();
  const ds = server.services.dataSource;
  world = await buildWorld(ds);
  const partnerId = (await buildOrganization(ds)).id;
  await ds.getRepository(Person).update({ id: world.people.member.id }, { organizationId: partnerId });
  commitmentId = (await buildCommitment(ds, { planId: world.plan.id, actionId: world.action.id, organizationId: partnerId })).id;
  const people = world.people;
  as = {
    admin: await clientFor(server.url, people.admin),
    chair: await clientFor(server.url, people.chair),
    member: await clientFor(server.url, people.member),
    observer: await clientFor(server.url, people.observer),
    outsider: await clientFor(server.url, people.outsider),
  };
});
afterAll(() => server.stop());

interface UploadOptions {
  filename?: string;
  type?: string;
  headers?: Record<string, string>;
}

async function upload(client: ApiClient | null, body: Buffer | string, { filename = 'rapport.pdf', type = 'application/pdf', headers = {} }: UploadOptions = {}) {
  const response = await fetch(`${server.url}/uploads/evidence`, {
    method: 'POST',
    headers: { 'content-type': type, 'x-filename': encodeURIComponent(filename), ...(client?.cookie ? { cookie: client.cookie } : {}), ...headers },
    body,
  });
  return { status: response.status, body: (await response.json()) as { id: string; filename: string; size: number; message: string } };
}

async function uploaded(client: ApiClient, body: Buffer | string = PDF, options?: UploadOptions) {
  const result = await upload(client, body, options);
  expect(result.status).toBe(201);
  return result.body;
}

const download = (client: ApiClient | null, id: string) =>
  fetch(`${server.url}/evidence/${id}`, { headers: client?.cookie ? { cookie: client.cookie } : {} });

const report = (client: ApiClient, input: Record<string, unknown>) => client.request(RECORD_PROGRESS, { input: { commitmentId, ...input } });

const fileCount = async () => (await server.services.dataSource.query('SELECT count(*)::int AS count FROM evidence_files'))[0].count as number;
const attachedTo = async (fileId: string) =>
  (await server.services.dataSource.query('SELECT count(*)::int AS count FROM progress_updates WHERE evidence_file_id = $1', [fileId]))[0].count as number;

describe('uploading evidence', () => {
  it('stores a file with its name, type, size and SHA-256, and answers its id, name and size', async () => {
    const file = await uploaded(as.member, PDF, { filename: 'Compte rendu été.pdf' });
    expect(file).toEqual({ id: expect.any(String), filename: 'Compte rendu été.pdf', size: PDF.length });
    const [row] = await server.services.dataSource.query('SELECT filename, content_type, size, sha256, uploaded_by, content FROM evidence_files WHERE id = $1', [file.id]);
    expect(row).toMatchObject({
      filename: 'Compte rendu été.pdf',
      content_type: 'application/pdf',
      size: PDF.length,
      sha256: createHash('sha256').update(PDF).digest('hex'),
      uploaded_by: world.people.member.id,
    });
    expect(Buffer.compare(row.content, PDF)).toBe(0);
  });

  it('accepts exactly 10 MB and refuses one byte more with 413 and a French message, storing nothing', async () => {
    expect((await upload(as.member, Buffer.alloc(EVIDENCE_MAX_BYTES, 1), { filename: 'grand.txt', type: 'text/plain' })).status).toBe(201);
    const before = await fileCount();
    const refused = await upload(as.member, Buffer.alloc(EVIDENCE_MAX_BYTES + 1, 1), { filename: 'trop-grand.txt', type: 'text/plain' });
    expect(refused).toEqual({ status: 413, body: { message: 'Fichier trop volumineux : 10 Mo au plus.' } });
    expect(await fileCount()).toBe(before);
  });

  it('accepts documents, images, spreadsheets and text, guessing the type from the name when the browser gave none', async () => {
    const cases: [string, string, string][] = [
      ['photo.jpg', 'image/jpeg', 'image/jpeg'],
      ['tableau.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      ['note.odt', 'application/vnd.oasis.opendocument.text', 'application/vnd.oasis.opendocument.text'],
      ['chiffres.csv', 'text/csv; charset=utf-8', 'text/csv'],
      ['chiffres.csv', 'application/octet-stream', 'text/csv'],
      ['bilan.docx', '', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ];
    for (const [filename, type, stored] of cases) {
      const file = await uploaded(as.member, 'contenu', { filename, type });
      const [row] = await server.services.dataSource.query('SELECT content_type FROM evidence_files WHERE id = $1', [file.id]);
      expect(row.content_type, filename).toBe(stored);
    }
  });

  it('gives a name the extension of its type and keeps only its last path segment', async () => {
    expect((await uploaded(as.member, PDF, { filename: 'rapport' })).filename).toBe('rapport.pdf');
    expect((await uploaded(as.member, 'texte', { filename: 'page.html', type: 'text/plain' })).filename).toBe('page.html.txt');
    expect((await uploaded(as.member, PDF, { filename: '../../etc/bilan.pdf' })).filename).toBe('bilan.pdf');
  });

  it('refuses other types with 415, and empty, unnamed, signed-out or cross-site uploads, storing nothing', async () => {
    const before = await fileCount();
    for (const [filename, type] of [['page.html', 'text/html'], ['logo.svg', 'image/svg+xml'], ['script.js', 'application/javascript'], ['outil.exe', 'application/octet-stream'], ['sans-type', '']]) {
      const refused = await upload(as.member, 'contenu', { filename, type });
      expect(refused.status, filename).toBe(415);
      expect(refused.body.message).toMatch(/Type de fichier refusé/);
    }
    expect((await upload(as.member, '')).status).toBe(400);
    expect((await upload(as.member, PDF, { filename: '' })).status).toBe(400);
    const unnamed = await fetch(`${server.url}/uploads/evidence`, { method: 'POST', headers: { 'content-type': 'application/pdf', cookie: as.member.cookie! }, body: PDF });
    expect(unnamed.status).toBe(400);
    expect(await upload(null, PDF)).toEqual({ status: 401, body: { message: 'Connectez-vous pour déposer une pièce justificative.' } });
    expect((await upload(as.member, PDF, { headers: { origin: 'https://evil.example' } })).status).toBe(403);
    expect(await fileCount()).toBe(before);
    expect((await upload(as.member, PDF, { headers: { origin: server.url } })).status).toBe(201);
  });
});

describe('attaching evidence to a progress report', () => {
  it('attaches the file to the report and shows it on the timeline', async () => {
    const file = await uploaded(as.member, PDF, { filename: 'bilan.pdf' });
    expect((await report(as.member, { progress: 20, note: 'Première rencontre', evidenceFileId: file.id })).errors).toBeUndefined();
    const { commitment } = await as.observer.data(TIMELINE, { id: commitmentId });
    expect(commitment.progressUpdates[0]).toEqual({
      note: 'Première rencontre',
      evidenceFile: { id: file.id, filename: 'bilan.pdf', size: PDF.length, contentType: 'application/pdf', url: `/evidence/${file.id}` },
    });
  });

  it("refuses someone else's file (FORBIDDEN), a file already attached (BAD_USER_INPUT) and unknown ids (NOT_FOUND)", async () => {
    const chairs = await uploaded(as.chair);
    expect((await report(as.member, { note: 'Avec la pièce de la présidence', evidenceFileId: chairs.id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const file = await uploaded(as.member);
    expect((await report(as.member, { note: 'Une fois', evidenceFileId: file.id })).errors).toBeUndefined();
    const again = await report(as.member, { note: 'Deux fois', evidenceFileId: file.id });
    expect(again.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(again.errors?.[0].message).toMatch(/déjà jointe/);
    expect(await attachedTo(file.id)).toBe(1);
    for (const unknown of [UNKNOWN, 'pas-un-id']) {
      expect((await report(as.member, { note: 'Fichier inconnu', evidenceFileId: unknown })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
    expect(await attachedTo(chairs.id)).toBe(0);
  });

  it('attaches nothing when the report is refused, so the file can go with a later report', async () => {
    const file = await uploaded(as.member);
    const observers = await uploaded(as.observer);
    const before = (await server.services.dataSource.query('SELECT count(*)::int AS count FROM progress_updates'))[0].count;
    expect((await report(as.member, { evidenceFileId: file.id })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await report(as.member, { progress: 150, evidenceFileId: file.id })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await report(as.member, { status: 'PROPOSED', evidenceFileId: file.id })).errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await report(as.member, { note: 'Version périmée', expectedVersion: 0, evidenceFileId: file.id })).errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await report(as.observer, { note: 'Un observateur', evidenceFileId: observers.id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await server.services.dataSource.query('SELECT count(*)::int AS count FROM progress_updates'))[0].count).toBe(before);
    expect(await attachedTo(file.id)).toBe(0);
    expect(await attachedTo(observers.id)).toBe(0);
    expect((await report(as.member, { note: 'Cette fois', evidenceFileId: file.id })).errors).toBeUndefined();
    expect(await attachedTo(file.id)).toBe(1);
  });
});

describe('downloading evidence', () => {
  let attached: { id: string };
  const content = Buffer.from(Array.from({ length: 70_000 }, (_, index) => (index * 31) % 256));

  beforeAll(async () => {
    attached = await uploaded(as.member, content, { filename: 'Photo chantier é.png', type: 'image/png' });
    expect((await report(as.member, { note: 'Photo du chantier', evidenceFileId: attached.id })).errors).toBeUndefined();
  });

  it('gives the readers of the plan the same bytes, as an attachment of the stored type, never sniffed', async () => {
    for (const reader of [as.observer, as.chair, as.admin, as.member]) {
      const response = await download(reader, attached.id);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/png');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('content-disposition')).toBe(`attachment; filename="Photo chantier e.png"; filename*=UTF-8''Photo%20chantier%20%C3%A9.png`);
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(createHash('sha256').update(content).digest('hex'));
    }
    const [row] = await server.services.dataSource.query('SELECT sha256 FROM evidence_files WHERE id = $1', [attached.id]);
    expect(row.sha256).toBe(createHash('sha256').update(content).digest('hex'));
  });

  it('answers 401 signed out, 403 outside the plan, 404 for an unknown or malformed id', async () => {
    expect((await download(null, attached.id)).status).toBe(401);
    expect((await download(as.outsider, attached.id)).status).toBe(403);
    expect((await download(as.chair, UNKNOWN)).status).toBe(404);
    expect((await download(as.chair, 'pas-un-id')).status).toBe(404);
  });

  it('gives a file not yet attached to its uploader only', async () => {
    const loose = await uploaded(as.member);
    expect((await download(as.member, loose.id)).status).toBe(200);
    expect((await download(as.chair, loose.id)).status).toBe(404);
    expect((await download(as.admin, loose.id)).status).toBe(404);
  });
});
