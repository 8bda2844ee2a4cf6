import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemberRole, Membership } from '../../server/src/bodies/membership.entity';
import type { Person } from '../../server/src/people/person.entity';
import { ApiClient, clientFor } from '../helpers/api-client';
import { buildBody, buildOrganization, buildPerson, buildPlan, buildWorld, PASSWORD, seat, type World } from '../helpers/factories';
import { startTestServer, type TestServer } from '../helpers/test-server';

type Role = keyof World['people'] | 'coChair' | 'anonymous';
let server: TestServer;
let world: World;
const as = {} as Record<Role, ApiClient>;

beforeAll(async () => {
  server = await startTestServer();
  world = await buildWorld(server.services.dataSource);
  const coChair = await buildPerson(server.services.dataSource);
  await seat(server.services.dataSource, coChair, world.body, MemberRole.CO_CHAIR);
  as.anonymous = new ApiClient(server.url);
  const people: Record<string, Person> = { ...world.people, coChair };
  for (const [role, person] of Object.entries(people)) as[role as Role] = await clientFor(server.url, person);
});
afterAll(() => server.stop());

const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const tag = () => randomUUID().slice(0, 8);

const PEOPLE = `query ($search: String, $offset: Int! = 0, $limit: Int! = 50, $includeArchived: Boolean! = false) {
  people(search: $search, offset: $offset, limit: $limit, includeArchived: $includeArchived) { totalCount hasMore items { id displayName } } }`;
const PERSON = `query ($id: ID!) { person(id: $id) { id displayName email isAdmin version archivedAt organization { id name } memberships { id role body { id } } } }`;
const UPDATE = `mutation ($input: UpdatePersonInput!) { updatePerson(input: $input) { id displayName isAdmin version organization { id } } }`;
const ARCHIVE = `mutation ($id: ID!) { archivePerson(id: $id) { id archivedAt } }`;
const ME = `{ me { id displayName isAdmin } }`;
const SIGN_IN = `mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { id } }`;

const readPerson = (id: string) => () => as.admin.data(PERSON, { id }).then((data) => data.person);

/** A new person with no seat, and a client signed in as them. */
async function newcomer(overrides: Partial<Person> = {}) {
  const person = await buildPerson(server.services.dataSource, overrides);
  return { person, client: await clientFor(server.url, person) };
}

/** Sends a call that must fail with `code`, and checks that what `read` returns did not change. */
async function expectRefused(client: ApiClient, query: string, variables: Record<string, unknown>, code: string, read: () => Promise<unknown>, message?: RegExp) {
  const before = await read();
  const result = await client.request(query, variables);
  expect(result.errors?.[0].extensions?.code).toBe(code);
  if (message) expect(result.errors?.[0].message).toMatch(message);
  expect(result.data ?? null).toBeNull();
  expect(await read()).toEqual(before);
}

describe('the directory of people', () => {
  it('lets admins and facilitators search people by name or address, page by page, deactivated accounts only on request', async () => {
    const ds = server.services.dataSource;
    const label = tag();
    const [a, b, c] = [await buildPerson(ds, { displayName: `Camille ${label} A` }), await buildPerson(ds, { displayName: `Camille ${label} B` }), await buildPerson(ds, { displayName: `Camille ${label} C` })];
    const gone = await buildPerson(ds, { displayName: `Camille ${label} D`, archivedAt: new Date() });
    for (const role of ['admin', 'chair', 'coChair', 'secretary'] as const) {
      const page = (await as[role].data(PEOPLE, { search: label, limit: 2 })).people;
      expect(page).toEqual({ totalCount: 3, hasMore: true, items: [{ id: a.id, displayName: a.displayName }, { id: b.id, displayName: b.displayName }] });
    }
    expect((await as.chair.data(PEOPLE, { search: label, limit: 2, offset: 2 })).people).toEqual({ totalCount: 3, hasMore: false, items: [{ id: c.id, displayName: c.displayName }] });
    expect((await as.chair.data(PEOPLE, { search: label, includeArchived: true })).people.items.map((p: { id: string }) => p.id)).toEqual([a.id, b.id, c.id, gone.id]);
    expect((await as.secretary.data(PEOPLE, { search: b.email.toUpperCase() })).people.items).toEqual([{ id: b.id, displayName: b.displayName }]);
  });

  it('refuses the directory to members, observers and outsiders with FORBIDDEN and to anonymous visitors with UNAUTHENTICATED', async () => {
    for (const role of ['member', 'observer', 'outsider'] as const) {
      const result = await as[role].request(PEOPLE);
      expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(result.errors?.[0].message).toMatch(/annuaire/);
    }
    expect(await as.anonymous.errorCode(PEOPLE)).toBe('UNAUTHENTICATED');
  });

  it('shows a person and their organisation to any signed-in person, and NOT_FOUND for unknown ids', async () => {
    const organization = await buildOrganization(server.services.dataSource);
    const person = await buildPerson(server.services.dataSource, { organizationId: organization.id });
    expect((await as.outsider.data(PERSON, { id: person.id })).person).toMatchObject({
      id: person.id, displayName: person.displayName, email: person.email, isAdmin: false, archivedAt: null, organization: { id: organization.id, name: organization.name },
    });
    expect(await as.member.errorCode(PERSON, { id: UNKNOWN })).toBe('NOT_FOUND');
    expect(await as.member.errorCode(PERSON, { id: 'not-an-id' })).toBe('NOT_FOUND');
    expect(await as.anonymous.errorCode(PERSON, { id: person.id })).toBe('UNAUTHENTICATED');
  });

  it("shows only a person's seats in force in the plans the viewer may read", async () => {
    const ds = server.services.dataSource;
    const { person, client } = await newcomer();
    const here = await seat(ds, person, world.body, MemberRole.MEMBER);
    const elsewhereBody = await buildBody(ds, { planId: (await buildPlan(ds)).id });
    const elsewhere = await seat(ds, person, elsewhereBody, MemberRole.CHAIR);
    await ds.getRepository(Membership).save({ personId: person.id, bodyId: world.body.id, role: MemberRole.OBSERVER, startsOn: '2020-01-01', endsOn: '2020-12-31' });
    const seats = async (viewer: ApiClient) => (await viewer.data(PERSON, { id: person.id })).person.memberships.map((m: { id: string }) => m.id).sort();
    expect(await seats(as.member)).toEqual([here.id]);
    expect(await seats(as.outsider)).toEqual([]);
    expect(await seats(as.admin)).toEqual([here.id, elsewhere.id].sort());
    expect(await seats(client)).toEqual([here.id, elsewhere.id].sort());
  });
});

describe('changing a profile', () => {
  it('lets a person change their own display name and organisation', async () => {
    const { person, client } = await newcomer();
    const organization = await buildOrganization(server.services.dataSource);
    const { updatePerson } = await client.data(UPDATE, { input: { id: person.id, expectedVersion: person.version, displayName: 'Dominique Martin', organizationId: organization.id } });
    expect(updatePerson).toMatchObject({ displayName: 'Dominique Martin', organization: { id: organization.id }, version: person.version + 1 });
    expect((await client.data(ME)).me).toEqual({ id: person.id, displayName: 'Dominique Martin', isAdmin: false });
  });

  it("refuses changes to someone else's profile, and to one's own admin flag, with FORBIDDEN unless one is an admin", async () => {
    const { person, client } = await newcomer();
    for (const role of ['chair', 'coChair', 'member'] as const) {
      await expectRefused(as[role], UPDATE, { input: { id: person.id, displayName: `Renommé par ${role}` } }, 'FORBIDDEN', readPerson(person.id), /propre profil/);
    }
    for (const isAdmin of [true, false]) {
      await expectRefused(client, UPDATE, { input: { id: person.id, isAdmin } }, 'FORBIDDEN', readPerson(person.id), /administrateurs/);
    }
    await expectRefused(as.anonymous, UPDATE, { input: { id: person.id, displayName: 'Anonyme' } }, 'UNAUTHENTICATED', readPerson(person.id));
  });

  it('lets an admin change anyone, including their admin flag, which takes effect on their open session', async () => {
    const { person, client } = await newcomer();
    expect(await client.errorCode(PEOPLE)).toBe('FORBIDDEN');
    const { updatePerson } = await as.admin.data(UPDATE, { input: { id: person.id, displayName: 'Admin Nouvelle', isAdmin: true } });
    expect(updatePerson).toMatchObject({ displayName: 'Admin Nouvelle', isAdmin: true });
    expect((await client.data(PEOPLE, { limit: 1 })).people.totalCount).toBeGreaterThan(1);
    await as.admin.data(UPDATE, { input: { id: person.id, isAdmin: false } });
    expect(await client.errorCode(PEOPLE)).toBe('FORBIDDEN');
  });

  it('refuses a bad display name or organisation with BAD_USER_INPUT, a stale version with CONFLICT and an unknown person with NOT_FOUND', async () => {
    const { person, client } = await newcomer();
    for (const displayName of ['x', 'x'.repeat(121)]) {
      await expectRefused(client, UPDATE, { input: { id: person.id, displayName } }, 'BAD_USER_INPUT', readPerson(person.id), /^Saisie invalide — displayName: /);
    }
    for (const organizationId of ['not-an-id', UNKNOWN]) {
      await expectRefused(client, UPDATE, { input: { id: person.id, organizationId } }, 'BAD_USER_INPUT', readPerson(person.id));
    }
    await client.data(UPDATE, { input: { id: person.id, displayName: 'Nom à jour' } });
    await expectRefused(client, UPDATE, { input: { id: person.id, expectedVersion: person.version, displayName: 'Nom périmé' } }, 'CONFLICT', readPerson(person.id), /modifié/);
    expect(await as.admin.errorCode(UPDATE, { input: { id: UNKNOWN, displayName: 'Personne' } })).toBe('NOT_FOUND');
  });
});

describe('deactivating an account', () => {
  it('lets an admin deactivate an account: its sessions stop working, it can no longer sign in and leaves the directory', async () => {
    const { person, client } = await newcomer({ displayName: `Partant ${tag()}` });
    await seat(server.services.dataSource, person, world.body, MemberRole.MEMBER);
    expect((await client.data(ME)).me.id).toBe(person.id);
    expect((await as.admin.data(ARCHIVE, { id: person.id })).archivePerson.archivedAt).not.toBeNull();
    expect((await client.data(ME)).me).toBeNull();
    expect(await client.errorCode(`query ($id: ID!) { plan(id: $id) { id } }`, { id: world.plan.id })).toBe('UNAUTHENTICATED');
    const signIn = await new ApiClient(server.url).request(SIGN_IN, { email: person.email, password: PASSWORD });
    expect(signIn.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await as.chair.data(PEOPLE, { search: person.displayName })).people.totalCount).toBe(0);
    expect((await as.chair.data(PEOPLE, { search: person.displayName, includeArchived: true })).people.totalCount).toBe(1);
    expect((await readPerson(person.id)()).archivedAt).not.toBeNull();
  });

  it('refuses deactivation to anyone but an admin, and refuses an admin their own account with BAD_USER_INPUT', async () => {
    const { person, client } = await newcomer();
    for (const [role, code] of [['chair', 'FORBIDDEN'], ['coChair', 'FORBIDDEN'], ['secretary', 'FORBIDDEN'], ['member', 'FORBIDDEN'], ['outsider', 'FORBIDDEN'], ['anonymous', 'UNAUTHENTICATED']] as const) {
      await expectRefused(as[role], ARCHIVE, { id: person.id }, code, readPerson(person.id));
    }
    expect((await client.data(ME)).me.id).toBe(person.id);
    await expectRefused(as.admin, ARCHIVE, { id: world.people.admin.id }, 'BAD_USER_INPUT', readPerson(world.people.admin.id), /propre compte/);
    expect((await as.admin.data(ME)).me.id).toBe(world.people.admin.id);
    expect(await as.admin.errorCode(ARCHIVE, { id: UNKNOWN })).toBe('NOT_FOUND');
  });
});
