import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemberRole } from '../../server/src/bodies/membership.entity';
import { Person } from '../../server/src/people/person.entity';
import { ApiClient, clientFor } from '../helpers/api-client';
import { ARCHIVE_COMMITMENT, COMMITMENT, CREATE_COMMITMENT, RECORD_PROGRESS, UPDATE_COMMITMENT } from '../helpers/commitments';
import { buildBody, buildOrganization, buildPerson, buildWorld, seat, type World } from '../helpers/factories';
import { startTestServer, type TestServer } from '../helpers/test-server';

let server: TestServer;
let world: World;
let partnerId: string;
/** Everyone with a say, or none, over the partner's commitments. */
let as: Record<
  | 'admin' | 'chair' | 'secretary' | 'otherBodySecretary' | 'partnerMember' | 'partnerObserver' | 'partnerOutsider'
  | 'responsible' | 'otherMember' | 'observer' | 'outsider' | 'otherPlanChair' | 'anonymous',
  ApiClient
>;
let responsibleId: string;

beforeAll(async () => {
  server = await startTestServer();
  const ds = server.services.dataSource;
  world = await buildWorld(ds);
  partnerId = (await buildOrganization(ds)).id;
  const otherOrganization = await buildOrganization(ds);
  // The world's member and observer speak for the partner; another member for someone else.
  await ds.getRepository(Person).update({ id: world.people.member.id }, { organizationId: partnerId });
  await ds.getRepository(Person).update({ id: world.people.observer.id }, { organizationId: partnerId });
  const technical = await buildBody(ds, { planId: world.plan.id });
  const otherBodySecretary = await buildPerson(ds);
  await seat(ds, otherBodySecretary, technical, MemberRole.SECRETARY);
  const otherMember = await buildPerson(ds, { organizationId: otherOrganization.id });
  await seat(ds, otherMember, world.body, MemberRole.MEMBER);
  const responsible = await buildPerson(ds, { organizationId: otherOrganization.id });
  await seat(ds, responsible, technical, MemberRole.MEMBER);
  responsibleId = responsible.id;
  const partnerOutsider = await buildPerson(ds, { organizationId: partnerId });
  const otherPlan = await buildWorld(ds);
  const clients = {
    admin: world.people.admin,
    chair: world.people.chair,
    secretary: world.people.secretary,
    otherBodySecretary,
    partnerMember: world.people.member,
    partnerObserver: world.people.observer,
    partnerOutsider,
    responsible,
    otherMember,
    observer: await seatedObserver(),
    outsider: world.people.outsider,
    otherPlanChair: otherPlan.people.chair,
  };
  as = { ...(Object.fromEntries(await Promise.all(Object.entries(clients).map(async ([key, person]) => [key, await clientFor(server.url, person)]))) as typeof as), anonymous: new ApiClient(server.url) };

  async function seatedObserver() {
    const person = await buildPerson(ds, { organizationId: otherOrganization.id });
    await seat(ds, person, world.body, MemberRole.OBSERVER);
    return person;
  }
});
afterAll(() => server.stop());

async function commitment(responsibleId?: string) {
  const input = { actionId: world.action.id, organizationId: partnerId, title: 'Accompagner dix porteurs de projets', accepted: true, responsibleId };
  return (await as.chair.data(CREATE_COMMITMENT, { input })).createCommitment;
}
const refusal = (client: ApiClient) => (client === as.anonymous ? 'UNAUTHENTICATED' : 'FORBIDDEN');

describe('who may record a commitment', () => {
  it('lets the facilitators of any body of the plan and admins record one', async () => {
    for (const client of [as.chair, as.secretary, as.otherBodySecretary, as.admin]) {
      const result = await client.request(CREATE_COMMITMENT, { input: { actionId: world.action.id, organizationId: partnerId, title: 'Engagement autorisé' } });
      expect(result.errors).toBeUndefined();
    }
  });

  it("refuses the partner's own people, members, observers, outsiders and other plans' chairs", async () => {
    const input = { actionId: world.action.id, organizationId: partnerId, title: 'Engagement refusé' };
    for (const client of [as.partnerMember, as.responsible, as.otherMember, as.observer, as.outsider, as.otherPlanChair, as.anonymous]) {
      expect(await client.errorCode(CREATE_COMMITMENT, { input })).toBe(refusal(client));
    }
    const [{ count }] = await server.services.dataSource.query("SELECT count(*)::int AS count FROM commitments WHERE title = 'Engagement refusé'");
    expect(count).toBe(0);
  });
});

describe('who may report progress', () => {
  it("lets the partner's people sitting in a body of the plan, the person answerable, facilitators and admins report", async () => {
    const { id } = await commitment(responsibleId);
    let progress = 0;
    for (const client of [as.partnerMember, as.responsible, as.chair, as.otherBodySecretary, as.admin]) {
      progress += 10;
      const result = await client.request(RECORD_PROGRESS, { input: { commitmentId: id, progress } });
      expect(result.errors).toBeUndefined();
    }
    const { commitment: read } = await as.chair.data(COMMITMENT, { id });
    expect(read.progressUpdates).toHaveLength(5);
    expect(read.progressUpdates[4].author.id).toBe(world.people.member.id);
  });

  it("refuses other members, the partner's observers and people outside the plan, and those of other plans", async () => {
    const { id } = await commitment();
    for (const client of [as.otherMember, as.partnerObserver, as.partnerOutsider, as.observer, as.outsider, as.otherPlanChair, as.anonymous]) {
      expect(await client.errorCode(RECORD_PROGRESS, { input: { commitmentId: id, progress: 50 } })).toBe(refusal(client));
    }
    expect((await as.chair.data(COMMITMENT, { id })).commitment).toMatchObject({ progress: 0, progressUpdates: [] });
  });
});

describe('who may change and archive a commitment', () => {
  it("lets the partner's people change the details and who answers for it, not the terms", async () => {
    const { id } = await commitment();
    const named = world.people.member.id;
    const { updateCommitment } = await as.partnerMember.data(UPDATE_COMMITMENT, { input: { id, details: 'Deux sessions par mois', responsibleId: named } });
    expect(updateCommitment.details).toBe('Deux sessions par mois');
    for (const terms of [{ title: 'Accompagner deux porteurs' }, { dueOn: '2030-01-01' }, { organizationId: partnerId }, { actionId: world.action.id }, { decisionId: null }]) {
      expect(await as.partnerMember.errorCode(UPDATE_COMMITMENT, { input: { id, ...terms } })).toBe('FORBIDDEN');
    }
    expect((await as.chair.data(UPDATE_COMMITMENT, { input: { id, dueOn: '2030-01-01' } })).updateCommitment.dueOn).toBe('2030-01-01');
    for (const client of [as.otherMember, as.partnerObserver, as.outsider, as.anonymous]) {
      expect(await client.errorCode(UPDATE_COMMITMENT, { input: { id, details: 'Pirate' } })).toBe(refusal(client));
    }
    expect((await as.chair.data(COMMITMENT, { id })).commitment).toMatchObject({ details: 'Deux sessions par mois', responsible: { id: named } });
  });

  it('lets only facilitators and admins archive', async () => {
    const { id } = await commitment();
    for (const client of [as.partnerMember, as.responsible, as.observer, as.outsider, as.anonymous]) {
      expect(await client.errorCode(ARCHIVE_COMMITMENT, { id, reason: 'Doublon' })).toBe(refusal(client));
    }
    expect((await as.secretary.data(ARCHIVE_COMMITMENT, { id, reason: 'Doublon' })).archiveCommitment.archiveReason).toBe('Doublon');
    expect((await as.admin.data(ARCHIVE_COMMITMENT, { id: (await commitment()).id, reason: 'Doublon' })).archiveCommitment.archivedAt).not.toBeNull();
  });
});

describe('who may read commitments', () => {
  const RIGHTS = `query ($id: ID!) { commitment(id: $id) { id viewerCanReport viewerCanSteer } }`;
  const LEDGER = `query ($planId: ID!) { commitments(planId: $planId) { totalCount } commitmentSummary(planId: $planId) { total } }`;

  it("lets the plan's readers read, each told what they may do, and refuses the others", async () => {
    const { id } = await commitment();
    const expected: [ApiClient, boolean, boolean][] = [
      [as.chair, true, true],
      [as.admin, true, true],
      [as.partnerMember, true, false],
      [as.partnerObserver, false, false],
      [as.otherMember, false, false],
      [as.observer, false, false],
    ];
    for (const [client, viewerCanReport, viewerCanSteer] of expected) {
      expect((await client.data(RIGHTS, { id })).commitment).toEqual({ id, viewerCanReport, viewerCanSteer });
      expect((await client.data(LEDGER, { planId: world.plan.id })).commitments.totalCount).toBeGreaterThan(0);
    }
    for (const client of [as.outsider, as.partnerOutsider, as.otherPlanChair, as.anonymous]) {
      expect(await client.errorCode(RIGHTS, { id })).toBe(refusal(client));
      expect(await client.errorCode(LEDGER, { planId: world.plan.id })).toBe(refusal(client));
    }
  });
});

