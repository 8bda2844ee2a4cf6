import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFile(new URL(path, root), 'utf8');

describe('the production shape', () => {
  it('is a docker-compose file with PostgreSQL and the app, a volume and health checks', async () => {
    const compose = parse(await read('docker-compose.yml'));
    expect(Object.keys(compose.services).sort()).toEqual(['postgres', 'trame']);
    const { postgres, trame } = compose.services;
    expect(postgres.image).toMatch(/^postgres:/);
    expect(postgres.volumes[0]).toMatch(/^postgres-data:/);
    expect(compose.volumes).toHaveProperty('postgres-data');
    expect(postgres.healthcheck.test.join(' ')).toMatch(/pg_isready/);
    expect(trame.build.dockerfile).toBe('server/Dockerfile');
    expect(trame.environment.DATABASE_URL).toMatch(/@postgres:5432\//);
    expect(trame.depends_on.postgres.condition).toBe('service_healthy');
    expect(trame.healthcheck.test.join(' ')).toMatch(/healthz/);
  });

  it('has a Dockerfile that builds the client and runs the server', async () => {
    const dockerfile = await read('server/Dockerfile');
    expect(dockerfile).toMatch(/npm run build -w client/);
    expect(dockerfile).toMatch(/server\/src\/main\.ts/);
    expect(dockerfile).toMatch(/HEALTHCHECK/);
  });

  it('is what the README describes', async () => {
    const readme = await read('README.md');
    expect(readme).toMatch(/docker compose up/);
    for (const name of ['postgres', 'trame', 'DATABASE_URL', 'TRAME_ADMIN_EMAIL']) expect(readme).toContain(name);
  });
});
