import { currentSeq } from '../../events/event-log';
import { FanoutSubscription } from './fanout-subscription';
import type { LiveSubscriber } from './live-subscriber';
import { type FeedServices, TopicFeed } from './topic-feed';

/**
 * Live event-log subscriptions of this process (meetingChanged, planChanged), delivered per
 * topic by a TopicFeed: each event is read, checked and executed once per group of subscribers
 * who would get the same payload, serialised once, and written to each socket.
 */
export class Fanout {
  private readonly feeds = new Map<string, TopicFeed>();

  constructor(private readonly services: FeedServices) {}

  /** Subscribes from `after` (or from now on when null); graphql-ws holds what it returns. */
  async join(topic: string, subscriber: LiveSubscriber, after: number | null): Promise<FanoutSubscription> {
    const start = after ?? (await currentSeq(this.services.app.dataSource.manager, topic));
    const feed = this.feedOf(topic);
    const subscription = new FanoutSubscription(subscriber.connection, subscriber.id, feed.groupFor(subscriber), start, (ended) => feed.remove(ended));
    feed.add(subscription);
    try {
      await feed.ready;
    } catch (error) {
      subscription.end();
      throw error;
    }
    feed.catchUpIfBehind(subscription);
    return subscription;
  }

  /** Live subscriptions, groups and topics (read by the benchmark's leak check). */
  stats() {
    let subscriptions = 0;
    let groups = 0;
    for (const feed of this.feeds.values()) {
      subscriptions += feed.members.size;
      groups += feed.groups.size;
    }
    return { topics: this.feeds.size, groups, subscriptions };
  }

  private feedOf(topic: string) {
    let feed = this.feeds.get(topic);
    if (!feed) {
      feed = new TopicFeed(this.services, topic, (empty) => {
        if (this.feeds.get(topic) === empty) this.feeds.delete(topic);
      });
      this.feeds.set(topic, feed);
    }
    return feed;
  }
}
