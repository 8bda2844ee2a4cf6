import { type Client, createClient } from 'graphql-ws';
import { expect } from 'vitest';
import WebSocket from 'ws';
import { deferred, eventually } from './eventually';

/** A graphql-ws client over a real socket, sending the session cookie like a browser. */
export function connectWs(url: string, cookie: string | null, options: { origin?: string } = {}) {
  const closed = deferred<{ code: number; reason: string }>();
  class BrowserLikeWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers: cookie ? { cookie } : {}, origin: options.origin });
    }
  }
  const client = createClient({
    url,
    webSocketImpl: BrowserLikeWebSocket,
    lazy: false,
    retryAttempts: 0,
    onNonLazyError: () => {},
    on: {
      closed: (event) => {
        const { code, reason } = event as { code: number; reason: string };
        closed.resolve({ code, reason: String(reason) });
      },
    },
  });
  return { client, closed: closed.promise };
}

/** Collects what a subscription delivers, for assertions that wait without sleeping. */
export class Collector<T = any> {
  readonly received: T[] = [];
  readonly errors: unknown[] = [];
  completed = false;
  readonly stop: () => void;

  constructor(client: Client, query: string, variables: Record<string, unknown>) {
    this.stop = client.subscribe<T>(
      { query, variables },
      {
        next: (result) => (result.errors ? this.errors.push(result.errors) : this.received.push(result.data as T)),
        error: (error) => this.errors.push(error),
        complete: () => {
          this.completed = true;
        },
      },
    );
  }

  waitFor(count: number, timeoutMs = 5000) {
    return eventually(() => {
      expect(this.errors).toEqual([]);
      expect(this.received.length).toBeGreaterThanOrEqual(count);
      return this.received;
    }, timeoutMs);
  }

  waitForError(timeoutMs = 5000) {
    return eventually(() => {
      expect(this.errors.length).toBeGreaterThan(0);
      return this.errors[0];
    }, timeoutMs);
  }
}

export const PLAN_CHANGED = `
  subscription ($planId: ID!, $after: Int) {
    planChanged(planId: $planId, after: $after) {
      seq type actorId
      orientation { id title version }
      action { id title }
      membership { id personId endsOn }
      plan { id title }
    }
  }`;
