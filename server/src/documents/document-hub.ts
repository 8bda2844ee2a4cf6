import type { DataSource } from 'typeorm';
import * as Y from 'yjs';
import type { AppServices } from '../app/context';
import type { EventBus } from '../events/event-bus';
import { AwarenessRelay } from './awareness-relay';
import { DocumentBatcher } from './document-batcher';
import { DOCUMENT_CHANNEL, type DocumentKey, keyString } from './document-kind';
import { DocumentStore, PUBLISH_EVERY_MS, type UpdateNotice } from './document-store';
import type { DocumentTarget } from './document-targets';
import { LiveQueue } from './live-queue';

/** A stored update as delivered to subscribers; `whole` when it is the entire state (older updates were merged away). */
export interface DocumentMessage {
  seq: number;
  update: Uint8Array;
  clientIds: string[];
  whole: boolean;
}

interface Watched {
  key: DocumentKey;
  queues: Set<LiveQueue<DocumentMessage>>;
  delivered: number;
  reading: Promise<void> | null;
  readAgain: boolean;
}

const CATCH_UP_MS = 3000;
const READERS_TTL_MS = 2000;
const log = (error: unknown) => console.error('documents:', error);

/** A slow reader gets what waited as one merged update. */
function merge(messages: DocumentMessage[]): DocumentMessage[] {
  return [
    {
      seq: messages.at(-1)!.seq,
      update: Y.mergeUpdates(messages.map((message) => message.update)),
      clientIds: [...new Set(messages.flatMap((message) => message.clientIds))],
      whole: messages.some((message) => message.whole),
    },
  ];
}

/**
 * One server instance's side of co-editing: the store and the batcher, and the delivery of
 * stored updates to this instance's subscribers. Like the event bus, the table is the truth:
 * a NOTIFY carries a small update itself or says "read document X again"; a periodic catch-up
 * covers a lost one.
 */
export class DocumentHub {
  readonly store: DocumentStore;
  readonly batcher: DocumentBatcher;
  readonly awareness: AwarenessRelay;
  private readonly watched = new Map<string, Watched>();
  private readonly readers = new Map<string, { until: number; readers: Promise<Set<string>> }>();
  private readonly publishTimers = new Map<string, NodeJS.Timeout>();
  private catchUpTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly bus: EventBus,
  ) {
    this.store = new DocumentStore(dataSource, (target) => this.publishLater(target));
    this.batcher = new DocumentBatcher(this.store);
    this.awareness = new AwarenessRelay(dataSource, bus);
  }

  async start() {
    await this.bus.listenToChannel(DOCUMENT_CHANNEL, (payload) => this.receive(payload));
    await this.awareness.start();
    this.catchUpTimer = setInterval(() => this.catchUp(), CATCH_UP_MS);
    this.catchUpTimer.unref();
  }

  /** A document's stored updates from now on; it listens before returning, so read the state after. */
  async follow(key: DocumentKey): Promise<LiveQueue<DocumentMessage>> {
    const id = keyString(key);
    let watched = this.watched.get(id);
    if (!watched) {
      const entry: Watched = { key, queues: new Set(), delivered: 0, reading: null, readAgain: false };
      entry.reading = this.store
        .latestSeqs([key])
        .then((seqs) => {
          entry.delivered = seqs.get(id) ?? 0;
        })
        .catch(log)
        .finally(() => {
          entry.reading = null;
          if (entry.readAgain) this.wake(entry);
        });
      this.watched.set(id, entry);
      watched = entry;
    }
    const followed = watched;
    const queue = new LiveQueue<DocumentMessage>(() => {
      followed.queues.delete(queue);
      if (followed.queues.size === 0 && this.watched.get(id) === followed) this.watched.delete(id);
    }, merge);
    followed.queues.add(queue);
    await followed.reading;
    return queue;
  }

  /** Whether this person may still read the document: one query per document every few seconds, shared. */
  async mayRead(target: DocumentTarget, personId: string) {
    const id = keyString(target);
    let entry = this.readers.get(id);
    if (!entry || entry.until < Date.now()) {
      entry = { until: Date.now() + READERS_TTL_MS, readers: target.readers(this.dataSource) };
      entry.readers.catch(() => this.readers.delete(id));
      this.readers.set(id, entry);
    }
    return (await entry.readers).has(personId);
  }

  private receive(payload: string) {
    let notice: UpdateNotice;
    try {
      notice = JSON.parse(payload) as UpdateNotice;
    } catch {
      return;
    }
    const watched = this.watched.get(notice.k);
    if (!watched) return;
    if (!watched.reading && notice.u && notice.s === watched.delivered + 1) {
      watched.delivered = notice.s;
      this.emit(watched, { seq: notice.s, update: new Uint8Array(Buffer.from(notice.u, 'base64')), clientIds: notice.c, whole: false });
    } else if (notice.s > watched.delivered) {
      this.wake(watched);
    }
  }

  private emit(watched: Watched, message: DocumentMessage) {
    for (const queue of watched.queues) queue.push(message);
  }

  /** Reads the document's new updates from the table; one reader per document at a time. */
  private wake(watched: Watched) {
    if (watched.reading) {
      watched.readAgain = true;
      return;
    }
    watched.reading = (async () => {
      do {
        watched.readAgain = false;
        const stored = await this.store.updatesAfter(watched.key, watched.delivered);
        if (stored === null) {
          const state = await this.store.state(watched.key);
          watched.delivered = state.seq;
          this.emit(watched, { seq: state.seq, update: state.state, clientIds: [], whole: true });
        } else {
          for (const update of stored) {
            watched.delivered = update.seq;
            this.emit(watched, { ...update, whole: false });
          }
        }
      } while (watched.readAgain);
    })()
      .catch(log)
      .finally(() => {
        watched.reading = null;
        if (watched.readAgain) this.wake(watched);
      });
  }

  private catchUp() {
    if (!this.dataSource.isInitialized) {
      clearInterval(this.catchUpTimer!);
      return;
    }
    const now = Date.now();
    for (const [id, entry] of this.readers) if (entry.until < now) this.readers.delete(id);
    const watched = [...this.watched.values()];
    this.store
      .latestSeqs(watched.map((entry) => entry.key))
      .then((seqs) => {
        for (const entry of watched) if ((seqs.get(keyString(entry.key)) ?? 0) > entry.delivered) this.wake(entry);
      })
      .catch(log);
  }

  /** Announces a record's new text once the minimum interval has passed. */
  private publishLater(target: DocumentTarget) {
    const id = keyString(target);
    if (this.publishTimers.has(id)) return;
    const timer = setTimeout(() => {
      this.publishTimers.delete(id);
      if (this.dataSource.isInitialized) this.store.publishIfStale(target).catch(log);
    }, PUBLISH_EVERY_MS);
    timer.unref();
    this.publishTimers.set(id, timer);
  }
}

const hubs = new WeakMap<AppServices, Promise<DocumentHub>>();

/** This instance's hub, started on first use (it listens on the event bus's connection). */
export function documentHub(app: AppServices): Promise<DocumentHub> {
  let hub = hubs.get(app);
  if (!hub) {
    const created = new DocumentHub(app.dataSource, app.bus);
    hub = created.start().then(() => created);
    hub.catch(() => hubs.delete(app));
    hubs.set(app, hub);
  }
  return hub;
}
