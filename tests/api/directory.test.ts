import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemberRole } from '../../server/src/bodies/membership.entity';
import { OrganizationKind } from '../../server/src/organizations/organization.entity';
import type { Person } from '../../server/src/people/person.entity';
import { ApiClient, clientFor } from '../helpers/api-client';
import { buildBody, buildOrganization, buildPerson, buildPlan, buildTerritory, buildWorld, seat, type World } from '../helpers/factories';
import { startTestServer, type TestServer } from '../helpers/test-server';

type Role = keyof World['people'] | 'coChair' | 'elsewhereSecretary' | 'anonymous';
let server: TestServer;
let world: World;
const as = {} as Record<Role, ApiClient>;

beforeAll(async () => {
  server = await startTestServer();
  const ds = server.services.dataSource;
  world = await buildWorld(ds);
  const coChair = await buildPerson(ds);
  await seat(ds, coChair, world.body, MemberRole.CO_CHAIR);
  // The secretary of a body of another plan: a facilitator, but not of the world's plan.
  const elsewhereSecretary = await buildPerson(ds);
  await seat(ds, elsewhereSecretary, await buildBody(ds, { planId: (await buildPlan(ds)).id }), MemberRole.SECRETARY);
  as.anonymous = new ApiClient(server.url);
  const people: Record<string, Person> = { ...world.people, coChair, elsewhereSecretary };
  for (const [role, person] of Object.entries(people)) as[role as Role] = await clientFor(server.url, person);
});
afterAll(() => server.stop());

const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const NOT_ADMINS = [['chair', 'FORBIDDEN'], ['secretary', 'FORBIDDEN'], ['member', 'FORBIDDEN'], ['observer', 'FORBIDDEN'], ['outsider', 'FORBIDDEN'], ['anonymous', 'UNAUTHENTICATED']] as const;
const NOT_FACILITATORS = [['member', 'FORBIDDEN'], ['observer', 'FORBIDDEN'], ['outsider', 'FORBIDDEN'], ['anonymous', 'UNAUTHENTICATED']] as const;
const tag = () => randomUUID().slice(0, 8);

/** Sends a call that must fail with `code`, and checks that what `read` returns did not change. */
async function expectRefused(client: ApiClient, query: string, variables: Record<string, unknown>, code: string, read: () => Promise<unknown>, message?: RegExp) {
  const before = await read();
  const result = await client.request(query, variables);
  expect(result.errors?.[0].extensions?.code).toBe(code);
  if (message) expect(result.errors?.[0].message).toMatch(message);
  expect(result.data ?? null).toBeNull();
  expect(await read()).toEqual(before);
}

const TERRITORIES = `query ($search: String, $offset: Int! = 0, $limit: Int! = 50, $includeArchived: Boolean! = false) {
  territories(search: $search, offset: $offset, limit: $limit, includeArchived: $includeArchived) { totalCount hasMore items { id name } } }`;
const TERRITORY = `query ($id: ID!) { territory(id: $id) { id name kind communeCount population version archivedAt plans { id } } }`;
const CREATE_TERRITORY = `mutation ($input: CreateTerritoryInput!) { createTerritory(input: $input) { id name kind communeCount population } }`;
const UPDATE_TERRITORY = `mutation ($input: UpdateTerritoryInput!) { updateTerritory(input: $input) { id name population version } }`;
const ARCHIVE_TERRITORY = `mutation ($id: ID!) { archiveTerritory(id: $id) { id archivedAt } }`;
const readTerritory = (id: string) => () => as.admin.data(TERRITORY, { id }).then((data) => data.territory);
const searchTerritories = (search: string) => () => as.admin.data(TERRITORIES, { search, includeArchived: true }).then((data) => data.territories);

describe('territories', () => {
  it('lists territories by name to every signed-in person, page by page, and finds them by name', async () => {
    const label = tag();
    const [a, b, c] = [`Pays ${label} A`, `Pays ${label} B`, `Pays ${label} C`];
    for (const name of [c, a, b]) await buildTerritory(server.services.dataSource, { name });
    const first = (await as.outsider.data(TERRITORIES, { search: label.toUpperCase(), limit: 2 })).territories;
    expect(first).toEqual({ totalCount: 3, hasMore: true, items: [expect.objectContaining({ name: a }), expect.objectContaining({ name: b })] });
    const second = (await as.member.data(TERRITORIES, { search: label, limit: 2, offset: 2 })).territories;
    expect(second).toEqual({ totalCount: 3, hasMore: false, items: [expect.objectContaining({ name: c })] });
    expect(await as.anonymous.errorCode(TERRITORIES)).toBe('UNAUTHENTICATED');
    expect(await as.member.errorCode(TERRITORIES, { limit: 0 })).toBe('BAD_USER_INPUT');
  });

  it('shows a territory with only those of its plans the viewer may read', async () => {
    const ds = server.services.dataSource;
    const territoryId = world.plan.territoryId;
    const other = await buildPlan(ds, { territoryId, startYear: 2015, endYear: 2020 });
    await buildPlan(ds, { territoryId, archivedAt: new Date() });
    expect((await as.member.data(TERRITORY, { id: territoryId })).territory.plans).toEqual([{ id: world.plan.id }]);
    expect((await as.outsider.data(TERRITORY, { id: territoryId })).territory.plans).toEqual([]);
    expect((await as.admin.data(TERRITORY, { id: territoryId })).territory.plans).toEqual([{ id: world.plan.id }, { id: other.id }]);
    expect(await as.member.errorCode(TERRITORY, { id: UNKNOWN })).toBe('NOT_FOUND');
    expect(await as.anonymous.errorCode(TERRITORY, { id: territoryId })).toBe('UNAUTHENTICATED');
  });

  it('lets an admin create, change and archive a territory, which then leaves the list unless asked for', async () => {
    const name = `Communauté ${tag()}`;
    const { createTerritory } = await as.admin.data(CREATE_TERRITORY, { input: { name, kind: 'COMMUNES_COMMUNITY', communeCount: 12 } });
    expect(createTerritory).toMatchObject({ name, kind: 'COMMUNES_COMMUNITY', communeCount: 12, population: null });
    const { updateTerritory } = await as.admin.data(UPDATE_TERRITORY, { input: { id: createTerritory.id, expectedVersion: 1, population: 42000 } });
    expect(updateTerritory).toMatchObject({ population: 42000, version: 2 });
    expect((await as.admin.data(ARCHIVE_TERRITORY, { id: createTerritory.id })).archiveTerritory.archivedAt).not.toBeNull();
    expect((await as.member.data(TERRITORIES, { search: name })).territories.totalCount).toBe(0);
    expect((await as.member.data(TERRITORIES, { search: name, includeArchived: true })).territories.items).toEqual([{ id: createTerritory.id, name }]);
  });

  it('refuses to create, change or archive a territory to anyone but an admin', async () => {
    const territory = await buildTerritory(server.services.dataSource);
    const name = `Refusé ${tag()}`;
    for (const [role, code] of NOT_ADMINS) {
      await expectRefused(as[role], CREATE_TERRITORY, { input: { name, kind: 'PAYS' } }, code, searchTerritories(name));
      await expectRefused(as[role], UPDATE_TERRITORY, { input: { id: territory.id, name } }, code, readTerritory(territory.id));
      await expectRefused(as[role], ARCHIVE_TERRITORY, { id: territory.id }, code, readTerritory(territory.id));
    }
  });

  it('refuses a duplicate name or a stale version with CONFLICT, bad values with BAD_USER_INPUT and unknown ids with NOT_FOUND', async () => {
    const [taken, territory] = [await buildTerritory(server.services.dataSource), await buildTerritory(server.services.dataSource)];
    await expectRefused(as.admin, CREATE_TERRITORY, { input: { name: taken.name, kind: 'PAYS' } }, 'CONFLICT', searchTerritories(taken.name));
    await expectRefused(as.admin, UPDATE_TERRITORY, { input: { id: territory.id, name: taken.name } }, 'CONFLICT', readTerritory(territory.id));
    for (const bad of [{ name: 'x' }, { population: -1 }, { communeCount: 0 }]) {
      await expectRefused(as.admin, UPDATE_TERRITORY, { input: { id: territory.id, ...bad } }, 'BAD_USER_INPUT', readTerritory(territory.id), /^Saisie invalide — /);
    }
    await as.admin.data(UPDATE_TERRITORY, { input: { id: territory.id, population: 1000 } });
    await expectRefused(as.admin, UPDATE_TERRITORY, { input: { id: territory.id, expectedVersion: 1, population: 5 } }, 'CONFLICT', readTerritory(territory.id), /modifié/);
    expect(await as.admin.errorCode(UPDATE_TERRITORY, { input: { id: UNKNOWN, population: 5 } })).toBe('NOT_FOUND');
    expect(await as.admin.errorCode(ARCHIVE_TERRITORY, { id: UNKNOWN })).toBe('NOT_FOUND');
  });
});

const ORGANIZATIONS = `query ($search: String, $kinds: [OrganizationKind!], $offset: Int! = 0, $limit: Int! = 50, $includeArchived: Boolean! = false) {
  organizations(search: $search, kinds: $kinds, offset: $offset, limit: $limit, includeArchived: $includeArchived) { totalCount hasMore items { id name } } }`;
const ORGANIZATION = `query ($id: ID!) { organization(id: $id) { id name acronym kind website version archivedAt } }`;
const CREATE_ORG = `mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id name acronym kind website } }`;
const UPDATE_ORG = `mutation ($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id name acronym website version } }`;
const ARCHIVE_ORG = `mutation ($id: ID!) { archiveOrganization(id: $id) { id archivedAt } }`;
const readOrganization = (id: string) => () => as.admin.data(ORGANIZATION, { id }).then((data) => data.organization);
const searchOrganizations = (search: string) => () => as.admin.data(ORGANIZATIONS, { search, includeArchived: true }).then((data) => data.organizations);

describe('organizations', () => {
  it('lists organisations by name to every signed-in person, filtered by name, acronym and kinds, page by page', async () => {
    const ds = server.services.dataSource;
    const label = tag();
    const coop = await buildOrganization(ds, { name: `Coop ${label}`, kind: OrganizationKind.COOPERATIVE, acronym: `SC${label}` });
    const asso = await buildOrganization(ds, { name: `Asso ${label}`, kind: OrganizationKind.ASSOCIATION });
    const mutual = await buildOrganization(ds, { name: `Mutuelle ${label}`, kind: OrganizationKind.MUTUAL });
    const all = (await as.outsider.data(ORGANIZATIONS, { search: label })).organizations;
    expect(all.items.map((o: { id: string }) => o.id)).toEqual([asso.id, coop.id, mutual.id]);
    const page = (await as.member.data(ORGANIZATIONS, { search: label, limit: 1, offset: 1 })).organizations;
    expect(page).toEqual({ totalCount: 3, hasMore: true, items: [{ id: coop.id, name: coop.name }] });
    const kinds = (await as.member.data(ORGANIZATIONS, { search: label, kinds: ['COOPERATIVE', 'MUTUAL'] })).organizations;
    expect(kinds.items.map((o: { id: string }) => o.id)).toEqual([coop.id, mutual.id]);
    expect((await as.member.data(ORGANIZATIONS, { search: `sc${label}` })).organizations.items).toEqual([{ id: coop.id, name: coop.name }]);
    expect((await as.observer.data(ORGANIZATION, { id: coop.id })).organization).toMatchObject({ name: coop.name, kind: 'COOPERATIVE' });
    expect(await as.member.errorCode(ORGANIZATION, { id: UNKNOWN })).toBe('NOT_FOUND');
    expect(await as.anonymous.errorCode(ORGANIZATIONS)).toBe('UNAUTHENTICATED');
    expect(await as.anonymous.errorCode(ORGANIZATION, { id: coop.id })).toBe('UNAUTHENTICATED');
  });

  it('lets an admin and any facilitator of some body (chair, co-chair, secretary) create and change organisations', async () => {
    for (const role of ['admin', 'chair', 'coChair', 'secretary', 'elsewhereSecretary'] as const) {
      const name = `Régie de quartier ${tag()}`;
      const { createOrganization } = await as[role].data(CREATE_ORG, { input: { name, kind: 'ASSOCIATION', website: 'https://regie.example.org' } });
      expect(createOrganization).toMatchObject({ name, kind: 'ASSOCIATION', acronym: null, website: 'https://regie.example.org' });
      const { updateOrganization } = await as[role].data(UPDATE_ORG, { input: { id: createOrganization.id, expectedVersion: 1, acronym: 'RQ' } });
      expect(updateOrganization).toMatchObject({ acronym: 'RQ', version: 2 });
    }
  });

  it('refuses members, observers and outsiders with FORBIDDEN and anonymous visitors with UNAUTHENTICATED', async () => {
    const organization = await buildOrganization(server.services.dataSource);
    const name = `Refusée ${tag()}`;
    for (const [role, code] of NOT_FACILITATORS) {
      await expectRefused(as[role], CREATE_ORG, { input: { name, kind: 'ASSOCIATION' } }, code, searchOrganizations(name));
      await expectRefused(as[role], UPDATE_ORG, { input: { id: organization.id, name } }, code, readOrganization(organization.id));
    }
  });

  it('lets only an admin archive an organisation, which then leaves the list unless asked for', async () => {
    const organization = await buildOrganization(server.services.dataSource);
    for (const [role, code] of [['coChair', 'FORBIDDEN'], ...NOT_ADMINS] as const) {
      await expectRefused(as[role], ARCHIVE_ORG, { id: organization.id }, code, readOrganization(organization.id));
    }
    expect((await as.admin.data(ARCHIVE_ORG, { id: organization.id })).archiveOrganization.archivedAt).not.toBeNull();
    expect((await as.member.data(ORGANIZATIONS, { search: organization.name })).organizations.totalCount).toBe(0);
    expect((await as.member.data(ORGANIZATIONS, { search: organization.name, includeArchived: true })).organizations.totalCount).toBe(1);
    expect(await as.admin.errorCode(ARCHIVE_ORG, { id: UNKNOWN })).toBe('NOT_FOUND');
  });

  it('refuses an invalid website with BAD_USER_INPUT, a duplicate name or a stale version with CONFLICT and an unknown id with NOT_FOUND', async () => {
    const [taken, organization] = [await buildOrganization(server.services.dataSource), await buildOrganization(server.services.dataSource)];
    const name = `Nouvelle ${tag()}`;
    for (const website of ['pas une adresse', 'ftp://files.example.org', 'javascript:alert(1)']) {
      await expectRefused(as.chair, CREATE_ORG, { input: { name, kind: 'ASSOCIATION', website } }, 'BAD_USER_INPUT', searchOrganizations(name), /website/);
      await expectRefused(as.chair, UPDATE_ORG, { input: { id: organization.id, website } }, 'BAD_USER_INPUT', readOrganization(organization.id), /website/);
    }
    await expectRefused(as.chair, CREATE_ORG, { input: { name: taken.name, kind: 'MUTUAL' } }, 'CONFLICT', searchOrganizations(taken.name));
    await expectRefused(as.chair, UPDATE_ORG, { input: { id: organization.id, name: taken.name } }, 'CONFLICT', readOrganization(organization.id));
    await as.secretary.data(UPDATE_ORG, { input: { id: organization.id, acronym: 'NEW' } });
    await expectRefused(as.chair, UPDATE_ORG, { input: { id: organization.id, expectedVersion: 1, acronym: 'OLD' } }, 'CONFLICT', readOrganization(organization.id), /modifié/);
    expect(await as.chair.errorCode(UPDATE_ORG, { input: { id: UNKNOWN, acronym: 'X' } })).toBe('NOT_FOUND');
  });
});
