import type { DocumentNode, GraphQLError } from 'graphql';

export type PreparedDocument = { document: DocumentNode; errors?: undefined } | { document?: undefined; errors: readonly GraphQLError[] };

/** Longer query texts are prepared each time rather than kept. */
const MAX_CACHED_LENGTH = 16 * 1024;

/**
 * Parsed and validated operations by query text, least recently used first out: thousands of
 * subscribers sending the same subscription share one document (and one validation).
 */
export class DocumentCache {
  private readonly entries = new Map<string, PreparedDocument>();

  constructor(
    private readonly prepare: (query: string) => PreparedDocument,
    private readonly capacity = 100,
  ) {}

  get(query: string): PreparedDocument {
    const cached = this.entries.get(query);
    if (cached) {
      this.entries.delete(query);
      this.entries.set(query, cached);
      return cached;
    }
    const prepared = this.prepare(query);
    if (query.length <= MAX_CACHED_LENGTH) {
      this.entries.set(query, prepared);
      if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    }
    return prepared;
  }
}
