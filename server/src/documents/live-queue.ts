/**
 * One subscriber's queue of live messages, read as an async iterator. When a slow reader lets
 * more than `limit` messages wait, `collapse` folds them into one. Ending it (graphql-ws calls
 * `return` when the socket closes) runs `onEnd` once.
 */
export class LiveQueue<T> implements AsyncIterableIterator<T> {
  private readonly waiting: T[] = [];
  private reader: ((result: IteratorResult<T>) => void) | null = null;
  private done = false;

  constructor(
    private readonly onEnd: () => void,
    private readonly collapse: (messages: T[]) => T[] = (messages) => messages,
    private readonly limit = 64,
  ) {}

  push(message: T) {
    if (this.done) return;
    if (this.reader) {
      this.reader({ value: message, done: false });
      this.reader = null;
      return;
    }
    this.waiting.push(message);
    if (this.waiting.length > this.limit) this.waiting.splice(0, this.waiting.length, ...this.collapse(this.waiting));
  }

  next(): Promise<IteratorResult<T>> {
    if (this.waiting.length > 0) return Promise.resolve({ value: this.waiting.shift()!, done: false });
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => {
      this.reader = resolve;
    });
  }

  end() {
    if (this.done) return;
    this.done = true;
    this.waiting.length = 0;
    this.onEnd();
    this.reader?.({ value: undefined, done: true });
    this.reader = null;
  }

  return(): Promise<IteratorResult<T>> {
    this.end();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator]() {
    return this;
  }
}

/**
 * The stream a subscription reads, built on a queue: graphql-ws calls `return` when the socket
 * closes, and a generator waiting for the queue would only see it at its next message, so
 * `return` ends the queue first.
 */
export function endable<T>(stream: AsyncGenerator<T>, queue: { end(): void }): AsyncIterableIterator<T> {
  return {
    next: () => stream.next(),
    return: (value?: unknown) => {
      queue.end();
      return stream.return(value as T);
    },
    throw: (error?: unknown) => stream.throw(error),
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
