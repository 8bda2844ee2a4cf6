import { EventEmitter, on } from 'node:events';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import type { EventRecord } from './event.entity';
import { currentSeq, readEvents, readNotice } from './event-log';
import { NOTIFY_CHANNEL } from './topics';

interface WatchedTopic {
  subscribers: number;
  deliveredSeq: number;
  reading: Promise<void> | null;
  readAgain: boolean;
}

export interface EventBusOptions {
  /** Connection string for the dedicated LISTEN connection. */
  databaseUrl: string;
  /** How often every watched topic is re-read, in case a notification was lost. */
  catchUpMs?: number;
  onError?: (error: unknown) => void;
}

/**
 * Delivers committed events to this process's subscribers. The events table is the source
 * of truth: NOTIFY carries the event when it fits (else it says "read topic X again"), a gap
 * in the sequence is read from the table, and a periodic catch-up covers a lost notification
 * or a dropped LISTEN connection.
 */
export class EventBus {
  private readonly emitter = new EventEmitter();
  private readonly topics = new Map<string, WatchedTopic>();
  private listener: pg.Client | null = null;
  private catchUpTimer: NodeJS.Timeout | null = null;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private stopped = false;
  /** Other NOTIFY channels heard on the same LISTEN connection (presence, for one). */
  private readonly channels = new Map<string, (payload: string) => void>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly options: EventBusOptions,
  ) {
    this.emitter.setMaxListeners(0);
  }

  async start() {
    await this.listen();
    this.catchUpTimer = setInterval(() => this.catchUpAll(), this.options.catchUpMs ?? 5000);
    this.catchUpTimer.unref();
  }

  async stop() {
    this.stopped = true;
    if (this.catchUpTimer) clearInterval(this.catchUpTimer);
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    await this.listener?.end().catch(() => {});
    this.emitter.emit('stop');
    await Promise.all([...this.topics.values()].map((topic) => topic.reading));
  }

  /** Drops the LISTEN connection, as a network failure would (used by tests). */
  dropListener() {
    this.listener?.emit('error', new Error('listener dropped'));
  }

  /**
   * Every event of `topic` after `afterSeq` (or from now on when null), in order, exactly
   * once: it starts listening before replaying from the table, then skips what it has seen
   * and fills any gap from the table.
   */
  async *subscribe(topic: string, afterSeq: number | null, signal?: AbortSignal): AsyncGenerator<EventRecord> {
    const abort = new AbortController();
    const stopAll = () => abort.abort();
    signal?.addEventListener('abort', stopAll);
    this.emitter.once('stop', stopAll);
    const live = on(this.emitter, topic, { signal: abort.signal }) as AsyncIterableIterator<[EventRecord]>;
    await this.watch(topic);
    try {
      let last = afterSeq ?? (await currentSeq(this.dataSource.manager, topic));
      for await (const missed of this.replay(topic, last, Number.MAX_SAFE_INTEGER)) {
        last = missed.seq;
        yield missed;
      }
      for await (const [event] of live) {
        if (event.seq <= last) continue;
        for await (const missed of this.replay(topic, last, event.seq - 1)) {
          last = missed.seq;
          yield missed;
        }
        last = event.seq;
        yield event;
      }
    } catch (error) {
      if (!abort.signal.aborted) throw error;
    } finally {
      signal?.removeEventListener('abort', stopAll);
      this.emitter.off('stop', stopAll);
      abort.abort();
      this.unwatch(topic);
    }
  }

  /**
   * Hands this channel's notifications to `handler`, on the bus's own LISTEN connection (kept
   * across reconnections). Nothing is replayed: the channel's users must tolerate a gap.
   */
  async listenToChannel(channel: string, handler: (payload: string) => void) {
    this.channels.set(channel, handler);
    await this.listener?.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
  }

  /** Stored events with afterSeq < seq <= upToSeq. */
  private async *replay(topic: string, afterSeq: number, upToSeq: number) {
    let last = afterSeq;
    while (last < upToSeq) {
      const batch = await readEvents(this.dataSource.manager, topic, last);
      for (const event of batch) {
        if (event.seq > upToSeq) return;
        last = event.seq;
        yield event;
      }
      if (batch.length === 0) return;
    }
  }

  private async watch(topic: string) {
    const watched = this.topics.get(topic);
    if (watched) {
      watched.subscribers += 1;
      return;
    }
    const entry: WatchedTopic = { subscribers: 1, deliveredSeq: 0, reading: null, readAgain: false };
    this.topics.set(topic, entry);
    entry.reading = currentSeq(this.dataSource.manager, topic)
      .then((seq) => {
        entry.deliveredSeq = seq;
      })
      .finally(() => {
        entry.reading = null;
        if (entry.readAgain) this.wake(topic);
      });
    await entry.reading;
  }

  private unwatch(topic: string) {
    const watched = this.topics.get(topic);
    if (watched && --watched.subscribers === 0) this.topics.delete(topic);
  }

  /**
   * Emits the event a notice carries when it is the next one and nothing is being read; reads
   * the table otherwise (a notice with the topic only, a gap, a read under way).
   */
  private notified(notice: string) {
    const { topic, event } = readNotice(notice);
    const watched = this.topics.get(topic);
    if (!watched) return;
    if (event && event.seq <= watched.deliveredSeq) return;
    if (event && !watched.reading && event.seq === watched.deliveredSeq + 1) {
      watched.deliveredSeq = event.seq;
      this.emitter.emit(topic, event);
    } else this.wake(topic);
  }

  /** Reads and emits the topic's new events; one reader per topic at a time. */
  private wake(topic: string) {
    const watched = this.topics.get(topic);
    if (!watched) return;
    if (watched.reading) {
      watched.readAgain = true;
      return;
    }
    watched.reading = (async () => {
      do {
        watched.readAgain = false;
        let batch: EventRecord[];
        do {
          batch = await readEvents(this.dataSource.manager, topic, watched.deliveredSeq);
          for (const event of batch) {
            watched.deliveredSeq = event.seq;
            this.emitter.emit(topic, event);
          }
        } while (batch.length > 0 && !this.stopped);
      } while (watched.readAgain && !this.stopped);
    })()
      .catch((error) => this.options.onError?.(error))
      .finally(() => {
        watched.reading = null;
        if (watched.readAgain && !this.stopped) this.wake(topic);
      });
  }

  private catchUpAll() {
    for (const topic of this.topics.keys()) this.wake(topic);
  }

  private async listen() {
    const client = new pg.Client({ connectionString: this.options.databaseUrl });
    client.on('notification', (message) => {
      if (!message.payload) return;
      if (message.channel === NOTIFY_CHANNEL) this.notified(message.payload);
      else this.channels.get(message.channel)?.(message.payload);
    });
    client.on('error', (error) => {
      this.options.onError?.(error);
      this.reconnect(client);
    });
    client.on('end', () => this.reconnect(client));
    await client.connect();
    await client.query(`LISTEN ${NOTIFY_CHANNEL}`);
    for (const channel of this.channels.keys()) await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    this.listener = client;
  }

  private reconnect(failed: pg.Client, delayMs = 200) {
    if (this.stopped || this.listener !== failed) return;
    this.listener = null;
    failed.end().catch(() => {});
    this.reconnectTimer = setTimeout(async () => {
      try {
        await this.listen();
        this.catchUpAll();
      } catch (error) {
        this.options.onError?.(error);
        this.listener = failed;
        this.reconnect(failed, Math.min(delayMs * 2, 5000));
      }
    }, delayMs);
  }
}
