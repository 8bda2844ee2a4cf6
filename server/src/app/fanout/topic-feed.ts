import type { GraphQLError, GraphQLSchema } from 'graphql';
import type { EventRecord } from '../../events/event.entity';
import { currentSeq, readEvents } from '../../events/event-log';
import { activeRolesLoader } from '../access';
import type { AppServices } from '../context';
import { createLoaders } from '../loaders';
import type { FanoutSubscription } from './fanout-subscription';
import { Group, groupKey } from './group';
import type { LiveSubscriber } from './live-subscriber';
import { type EventScope, payloadsFor, renderShared } from './render';

/** Recent events kept in memory, so that a subscriber a little behind catches up without a query. */
const RECENT_EVENTS = 100;
/** How often the feed looks for a subscriber left behind (one that joined as an event went out). */
const SWEEP_MS = 1000;

export interface FeedServices {
  app: AppServices;
  schema: GraphQLSchema;
  formatErrors: (errors: readonly GraphQLError[]) => unknown[];
}

/**
 * One topic's subscribers in this process. The feed reads each event once from the bus and
 * delivers it to the subscribers that are up to date, with one session check and one readers
 * lookup for all of them and one execution per group. A subscriber behind (resuming from an
 * older `after`, or that joined while an event was on its way) catches up on its own from the
 * recent events or the table. Each subscriber's `cursor` is the last seq it got: an event is
 * only ever sent to a subscriber whose cursor is just before it, so nothing is sent twice or
 * out of order, whoever sends it.
 */
export class TopicFeed {
  readonly members = new Set<FanoutSubscription>();
  readonly groups = new Map<string, Group>();
  /** Every event up to this seq has been offered to every subscriber that was up to date. */
  private position = 0;
  private readonly recent: EventRecord[] = [];
  private readonly abort = new AbortController();
  readonly ready: Promise<void>;

  constructor(
    private readonly services: FeedServices,
    readonly topic: string,
    private readonly onEmpty: (feed: TopicFeed) => void,
  ) {
    this.ready = this.start();
    this.ready.catch(() => {});
    // A safety net: a subscriber left behind would otherwise wait for the topic's next event.
    const sweep = setInterval(() => {
      for (const member of this.members) this.catchUpIfBehind(member);
    }, SWEEP_MS);
    sweep.unref();
    this.abort.signal.addEventListener('abort', () => clearInterval(sweep));
  }

  /** The group of subscribers who would get the same payloads as this one. */
  groupFor(subscriber: LiveSubscriber) {
    const key = groupKey(subscriber);
    let group = this.groups.get(key);
    if (!group) {
      group = new Group(key, subscriber.document, subscriber.operationName, subscriber.variables);
      this.groups.set(key, group);
    }
    return group;
  }

  /** Adds a subscriber; it starts after its cursor. */
  add(member: FanoutSubscription) {
    this.members.add(member);
    member.group.members.add(member);
  }

  /** Called once the feed is ready: sends what the subscriber missed, if anything. */
  catchUpIfBehind(member: FanoutSubscription) {
    if (member.cursor < this.position) void this.catchUp(member);
  }

  remove(member: FanoutSubscription) {
    this.members.delete(member);
    member.group.members.delete(member);
    if (member.group.members.size === 0) this.groups.delete(member.group.key);
    if (this.members.size === 0) {
      this.abort.abort();
      this.onEmpty(this);
    }
  }

  private async start() {
    this.position = await currentSeq(this.services.app.dataSource.manager, this.topic);
    if (!this.abort.signal.aborted) void this.run();
  }

  private async run() {
    try {
      for await (const event of this.services.app.bus.subscribe(this.topic, this.position, this.abort.signal)) {
        await this.deliverLive(event);
      }
      // The bus stopped (the server is shutting down): the subscriptions end.
      for (const member of [...this.members]) member.end();
    } catch (error) {
      // The subscribers get the error and resubscribe from their last seq, to a new feed.
      this.abort.abort();
      this.onEmpty(this);
      for (const member of [...this.members]) member.fail(error);
    }
  }

  private async deliverLive(event: EventRecord) {
    this.recent.push(event);
    if (this.recent.length > RECENT_EVENTS) this.recent.shift();
    const upToDate = [...this.members].filter((member) => member.cursor === event.seq - 1);
    await this.deliver(event, upToDate);
    this.position = event.seq;
    for (const member of this.members) this.catchUpIfBehind(member);
  }

  /** One subscriber's missed events, in order, until it is up to date with the feed. */
  private async catchUp(member: FanoutSubscription) {
    if (member.catchingUp) return;
    member.catchingUp = true;
    try {
      while (!member.ended && member.cursor < this.position) {
        const events = this.recentAfter(member.cursor) ?? (await readEvents(this.services.app.dataSource.manager, this.topic, member.cursor));
        if (events.length === 0) break;
        for (const event of events) {
          if (member.ended) break;
          if (event.seq === member.cursor + 1) await this.deliver(event, [member]);
        }
      }
    } catch (error) {
      member.fail(error);
    } finally {
      member.catchingUp = false;
    }
  }

  private recentAfter(seq: number) {
    if (this.recent.length === 0 || this.recent[0].seq > seq + 1) return null;
    return this.recent.filter((event) => event.seq > seq);
  }

  /**
   * Sends one event to these subscribers: ends those whose session no longer holds, skips those
   * who may not read the topic any more, and sends the others their group's payload.
   */
  private async deliver(event: EventRecord, members: FanoutSubscription[]) {
    if (members.length === 0) return;
    const { app } = this.services;
    const checks = Promise.all([
      app.sessions.validAmong(members.map((member) => member.connection.session.id)),
      app.readers.readersAt(this.topic, event.seq),
    ]);
    // Each group's shared payload is computed while the checks run: it is all most groups need.
    const scope: EventScope = { ...this.services, loaders: createLoaders(app.dataSource), roles: activeRolesLoader(app.dataSource) };
    const shared = new Map<Group, Promise<string | null>>();
    for (const { group } of members) {
      if (shared.has(group)) continue;
      const rendering = renderShared(scope, group, event);
      rendering.catch(() => {}); // awaited below if the group has recipients
      shared.set(group, rendering);
    }
    const [validSessions, readers] = await checks;
    const byGroup = new Map<Group, FanoutSubscription[]>();
    for (const member of members) {
      if (member.ended || member.cursor !== event.seq - 1) continue;
      if (!validSessions.has(member.connection.session.id)) member.end();
      else if (!readers.has(member.connection.viewer.id)) member.cursor = event.seq;
      else {
        const recipients = byGroup.get(member.group);
        if (recipients) recipients.push(member);
        else byGroup.set(member.group, [member]);
      }
    }
    await Promise.all(
      [...byGroup].map(async ([group, recipients]) => {
        const payloadOf = await payloadsFor(scope, group, recipients, event, await shared.get(group)!);
        for (const member of recipients) {
          // Checked again: the subscriber may have left, or caught up by another path, meanwhile.
          if (member.ended || member.cursor !== event.seq - 1) continue;
          member.cursor = event.seq;
          member.send(payloadOf(member));
        }
      }),
    );
  }
}
