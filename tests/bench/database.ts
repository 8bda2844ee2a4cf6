import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase } from '../../server/src/app/database';
import { startEmbeddedPostgres } from '../../server/src/app/embedded-postgres';
import { hashToken, newToken } from '../../server/src/auth/password';
import { MemberRole } from '../../server/src/bodies/membership.entity';
import { buildBody, buildMeeting, buildPlan } from '../helpers/factories';

/** A PostgreSQL server for the run: DATABASE_URL's, or an embedded one in a temporary folder. */
export async function startPostgres(log: (line: string) => void) {
  if (process.env.DATABASE_URL) return { serverUrl: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  const dataDir = await mkdtemp(path.join(tmpdir(), 'trame-bench-pg-'));
  // Run as root, PostgreSQL runs as the user postgres, who must be able to enter it.
  await chmod(dataDir, 0o755);
  log(`No DATABASE_URL: starting the embedded PostgreSQL in ${dataDir}`);
  const embedded = await startEmbeddedPostgres(dataDir);
  return {
    serverUrl: embedded.url,
    embedded: true,
    async stop() {
      await embedded.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

function withDatabase(serverUrl: string, database: string) {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function admin<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh database, migrated; drop() removes it. */
export async function createBenchDatabase(serverUrl: string) {
  const name = `trame_bench_${process.pid}_${randomBytes(4).toString('hex')}`;
  await admin(serverUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  return {
    name,
    url: withDatabase(serverUrl, name),
    drop: () => admin(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)),
  };
}

export interface BenchWorld {
  meetingId: string;
  /** The chair's cookie: the facilitator who sends the mutations. */
  facilitatorCookie: string;
  /** One cookie per seated participant. */
  cookies: string[];
}

const cookieOf = (token: string) => `trame_session=${token}`;

/**
 * Migrates, then seeds a plan, a body, a draft meeting, a chair and `people` members. People,
 * memberships and sessions go in with bulk SQL: no password hashing, a session row per person.
 */
export async function seedWorld(url: string, people: number): Promise<BenchWorld> {
  const { dataSource: ds } = await openDatabase(url);
  try {
    const plan = await buildPlan(ds);
    const body = await buildBody(ds, { planId: plan.id });
    const meeting = await buildMeeting(ds, { bodyId: body.id, title: 'Réunion de banc d’essai' });
    const seatAll = async (count: number, prefix: string, role: MemberRole) => {
      const rows: { id: string }[] = await ds.query(
        `INSERT INTO people (email, display_name, version)
         SELECT format('%s-%s@trame.test', $2::text, g), format('Participant %s', g), 1 FROM generate_series(1, $1::int) g
         RETURNING id`,
        [count, prefix],
      );
      const ids = rows.map((row) => row.id);
      await ds.query(
        `INSERT INTO memberships (body_id, person_id, role, starts_on, version)
         SELECT $1, person_id, $3, '2021-01-01', 1 FROM unnest($2::uuid[]) AS person_id`,
        [body.id, ids, role],
      );
      const tokens = ids.map(() => newToken());
      await ds.query(
        `INSERT INTO sessions (token_hash, person_id, expires_at)
         SELECT token_hash, person_id, now() + interval '1 day' FROM unnest($1::text[], $2::uuid[]) AS s(token_hash, person_id)`,
        [tokens.map(hashToken), ids],
      );
      return tokens.map(cookieOf);
    };
    const [facilitatorCookie] = await seatAll(1, 'chair', MemberRole.CHAIR);
    const cookies = await seatAll(people, 'member', MemberRole.MEMBER);
    return { meetingId: meeting.id, facilitatorCookie, cookies };
  } finally {
    await ds.destroy();
  }
}
