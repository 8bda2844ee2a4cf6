/**
 * Reconnect storm: N followers of a meeting lose their connections at once while events keep
 * coming; each reconnects (after a random 50–500 ms, as the web client does) and resumes after
 * the last sequence number it had. Measured: the time until all are subscribed again and until
 * all have every event, with none lost or duplicated.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { ChildServer } from './processes';
import { seedSession } from './session-load';
import { SequenceClients, waitUntil } from './sequence-clients';

export interface ReconnectStormRow {
  followers: number;
  eventsPerSecond: number;
  resubscribedSeconds: number | null;
  caughtUpSeconds: number | null;
  lost: number;
  duplicated: number;
  reconnections: number;
}

export async function runReconnectStorm(server: ChildServer, databaseUrl: string, followersCount: number, eventsPerSecond: number, log: (line: string) => void) {
  const session = await seedSession(databaseUrl, followersCount);
  const httpUrl = `http://127.0.0.1:${server.port}/graphql`;
  const graphql = async (query: string, variables: Record<string, unknown>) => {
    const response = await fetch(httpUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: session.facilitatorCookie },
      body: JSON.stringify({ query, variables }),
    });
    return ((await response.json()) as any).data;
  };
  const lastSeq = async () => (await graphql('query ($id: ID!) { meeting(id: $id) { lastEventSeq } }', { id: session.meetingId })).meeting.lastEventSeq as number;
  const followers = new SequenceClients(`ws://127.0.0.1:${server.port}/graphql`, session.meetingId, session.cookies.slice(0, followersCount), await lastSeq());
  log(`reconnect storm: connecting ${followersCount} followers…`);
  await followers.connect();

  let writing = true;
  const writer = (async () => {
    while (writing) {
      const input = { id: randomUUID(), planId: session.planId, meetingId: session.meetingId, kind: 'IDEA', text: 'Une idée pendant la tempête' };
      await graphql('mutation ($input: PostContributionInput!) { postContribution(input: $input) { id } }', { input });
      await new Promise((resolve) => setTimeout(resolve, 1000 / eventsPerSecond));
    }
  })();
  try {
    await new Promise((resolve) => setTimeout(resolve, 2000));
    log('reconnect storm: dropping every connection at once…');
    const before = followers.totals();
    const dropped = performance.now();
    followers.cutAll();
    await waitUntil(() => followers.totals().reconnections - before.reconnections === followersCount, 10_000);
    const resubscribed = await waitUntil(() => followers.connected() === followersCount, 30_000);
    const resubscribedMs = resubscribed === null ? null : performance.now() - dropped;
    let target = await lastSeq();
    const caughtUp = await waitUntil(() => followers.caughtUp(target) === followersCount, 30_000, 50);
    const caughtUpMs = caughtUp === null ? null : performance.now() - dropped;
    writing = false;
    await writer;
    target = await lastSeq();
    await waitUntil(() => followers.caughtUp(target) === followersCount, 30_000);
    const after = followers.totals();
    const row: ReconnectStormRow = {
      followers: followersCount,
      eventsPerSecond,
      resubscribedSeconds: resubscribedMs === null ? null : Math.round(resubscribedMs / 100) / 10,
      caughtUpSeconds: caughtUpMs === null ? null : Math.round(caughtUpMs / 100) / 10,
      lost: after.gaps + (followersCount - followers.caughtUp(target)),
      duplicated: after.duplicates,
      reconnections: after.reconnections - before.reconnections,
    };
    log(`reconnect storm: all resubscribed in ${row.resubscribedSeconds} s, caught up in ${row.caughtUpSeconds} s, lost ${row.lost}, duplicated ${row.duplicated}`);
    return row;
  } finally {
    writing = false;
    await writer;
    await followers.close();
  }
}

export function reconnectStormTable(row: ReconnectStormRow) {
  return [
    '| followers dropped at once | events / s meanwhile | all resubscribed (s) | all caught up (s) | lost | duplicated | reconnections |',
    '|---:|---:|---:|---:|---:|---:|---:|',
    `| ${row.followers} | ${row.eventsPerSecond} | ${row.resubscribedSeconds ?? 'not within 30 s'} | ${row.caughtUpSeconds ?? 'not within 30 s'} | ${row.lost} | ${row.duplicated} | ${row.reconnections} |`,
  ].join('\n');
}
