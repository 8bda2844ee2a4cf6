import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoData } from '../../server/src/demo/load-demo-data';
import { ApiClient } from '../helpers/api-client';
import { startTestServer, type TestServer } from '../helpers/test-server';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
  await loadDemoData(server.services.dataSource);
});
afterAll(() => server.stop());

const LEDGER = `query ($planId: ID!) { commitments(planId: $planId, limit: 200) { totalCount items {
  title status progress late origin abandonReason organization { name } decision { text }
  progressUpdates { status note author { email } createdAt } history { kind actor { email } }
} } }`;

describe('the demo commitments', () => {
  it('hold every status, late ones, an abandoned one with its reason, and the timelines partners reported', async () => {
    const chair = await new ApiClient(server.url).signIn('presidence@trame.test', 'trame-presidence-2026');
    const { plans } = await chair.data('{ plans { items { id } } }');
    const { commitments } = await chair.data(LEDGER, { planId: plans.items[0].id });
    const items = commitments.items as {
      status: string; late: boolean; origin: string; abandonReason: string | null;
      progressUpdates: { createdAt: string; author: { email: string } }[]; history: { kind: string }[];
    }[];
    expect(new Set(items.map((item) => item.status))).toEqual(new Set(['PROPOSED', 'ACCEPTED', 'IN_PROGRESS', 'AT_RISK', 'DONE', 'ABANDONED']));
    expect(items.filter((item) => item.late).length).toBeGreaterThanOrEqual(2);
    expect(items.find((item) => item.status === 'ABANDONED')!.abandonReason).toMatch(/financement/);
    expect(items.some((item) => item.origin === 'DECISION')).toBe(true);
    for (const item of items) {
      const times = item.progressUpdates.map((entry) => new Date(entry.createdAt).getTime());
      expect(times).toEqual([...times].sort((a, b) => b - a));
      expect(item.history.at(-1)!.kind).toBe('CREATED');
      expect(item.history).toHaveLength(item.progressUpdates.length + 1);
    }
    const atRisk = items.find((item) => item.status === 'AT_RISK')!;
    expect(atRisk.progressUpdates[0].author.email).toBe('membre@trame.test');
    const member = await new ApiClient(server.url).signIn('membre@trame.test', 'trame-membre-2026');
    const { commitments: seen } = await member.data(`query ($planId: ID!) { commitments(planId: $planId, status: [AT_RISK]) { items { viewerCanReport } } }`, { planId: plans.items[0].id });
    expect(seen.items).toEqual([{ viewerCanReport: true }]);
  });
});
