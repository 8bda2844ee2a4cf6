import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Decision } from '../../server/src/decisions/decision.entity';
import { MeetingStatus } from '../../server/src/meetings/meeting.entity';
import { type ApiClient, clientFor } from '../helpers/api-client';
import {
  ARCHIVE_COMMITMENT,
  COMMITMENT,
  CREATE_COMMITMENT,
  daysFromToday,
  RECORD_PROGRESS,
  UPDATE_COMMITMENT,
} from '../helpers/commitments';
import { buildAction, buildMeeting, buildOrganization, buildWorld, type World } from '../helpers/factories';
import { startTestServer, type TestServer } from '../helpers/test-server';

let server: TestServer;
let world: World;
let partnerId: string;
let chair: ApiClient;
let secretary: ApiClient;

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  server = await startTestServer();
  world = await buildWorld(server.services.dataSource);
  partnerId = (await buildOrganization(server.services.dataSource)).id;
  chair = await clientFor(server.url, world.people.chair);
  secretary = await clientFor(server.url, world.people.secretary);
});
afterAll(() => server.stop());

async function create(overrides: Record<string, unknown> = {}) {
  const input = { actionId: world.action.id, organizationId: partnerId, title: 'Organiser trois rencontres', ...overrides };
  return (await chair.data(CREATE_COMMITMENT, { input })).createCommitment;
}
const report = (input: Record<string, unknown>, client = chair) => client.request(RECORD_PROGRESS, { input });
const read = async (id: string) => (await chair.data(COMMITMENT, { id })).commitment;

/** A decision taken in a meeting of a body of this plan (or of the given world's). */
async function decisionIn(of: World = world) {
  const ds = server.services.dataSource;
  const meeting = await buildMeeting(ds, { bodyId: of.body.id, status: MeetingStatus.CLOSED });
  return ds.getRepository(Decision).save({ meetingId: meeting.id, text: 'La CRESS organise les rencontres' });
}

describe('recording commitments', () => {
  it('records a proposed commitment made by a decision of one of the plan’s meetings, or an accepted one entered directly', async () => {
    const decision = await decisionIn();
    const made = await create({ decisionId: decision.id, responsibleId: world.people.member.id, dueOn: daysFromToday(90), details: 'Une par trimestre' });
    expect(made).toMatchObject({ status: 'PROPOSED', progress: 0, origin: 'DECISION', late: false, details: 'Une par trimestre', dueOn: daysFromToday(90) });
    expect(await read(made.id)).toMatchObject({
      organization: { id: partnerId },
      responsible: { id: world.people.member.id },
      action: { id: world.action.id },
      decision: { id: decision.id },
      progressUpdates: [],
    });
    const direct = await create({ accepted: true });
    expect(direct).toMatchObject({ status: 'ACCEPTED', origin: 'DIRECT', dueOn: null, late: false });
  });

  it('refuses unknown ids with NOT_FOUND and references outside the plan with BAD_USER_INPUT, storing nothing', async () => {
    const ds = server.services.dataSource;
    const other = await buildWorld(ds);
    const archived = await buildAction(ds, { orientationId: world.orientation.id, archivedAt: new Date() });
    const [{ count: before }] = await ds.query('SELECT count(*)::int AS count FROM commitments');
    const input = { actionId: world.action.id, organizationId: partnerId, title: 'Engagement refusé' };
    for (const unknown of [{ actionId: UNKNOWN }, { organizationId: UNKNOWN }, { responsibleId: UNKNOWN }, { decisionId: UNKNOWN }, { actionId: 'pas-un-id' }]) {
      expect(await chair.errorCode(CREATE_COMMITMENT, { input: { ...input, ...unknown } })).toBe('NOT_FOUND');
    }
    const elsewhere = await decisionIn(other);
    for (const bad of [{ decisionId: elsewhere.id }, { actionId: archived.id }, { title: 'no' }, { dueOn: '2026-02-30' }, { dueOn: 'demain' }]) {
      expect(await chair.errorCode(CREATE_COMMITMENT, { input: { ...input, ...bad } })).toBe('BAD_USER_INPUT');
    }
    const [{ count: after }] = await ds.query('SELECT count(*)::int AS count FROM commitments');
    expect(after).toBe(before);
  });

  it('updates the terms, clears the due date with null, leaves required fields sent as null, and refuses a stale version', async () => {
    const ds = server.services.dataSource;
    const made = await create({ dueOn: daysFromToday(30) });
    const secondAction = await buildAction(ds, { orientationId: world.orientation.id });
    const { updateCommitment } = await chair.data(UPDATE_COMMITMENT, {
      input: { id: made.id, expectedVersion: made.version, title: 'Organiser quatre rencontres', dueOn: null, actionId: secondAction.id, organizationId: null },
    });
    expect(updateCommitment).toMatchObject({ title: 'Organiser quatre rencontres', dueOn: null, version: made.version + 1 });
    expect((await read(made.id)).action.id).toBe(secondAction.id);
    expect((await read(made.id)).organization.id).toBe(partnerId);
    const stale = await secretary.request(UPDATE_COMMITMENT, { input: { id: made.id, expectedVersion: made.version, title: 'Version périmée' } });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    const other = await buildWorld(ds);
    expect(await chair.errorCode(UPDATE_COMMITMENT, { input: { id: made.id, actionId: other.action.id } })).toBe('BAD_USER_INPUT');
    expect(await chair.errorCode(UPDATE_COMMITMENT, { input: { id: UNKNOWN, title: 'Inconnu' } })).toBe('NOT_FOUND');
    expect((await read(made.id)).title).toBe('Organiser quatre rencontres');
  });
});

describe('status lifecycle', () => {
  it('moves proposed → accepted → in progress → at risk → in progress → done, each report an entry of the timeline, newest first', async () => {
    const { id } = await create();
    const steps = [
      { status: 'ACCEPTED', note: 'Accepté par le partenaire' },
      { status: 'IN_PROGRESS', progress: 20 },
      { status: 'AT_RISK', note: 'Salle indisponible' },
      { status: 'IN_PROGRESS', progress: 60, evidenceUrl: 'https://exemple.fr/compte-rendu.pdf' },
      { status: 'DONE', note: 'Trois rencontres tenues' },
    ];
    for (const step of steps) expect((await report({ commitmentId: id, ...step })).errors).toBeUndefined();
    const commitment = await read(id);
    expect(commitment).toMatchObject({ status: 'DONE', progress: 100 });
    expect(commitment.progressUpdates.map((entry: { previousStatus: string; status: string; progress: number }) => [entry.previousStatus, entry.status, entry.progress])).toEqual([
      ['IN_PROGRESS', 'DONE', 100],
      ['AT_RISK', 'IN_PROGRESS', 60],
      ['IN_PROGRESS', 'AT_RISK', 20],
      ['ACCEPTED', 'IN_PROGRESS', 20],
      ['PROPOSED', 'ACCEPTED', 0],
    ]);
    expect(commitment.progressUpdates[1]).toMatchObject({ evidenceUrl: 'https://exemple.fr/compte-rendu.pdf', author: { id: world.people.chair.id } });
    expect(commitment.progressUpdates[2].note).toBe('Salle indisponible');
  });

  it('refuses the transitions the lifecycle does not allow with CONFLICT, changing nothing', async () => {
    const proposed = await create();
    for (const status of ['IN_PROGRESS', 'AT_RISK', 'DONE']) {
      expect((await report({ commitmentId: proposed.id, status })).errors?.[0].extensions?.code).toBe('CONFLICT');
    }
    expect((await report({ commitmentId: proposed.id, progress: 10 })).errors?.[0].extensions?.code).toBe('CONFLICT');
    const done = await create({ accepted: true });
    await report({ commitmentId: done.id, status: 'DONE' });
    expect((await report({ commitmentId: done.id, status: 'AT_RISK' })).errors?.[0].extensions?.code).toBe('CONFLICT');
    const abandoned = await create({ accepted: true });
    await report({ commitmentId: abandoned.id, status: 'ABANDONED', note: 'Financement retiré' });
    for (const status of ['ACCEPTED', 'IN_PROGRESS', 'DONE']) {
      const refused = await report({ commitmentId: abandoned.id, status });
      expect(refused.errors?.[0].extensions?.code).toBe('CONFLICT');
      expect(refused.errors?.[0].message).toMatch(/abandonné/);
    }
    expect(await read(proposed.id)).toMatchObject({ status: 'PROPOSED', progress: 0, progressUpdates: [] });
    expect((await read(abandoned.id)).progressUpdates).toHaveLength(1);
  });

  it('starts an accepted commitment when progress is reported, reopens a done one, and counts done as 100 %', async () => {
    const { id } = await create({ accepted: true });
    expect((await chair.data(RECORD_PROGRESS, { input: { commitmentId: id, progress: 30 } })).recordCommitmentProgress).toMatchObject({ status: 'IN_PROGRESS', progress: 30 });
    expect((await report({ commitmentId: id, status: 'DONE', progress: 80 })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await chair.data(RECORD_PROGRESS, { input: { commitmentId: id, status: 'DONE' } })).recordCommitmentProgress).toMatchObject({ status: 'DONE', progress: 100 });
    const reopened = (await chair.data(RECORD_PROGRESS, { input: { commitmentId: id, status: 'IN_PROGRESS', progress: 90, note: 'Une rencontre reportée' } })).recordCommitmentProgress;
    expect(reopened).toMatchObject({ status: 'IN_PROGRESS', progress: 90 });
  });

  it('abandons only with a reason, which the commitment keeps', async () => {
    const { id } = await create({ accepted: true });
    expect((await report({ commitmentId: id, status: 'ABANDONED' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await report({ commitmentId: id, status: 'ABANDONED', note: '   ' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    await report({ commitmentId: id, status: 'ABANDONED', note: 'Le partenaire a perdu son financement' });
    expect(await read(id)).toMatchObject({ status: 'ABANDONED', abandonReason: 'Le partenaire a perdu son financement', late: false });
  });

  it('refuses a percentage outside 0–100, an evidence link that is not a web address, and an empty report, storing nothing', async () => {
    const made = await create({ accepted: true });
    const bad = [
      { progress: 101 },
      { progress: -1 },
      { progress: 50, evidenceUrl: 'pas une adresse' },
      { progress: 50, evidenceUrl: 'javascript:alert(1)' },
      { progress: 50, evidenceUrl: 'ftp://exemple.fr/preuve' },
      {},
      { note: '  ' },
    ];
    for (const input of bad) {
      expect((await report({ commitmentId: made.id, ...input })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect(await read(made.id)).toMatchObject({ status: 'ACCEPTED', progress: 0, version: made.version, progressUpdates: [] });
  });
});

describe('progress entries', () => {
  it('appends every report: a new one never overwrites the previous ones, a note alone included', async () => {
    const { id } = await create({ accepted: true });
    for (const [progress, note] of [[10, 'Premier atelier'], [40, 'Deuxième atelier'], [70, 'Troisième atelier']] as const) {
      await chair.data(RECORD_PROGRESS, { input: { commitmentId: id, progress, note } });
    }
    const before = await read(id);
    await chair.data(RECORD_PROGRESS, { input: { commitmentId: id, note: 'Rien de neuf, le bilan arrive' } });
    const after = await read(id);
    expect(after.progressUpdates.map((entry: { note: string }) => entry.note)).toEqual([
      'Rien de neuf, le bilan arrive',
      'Troisième atelier',
      'Deuxième atelier',
      'Premier atelier',
    ]);
    expect(after.progressUpdates.map((entry: { previousProgress: number }) => entry.previousProgress)).toEqual([70, 40, 10, 0]);
    expect(after).toMatchObject({ progress: 70, version: before.version + 1 });
    const [{ count }] = await server.services.dataSource.query('SELECT count(*)::int AS count FROM progress_updates WHERE commitment_id = $1', [id]);
    expect(count).toBe(4);
  });

  it('refuses a report made on a stale version with CONFLICT, and unknown commitments with NOT_FOUND', async () => {
    const made = await create({ accepted: true });
    await chair.data(RECORD_PROGRESS, { input: { commitmentId: made.id, expectedVersion: made.version, progress: 25 } });
    const stale = await report({ commitmentId: made.id, expectedVersion: made.version, progress: 50 }, secretary);
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(await read(made.id)).toMatchObject({ progress: 25 });
    expect((await report({ commitmentId: UNKNOWN, progress: 10 })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await chair.errorCode(COMMITMENT, { id: UNKNOWN })).toBe('NOT_FOUND');
    expect(await chair.errorCode(COMMITMENT, { id: 'pas-un-id' })).toBe('NOT_FOUND');
    expect(await chair.errorCode(ARCHIVE_COMMITMENT, { id: UNKNOWN, reason: 'Doublon' })).toBe('NOT_FOUND');
  });
});

describe('late', () => {
  it('is derived from the due date and the status at each read', async () => {
    const cases = [
      { dueOn: daysFromToday(-1), accepted: true, late: true },
      { dueOn: daysFromToday(-10), accepted: false, late: true },
      { dueOn: daysFromToday(0), accepted: true, late: false },
      { dueOn: daysFromToday(1), accepted: true, late: false },
      { accepted: true, late: false },
    ];
    for (const { late, ...input } of cases) expect((await create(input)).late).toBe(late);
    const done = await create({ dueOn: daysFromToday(-5), accepted: true });
    await report({ commitmentId: done.id, status: 'DONE' });
    expect((await read(done.id)).late).toBe(false);
    const abandoned = await create({ dueOn: daysFromToday(-5), accepted: true });
    await report({ commitmentId: abandoned.id, status: 'ABANDONED', note: 'Plus de porteur' });
    expect((await read(abandoned.id)).late).toBe(false);
  });

  it('is never stored: a commitment becomes late when its day passes, without any write to it', async () => {
    const made = await create({ dueOn: daysFromToday(1), accepted: true });
    expect(made.late).toBe(false);
    // Moving the due date back two days stands for two days passing.
    await server.services.dataSource.query("UPDATE commitments SET due_on = due_on - 2 WHERE id = $1", [made.id]);
    expect(await read(made.id)).toMatchObject({ late: true, version: made.version });
    const { updateCommitment } = await chair.data(UPDATE_COMMITMENT, { input: { id: made.id, dueOn: daysFromToday(15) } });
    expect(updateCommitment.late).toBe(false);
  });
});

describe('history', () => {
  it('keeps every change: who, when, and each field old → new, newest first', async () => {
    const made = await create({ dueOn: daysFromToday(30) });
    await secretary.data(UPDATE_COMMITMENT, { input: { id: made.id, title: 'Organiser cinq rencontres', dueOn: daysFromToday(60) } });
    await chair.data(RECORD_PROGRESS, { input: { commitmentId: made.id, status: 'ACCEPTED' } });
    await chair.data(RECORD_PROGRESS, { input: { commitmentId: made.id, note: 'Une note seule ne change aucun champ' } });
    await chair.data(ARCHIVE_COMMITMENT, { id: made.id, reason: 'Remplacé par un engagement régional' });
    const { history } = await read(made.id);
    expect(history.map((change: { kind: string; actor: { id: string } }) => [change.kind, change.actor.id])).toEqual([
      ['ARCHIVED', world.people.chair.id],
      ['UPDATED', world.people.chair.id],
      ['UPDATED', world.people.secretary.id],
      ['CREATED', world.people.chair.id],
    ]);
    expect(history[0].diff).toEqual([
      { field: 'archivedAt', oldValue: null, newValue: expect.any(String) },
      { field: 'archiveReason', oldValue: null, newValue: 'Remplacé par un engagement régional' },
    ]);
    expect(history[1].diff).toEqual([{ field: 'status', oldValue: 'PROPOSED', newValue: 'ACCEPTED' }]);
    expect(history[2].diff).toEqual([
      { field: 'title', oldValue: 'Organiser trois rencontres', newValue: 'Organiser cinq rencontres' },
      { field: 'dueOn', oldValue: daysFromToday(30), newValue: daysFromToday(60) },
    ]);
    expect(history[3].diff).toContainEqual({ field: 'title', oldValue: null, newValue: 'Organiser trois rencontres' });
    expect(history[3].diff).toContainEqual({ field: 'status', oldValue: null, newValue: 'PROPOSED' });
    expect(new Date(history[0].at).getTime()).toBeGreaterThanOrEqual(new Date(history[3].at).getTime());
  });

  it('records no change when an update changes nothing', async () => {
    const made = await create();
    await chair.data(UPDATE_COMMITMENT, { input: { id: made.id, title: made.title } });
    const commitment = await read(made.id);
    expect(commitment.history).toHaveLength(1);
    expect(commitment.version).toBe(made.version);
  });
});

describe('archiving', () => {
  it('archives with a reason instead of deleting: still readable, out of the lists, and frozen', async () => {
    const made = await create({ accepted: true });
    expect(await chair.errorCode(ARCHIVE_COMMITMENT, { id: made.id, reason: ' ' })).toBe('BAD_USER_INPUT');
    expect(await chair.errorCode(ARCHIVE_COMMITMENT, { id: made.id, reason: 'x'.repeat(2001) })).toBe('BAD_USER_INPUT');
    expect(await chair.errorCode(ARCHIVE_COMMITMENT, { id: made.id, reason: 'Doublon', expectedVersion: made.version - 1 })).toBe('CONFLICT');
    const { archiveCommitment } = await chair.data(ARCHIVE_COMMITMENT, { id: made.id, reason: 'Doublon', expectedVersion: made.version });
    expect(archiveCommitment).toMatchObject({ archiveReason: 'Doublon', archivedAt: expect.any(String) });
    expect(await read(made.id)).toMatchObject({ id: made.id, archiveReason: 'Doublon' });
    const { action } = await chair.data('query ($id: ID!) { action(id: $id) { commitments { id } } }', { id: world.action.id });
    expect(action.commitments.map((row: { id: string }) => row.id)).not.toContain(made.id);
    expect((await report({ commitmentId: made.id, progress: 10 })).errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(await chair.errorCode(UPDATE_COMMITMENT, { input: { id: made.id, title: 'Après archivage' } })).toBe('CONFLICT');
    expect(await chair.errorCode(ARCHIVE_COMMITMENT, { id: made.id, reason: 'Encore' })).toBe('CONFLICT');
    const [{ count }] = await server.services.dataSource.query('SELECT count(*)::int AS count FROM commitments WHERE id = $1', [made.id]);
    expect(count).toBe(1);
  });
});
