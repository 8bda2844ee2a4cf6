interface Entry {
  readers: Promise<Set<string>>;
  loaded?: Set<string>;
}

/**
 * Remembers who may read a topic at a given event, so checking each delivered event against
 * each subscriber costs one query per event and process, not one per subscriber.
 */
export class ReaderCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly loadReaders: (topic: string) => Promise<Set<string>>,
    private readonly capacity = 500,
  ) {}

  readersAt(topic: string, seq: number): Promise<Set<string>> {
    const key = `${topic}#${seq}`;
    let entry = this.entries.get(key);
    if (!entry) {
      const created: Entry = {
        readers: this.loadReaders(topic).then((loaded) => (created.loaded = this.sameAsBefore(topic, seq, loaded))),
      };
      created.readers.catch(() => this.entries.delete(key));
      this.entries.set(key, (entry = created));
      if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    }
    return entry.readers;
  }

  /**
   * The previous event's set when nobody came or left since: a plan with thousands of readers
   * then costs one set for a run of events, not one per event.
   */
  private sameAsBefore(topic: string, seq: number, loaded: Set<string>) {
    const previous = this.entries.get(`${topic}#${seq - 1}`)?.loaded;
    if (!previous || previous.size !== loaded.size) return loaded;
    for (const id of loaded) if (!previous.has(id)) return loaded;
    return previous;
  }
}
