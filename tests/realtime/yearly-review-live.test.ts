import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { clientFor } from '../helpers/api-client';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { Collector, connectWs } from '../helpers/ws-client';
import { buildReviewWorld, OPEN_REVIEW, type ReviewWorld, SAVE_REPORT, SUBMIT_REPORT } from '../helpers/yearly-review';

let server: TestServer;
let world: ReviewWorld;
const cleanups: (() => unknown)[] = [];

beforeAll(async () => {
  server = await startTestServer();
  world = await buildReviewWorld(server.services.dataSource);
});
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});
afterAll(() => server.stop());

const REVIEW_CHANGED = `subscription ($planId: ID!, $after: Int) {
  planChanged(planId: $planId, after: $after) {
    seq type actorId
    yearlyReview { id year }
    partnerReport { id status reviewId organization { id } }
  }
}`;

async function subscribeAs(person: { email: string }) {
  const api = await clientFor(server.url, person);
  const { plan } = await api.data('query ($id: ID!) { plan(id: $id) { lastEventSeq } }', { id: world.plan.id });
  const { client } = connectWs(server.wsUrl, api.cookie);
  cleanups.push(() => client.dispose());
  const feed = new Collector(client, REVIEW_CHANGED, { planId: world.plan.id, after: plan.lastEventSeq });
  cleanups.push(feed.stop);
  return feed;
}

describe('yearly review on the plan stream', () => {
  it("tells every reader of the plan when the review opens and a partner's report is saved and submitted, in order; nothing for a refused change", async () => {
    const secretary = await clientFor(server.url, world.people.secretary);
    const member = await clientFor(server.url, world.people.member);
    const observer = await clientFor(server.url, world.people.observer);
    const secretaryFeed = await subscribeAs(world.people.secretary);
    const observerFeed = await subscribeAs(world.people.observer);
    const { openYearlyReview } = await secretary.data(OPEN_REVIEW, { planId: world.plan.id, year: 2024 });
    const report = openYearlyReview.reports.find((entry: { organization: { id: string } }) => entry.organization.id === world.partnerA.id);
    expect(await observer.errorCode(SAVE_REPORT, { input: { id: report.id, comments: 'refusé' } })).toBe('FORBIDDEN');
    await member.data(SAVE_REPORT, { input: { id: report.id, comments: 'Brouillon' } });
    await member.data(SUBMIT_REPORT, { id: report.id });
    for (const feed of [secretaryFeed, observerFeed]) {
      const events = (await feed.waitFor(5)).map((event) => event.planChanged);
      expect(events.map((event) => [event.type, event.actorId, event.partnerReport?.status ?? null])).toEqual([
        ['YEARLY_REVIEW_OPENED', world.people.secretary.id, null],
        ['PARTNER_REPORT_CHANGED', world.people.secretary.id, 'NOT_STARTED'],
        ['PARTNER_REPORT_CHANGED', world.people.secretary.id, 'NOT_STARTED'],
        ['PARTNER_REPORT_CHANGED', world.people.member.id, 'DRAFT'],
        ['PARTNER_REPORT_CHANGED', world.people.member.id, 'SUBMITTED'],
      ]);
      expect(events[0].yearlyReview).toEqual({ id: openYearlyReview.id, year: 2024 });
      expect(events[4].partnerReport).toEqual({ id: report.id, status: 'SUBMITTED', reviewId: openYearlyReview.id, organization: { id: world.partnerA.id } });
      expect(feed.received).toHaveLength(5);
    }
  });
});
