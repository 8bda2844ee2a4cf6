/**
 * Session load: P participants post contributions, supports and ballots at a steady rate to
 * the N followers of one meeting, at rising rates, each held for a while. A rate holds when
 * the p99 delivery (event commit → receipt) stays under 100 ms, the server's event-loop lag
 * p99 under 50 ms, and no follower lost or got twice an event.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../../server/src/app/database';
import { seedWorld } from './database';
import type { ChildServer } from './processes';
import { SequenceClients, waitUntil } from './sequence-clients';

export interface SessionLoadSettings {
  followers: number;
  participants: number;
  rates: number[];
  seconds: number;
}

export interface SessionLoadRow {
  rate: number;
  achieved: number;
  events: number;
  deliveries: number;
  p50: number;
  p99: number;
  loopP99: number;
  lost: number;
  duplicated: number;
  failedMutations: number;
  holds: boolean;
}

const LIMITS = { p99Ms: 100, loopP99Ms: 50 };

/** Seeds the people, then puts the meeting in session on one item with everyone present. */
export async function seedSession(url: string, people: number) {
  const world = await seedWorld(url, people);
  const { dataSource } = await openDatabase(url);
  try {
    const [{ body_id: bodyId, plan_id: planId }] = await dataSource.query(
      'SELECT m.body_id, b.plan_id FROM meetings m JOIN governance_bodies b ON b.id = m.body_id WHERE m.id = $1',
      [world.meetingId],
    );
    const [item] = await dataSource.query(
      "INSERT INTO agenda_items (body_id, meeting_id, title, position, version) VALUES ($1, $2, 'Stratégie 2027', 0, 1) RETURNING id",
      [bodyId, world.meetingId],
    );
    await dataSource.query("UPDATE meetings SET status = 'IN_SESSION', current_item_id = $2 WHERE id = $1", [world.meetingId, item.id]);
    await dataSource.query(
      `INSERT INTO attendances (meeting_id, person_id, presence, response, voting, version)
       SELECT $1, person_id, 'PRESENT', 'ATTENDING', true, 1 FROM memberships WHERE body_id = $2`,
      [world.meetingId, bodyId],
    );
    return { ...world, planId: planId as string };
  } finally {
    await dataSource.destroy();
  }
}

type Session = Awaited<ReturnType<typeof seedSession>>;

/** Sends the participants' actions: mostly contributions, then supports of others' ones, then ballots. */
class Participants {
  private readonly contributions: { id: string; author: number }[] = [];
  private readonly supported = new Set<string>();
  private poll: { id: string; voted: Set<number> } | null = null;
  inFlight = 0;
  failed = 0;

  constructor(
    private readonly httpUrl: string,
    private readonly session: Session,
    private readonly count: number,
  ) {}

  private async graphql(cookie: string, query: string, variables: Record<string, unknown>) {
    this.inFlight += 1;
    try {
      const response = await fetch(this.httpUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ query, variables }),
      });
      const result = (await response.json()) as { data?: any; errors?: unknown[] };
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      return result.data;
    } catch (error) {
      this.failed += 1;
      if (this.failed <= 3) console.error('[bench] mutation failed:', String(error).slice(0, 300));
      return null;
    } finally {
      this.inFlight -= 1;
    }
  }

  async openPoll() {
    const id = randomUUID();
    const input = { id, meetingId: this.session.meetingId, question: 'Adopter cette orientation ?', method: 'CONSENT', options: null, secret: false };
    await this.graphql(this.session.facilitatorCookie, 'mutation ($input: OpenPollInput!) { openPoll(input: $input) { id } }', { input });
    this.poll = { id, voted: new Set() };
  }

  /** One action by a random participant. */
  act() {
    const who = Math.floor(Math.random() * this.count);
    const cookie = this.session.cookies[who];
    const roll = Math.random();
    if (roll < 0.1 && this.poll) {
      const poll = this.poll;
      if (poll.voted.size >= this.count * 0.9) {
        this.poll = null;
        void this.graphql(this.session.facilitatorCookie, 'mutation ($id: ID!) { closePoll(id: $id) { id } }', { id: poll.id }).then(() => this.openPoll());
        return;
      }
      let voter = who;
      while (poll.voted.has(voter)) voter = (voter + 1) % this.count;
      poll.voted.add(voter);
      const input = { id: randomUUID(), pollId: poll.id, choice: Math.random() < 0.8 ? 'AGREE' : 'ABSTAIN' };
      void this.graphql(this.session.cookies[voter], 'mutation ($input: CastBallotInput!) { castBallot(input: $input) { id } }', { input });
      return;
    }
    if (roll < 0.4 && this.contributions.length > 20) {
      for (let attempt = 0; attempt < 10; attempt++) {
        const target = this.contributions[Math.floor(Math.random() * this.contributions.length)];
        const key = `${who}:${target.id}`;
        if (target.author === who || this.supported.has(key)) continue;
        this.supported.add(key);
        void this.graphql(cookie, 'mutation ($id: ID!) { supportContribution(id: $id) { id } }', { id: target.id });
        return;
      }
    }
    const id = randomUUID();
    const kind = ['PROPOSAL', 'IDEA', 'QUESTION', 'OBJECTION'][Math.floor(Math.random() * 4)];
    const input = { id, planId: this.session.planId, meetingId: this.session.meetingId, kind, text: `Proposition ${id.slice(0, 8)} pour le plan` };
    void this.graphql(cookie, 'mutation ($input: PostContributionInput!) { postContribution(input: $input) { id } }', { input }).then(
      (data) => data && this.contributions.push({ id, author: who }),
    );
  }
}

async function lastSeq(httpUrl: string, session: Session) {
  const response = await fetch(httpUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: session.facilitatorCookie },
    body: JSON.stringify({ query: 'query ($id: ID!) { meeting(id: $id) { lastEventSeq } }', variables: { id: session.meetingId } }),
  });
  return ((await response.json()) as any).data.meeting.lastEventSeq as number;
}

/** Sends `rate` actions a second for `seconds`, on a steady clock (late ticks catch up). */
async function drive(participants: Participants, rate: number, seconds: number) {
  const started = performance.now();
  let sent = 0;
  while (performance.now() - started < seconds * 1000) {
    const due = Math.floor(((performance.now() - started) / 1000) * rate);
    // More than a second of work waiting for answers: the server is not keeping up.
    for (; sent < due; sent++) if (participants.inFlight < rate) participants.act();
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

export async function runSessionLoad(server: ChildServer, databaseUrl: string, settings: SessionLoadSettings, log: (line: string) => void) {
  const session = await seedSession(databaseUrl, Math.max(settings.followers, settings.participants));
  const httpUrl = `http://127.0.0.1:${server.port}/graphql`;
  const followers = new SequenceClients(`ws://127.0.0.1:${server.port}/graphql`, session.meetingId, session.cookies.slice(0, settings.followers), await lastSeq(httpUrl, session));
  log(`session load: connecting ${settings.followers} followers…`);
  await followers.connect();
  const participants = new Participants(httpUrl, session, settings.participants);
  await participants.openPoll();
  const rows: SessionLoadRow[] = [];
  try {
    for (const rate of settings.rates) {
      const first = await lastSeq(httpUrl, session);
      await waitUntil(() => followers.caughtUp(first) === followers.size, 30_000);
      followers.latencies.reset();
      const before = followers.totals();
      const failedBefore = participants.failed;
      await server.loopLag();
      log(`session load: ${rate} actions/s for ${settings.seconds} s…`);
      const started = performance.now();
      await drive(participants, rate, settings.seconds);
      await waitUntil(() => participants.inFlight === 0, 30_000);
      const elapsed = (performance.now() - started) / 1000;
      const loop = await server.loopLag();
      const last = await lastSeq(httpUrl, session);
      await waitUntil(() => followers.caughtUp(last) === followers.size, 30_000);
      const after = followers.totals();
      const events = last - first;
      const row: SessionLoadRow = {
        rate,
        achieved: Math.round(events / elapsed),
        events,
        deliveries: followers.latencies.count,
        p50: followers.latencies.percentile(50),
        p99: followers.latencies.percentile(99),
        loopP99: Math.round(loop.p99Ms * 10) / 10,
        lost: after.gaps - before.gaps + (followers.size - followers.caughtUp(last)),
        duplicated: after.duplicates - before.duplicates,
        failedMutations: participants.failed - failedBefore,
        holds: false,
      };
      row.holds = row.p99 < LIMITS.p99Ms && row.loopP99 < LIMITS.loopP99Ms && row.lost === 0 && row.duplicated === 0 && row.failedMutations === 0;
      rows.push(row);
      log(`session load: ${rate}/s → ${row.achieved} events/s, p99 ${row.p99} ms, loop p99 ${row.loopP99} ms, lost ${row.lost}, duplicated ${row.duplicated}: ${row.holds ? 'holds' : 'does not hold'}`);
      if (!row.holds) break;
    }
  } finally {
    await followers.close();
  }
  return rows;
}

export function sessionLoadTable(rows: SessionLoadRow[], settings: SessionLoadSettings) {
  const held = rows.filter((row) => row.holds).at(-1);
  const lines = [
    '| actions / s asked | events / s delivered | events | deliveries | delivery p50 (ms) | delivery p99 (ms) | server event-loop lag p99 (ms) | lost | duplicated | failed mutations | holds |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|:---:|',
    ...rows.map(
      (row) =>
        `| ${row.rate} | ${row.achieved} | ${row.events} | ${row.deliveries} | ${row.p50} | ${row.p99} | ${row.loopP99} | ${row.lost} | ${row.duplicated} | ${row.failedMutations} | ${row.holds ? 'yes' : 'no'} |`,
    ),
  ];
  const summary = held
    ? `Highest rate held for ${settings.seconds} s: **${held.achieved} events/s** (${held.rate} actions/s asked) to ${settings.followers} followers.`
    : 'No rate held.';
  return `${lines.join('\n')}\n\n- ${summary}`;
}
