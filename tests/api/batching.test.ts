import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientFor } from '../helpers/api-client';
import { buildAction, buildBody, buildOrganization, buildOrientation, buildPerson, buildPlan, seat } from '../helpers/factories';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { MemberRole } from '../../server/src/bodies/membership.entity';
import { ActionPartner } from '../../server/src/actions/action.entity';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const PLANS_DEEP = `query ($limit: Int!) {
  plans(limit: $limit) {
    totalCount
    items {
      id title lastEventSeq viewerCanEdit
      territory { name }
      orientations { title actions { title leadPartner { name } partners { name } orientation { number } } }
      bodies { name viewerCanManage memberships { role person { displayName organization { name } } organization { name } } }
    }
  }
}`;

/** A plan with two orientations of two actions each, partners, and a body of two members. */
async function buildRichPlan() {
  const ds = server.services.dataSource;
  const plan = await buildPlan(ds);
  const organization = await buildOrganization(ds);
  for (let index = 0; index < 2; index++) {
    const orientation = await buildOrientation(ds, { planId: plan.id });
    for (let position = 0; position < 2; position++) {
      const action = await buildAction(ds, { orientationId: orientation.id, position, leadPartnerId: organization.id });
      await ds.getRepository(ActionPartner).save({ actionId: action.id, organizationId: organization.id });
    }
  }
  const body = await buildBody(ds, { planId: plan.id });
  for (const role of [MemberRole.CHAIR, MemberRole.MEMBER]) {
    await seat(ds, await buildPerson(ds, { organizationId: organization.id }), body, role);
  }
  return plan;
}

async function statementsFor(limit: number) {
  const admin = await clientFor(server.url, await buildPerson(server.services.dataSource, { isAdmin: true }));
  const before = server.statements.count;
  const { plans } = await admin.data(PLANS_DEEP, { limit });
  return { statements: server.statements.count - before, plans };
}

describe('list queries are batched', () => {
  it('sends as many SQL statements for 50 plans as for 5, nested lists included', async () => {
    for (let index = 0; index < 50; index++) await buildRichPlan();
    const five = await statementsFor(5);
    const fifty = await statementsFor(50);
    expect(five.plans.items).toHaveLength(5);
    expect(fifty.plans.items).toHaveLength(50);
    expect(fifty.plans.items[49].orientations[1].actions[1].partners).toHaveLength(1);
    expect(fifty.plans.items[49].bodies[0].memberships).toHaveLength(2);
    expect(five.statements).toBeGreaterThan(5);
    expect(fifty.statements).toBe(five.statements);
  });
});
