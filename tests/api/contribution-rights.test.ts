import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MeetingStatus } from '../../server/src/meetings/meeting.entity';
import { ApiClient, clientFor } from '../helpers/api-client';
import { buildMeeting, buildWorld, type World } from '../helpers/factories';
import { startTestServer, type TestServer } from '../helpers/test-server';

let server: TestServer;
let world: World;
let as: Record<keyof World['people'], ApiClient>;

beforeAll(async () => {
  server = await startTestServer();
  world = await buildWorld(server.services.dataSource);
  as = Object.fromEntries(
    await Promise.all(Object.entries(world.people).map(async ([role, person]) => [role, await clientFor(server.url, person)])),
  ) as typeof as;
});
afterAll(() => server.stop());

const MEETING = 'query ($id: ID!) { meeting(id: $id) { viewerCanContribute } }';
const PLAN = 'query ($id: ID!) { plan(id: $id) { viewerCanContribute } }';

const meeting = (status: MeetingStatus) => buildMeeting(server.services.dataSource, { bodyId: world.body.id, status });
const canContributeIn = async (client: ApiClient, meetingId: string) => (await client.data(MEETING, { id: meetingId })).meeting.viewerCanContribute;
const canContributeTo = async (client: ApiClient) => (await client.data(PLAN, { id: world.plan.id })).plan.viewerCanContribute;

describe('whether the viewer may contribute', () => {
  it('says members and facilitators contribute in a meeting in session, observers do not', async () => {
    const { id } = await meeting(MeetingStatus.IN_SESSION);
    expect(await canContributeIn(as.member, id)).toBe(true);
    expect(await canContributeIn(as.secretary, id)).toBe(true);
    expect(await canContributeIn(as.admin, id)).toBe(true);
    expect(await canContributeIn(as.observer, id)).toBe(false);
  });

  it('says nobody contributes in a meeting that is not in session', async () => {
    for (const status of [MeetingStatus.CONVENED, MeetingStatus.CLOSED]) {
      const { id } = await meeting(status);
      expect(await canContributeIn(as.member, id)).toBe(false);
      expect(await canContributeIn(as.chair, id)).toBe(false);
    }
  });

  it("says members contribute to the plan between meetings, observers do not, and outsiders cannot read it", async () => {
    expect(await canContributeTo(as.member)).toBe(true);
    expect(await canContributeTo(as.chair)).toBe(true);
    expect(await canContributeTo(as.observer)).toBe(false);
    expect(await as.outsider.errorCode(PLAN, { id: world.plan.id })).toBe('FORBIDDEN');
    expect(await new ApiClient(server.url).errorCode(PLAN, { id: world.plan.id })).toBe('UNAUTHENTICATED');
  });

  it('agrees with what the server then accepts: an observer told "no" is refused a post', async () => {
    const { id } = await meeting(MeetingStatus.IN_SESSION);
    const post = 'mutation ($input: PostContributionInput!) { postContribution(input: $input) { id } }';
    const input = (meetingId: string) => ({ id: crypto.randomUUID(), planId: world.plan.id, meetingId, kind: 'IDEA', text: 'Une idée' });
    expect(await as.observer.errorCode(post, { input: input(id) })).toBe('FORBIDDEN');
    expect((await as.member.data(post, { input: input(id) })).postContribution.id).toBeTruthy();
  });
});
