import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemberRole, Membership } from '../../server/src/bodies/membership.entity';
import type { Person } from '../../server/src/people/person.entity';
import { ApiClient, clientFor } from '../helpers/api-client';
import { buildBody, buildOrganization, buildPerson, buildWorld, seat, type World } from '../helpers/factories';
import { startTestServer, type TestServer } from '../helpers/test-server';

type Role = keyof World['people'] | 'coChair' | 'anonymous';
let server: TestServer;
let world: World;
let coChair: Person;
const as = {} as Record<Role, ApiClient>;

beforeAll(async () => {
  server = await startTestServer();
  world = await buildWorld(server.services.dataSource);
  coChair = await buildPerson(server.services.dataSource);
  await seat(server.services.dataSource, coChair, world.body, MemberRole.CO_CHAIR);
  as.anonymous = new ApiClient(server.url);
  for (const [role, person] of Object.entries({ ...world.people, coChair })) as[role as Role] = await clientFor(server.url, person);
});
afterAll(() => server.stop());

const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const MANAGERS = ['chair', 'coChair', 'admin'] as const;
const REFUSED = [['secretary', 'FORBIDDEN'], ['member', 'FORBIDDEN'], ['observer', 'FORBIDDEN'], ['outsider', 'FORBIDDEN'], ['anonymous', 'UNAUTHENTICATED']] as const;

const BODY = `query ($id: ID!) { body(id: $id) { id name kind mission minMeetingsPerYear version archivedAt viewerCanManage plan { id }
  memberships { id role version person { id displayName } organization { name } } } }`;
const PLAN = `query ($id: ID!) { plan(id: $id) { id bodies { id name } } }`;
const CREATE_BODY = `mutation ($input: CreateBodyInput!) { createBody(input: $input) { id name kind mission minMeetingsPerYear plan { id } } }`;
const UPDATE_BODY = `mutation ($input: UpdateBodyInput!) { updateBody(input: $input) { id name mission minMeetingsPerYear version } }`;
const ARCHIVE_BODY = `mutation ($id: ID!) { archiveBody(id: $id) { id archivedAt } }`;
const ADD = `mutation ($input: AddMembershipInput!) { addMembership(input: $input) { id role startsOn endsOn body { id } person { id } organization { id } } }`;
const UPDATE_MEMBERSHIP = `mutation ($input: UpdateMembershipInput!) { updateMembership(input: $input) { id role version } }`;
const END = `mutation ($id: ID!) { endMembership(id: $id) { id endsOn } }`;

const readBody = (id: string) => () => as.admin.data(BODY, { id }).then((data) => data.body);
const readPlanBodies = () => as.admin.data(PLAN, { id: world.plan.id }).then((data) => data.plan.bodies);

/** A new body of the world's plan where the world's people (and the co-chair) sit with the same roles. */
async function freshBody() {
  const ds = server.services.dataSource;
  const body = await buildBody(ds, { planId: world.plan.id });
  const { chair, secretary, member, observer } = world.people;
  await seat(ds, chair, body, MemberRole.CHAIR);
  await seat(ds, coChair, body, MemberRole.CO_CHAIR);
  await seat(ds, secretary, body, MemberRole.SECRETARY);
  await seat(ds, member, body, MemberRole.MEMBER);
  await seat(ds, observer, body, MemberRole.OBSERVER);
  return body;
}

/** A person seated (as a member) in that body only, with a signed-in client. */
async function newcomerIn(body: { id: string }) {
  const ds = server.services.dataSource;
  const person = await buildPerson(ds);
  const membership = await ds.getRepository(Membership).save({ personId: person.id, bodyId: body.id, role: MemberRole.MEMBER, startsOn: '2021-01-01' });
  return { person, membership, client: await clientFor(server.url, person) };
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

describe('reading a body', () => {
  it('lists the members in force with their role, name and organisation, and tells who may manage it', async () => {
    const ds = server.services.dataSource;
    const body = await freshBody();
    const organization = await buildOrganization(ds);
    const represented = await buildPerson(ds, { organizationId: organization.id });
    const memberships = ds.getRepository(Membership);
    await memberships.save({ personId: represented.id, bodyId: body.id, role: MemberRole.MEMBER, organizationId: organization.id, startsOn: '2022-01-01' });
    await memberships.save({ personId: (await buildPerson(ds)).id, bodyId: body.id, role: MemberRole.MEMBER, startsOn: '2021-01-01', endsOn: '2022-01-01' });
    await memberships.save({ personId: (await buildPerson(ds)).id, bodyId: body.id, role: MemberRole.MEMBER, startsOn: '2999-01-01' });
    const seen = (await as.observer.data(BODY, { id: body.id })).body;
    const { chair, secretary, member, observer } = world.people;
    expect(seen.memberships.map((m: { role: string; person: { displayName: string }; organization: unknown }) => [m.role, m.person.displayName, m.organization])).toEqual([
      ['CHAIR', chair.displayName, null],
      ['CO_CHAIR', coChair.displayName, null],
      ['MEMBER', member.displayName, null],
      ['MEMBER', represented.displayName, { name: organization.name }],
      ['OBSERVER', observer.displayName, null],
      ['SECRETARY', secretary.displayName, null],
    ]);
    expect(seen).toMatchObject({ name: body.name, plan: { id: world.plan.id }, viewerCanManage: false });
    for (const [role, canManage] of [['chair', true], ['coChair', true], ['admin', true], ['secretary', false], ['member', false]] as const) {
      expect((await as[role].data(BODY, { id: body.id })).body.viewerCanManage).toBe(canManage);
    }
  });

  it('answers FORBIDDEN to an outsider, UNAUTHENTICATED to an anonymous visitor and NOT_FOUND to unknown ids', async () => {
    expect(await as.outsider.errorCode(BODY, { id: world.body.id })).toBe('FORBIDDEN');
    expect(await as.anonymous.errorCode(BODY, { id: world.body.id })).toBe('UNAUTHENTICATED');
    expect(await as.member.errorCode(BODY, { id: UNKNOWN })).toBe('NOT_FOUND');
    expect(await as.member.errorCode(BODY, { id: 'not-an-id' })).toBe('NOT_FOUND');
  });
});

describe('creating, changing and archiving a body', () => {
  it('lets an admin create a body, with one meeting a year and no mission by default, listed in the plan', async () => {
    const input = { planId: world.plan.id, kind: 'TECHNICAL_COMMITTEE', name: 'Comité technique ESS' };
    const { createBody } = await as.admin.data(CREATE_BODY, { input });
    expect(createBody).toMatchObject({ kind: input.kind, name: input.name, mission: '', minMeetingsPerYear: 1, plan: { id: world.plan.id } });
    expect(await readPlanBodies()).toContainEqual({ id: createBody.id, name: input.name });
  });

  it('refuses to create a body for anyone but an admin, and refuses bad input', async () => {
    const input = { planId: world.plan.id, kind: 'PROJECT_GROUP', name: 'Groupe projet' };
    for (const [role, code] of [['chair', 'FORBIDDEN'], ['coChair', 'FORBIDDEN'], ...REFUSED] as const) {
      await expectRefused(as[role], CREATE_BODY, { input }, code, readPlanBodies);
    }
    for (const bad of [{ minMeetingsPerYear: -1 }, { minMeetingsPerYear: 53 }, { name: 'x' }]) {
      await expectRefused(as.admin, CREATE_BODY, { input: { ...input, ...bad } }, 'BAD_USER_INPUT', readPlanBodies, /^Saisie invalide — (minMeetingsPerYear|name): /);
    }
    expect(await as.admin.errorCode(CREATE_BODY, { input: { ...input, planId: UNKNOWN } })).toBe('NOT_FOUND');
  });

  it('lets the chair, a co-chair and an admin of the body change it', async () => {
    const body = await freshBody();
    const changes = { chair: { name: 'COPIL renouvelé' }, coChair: { mission: 'Suivre le plan' }, admin: { minMeetingsPerYear: 4 } };
    for (const role of MANAGERS) await as[role].data(UPDATE_BODY, { input: { id: body.id, ...changes[role] } });
    expect(await readBody(body.id)()).toMatchObject({ name: 'COPIL renouvelé', mission: 'Suivre le plan', minMeetingsPerYear: 4, version: body.version + 3 });
  });

  it("refuses its secretary, members, observers, outsiders and other bodies' chairs with FORBIDDEN, anonymous visitors with UNAUTHENTICATED", async () => {
    const body = await freshBody();
    for (const [role, code] of REFUSED) await expectRefused(as[role], UPDATE_BODY, { input: { id: body.id, name: `Nom de ${role}` } }, code, readBody(body.id));
    const unseated = await buildBody(server.services.dataSource, { planId: world.plan.id });
    await expectRefused(as.chair, UPDATE_BODY, { input: { id: unseated.id, name: 'Pas le mien' } }, 'FORBIDDEN', readBody(unseated.id));
  });

  it('refuses a cadence out of 0–52 with BAD_USER_INPUT, a stale version with CONFLICT and an unknown body with NOT_FOUND', async () => {
    const body = await freshBody();
    for (const minMeetingsPerYear of [-1, 53]) {
      await expectRefused(as.chair, UPDATE_BODY, { input: { id: body.id, minMeetingsPerYear } }, 'BAD_USER_INPUT', readBody(body.id), /minMeetingsPerYear/);
    }
    await as.chair.data(UPDATE_BODY, { input: { id: body.id, expectedVersion: body.version, mission: 'Première' } });
    await expectRefused(as.coChair, UPDATE_BODY, { input: { id: body.id, expectedVersion: body.version, mission: 'Périmée' } }, 'CONFLICT', readBody(body.id), /modifié/);
    expect(await as.admin.errorCode(UPDATE_BODY, { input: { id: UNKNOWN, name: 'Aucun' } })).toBe('NOT_FOUND');
  });

  it('lets only an admin archive a body: it leaves the plan, and who sat only there loses access to the plan', async () => {
    const body = await freshBody();
    const newcomer = await newcomerIn(body);
    expect((await newcomer.client.data(PLAN, { id: world.plan.id })).plan.id).toBe(world.plan.id);
    for (const [role, code] of [['chair', 'FORBIDDEN'], ['coChair', 'FORBIDDEN'], ...REFUSED] as const) {
      await expectRefused(as[role], ARCHIVE_BODY, { id: body.id }, code, readBody(body.id));
    }
    expect((await as.admin.data(ARCHIVE_BODY, { id: body.id })).archiveBody.archivedAt).not.toBeNull();
    expect((await readPlanBodies()).map((b: { id: string }) => b.id)).not.toContain(body.id);
    expect(await newcomer.client.errorCode(PLAN, { id: world.plan.id })).toBe('FORBIDDEN');
    expect(await as.admin.errorCode(ARCHIVE_BODY, { id: UNKNOWN })).toBe('NOT_FOUND');
  });
});

describe('adding a member', () => {
  it("lets the chair seat a person with a role, for their own organisation by default, which opens the plan to them", async () => {
    const ds = server.services.dataSource;
    const body = await freshBody();
    const [own, other] = [await buildOrganization(ds), await buildOrganization(ds)];
    const [first, second] = [await buildPerson(ds, { organizationId: own.id }), await buildPerson(ds, { organizationId: own.id })];
    const firstClient = await clientFor(server.url, first);
    expect(await firstClient.errorCode(PLAN, { id: world.plan.id })).toBe('FORBIDDEN');
    const { addMembership } = await as.chair.data(ADD, { input: { bodyId: body.id, personId: first.id, role: 'SECRETARY' } });
    expect(addMembership).toMatchObject({ role: 'SECRETARY', endsOn: null, body: { id: body.id }, person: { id: first.id }, organization: { id: own.id } });
    expect(addMembership.startsOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const explicit = (await as.chair.data(ADD, { input: { bodyId: body.id, personId: second.id, organizationId: other.id } })).addMembership;
    expect(explicit).toMatchObject({ role: 'MEMBER', organization: { id: other.id } });
    const { memberships } = await readBody(body.id)();
    expect(memberships).toContainEqual(expect.objectContaining({ id: addMembership.id, role: 'SECRETARY', organization: { name: own.name } }));
    expect((await firstClient.data(PLAN, { id: world.plan.id })).plan.id).toBe(world.plan.id);
  });

  it('lets a co-chair and an admin seat people too', async () => {
    const body = await freshBody();
    for (const role of ['coChair', 'admin'] as const) {
      const person = await buildPerson(server.services.dataSource);
      await as[role].data(ADD, { input: { bodyId: body.id, personId: person.id, role: 'OBSERVER' } });
      expect((await readBody(body.id)()).memberships).toContainEqual(expect.objectContaining({ role: 'OBSERVER', person: { id: person.id, displayName: person.displayName } }));
    }
  });

  it('refuses the secretary, members, observers and outsiders with FORBIDDEN and anonymous visitors with UNAUTHENTICATED', async () => {
    const body = await freshBody();
    const person = await buildPerson(server.services.dataSource);
    for (const [role, code] of REFUSED) await expectRefused(as[role], ADD, { input: { bodyId: body.id, personId: person.id } }, code, readBody(body.id));
  });

  it('refuses a person already seated with CONFLICT, an unknown person or body with NOT_FOUND and a deactivated account with BAD_USER_INPUT', async () => {
    const body = await freshBody();
    await expectRefused(as.chair, ADD, { input: { bodyId: body.id, personId: world.people.member.id, role: 'OBSERVER' } }, 'CONFLICT', readBody(body.id), /déjà membre/);
    await expectRefused(as.chair, ADD, { input: { bodyId: body.id, personId: UNKNOWN } }, 'NOT_FOUND', readBody(body.id));
    const archived = await buildPerson(server.services.dataSource, { archivedAt: new Date() });
    await expectRefused(as.chair, ADD, { input: { bodyId: body.id, personId: archived.id } }, 'BAD_USER_INPUT', readBody(body.id), /désactivé/);
    expect(await as.admin.errorCode(ADD, { input: { bodyId: UNKNOWN, personId: world.people.outsider.id } })).toBe('NOT_FOUND');
  });
});

describe('changing and ending a membership', () => {
  it('lets the chair, a co-chair and an admin change a role', async () => {
    const body = await freshBody();
    const { membership } = await newcomerIn(body);
    for (const [role, newRole] of [['chair', 'SECRETARY'], ['coChair', 'OBSERVER'], ['admin', 'CO_CHAIR']] as const) {
      expect((await as[role].data(UPDATE_MEMBERSHIP, { input: { id: membership.id, role: newRole } })).updateMembership.role).toBe(newRole);
    }
    expect((await readBody(body.id)()).memberships).toContainEqual(expect.objectContaining({ id: membership.id, role: 'CO_CHAIR', version: membership.version + 3 }));
  });

  it('refuses the secretary, members, observers and outsiders with FORBIDDEN and anonymous visitors with UNAUTHENTICATED', async () => {
    const body = await freshBody();
    const { membership } = await newcomerIn(body);
    for (const [role, code] of REFUSED) {
      await expectRefused(as[role], UPDATE_MEMBERSHIP, { input: { id: membership.id, role: 'CHAIR' } }, code, readBody(body.id));
      await expectRefused(as[role], END, { id: membership.id }, code, readBody(body.id));
    }
  });

  it('refuses a stale version with CONFLICT, an ended membership with BAD_USER_INPUT and an unknown one with NOT_FOUND', async () => {
    const body = await freshBody();
    const { membership } = await newcomerIn(body);
    await as.chair.data(UPDATE_MEMBERSHIP, { input: { id: membership.id, expectedVersion: membership.version, role: 'SECRETARY' } });
    await expectRefused(as.coChair, UPDATE_MEMBERSHIP, { input: { id: membership.id, expectedVersion: membership.version, role: 'OBSERVER' } }, 'CONFLICT', readBody(body.id));
    await as.chair.data(END, { id: membership.id });
    expect(await as.chair.errorCode(UPDATE_MEMBERSHIP, { input: { id: membership.id, role: 'OBSERVER' } })).toBe('BAD_USER_INPUT');
    expect(await as.admin.errorCode(UPDATE_MEMBERSHIP, { input: { id: UNKNOWN, role: 'OBSERVER' } })).toBe('NOT_FOUND');
    expect(await as.admin.errorCode(END, { id: UNKNOWN })).toBe('NOT_FOUND');
  });

  it('ends a membership today: the person leaves the body and, if it was their only seat, loses access to the plan', async () => {
    const body = await freshBody();
    const { person, membership, client } = await newcomerIn(body);
    expect((await client.data(PLAN, { id: world.plan.id })).plan.id).toBe(world.plan.id);
    const { endMembership } = await as.chair.data(END, { id: membership.id });
    expect(endMembership.endsOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((await readBody(body.id)()).memberships.map((m: { person: { id: string } }) => m.person.id)).not.toContain(person.id);
    expect(await client.errorCode(PLAN, { id: world.plan.id })).toBe('FORBIDDEN');
    expect((await as.chair.data(END, { id: membership.id })).endMembership.endsOn).toBe(endMembership.endsOn);
  });

  it('cancels a seat planned for later, so the person can be seated again', async () => {
    const body = await freshBody();
    const person = await buildPerson(server.services.dataSource);
    const planned = (await as.chair.data(ADD, { input: { bodyId: body.id, personId: person.id, startsOn: '2099-01-01' } })).addMembership;
    expect((await readBody(body.id)()).memberships.map((m: { id: string }) => m.id)).not.toContain(planned.id);
    expect((await as.chair.data(END, { id: planned.id })).endMembership.endsOn).toBe('2099-01-01');
    const again = (await as.chair.data(ADD, { input: { bodyId: body.id, personId: person.id } })).addMembership;
    expect((await readBody(body.id)()).memberships.map((m: { id: string }) => m.id)).toContain(again.id);
  });

  it('lets a co-chair or an admin end a seat, and keeps the plan open to someone who still sits in another of its bodies', async () => {
    const [first, second] = [await freshBody(), await freshBody()];
    const { person, membership, client } = await newcomerIn(first);
    const other = await server.services.dataSource.getRepository(Membership).save({ personId: person.id, bodyId: second.id, role: MemberRole.OBSERVER, startsOn: '2021-01-01' });
    await as.coChair.data(END, { id: membership.id });
    expect((await client.data(PLAN, { id: world.plan.id })).plan.id).toBe(world.plan.id);
    await as.admin.data(END, { id: other.id });
    expect(await client.errorCode(PLAN, { id: world.plan.id })).toBe('FORBIDDEN');
  });
});
