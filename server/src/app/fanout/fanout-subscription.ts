import type { Group } from './group';
import type { LiveConnection } from './live-subscriber';

const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

/**
 * One live subscription as graphql-ws holds it: an async iterator that yields nothing, because
 * the fan-out writes its `next` frames to the socket itself, and that ends when the fan-out
 * ends it (session revoked: graphql-ws then sends `complete`) or when graphql-ws calls
 * `return()` (the client completed it, or the socket closed).
 */
export class FanoutSubscription implements AsyncIterableIterator<never> {
  /** The seq of the last event this subscriber got (or skipped, not being a reader). */
  cursor: number;
  ended = false;
  catchingUp = false;
  /** `{"id":"<id>","type":"next","payload":`: the frame is this, a payload and `}`. */
  private readonly framePrefix: string;
  private pending: { resolve: (result: IteratorReturnResult<undefined>) => void; reject: (error: unknown) => void } | null = null;
  private failure: unknown = null;

  constructor(
    readonly connection: LiveConnection,
    id: string,
    readonly group: Group,
    cursor: number,
    private readonly onEnd: (subscription: FanoutSubscription) => void,
  ) {
    this.cursor = cursor;
    this.framePrefix = `{"id":${JSON.stringify(id)},"type":"next","payload":`;
  }

  /** Writes one `next` frame with an already serialised payload. */
  send(payload: string) {
    const { socket } = this.connection;
    if (socket.readyState === socket.OPEN) socket.send(this.framePrefix + payload + '}');
  }

  /** Ends the subscription from the server side. */
  end() {
    this.finish();
    this.pending?.resolve(DONE);
  }

  /** Ends it with an error, which graphql-ws sends as an `error` message. */
  fail(error: unknown) {
    if (this.ended) return;
    this.finish();
    if (this.pending) this.pending.reject(error);
    else this.failure = error;
  }

  next(): Promise<IteratorResult<never>> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.ended) return Promise.resolve(DONE);
    return new Promise((resolve, reject) => (this.pending = { resolve, reject }));
  }

  return(): Promise<IteratorResult<never>> {
    this.end();
    return Promise.resolve(DONE);
  }

  [Symbol.asyncIterator]() {
    return this;
  }

  private finish() {
    if (this.ended) return;
    this.ended = true;
    this.onEnd(this);
  }
}
