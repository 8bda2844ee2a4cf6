/**
 * Co-editing benchmark (part of `npm run bench`, or on its own): EDITORS people type into one action's
 * description through a Trame server in its own process; prints a markdown table with the
 * convergence, the propagation of keystrokes from one editor to the others, the batching, and
 * the time to load a document with 100,000 characters of history.
 *
 *   node --import tsx tests/bench/coediting.ts
 *
 * Settings (environment): DATABASE_URL (else an embedded PostgreSQL), BENCH_EDITORS (50),
 * BENCH_SECONDS of typing (10), BENCH_KEYS_PER_SECOND per editor (5).
 */
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import * as Y from 'yjs';
import { openDatabase } from '../../server/src/app/database';
import { hashToken, newToken } from '../../server/src/auth/password';
import { MemberRole } from '../../server/src/bodies/membership.entity';
import { MeetingStatus } from '../../server/src/meetings/meeting.entity';
import { fragmentOf } from '../../server/src/documents/document-text';
import { buildAction, buildBody, buildMeeting, buildOrientation, buildPlan } from '../helpers/factories';
import { BenchEditor, type DocKey, graphql } from './coediting-editor';
import { createBenchDatabase, startPostgres } from './database';
import { killChildren, startChild } from './processes';

const EDITORS = Number(process.env.BENCH_EDITORS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const KEYS_PER_SECOND = Number(process.env.BENCH_KEYS_PER_SECOND ?? 5);
const HISTORY_CHARS = 100_000;
const LOADS = 20;

const round = (value: number, digits = 1) => Number(value.toFixed(digits));

function percentile(values: number[], p: number) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** A seeded random sequence, so runs type the same keys. */
function seeded(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
}

/** A plan with an action to co-edit, a meeting in session for the history test, and `count` secretaries with sessions. */
async function seed(url: string, count: number) {
  const { dataSource: ds } = await openDatabase(url);
  try {
    const plan = await buildPlan(ds);
    const orientation = await buildOrientation(ds, { planId: plan.id });
    const action = await buildAction(ds, { orientationId: orientation.id, description: 'Texte co-édité : ' });
    const body = await buildBody(ds, { planId: plan.id });
    const meeting = await buildMeeting(ds, { bodyId: body.id, status: MeetingStatus.IN_SESSION });
    const rows: { id: string }[] = await ds.query(
      `INSERT INTO people (email, display_name, version)
       SELECT format('redaction-%s@trame.test', g), format('Rédaction %s', g), 1 FROM generate_series(1, $1::int) g RETURNING id`,
      [count],
    );
    const ids = rows.map((row) => row.id);
    await ds.query(
      `INSERT INTO memberships (body_id, person_id, role, starts_on, version) SELECT $1, id, $3, '2021-01-01', 1 FROM unnest($2::uuid[]) AS id`,
      [body.id, ids, MemberRole.SECRETARY],
    );
    const tokens = ids.map(() => newToken());
    await ds.query(
      `INSERT INTO sessions (token_hash, person_id, expires_at) SELECT t, p, now() + interval '1 day' FROM unnest($1::text[], $2::uuid[]) AS s(t, p)`,
      [tokens.map(hashToken), ids],
    );
    return { actionId: action.id, meetingId: meeting.id, cookies: tokens.map((token) => `trame_session=${token}`) };
  } finally {
    await ds.destroy();
  }
}

export async function runCoeditingBenchmark(serverUrl: string, log: (line: string) => void): Promise<string> {
  const cleanups: (() => Promise<unknown>)[] = [];
  try {
    const database = await createBenchDatabase(serverUrl);
    cleanups.unshift(() => database.drop());
    const world = await seed(database.url, EDITORS);
    const trame = await startChild('./trame-process.ts', { BENCH_DATABASE_URL: database.url });
    cleanups.unshift(() => trame.stop());
    const httpUrl = `http://127.0.0.1:${trame.port}/graphql`;
    const wsUrl = `ws://127.0.0.1:${trame.port}/graphql`;
    const key: DocKey = { kind: 'ACTION_DESCRIPTION', entityId: world.actionId };

    log(`${EDITORS} editors connecting…`);
    const editors = world.cookies.map((cookie) => new BenchEditor(httpUrl, wsUrl, cookie, key));
    cleanups.unshift(() => Promise.all(editors.map((editor) => editor.close())));
    for (const editor of editors) await editor.connect();

    log(`typing for ${SECONDS} s, ${KEYS_PER_SECOND} keys/s each…`);
    const random = seeded(42);
    const gap = 1000 / KEYS_PER_SECOND;
    const started = performance.now();
    await Promise.all(
      editors.map(async (editor, index) => {
        await new Promise((resolve) => setTimeout(resolve, (index * gap) / EDITORS));
        for (let key = 0; key < SECONDS * KEYS_PER_SECOND; key++) {
          editor.typeOne(random);
          await new Promise((resolve) => setTimeout(resolve, gap));
        }
      }),
    );
    const typedFor = performance.now() - started;
    await Promise.all(editors.map((editor) => editor.settled()));
    const keystrokes = EDITORS * SECONDS * KEYS_PER_SECOND;
    const convergeStart = performance.now();
    const { document: stored } = await graphql(httpUrl, world.cookies[0], 'query ($kind: DocumentKind!, $entityId: ID!) { document(kind: $kind, entityId: $entityId) { text seq } }', { ...key });
    for (;;) {
      if (editors.every((editor) => editor.text() === stored.text)) break;
      if (performance.now() - convergeStart > 30_000) throw new Error('the editors did not converge within 30 s');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const convergedAfter = performance.now() - convergeStart;
    const expectedLength = 'Texte co-édité : '.length + keystrokes;
    const latencies = editors.flatMap((editor) => editor.latencies);
    const pushes = editors.reduce((sum, editor) => sum + editor.pushes, 0);
    const messages = editors.reduce((sum, editor) => sum + editor.messages, 0) / EDITORS;

    log(`loading a document with ${HISTORY_CHARS} characters of history…`);
    const minutesKey: DocKey = { kind: 'MINUTES', entityId: world.meetingId };
    const writer = new BenchEditor(httpUrl, wsUrl, world.cookies[0], minutesKey);
    await writer.connect();
    const paragraph = fragmentOf(writer.doc).get(0) as Y.XmlElement;
    writer.doc.transact(() => paragraph.insert(0, [new Y.XmlText()]));
    // Typed in chunks of 500 characters, a quarter of them deleted again, so the history holds deletions.
    for (let chunk = 0; chunk < HISTORY_CHARS / 500; chunk++) {
      const text = paragraph.get(0) as Y.XmlText;
      writer.doc.transact(() => {
        if (chunk % 4 === 3) text.delete(Math.floor(text.length / 2), 400);
        text.insert(Math.floor(text.length / 3), 'y'.repeat(500));
      });
      await writer.settled();
    }
    await writer.close();
    const loads: number[] = [];
    const applies: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      const before = performance.now();
      const { document } = await graphql(httpUrl, world.cookies[1], 'query ($kind: DocumentKind!, $entityId: ID!) { document(kind: $kind, entityId: $entityId) { state text } }', { ...minutesKey });
      loads.push(performance.now() - before);
      const applying = performance.now();
      Y.applyUpdate(new Y.Doc(), new Uint8Array(Buffer.from(document.state, 'base64')));
      applies.push(performance.now() - applying);
    }
    const pool = new pg.Pool({ connectionString: database.url, max: 1 });
    const [history] = (
      await pool.query(
        `SELECT d.last_seq, d.snapshot_seq, length(d.snapshot) AS snapshot_bytes, (SELECT count(*) FROM document_updates u WHERE u.kind = d.kind AND u.entity_id = d.entity_id) AS rows
           FROM documents d WHERE kind = 'MINUTES' AND entity_id = $1`,
        [world.meetingId],
      )
    ).rows;
    const [typing] = (await pool.query(`SELECT last_seq FROM documents WHERE kind = 'ACTION_DESCRIPTION' AND entity_id = $1`, [world.actionId])).rows;
    await pool.end();

    const table = [
      `## Co-editing: ${EDITORS} editors typing into one document for ${round(typedFor / 1000)} s`,
      '',
      '| measure | value |',
      '|---|---|',
      `| keystrokes (${KEYS_PER_SECOND}/s per editor) | ${keystrokes} |`,
      `| converged (every editor = server text, ${stored.text.length} characters, ${stored.text.length === expectedLength ? 'none lost' : `expected ${expectedLength}`}) | ${editors.every((editor) => editor.text() === stored.text) ? 'yes' : 'no'}, ${round(convergedAfter)} ms after the last push was stored |`,
      `| keystroke propagation to the other editors, p50 / p99 / max (${latencies.length} samples) | ${round(percentile(latencies, 50))} / ${round(percentile(latencies, 99))} / ${round(Math.max(...latencies))} ms |`,
      `| pushes (one in flight per editor, keys typed meanwhile merged) | ${pushes} |`,
      `| stored updates = broadcasts (merged per window of 40 ms) | ${typing.last_seq} |`,
      `| messages received per editor | ${round(messages)} (vs ${keystrokes} with a broadcast per keystroke) |`,
      `| history document: updates stored / in the table after compaction / snapshot | ${history.last_seq} / ${history.rows} / ${round(history.snapshot_bytes / 1024)} KiB |`,
      `| load of a document with ${HISTORY_CHARS.toLocaleString('en')} characters of history (HTTP \`document\` query), p50 / max | ${round(percentile(loads, 50))} / ${round(Math.max(...loads))} ms |`,
      `| applying its state to an empty Y.Doc, p50 | ${round(percentile(applies, 50))} ms |`,
    ].join('\n');
    return table;
  } finally {
    for (const cleanup of cleanups) await cleanup().catch((error) => console.error(error));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const log = (line: string) => console.log(`[bench] ${line}`);
  const postgres = await startPostgres(log);
  try {
    console.log(`\n${await runCoeditingBenchmark(postgres.serverUrl, log)}\n`);
  } finally {
    await postgres.stop();
    killChildren();
  }
}
