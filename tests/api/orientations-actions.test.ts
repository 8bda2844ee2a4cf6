import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, clientFor } from '../helpers/api-client';
import { buildOrientation, buildPlan, buildWorld, type World } from '../helpers/factories';
import { startTestServer, type TestServer } from '../helpers/test-server';

type Role = keyof World['people'] | 'anonymous';
let server: TestServer;
let world: World;
const as = {} as Record<Role, ApiClient>;

beforeAll(async () => {
  server = await startTestServer();
  world = await buildWorld(server.services.dataSource);
  as.anonymous = new ApiClient(server.url);
  for (const [role, person] of Object.entries(world.people)) as[role as Role] = await clientFor(server.url, person);
});
afterAll(() => server.stop());

const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const EDITORS = ['chair', 'secretary', 'admin'] as const;
const REFUSED = [['member', 'FORBIDDEN'], ['observer', 'FORBIDDEN'], ['outsider', 'FORBIDDEN'], ['anonymous', 'UNAUTHENTICATED']] as const;

const ORIENTATION = `query ($id: ID!) { orientation(id: $id) { id number title stake description version archivedAt plan { id } actions { id } } }`;
const PLAN_ORIENTATIONS = `query ($id: ID!) { plan(id: $id) { orientations { id number title version } } }`;
const CREATE = `mutation ($input: CreateOrientationInput!) { createOrientation(input: $input) { id number title stake description version } }`;
const UPDATE = `mutation ($input: UpdateOrientationInput!) { updateOrientation(input: $input) { id number title stake description version } }`;
const ARCHIVE = `mutation ($id: ID!) { archiveOrientation(id: $id) { id archivedAt } }`;

const freshOrientation = () => buildOrientation(server.services.dataSource, { planId: world.plan.id });
const readOrientation = (id: string) => () => as.admin.data(ORIENTATION, { id }).then((data) => data.orientation);
const readPlanOrientations = (id = world.plan.id) => () => as.admin.data(PLAN_ORIENTATIONS, { id }).then((data) => data.plan.orientations);

/** Sends a call that must fail with `code`, and checks that what `read` returns did not change. */
async function expectRefused(client: ApiClient, query: string, variables: Record<string, unknown>, code: string, read: () => Promise<unknown>, message?: RegExp) {
  const before = await read();
  const result = await client.request(query, variables);
  expect(result.errors?.[0].extensions?.code).toBe(code);
  if (message) expect(result.errors?.[0].message).toMatch(message);
  expect(result.data ?? null).toBeNull();
  expect(await read()).toEqual(before);
}

describe('reading an orientation', () => {
  it('shows an orientation with its plan and actions to every member of the plan', async () => {
    for (const role of ['observer', 'member', 'chair'] as const) {
      const { orientation } = await as[role].data(ORIENTATION, { id: world.orientation.id });
      expect(orientation).toMatchObject({ id: world.orientation.id, number: 1, plan: { id: world.plan.id }, actions: [{ id: world.action.id }] });
    }
  });

  it('answers FORBIDDEN to an outsider, UNAUTHENTICATED to an anonymous visitor and NOT_FOUND to unknown ids', async () => {
    expect(await as.outsider.errorCode(ORIENTATION, { id: world.orientation.id })).toBe('FORBIDDEN');
    expect(await as.anonymous.errorCode(ORIENTATION, { id: world.orientation.id })).toBe('UNAUTHENTICATED');
    expect(await as.member.errorCode(ORIENTATION, { id: UNKNOWN })).toBe('NOT_FOUND');
    expect(await as.member.errorCode(ORIENTATION, { id: 'not-an-id' })).toBe('NOT_FOUND');
  });
});

describe('creating an orientation', () => {
  it('numbers it after the last orientation of the plan, archived ones included, unless a number is given', async () => {
    const plan = await buildPlan(server.services.dataSource);
    await buildOrientation(server.services.dataSource, { planId: plan.id, number: 1 });
    await buildOrientation(server.services.dataSource, { planId: plan.id, number: 2, archivedAt: new Date() });
    const next = (await as.admin.data(CREATE, { input: { planId: plan.id, title: 'Favoriser les coopérations' } })).createOrientation;
    expect(next).toMatchObject({ number: 3, title: 'Favoriser les coopérations', stake: '', description: '', version: 1 });
    expect((await as.admin.data(CREATE, { input: { planId: plan.id, number: 7, title: 'Septième axe' } })).createOrientation.number).toBe(7);
    expect((await as.admin.data(CREATE, { input: { planId: plan.id, title: 'Huitième axe' } })).createOrientation.number).toBe(8);
    expect((await readPlanOrientations(plan.id)()).map((o: { number: number }) => o.number)).toEqual([1, 3, 7, 8]);
  });

  it("lets the plan's chair, its secretary and an admin add one, which then shows in the plan", async () => {
    for (const role of EDITORS) {
      const input = { planId: world.plan.id, title: `Axe ajouté par ${role}`, stake: 'Un enjeu partagé', description: 'Le détail' };
      const { createOrientation } = await as[role].data(CREATE, { input });
      expect(createOrientation).toMatchObject({ title: input.title, stake: input.stake, description: input.description });
      expect(await readPlanOrientations()()).toContainEqual(expect.objectContaining({ id: createOrientation.id, title: input.title }));
    }
  });

  it('refuses members, observers and outsiders with FORBIDDEN and anonymous visitors with UNAUTHENTICATED', async () => {
    for (const [role, code] of REFUSED) {
      await expectRefused(as[role], CREATE, { input: { planId: world.plan.id, title: `Axe de ${role}` } }, code, readPlanOrientations());
    }
  });

  it('refuses a number already taken in the plan with CONFLICT', async () => {
    const input = { planId: world.plan.id, number: world.orientation.number, title: 'Doublon' };
    await expectRefused(as.chair, CREATE, { input }, 'CONFLICT', readPlanOrientations(), /numéro/);
  });

  it('refuses a title too short or too long with BAD_USER_INPUT and a readable message', async () => {
    for (const title of ['ab', 'x'.repeat(301)]) {
      await expectRefused(as.chair, CREATE, { input: { planId: world.plan.id, title } }, 'BAD_USER_INPUT', readPlanOrientations(), /^Saisie invalide — title: /);
    }
  });

  it('answers NOT_FOUND for an unknown plan', async () => {
    expect(await as.admin.errorCode(CREATE, { input: { planId: UNKNOWN, title: 'Nulle part' } })).toBe('NOT_FOUND');
  });
});

describe('changing an orientation', () => {
  it("lets the plan's chair, its secretary and an admin change its title, stake and description", async () => {
    const orientation = await freshOrientation();
    const changes = { chair: { title: 'Titre de la présidence' }, secretary: { stake: 'Enjeu du secrétariat' }, admin: { description: 'Description revue' } };
    for (const role of EDITORS) await as[role].data(UPDATE, { input: { id: orientation.id, ...changes[role] } });
    expect(await readOrientation(orientation.id)()).toMatchObject({ ...changes.chair, ...changes.secretary, ...changes.admin, version: 4 });
  });

  it('refuses members, observers and outsiders with FORBIDDEN and anonymous visitors with UNAUTHENTICATED', async () => {
    const { id } = await freshOrientation();
    for (const [role, code] of REFUSED) await expectRefused(as[role], UPDATE, { input: { id, title: `Titre de ${role}` } }, code, readOrientation(id));
  });

  it('refuses a stale expectedVersion with CONFLICT and keeps the newer text', async () => {
    const { id, version } = await freshOrientation();
    await as.chair.data(UPDATE, { input: { id, expectedVersion: version, title: 'Version de Claire' } });
    await expectRefused(as.secretary, UPDATE, { input: { id, expectedVersion: version, title: 'Version périmée' } }, 'CONFLICT', readOrientation(id), /modifié/);
    expect((await readOrientation(id)()).title).toBe('Version de Claire');
  });

  it('refuses a number taken by another orientation with CONFLICT and a bad title with BAD_USER_INPUT', async () => {
    const { id } = await freshOrientation();
    await expectRefused(as.chair, UPDATE, { input: { id, number: world.orientation.number } }, 'CONFLICT', readOrientation(id));
    for (const title of ['ab', 'x'.repeat(301)]) {
      await expectRefused(as.chair, UPDATE, { input: { id, title } }, 'BAD_USER_INPUT', readOrientation(id), /title/);
    }
    await expectRefused(as.chair, UPDATE, { input: { id, title: null } }, 'BAD_USER_INPUT', readOrientation(id), /obligatoire/);
  });

  it('answers NOT_FOUND for an unknown or malformed id', async () => {
    expect(await as.admin.errorCode(UPDATE, { input: { id: UNKNOWN, title: 'Personne' } })).toBe('NOT_FOUND');
    expect(await as.chair.errorCode(UPDATE, { input: { id: 'not-an-id', title: 'Personne' } })).toBe('NOT_FOUND');
  });
});

describe('archiving an orientation', () => {
  it("lets the plan's chair, its secretary and an admin archive one: it leaves the plan but stays readable by id", async () => {
    for (const role of EDITORS) {
      const { id } = await freshOrientation();
      const { archiveOrientation } = await as[role].data(ARCHIVE, { id });
      expect(archiveOrientation.archivedAt).not.toBeNull();
      expect((await readPlanOrientations()()).map((o: { id: string }) => o.id)).not.toContain(id);
      expect((await as.member.data(ORIENTATION, { id })).orientation.archivedAt).toBe(archiveOrientation.archivedAt);
    }
  });

  it('refuses members, observers and outsiders with FORBIDDEN and anonymous visitors with UNAUTHENTICATED', async () => {
    const { id } = await freshOrientation();
    for (const [role, code] of REFUSED) await expectRefused(as[role], ARCHIVE, { id }, code, readPlanOrientations());
    expect((await readOrientation(id)()).archivedAt).toBeNull();
  });

  it('answers NOT_FOUND for an unknown id', async () => {
    expect(await as.chair.errorCode(ARCHIVE, { id: UNKNOWN })).toBe('NOT_FOUND');
  });
});
