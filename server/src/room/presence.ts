import { randomUUID } from 'node:crypto';
import { type DataSource, IsNull } from 'typeorm';
import { Attendance } from '../attendance/attendance.entity';
import { computeQuorum } from '../attendance/quorum';
import { GovernanceBody } from '../bodies/governance-body.entity';
import type { EventBus } from '../events/event-bus';
import { PRESENCE_CHANNEL } from '../events/topics';
import { Meeting } from '../meetings/meeting.entity';
import { RoomParticipant, RoomPresence } from './room.types';

export interface PresenceOptions {
  /** How often each instance lists its live connections. */
  heartbeatMs?: number;
  /** A connection not heard of for this long has left (its instance died). */
  expireMs?: number;
  /** Changes to one meeting are gathered this long, then sent as one RoomPresence. */
  coalesceMs?: number;
  onError?: (error: unknown) => void;
}

/** What instances NOTIFY: one connection joining or leaving, or the list of an instance's live connections. */
type Notice =
  | { instance: string; meetingId: string; connectionId: string; personId: string; present: boolean }
  | { instance: string; meetingId: string; heartbeat: [connectionId: string, personId: string][] };

interface Seen {
  personId: string;
  expiresAt: number;
}

/** How many connections one heartbeat lists: NOTIFY payloads stop at 8000 bytes. */
const HEARTBEAT_CHUNK = 60;

/**
 * Who is in which meeting room, merged across server instances: each instance announces its
 * connections joining and leaving over NOTIFY and lists them again on every heartbeat; an
 * entry nobody refreshes expires. Subscribers get one coalesced RoomPresence per burst.
 */
export class PresenceHub {
  readonly instance = randomUUID();
  private readonly local = new Map<string, { meetingId: string; personId: string }>();
  private readonly seen = new Map<string, Map<string, Seen>>();
  /** Connections that left: a heartbeat sent before the leave must not bring them back. */
  private readonly departed = new Map<string, number>();
  private readonly feeds = new Map<string, Set<PresenceFeed>>();
  private readonly pending = new Map<string, NodeJS.Timeout>();
  private readonly sending = new Set<Promise<unknown>>();
  private timers: NodeJS.Timeout[] = [];
  private readonly heartbeatMs: number;
  private readonly expireMs: number;
  private readonly coalesceMs: number;

  constructor(
    private readonly dataSource: DataSource,
    private readonly bus: EventBus,
    private readonly options: PresenceOptions = {},
  ) {
    this.heartbeatMs = options.heartbeatMs ?? 5000;
    this.expireMs = options.expireMs ?? 12_000;
    this.coalesceMs = options.coalesceMs ?? 500;
  }

  async start() {
    await this.bus.listenToChannel(PRESENCE_CHANNEL, (payload) => {
      try {
        this.receive(JSON.parse(payload) as Notice);
      } catch (error) {
        this.options.onError?.(error);
      }
    });
    this.timers = [setInterval(() => this.heartbeat(), this.heartbeatMs), setInterval(() => this.sweep(), 1000)];
    for (const timer of this.timers) timer.unref();
  }

  /** Says goodbye for this instance's connections, so the others need not wait for expiry. */
  async stop() {
    for (const timer of [...this.timers, ...this.pending.values()]) clearTimeout(timer);
    this.pending.clear();
    for (const feeds of this.feeds.values()) for (const feed of feeds) feed.end();
    await Promise.all(this.sending);
  }

  /** Puts a person in the room for as long as the returned stream of RoomPresence is read. */
  join(meetingId: string, personId: string): AsyncIterableIterator<RoomPresence> {
    const connectionId = randomUUID();
    this.local.set(connectionId, { meetingId, personId });
    const feed = new PresenceFeed(() => {
      this.local.delete(connectionId);
      this.feeds.get(meetingId)?.delete(feed);
      this.apply({ instance: this.instance, meetingId, connectionId, personId, present: false });
      this.send({ instance: this.instance, meetingId, connectionId, personId, present: false });
    });
    if (!this.feeds.has(meetingId)) this.feeds.set(meetingId, new Set());
    this.feeds.get(meetingId)!.add(feed);
    this.apply({ instance: this.instance, meetingId, connectionId, personId, present: true });
    this.send({ instance: this.instance, meetingId, connectionId, personId, present: true });
    return feed;
  }

  private receive(notice: Notice) {
    // This instance's own state is applied directly; its echoes could arrive out of order.
    if (notice.instance !== this.instance) this.apply(notice);
  }

  private apply(notice: Notice) {
    const now = Date.now();
    if (!this.seen.has(notice.meetingId)) this.seen.set(notice.meetingId, new Map());
    const room = this.seen.get(notice.meetingId)!;
    let changed = false;
    const refresh = (connectionId: string, personId: string) => {
      const key = `${notice.instance}:${connectionId}`;
      if (this.departed.has(key)) return;
      if (!room.has(key)) changed = true;
      room.set(key, { personId, expiresAt: now + this.expireMs });
    };
    if ('heartbeat' in notice) {
      for (const [connectionId, personId] of notice.heartbeat) refresh(connectionId, personId);
    } else if (notice.present) {
      refresh(notice.connectionId, notice.personId);
    } else {
      const key = `${notice.instance}:${notice.connectionId}`;
      this.departed.set(key, now + this.expireMs);
      changed = room.delete(key);
    }
    if (room.size === 0) this.seen.delete(notice.meetingId);
    if (changed) this.schedule(notice.meetingId);
  }

  private heartbeat() {
    const byMeeting = new Map<string, [string, string][]>();
    for (const [connectionId, { meetingId, personId }] of this.local) {
      if (!byMeeting.has(meetingId)) byMeeting.set(meetingId, []);
      byMeeting.get(meetingId)!.push([connectionId, personId]);
    }
    for (const [meetingId, connections] of byMeeting) {
      for (let start = 0; start < connections.length; start += HEARTBEAT_CHUNK) {
        const notice = { instance: this.instance, meetingId, heartbeat: connections.slice(start, start + HEARTBEAT_CHUNK) };
        this.apply(notice);
        this.send(notice);
      }
    }
  }

  private sweep() {
    const now = Date.now();
    for (const [key, until] of this.departed) if (until < now) this.departed.delete(key);
    for (const [meetingId, room] of this.seen) {
      let changed = false;
      for (const [key, entry] of room) {
        if (entry.expiresAt < now) changed = room.delete(key) || changed;
      }
      if (room.size === 0) this.seen.delete(meetingId);
      if (changed) this.schedule(meetingId);
    }
  }

  private send(notice: Notice) {
    const sent = this.dataSource
      .query('SELECT pg_notify($1, $2)', [PRESENCE_CHANNEL, JSON.stringify(notice)])
      .catch((error) => this.options.onError?.(error))
      .finally(() => this.sending.delete(sent));
    this.sending.add(sent);
  }

  /** Gathers a meeting's changes for a moment, then tells its subscribers on this instance once. */
  private schedule(meetingId: string) {
    if (this.pending.has(meetingId) || !this.feeds.get(meetingId)?.size) return;
    const timer = setTimeout(() => {
      this.pending.delete(meetingId);
      this.snapshot(meetingId)
        .then((presence) => {
          for (const feed of this.feeds.get(meetingId) ?? []) feed.push(presence);
        })
        .catch((error) => this.options.onError?.(error));
    }, this.coalesceMs);
    this.pending.set(meetingId, timer);
  }

  private async snapshot(meetingId: string): Promise<RoomPresence> {
    const personIds = [...new Set([...(this.seen.get(meetingId)?.values() ?? [])].map((entry) => entry.personId))];
    const people: RoomParticipant[] = personIds.length
      ? await this.dataSource.query('SELECT id, display_name AS "displayName" FROM people WHERE id = ANY($1) ORDER BY display_name, id', [
          personIds,
        ])
      : [];
    const meeting = await this.dataSource.getRepository(Meeting).findOneByOrFail({ id: meetingId });
    const [body, attendances] = await Promise.all([
      this.dataSource.getRepository(GovernanceBody).findOneByOrFail({ id: meeting.bodyId }),
      this.dataSource.getRepository(Attendance).find({ where: { meetingId, archivedAt: IsNull() } }),
    ]);
    return Object.assign(new RoomPresence(), {
      meetingId,
      people: people.map((person) => Object.assign(new RoomParticipant(), person)),
      count: people.length,
      quorumRequired: computeQuorum(attendances, body).required,
    });
  }
}

/**
 * One subscriber's stream: only the latest RoomPresence waits to be read, and ending it
 * (graphql-ws calls `return` when the socket closes) takes the person out of the room at once.
 */
class PresenceFeed implements AsyncIterableIterator<RoomPresence> {
  private latest: RoomPresence | null = null;
  private waiting: ((result: IteratorResult<RoomPresence>) => void) | null = null;
  private done = false;

  constructor(private readonly onEnd: () => void) {}

  push(presence: RoomPresence) {
    if (this.done) return;
    if (this.waiting) {
      this.waiting({ value: presence, done: false });
      this.waiting = null;
    } else {
      this.latest = presence;
    }
  }

  next(): Promise<IteratorResult<RoomPresence>> {
    if (this.latest) {
      const value = this.latest;
      this.latest = null;
      return Promise.resolve({ value, done: false });
    }
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => {
      this.waiting = resolve;
    });
  }

  end() {
    if (this.done) return;
    this.done = true;
    this.latest = null;
    this.onEnd();
    this.waiting?.({ value: undefined, done: true });
    this.waiting = null;
  }

  return(): Promise<IteratorResult<RoomPresence>> {
    this.end();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator]() {
    return this;
  }
}
