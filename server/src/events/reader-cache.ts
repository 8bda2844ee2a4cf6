/**
 * Remembers who may read a topic at a given event, so checking each delivered event against
 * each subscriber costs one query per event and process, not one per subscriber.
 */
export class ReaderCache {
  private readonly entries = new Map<string, Promise<Set<string>>>();

  constructor(
    private readonly loadReaders: (topic: string) => Promise<Set<string>>,
    private readonly capacity = 500,
  ) {}

  readersAt(topic: string, seq: number): Promise<Set<string>> {
    const key = `${topic}#${seq}`;
    let readers = this.entries.get(key);
    if (!readers) {
      readers = this.loadReaders(topic);
      readers.catch(() => this.entries.delete(key));
      this.entries.set(key, readers);
      if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    }
    return readers;
  }
}
