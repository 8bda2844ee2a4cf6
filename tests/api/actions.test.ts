import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Action, ActionPartner, ActionStatus } from '../../server/src/actions/action.entity';
import { MemberRole } from '../../server/src/bodies/membership.entity';
import { ApiClient, clientFor } from '../helpers/api-client';
import { buildAction, buildBody, buildOrganization, buildOrientation, buildPerson, buildPlan, buildWorld, seat, type World } from '../helpers/factories';
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

const freshOrientation = () => buildOrientation(server.services.dataSource, { planId: world.plan.id });

/** Sends a call that must fail with `code`, and checks that what `read` returns did not change. */
async function expectRefused(client: ApiClient, query: string, variables: Record<string, unknown>, code: string, read: () => Promise<unknown>, message?: RegExp) {
  const before = await read();
  const result = await client.request(query, variables);
  expect(result.errors?.[0].extensions?.code).toBe(code);
  if (message) expect(result.errors?.[0].message).toMatch(message);
  expect(result.data ?? null).toBeNull();
  expect(await read()).toEqual(before);
}

const ACTION_FIELDS = 'id title position status startsOn endsOn version archivedAt orientation { id } leadPartner { id name } partners { id name }';
const ACTION = `query ($id: ID!) { action(id: $id) { ${ACTION_FIELDS} } }`;
const ORIENTATION_ACTIONS = `query ($id: ID!) { orientation(id: $id) { actions { id title version } } }`;
const CREATE_ACTION = `mutation ($input: CreateActionInput!) { createAction(input: $input) { ${ACTION_FIELDS} } }`;
const UPDATE_ACTION = `mutation ($input: UpdateActionInput!) { updateAction(input: $input) { ${ACTION_FIELDS} } }`;
const ARCHIVE_ACTION = `mutation ($id: ID!) { archiveAction(id: $id) { id archivedAt } }`;

const buildOrg = (prefix: string) => buildOrganization(server.services.dataSource, { name: `${prefix} ${randomUUID().slice(0, 8)}` });
/** An action alone in a fresh orientation of the world's plan. */
const freshAction = async (overrides: Partial<Action> = {}) =>
  buildAction(server.services.dataSource, { orientationId: (await freshOrientation()).id, ...overrides });
const readAction = (id: string) => () => as.admin.data(ACTION, { id }).then((data) => data.action);
const readActions = (orientationId: string) => () => as.admin.data(ORIENTATION_ACTIONS, { id: orientationId }).then((data) => data.orientation.actions);

describe('reading an action', () => {
  it('shows an action with its orientation, its lead partner and its partners in name order', async () => {
    const [lead, beta, alpha] = [await buildOrg('Régie'), await buildOrg('Beta'), await buildOrg('Alpha')];
    const action = await freshAction({ leadPartnerId: lead.id, status: ActionStatus.IN_PROGRESS, startsOn: '2024-01-15' });
    await server.services.dataSource.getRepository(ActionPartner).insert([beta, alpha].map((org) => ({ actionId: action.id, organizationId: org.id })));
    expect((await as.observer.data(ACTION, { id: action.id })).action).toMatchObject({
      orientation: { id: action.orientationId },
      leadPartner: { id: lead.id, name: lead.name },
      partners: [{ id: alpha.id, name: alpha.name }, { id: beta.id, name: beta.name }],
      status: 'IN_PROGRESS',
      startsOn: '2024-01-15',
      endsOn: null,
    });
  });

  it('answers FORBIDDEN to an outsider, UNAUTHENTICATED to an anonymous visitor and NOT_FOUND to unknown ids', async () => {
    expect(await as.outsider.errorCode(ACTION, { id: world.action.id })).toBe('FORBIDDEN');
    expect(await as.anonymous.errorCode(ACTION, { id: world.action.id })).toBe('UNAUTHENTICATED');
    expect(await as.member.errorCode(ACTION, { id: UNKNOWN })).toBe('NOT_FOUND');
    expect(await as.member.errorCode(ACTION, { id: 'not-an-id' })).toBe('NOT_FOUND');
  });
});

describe('creating an action', () => {
  it('appends it to its orientation, PLANNED by default, with its lead partner and partners', async () => {
    const { id: orientationId } = await freshOrientation();
    const [lead, first, second] = [await buildOrg('Pilote'), await buildOrg('Alpha'), await buildOrg('Beta')];
    const plain = (await as.chair.data(CREATE_ACTION, { input: { orientationId, title: 'Cartographier les acteurs' } })).createAction;
    expect(plain).toMatchObject({ position: 0, status: 'PLANNED', leadPartner: null, partners: [], startsOn: null, endsOn: null, orientation: { id: orientationId } });
    const input = { orientationId, title: 'Ouvrir un tiers-lieu', leadPartnerId: lead.id, partnerIds: [second.id, first.id, second.id], status: 'IN_PROGRESS', startsOn: '2024-03-01', endsOn: '2025-06-30' };
    const full = (await as.chair.data(CREATE_ACTION, { input })).createAction;
    expect(full).toMatchObject({ position: 1, status: 'IN_PROGRESS', startsOn: '2024-03-01', endsOn: '2025-06-30', leadPartner: { id: lead.id }, partners: [{ id: first.id }, { id: second.id }] });
    expect((await readActions(orientationId)()).map((a: { id: string }) => a.id)).toEqual([plain.id, full.id]);
  });

  it("lets the plan's chair, its secretary and an admin create one", async () => {
    const { id: orientationId } = await freshOrientation();
    for (const role of EDITORS) await as[role].data(CREATE_ACTION, { input: { orientationId, title: `Action de ${role}` } });
    expect((await readActions(orientationId)()).map((a: { title: string }) => a.title)).toEqual(EDITORS.map((role) => `Action de ${role}`));
  });

  it('refuses members, observers and outsiders with FORBIDDEN and anonymous visitors with UNAUTHENTICATED', async () => {
    const { id: orientationId } = await freshOrientation();
    for (const [role, code] of REFUSED) {
      await expectRefused(as[role], CREATE_ACTION, { input: { orientationId, title: `Action de ${role}` } }, code, readActions(orientationId));
    }
  });

  it('answers NOT_FOUND for an unknown orientation and BAD_USER_INPUT for an archived one', async () => {
    expect(await as.admin.errorCode(CREATE_ACTION, { input: { orientationId: UNKNOWN, title: 'Nulle part' } })).toBe('NOT_FOUND');
    const archived = await buildOrientation(server.services.dataSource, { planId: world.plan.id, archivedAt: new Date() });
    await expectRefused(as.chair, CREATE_ACTION, { input: { orientationId: archived.id, title: 'Trop tard' } }, 'BAD_USER_INPUT', readActions(archived.id), /archivée/);
  });

  it('refuses an unknown lead partner or partner with BAD_USER_INPUT and creates nothing', async () => {
    const { id: orientationId } = await freshOrientation();
    const known = await buildOrg('Connue');
    for (const partners of [{ leadPartnerId: UNKNOWN }, { partnerIds: [known.id, UNKNOWN] }, { leadPartnerId: 'not-an-id' }, { partnerIds: ['not-an-id'] }]) {
      await expectRefused(as.chair, CREATE_ACTION, { input: { orientationId, title: 'Sans partenaire', ...partners } }, 'BAD_USER_INPUT', readActions(orientationId));
    }
  });

  it('refuses an end before the start, and a title too short or too long, with BAD_USER_INPUT and a readable message', async () => {
    const { id: orientationId } = await freshOrientation();
    const backwards = { orientationId, title: 'À rebours', startsOn: '2025-01-01', endsOn: '2024-12-31' };
    await expectRefused(as.chair, CREATE_ACTION, { input: backwards }, 'BAD_USER_INPUT', readActions(orientationId), /date de fin/);
    for (const title of ['ab', 'x'.repeat(301)]) {
      await expectRefused(as.chair, CREATE_ACTION, { input: { orientationId, title } }, 'BAD_USER_INPUT', readActions(orientationId), /title/);
    }
  });
});

describe('changing an action', () => {
  it('changes its status and dates, and sets, replaces or empties its lead partner and partners', async () => {
    const action = await freshAction();
    const [alpha, beta, gamma] = [await buildOrg('Alpha'), await buildOrg('Beta'), await buildOrg('Gamma')];
    const set = { id: action.id, status: 'DONE', startsOn: '2023-01-01', endsOn: '2023-12-31', leadPartnerId: alpha.id, partnerIds: [alpha.id, beta.id] };
    expect((await as.chair.data(UPDATE_ACTION, { input: set })).updateAction).toMatchObject({
      status: 'DONE', startsOn: '2023-01-01', endsOn: '2023-12-31', leadPartner: { id: alpha.id }, partners: [{ id: alpha.id }, { id: beta.id }],
    });
    await as.chair.data(UPDATE_ACTION, { input: { id: action.id, leadPartnerId: gamma.id, partnerIds: [gamma.id] } });
    expect(await readAction(action.id)()).toMatchObject({ leadPartner: { id: gamma.id }, partners: [{ id: gamma.id }], status: 'DONE' });
    await as.chair.data(UPDATE_ACTION, { input: { id: action.id, title: 'Titre seul' } });
    expect((await readAction(action.id)()).partners).toEqual([{ id: gamma.id, name: gamma.name }]);
    await as.chair.data(UPDATE_ACTION, { input: { id: action.id, leadPartnerId: null, partnerIds: [] } });
    expect(await readAction(action.id)()).toMatchObject({ leadPartner: null, partners: [], title: 'Titre seul' });
  });

  it("lets the plan's chair, its secretary and an admin change it", async () => {
    const action = await freshAction();
    for (const role of EDITORS) await as[role].data(UPDATE_ACTION, { input: { id: action.id, title: `Titre de ${role}` } });
    expect(await readAction(action.id)()).toMatchObject({ title: 'Titre de admin', version: action.version + 3 });
  });

  it('refuses members, observers and outsiders with FORBIDDEN and anonymous visitors with UNAUTHENTICATED', async () => {
    const { id } = await freshAction();
    for (const [role, code] of REFUSED) await expectRefused(as[role], UPDATE_ACTION, { input: { id, status: 'DONE' } }, code, readAction(id));
  });

  it('moves it under another orientation of the same plan', async () => {
    const action = await freshAction();
    const target = await freshOrientation();
    expect((await as.secretary.data(UPDATE_ACTION, { input: { id: action.id, orientationId: target.id } })).updateAction.orientation).toEqual({ id: target.id });
    expect(await readActions(action.orientationId)()).toEqual([]);
    expect((await readActions(target.id)()).map((a: { id: string }) => a.id)).toEqual([action.id]);
  });

  it('refuses a move to an orientation of another plan with BAD_USER_INPUT, even to someone who steers both plans', async () => {
    const ds = server.services.dataSource;
    const action = await freshAction();
    const otherPlan = await buildPlan(ds);
    const elsewhere = await buildOrientation(ds, { planId: otherPlan.id });
    const bothChair = await buildPerson(ds);
    await seat(ds, bothChair, world.body, MemberRole.CHAIR);
    await seat(ds, bothChair, await buildBody(ds, { planId: otherPlan.id }), MemberRole.CHAIR);
    const input = { id: action.id, orientationId: elsewhere.id };
    for (const client of [await clientFor(server.url, bothChair), as.admin]) {
      await expectRefused(client, UPDATE_ACTION, { input }, 'BAD_USER_INPUT', readAction(action.id), /même plan/);
    }
    // The plan's own chair has no say over the other plan at all.
    await expectRefused(as.chair, UPDATE_ACTION, { input }, 'FORBIDDEN', readAction(action.id));
  });

  it('refuses a stale expectedVersion with CONFLICT, a change of partners alone counting as a change', async () => {
    const action = await freshAction();
    const partner = await buildOrg('Partenaire');
    const { updateAction } = await as.chair.data(UPDATE_ACTION, { input: { id: action.id, expectedVersion: action.version, partnerIds: [partner.id] } });
    expect(updateAction.version).toBe(action.version + 1);
    await expectRefused(as.secretary, UPDATE_ACTION, { input: { id: action.id, expectedVersion: action.version, partnerIds: [] } }, 'CONFLICT', readAction(action.id), /modifié/);
  });

  it('refuses an end before the stored start, an unknown lead partner and a bad title with BAD_USER_INPUT', async () => {
    const { id } = await freshAction({ startsOn: '2024-06-01' });
    await expectRefused(as.chair, UPDATE_ACTION, { input: { id, endsOn: '2024-05-31' } }, 'BAD_USER_INPUT', readAction(id), /date de fin/);
    await expectRefused(as.chair, UPDATE_ACTION, { input: { id, leadPartnerId: UNKNOWN } }, 'BAD_USER_INPUT', readAction(id));
    await expectRefused(as.chair, UPDATE_ACTION, { input: { id, partnerIds: [UNKNOWN] } }, 'BAD_USER_INPUT', readAction(id));
    await expectRefused(as.chair, UPDATE_ACTION, { input: { id, title: 'ab' } }, 'BAD_USER_INPUT', readAction(id), /title/);
  });

  it('answers NOT_FOUND for an unknown action or target orientation', async () => {
    expect(await as.admin.errorCode(UPDATE_ACTION, { input: { id: UNKNOWN, status: 'DONE' } })).toBe('NOT_FOUND');
    const { id } = await freshAction();
    await expectRefused(as.chair, UPDATE_ACTION, { input: { id, orientationId: UNKNOWN } }, 'NOT_FOUND', readAction(id));
  });
});

describe('archiving an action', () => {
  it("lets the plan's chair, its secretary and an admin archive one: it leaves its orientation but stays readable by id", async () => {
    for (const role of EDITORS) {
      const action = await freshAction();
      const { archiveAction } = await as[role].data(ARCHIVE_ACTION, { id: action.id });
      expect(archiveAction.archivedAt).not.toBeNull();
      expect(await readActions(action.orientationId)()).toEqual([]);
      expect((await as.member.data(ACTION, { id: action.id })).action.archivedAt).toBe(archiveAction.archivedAt);
    }
  });

  it('refuses members, observers and outsiders with FORBIDDEN and anonymous visitors with UNAUTHENTICATED', async () => {
    const action = await freshAction();
    for (const [role, code] of REFUSED) await expectRefused(as[role], ARCHIVE_ACTION, { id: action.id }, code, readActions(action.orientationId));
    expect((await readAction(action.id)()).archivedAt).toBeNull();
  });

  it('answers NOT_FOUND for an unknown id', async () => {
    expect(await as.chair.errorCode(ARCHIVE_ACTION, { id: UNKNOWN })).toBe('NOT_FOUND');
  });
});
