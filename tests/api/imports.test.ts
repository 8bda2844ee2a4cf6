import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CommitmentStatus } from '../../server/src/commitments/commitment.entity';
import { planTopic } from '../../server/src/events/topics';
import { ApiClient, clientFor } from '../helpers/api-client';
import { buildCommitment, COMMITMENT, daysFromToday } from '../helpers/commitments';
import { buildAction, buildWorld, type World } from '../helpers/factories';
import { ARCHIVE_INDICATOR, CREATE_INDICATOR, INDICATOR, partnerOfAction } from '../helpers/follow-up';
import { startTestServer, type TestServer } from '../helpers/test-server';

let server: TestServer;
let world: World;
let chair: ApiClient;
let member: ApiClient;
let partnerId: string;
const ids: Record<string, string> = {};

const PREVIEW = `query ($planId: ID!, $kind: ImportKind!, $csv: String!) { previewImport(planId: $planId, kind: $kind, csv: $csv) {
  separator header okCount errorCount
  lines { line ok errors cells indicator { id } measuredOn value source commitment { id } previousStatus status previousProgress progress note evidenceUrl }
} }`;
const APPLY = `mutation ($planId: ID!, $kind: ImportKind!, $csv: String!, $skipLines: [Int!]) {
  applyImport(planId: $planId, kind: $kind, csv: $csv, skipLines: $skipLines) { kind written skippedLines } }`;

beforeAll(async () => {
  server = await startTestServer();
  const ds = server.services.dataSource;
  world = await buildWorld(ds);
  partnerId = (await partnerOfAction(ds, world)).id;
  chair = await clientFor(server.url, world.people.chair);
  member = await clientFor(server.url, world.people.member);
  const elsewhere = await buildAction(ds, { orientationId: world.orientation.id });
  const create = async (key: string, name: string, actionId = world.action.id) => {
    const input = { actionId, name, baseline: 0, target: 100, direction: 'UP_IS_GOOD' };
    ids[key] = (await chair.data(CREATE_INDICATOR, { input })).createIndicator.id;
  };
  await create('participants', 'Participants aux rencontres');
  await create('structures', 'Structures accompagnées');
  await create('elsewhere', 'Élus sensibilisés', elsewhere.id);
  await create('twinA', 'Bénévoles');
  await create('twinB', 'Bénévoles', elsewhere.id);
  await create('archived', 'Ancien indicateur');
  await chair.data(ARCHIVE_INDICATOR, { id: ids.archived, reason: 'Plus suivi' });
  await chair.data('mutation ($input: RecordMeasurementInput!) { recordMeasurement(input: $input) { id } }', {
    input: { indicatorId: ids.structures, measuredOn: '2024-03-31', value: 4 },
  });
});
afterAll(() => server.stop());

const measurementsFile = () =>
  [
    'Indicateur;Date de mesure;Valeur mesurée;Source',
    `participants aux RENCONTRES;15/01/2024;25;Feuilles de présence`,
    `${ids.structures};2024-06-30;"12,5";Rapport`,
    'Inconnu;2024-01-15;3;',
    `${ids.participants};31/02/2024;douze;`,
    `${ids.participants};${daysFromToday(3)};1;`,
    `${ids.structures};2024-03-31;5;`,
    'Participants aux rencontres;2024-01-15;26;Doublon',
    'Élus sensibilisés;2024-01-15;10;',
    'Bénévoles;2024-01-15;10;',
    'Ancien indicateur;2024-01-15;10;',
    `${ids.structures};2024-07-31;1;ok;en trop`,
    ';;;',
  ].join('\r\n');

const measurementCount = async () =>
  (await server.services.dataSource.query('SELECT count(*)::int AS n FROM measurements WHERE indicator_id = ANY($1)', [Object.values(ids)]))[0].n;
const eventCount = async (type: string) =>
  (await server.services.dataSource.query('SELECT count(*)::int AS n FROM events WHERE topic = $1 AND type = $2', [planTopic(world.plan.id), type]))[0].n;

describe('importing measurements', () => {
  it('previews each line with what it would record or its numbered errors, writing nothing', async () => {
    const before = await measurementCount();
    const { previewImport } = await member.data(PREVIEW, { planId: world.plan.id, kind: 'MEASUREMENTS', csv: measurementsFile() });
    expect(previewImport).toMatchObject({ separator: ';', okCount: 2, errorCount: 9 });
    const byLine = Object.fromEntries(previewImport.lines.map((line: { line: number }) => [line.line, line]));
    expect(byLine[2]).toMatchObject({ ok: true, indicator: { id: ids.participants }, measuredOn: '2024-01-15', value: 25, source: 'Feuilles de présence' });
    expect(byLine[3]).toMatchObject({ ok: true, indicator: { id: ids.structures }, value: 12.5 });
    expect(byLine[4].errors).toEqual(["L'indicateur « Inconnu » n'existe pas dans ce plan."]);
    expect(byLine[5].errors).toEqual(['Date illisible : « 31/02/2024 » (attendue en AAAA-MM-JJ ou JJ/MM/AAAA).', 'Nombre illisible : « douze ».']);
    expect(byLine[6].errors).toEqual(["La date d'une mesure ne peut pas être dans le futur."]);
    expect(byLine[7].errors[0]).toMatch(/a déjà une mesure au 2024-03-31/);
    expect(byLine[8].errors).toEqual(['La ligne 2 mesure déjà cet indicateur à cette date.']);
    expect(byLine[9].errors[0]).toMatch(/^Vous ne pouvez pas rendre compte de l'indicateur « Élus sensibilisés »/);
    expect(byLine[10].errors[0]).toMatch(/^Plusieurs indicateurs de ce plan s'appellent « Bénévoles »/);
    expect(byLine[11].errors).toEqual(["L'indicateur « Ancien indicateur » est archivé."]);
    expect(byLine[12].errors[0]).toMatch(/^5 cellules pour 4 colonnes/);
    expect(byLine[13]).toBeUndefined();
    expect(await measurementCount()).toBe(before);
  });

  it('writes nothing while an error line is not skipped, then writes the rest in one go with history and live events', async () => {
    const before = { measurements: await measurementCount(), events: await eventCount('MEASUREMENT_RECORDED') };
    const refused = await member.request(APPLY, { planId: world.plan.id, kind: 'MEASUREMENTS', csv: measurementsFile(), skipLines: [4, 5, 6, 7, 9, 10, 11, 12] });
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', errorLines: [8] } });
    expect(refused.errors?.[0].message).toMatch(/^Rien n'a été importé : 1 ligne\(s\) en erreur/);
    expect(await measurementCount()).toBe(before.measurements);
    // Leaving out line 2 frees its date for line 8, which now goes in instead.
    const skipLines = [2, 4, 5, 6, 7, 9, 10, 11, 12];
    const { applyImport } = await member.data(APPLY, { planId: world.plan.id, kind: 'MEASUREMENTS', csv: measurementsFile(), skipLines });
    expect(applyImport).toEqual({ kind: 'MEASUREMENTS', written: 2, skippedLines: skipLines });
    expect(await measurementCount()).toBe(before.measurements + 2);
    expect(await eventCount('MEASUREMENT_RECORDED')).toBe(before.events + 2);
    const { indicator } = await chair.data(INDICATOR, { id: ids.participants });
    expect(indicator.measurements).toEqual([expect.objectContaining({ measuredOn: '2024-01-15', value: 26, source: 'Doublon', reportedBy: { id: world.people.member.id } })]);
    const [measurement] = await server.services.dataSource.query(
      `SELECT c.kind, c.actor_id FROM changes c JOIN measurements m ON m.id = c.entity_id WHERE c.entity_type = 'measurements' AND m.indicator_id = $1`,
      [ids.participants],
    );
    expect(measurement).toEqual({ kind: 'CREATED', actor_id: world.people.member.id });
  });

  it('reads comma-separated files with quoted decimal commas, and refuses unreadable files whole', async () => {
    const csv = `indicator,date,value\n"Structures accompagnées",2023-12-31,"7,25"\n`;
    const { previewImport } = await chair.data(PREVIEW, { planId: world.plan.id, kind: 'MEASUREMENTS', csv });
    expect(previewImport).toMatchObject({ separator: ',', okCount: 1, lines: [{ line: 2, value: 7.25, measuredOn: '2023-12-31' }] });
    const refusedFiles = [
      'Indicateur;Date\nX;2024-01-01',
      '',
      'Indicateur;Date;Valeur\n"Participants;2024-01-01;3',
      ['Indicateur;Date;Valeur', ...Array.from({ length: 2001 }, (_, index) => `Participants;2020-01-01;${index}`)].join('\n'),
    ];
    for (const file of refusedFiles) {
      expect(await chair.errorCode(PREVIEW, { planId: world.plan.id, kind: 'MEASUREMENTS', csv: file })).toBe('BAD_USER_INPUT');
      expect(await chair.errorCode(APPLY, { planId: world.plan.id, kind: 'MEASUREMENTS', csv: file })).toBe('BAD_USER_INPUT');
    }
    const missing = await chair.request(PREVIEW, { planId: world.plan.id, kind: 'MEASUREMENTS', csv: 'Indicateur;Date\nX;2024-01-01' });
    expect(missing.errors?.[0].message).toMatch(/^Colonne manquante : valeur\./);
  });

  it("refuses people outside the plan and the signed out, whatever the file", async () => {
    const outsider = await clientFor(server.url, world.people.outsider);
    const variables = { planId: world.plan.id, kind: 'MEASUREMENTS', csv: measurementsFile() };
    expect(await outsider.errorCode(PREVIEW, variables)).toBe('FORBIDDEN');
    expect(await outsider.errorCode(APPLY, variables)).toBe('FORBIDDEN');
    expect(await new ApiClient(server.url).errorCode(PREVIEW, variables)).toBe('UNAUTHENTICATED');
  });
});

describe('importing commitment progress', () => {
  it('plays the lines in order through the lifecycle, reports each error on its line, and writes all or nothing', async () => {
    const ds = server.services.dataSource;
    const base = { planId: world.plan.id, actionId: world.action.id, organizationId: partnerId };
    const proposed = await buildCommitment(ds, { ...base, title: 'Former vingt bénévoles', status: CommitmentStatus.PROPOSED });
    const other = await buildCommitment(ds, { planId: world.plan.id, actionId: world.action.id, title: "Engagement d'un autre partenaire" });
    const archived = await buildCommitment(ds, { ...base, title: 'Engagement archivé', archivedAt: new Date(), archiveReason: 'Doublon' });
    const csv = [
      'Engagement;Avancement (%);Statut;Note;Preuve',
      'Former vingt bénévoles;;accepté;Validé en comité;',
      `${proposed.id};45 %;;Neuf bénévoles formés;https://exemple.org/feuille`,
      'Former vingt bénévoles;120;;;',
      'Former vingt bénévoles;45,5;;;',
      'Former vingt bénévoles;;en pause;;',
      "Engagement d'un autre partenaire;50;;;",
      `${archived.id};50;;;`,
      'Former vingt bénévoles;;;;pas-une-adresse',
      'Former vingt bénévoles;;proposé;;',
      'Former vingt bénévoles;;réalisé;Tous formés;',
    ].join('\n');
    const { previewImport } = await member.data(PREVIEW, { planId: world.plan.id, kind: 'COMMITMENT_PROGRESS', csv });
    const byLine = Object.fromEntries(previewImport.lines.map((line: { line: number }) => [line.line, line]));
    expect(byLine[2]).toMatchObject({ ok: true, commitment: { id: proposed.id }, previousStatus: 'PROPOSED', status: 'ACCEPTED', note: 'Validé en comité' });
    expect(byLine[3]).toMatchObject({ ok: true, previousStatus: 'ACCEPTED', status: 'IN_PROGRESS', previousProgress: 0, progress: 45, evidenceUrl: 'https://exemple.org/feuille' });
    expect(byLine[4].errors).toEqual(['Avancement hors limites : « 120 » (un pourcentage entier de 0 à 100).']);
    expect(byLine[5].errors).toEqual(['Avancement hors limites : « 45,5 » (un pourcentage entier de 0 à 100).']);
    expect(byLine[6].errors[0]).toMatch(/^Statut inconnu : « en pause »/);
    expect(byLine[7].errors[0]).toMatch(/^Vous ne pouvez pas rendre compte de l'engagement « Engagement d'un autre partenaire »/);
    expect(byLine[8].errors).toEqual(["L'engagement « Engagement archivé » est archivé."]);
    expect(byLine[9].errors[0]).toMatch(/^La preuve doit être une adresse web complète/);
    expect(byLine[10].errors).toEqual(['Un engagement en cours ne peut pas passer à « proposé ».']);
    expect(byLine[11]).toMatchObject({ ok: true, previousStatus: 'IN_PROGRESS', status: 'DONE', previousProgress: 45, progress: 100 });
    expect(previewImport).toMatchObject({ okCount: 3, errorCount: 7 });

    expect(await member.errorCode(APPLY, { planId: world.plan.id, kind: 'COMMITMENT_PROGRESS', csv, skipLines: [4, 5, 6, 7, 8, 9] })).toBe('BAD_USER_INPUT');
    expect((await chair.data(COMMITMENT, { id: proposed.id })).commitment.progressUpdates).toEqual([]);
    const { applyImport } = await member.data(APPLY, { planId: world.plan.id, kind: 'COMMITMENT_PROGRESS', csv, skipLines: [4, 5, 6, 7, 8, 9, 10] });
    expect(applyImport.written).toBe(3);
    const { commitment } = await chair.data(COMMITMENT, { id: proposed.id });
    expect(commitment).toMatchObject({ status: 'DONE', progress: 100 });
    expect(commitment.progressUpdates.map((entry: { status: string; progress: number; author: { id: string } }) => [entry.status, entry.progress, entry.author.id])).toEqual([
      ['DONE', 100, world.people.member.id],
      ['IN_PROGRESS', 45, world.people.member.id],
      ['ACCEPTED', 0, world.people.member.id],
    ]);
    expect(commitment.history.map((change: { kind: string }) => change.kind)).toEqual(['UPDATED', 'UPDATED', 'UPDATED']);
    expect((await chair.data(COMMITMENT, { id: other.id })).commitment.progressUpdates).toEqual([]);
  });
});
