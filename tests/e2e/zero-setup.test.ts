import { type ChildProcess, spawn } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../helpers/api-client';

const root = fileURLToPath(new URL('../..', import.meta.url));
let child: ChildProcess;
let dataDir: string;
let url: string;
let output = '';

/** Starts Trame as `npm start` does, with no DATABASE_URL, and waits for its URL. */
function startTrame(env: NodeJS.ProcessEnv) {
  const started = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], { cwd: root, env });
  const ready = new Promise<string>((resolve, reject) => {
    started.stdout!.on('data', (chunk) => {
      output += chunk;
      const match = /Trame is ready at (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]);
    });
    started.stderr!.on('data', (chunk) => (output += chunk));
    started.on('exit', (code) => reject(new Error(`Trame exited with ${code}:\n${output}`)));
  });
  return { started, ready };
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'trame-zero-setup-'));
  // Run as root, PostgreSQL runs as the user postgres, who must be able to enter it.
  await chmod(dataDir, 0o755);
  const { DATABASE_URL: _ignored, ...env } = process.env;
  const trame = startTrame({ ...env, PORT: '0', TRAME_DATA_DIR: dataDir, NODE_ENV: 'production' });
  child = trame.started;
  url = await trame.ready;
}, 120_000);

afterAll(async () => {
  if (child.exitCode === null) {
    const exited = new Promise((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  await rm(dataDir, { recursive: true, force: true });
});

describe('zero-setup start', () => {
  it('runs an embedded PostgreSQL, applies the migrations and loads the demo plan', async () => {
    expect(output).toMatch(/embedded PostgreSQL/);
    expect(output).toMatch(/Demo data loaded/);
    expect(await (await fetch(`${url}/healthz`)).text()).toBe('ok');
    const chair = await new ApiClient(url).signIn('presidence@trame.test', 'trame-presidence-2026');
    const { plans } = await chair.data('{ plans { items { title territory { name } orientations { number stake } bodies { name minMeetingsPerYear } } } }');
    const [plan] = plans.items;
    expect(plan.territory.name).toBe('Valenciennes Métropole');
    expect(plan.orientations.map((orientation: { number: number }) => orientation.number)).toEqual([1, 2, 3, 4]);
    expect(plan.bodies.map((body: { name: string; minMeetingsPerYear: number }) => [body.name, body.minMeetingsPerYear])).toEqual([
      ['Comité de pilotage', 1],
      ['Comité technique', 2],
      ["Collectif d'acteurs", 2],
    ]);
  });

  it('has past and upcoming meetings of the three bodies, with agendas, attendance and minutes', async () => {
    const secretary = await new ApiClient(url).signIn('secretariat@trame.test', 'trame-secretariat-2026');
    const { plans } = await secretary.data(`{ plans { items { bodies {
      past: meetings(period: PAST) { items { id status publications { revision } } }
      upcoming: meetings(period: UPCOMING) { items { id status } }
    } } } }`);
    for (const body of plans.items[0].bodies) {
      expect(body.past.items.length).toBeGreaterThan(0);
      expect(body.upcoming.items.length).toBeGreaterThan(0);
    }
    const held = plans.items[0].bodies.flatMap((body: { past: { items: { id: string }[] } }) => body.past.items);
    const response = await fetch(`${url}/exports/meetings/${held[0].id}/compte-rendu.md`, { headers: { cookie: secretary.cookie! } });
    const minutes = await response.text();
    expect(minutes).toMatch(/Participants/);
    expect(minutes).toMatch(/présent·e/);
    expect(minutes).toMatch(/Relevé de décisions/);
  });

  it('serves the client pages, for any client route', async () => {
    const page = await fetch(`${url}/plans/quelconque`);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<div id="app">/);
  });

  it('stops cleanly on SIGTERM', async () => {
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
