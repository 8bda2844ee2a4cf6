import type { DataSource } from 'typeorm';
import type { EventBus } from '../events/event-bus';
import { AWARENESS_CHANNEL } from './document-kind';
import { LiveQueue } from './live-queue';

/** One client's awareness state (caret, selection, name) as y-protocols encodes it, with who sent it. */
export interface AwarenessEntry {
  /** The Yjs client id. */
  c: string;
  /** The person's id and display name, as the server knows them (not as the client claims). */
  p: string;
  n: string;
  /** The encoded awareness update, base64. */
  u: string;
}

/** What instances NOTIFY each other about a document's awareness; never stored. */
export interface AwarenessNotice {
  k: string;
  m: AwarenessEntry[];
  /** Clients whose subscription ended: their carets go. */
  l?: string[];
}

/** NOTIFY payloads stop at 8000 bytes. */
const NOTICE_MAX = 7000;

/** Keeps the latest entry per client, and every departure. */
function fold(notices: AwarenessNotice[]): AwarenessNotice[] {
  const latest = new Map<string, AwarenessEntry>();
  const left = new Set<string>();
  for (const notice of notices) {
    for (const entry of notice.m) latest.set(entry.c, entry);
    for (const client of notice.l ?? []) left.add(client);
  }
  return [{ k: notices[0].k, m: [...latest.values()], l: [...left] }];
}

/**
 * Carries awareness (who is here, where their caret is) between server instances over NOTIFY,
 * gathered per document over a short window; nothing is stored, so a lost notice only means a
 * caret a moment late (clients re-announce themselves regularly).
 */
export class AwarenessRelay {
  private readonly queues = new Map<string, Set<LiveQueue<AwarenessNotice>>>();
  private readonly windows = new Map<string, Map<string, AwarenessEntry>>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly bus: EventBus,
    private readonly windowMs = 50,
  ) {}

  async start() {
    await this.bus.listenToChannel(AWARENESS_CHANNEL, (payload) => this.receive(payload));
  }

  /** The awareness notices of a document, from now on, for as long as the queue is read. */
  follow(key: string, onEnd: () => void = () => {}) {
    if (!this.queues.has(key)) this.queues.set(key, new Set());
    const queues = this.queues.get(key)!;
    const queue = new LiveQueue<AwarenessNotice>(() => {
      queues.delete(queue);
      if (queues.size === 0) this.queues.delete(key);
      onEnd();
    }, fold);
    queues.add(queue);
    return queue;
  }

  push(key: string, entry: AwarenessEntry) {
    let window = this.windows.get(key);
    if (!window) {
      window = new Map();
      this.windows.set(key, window);
      setTimeout(() => {
        this.windows.delete(key);
        this.sendEntries(key, [...window!.values()]);
      }, this.windowMs);
    }
    window.set(entry.c, entry);
  }

  left(key: string, clientId: string) {
    this.send({ k: key, m: [], l: [clientId] });
  }

  private sendEntries(key: string, entries: AwarenessEntry[]) {
    let batch: AwarenessEntry[] = [];
    let size = 0;
    for (const entry of entries) {
      const entrySize = JSON.stringify(entry).length;
      if (batch.length > 0 && size + entrySize > NOTICE_MAX) {
        this.send({ k: key, m: batch });
        batch = [];
        size = 0;
      }
      batch.push(entry);
      size += entrySize;
    }
    if (batch.length > 0) this.send({ k: key, m: batch });
  }

  private send(notice: AwarenessNotice) {
    if (!this.dataSource.isInitialized) return;
    this.dataSource.query('SELECT pg_notify($1, $2)', [AWARENESS_CHANNEL, JSON.stringify(notice)]).catch((error) => {
      console.error('awareness:', error);
    });
  }

  private receive(payload: string) {
    let notice: AwarenessNotice;
    try {
      notice = JSON.parse(payload) as AwarenessNotice;
    } catch {
      return;
    }
    for (const queue of this.queues.get(notice.k) ?? []) queue.push(notice);
  }
}
