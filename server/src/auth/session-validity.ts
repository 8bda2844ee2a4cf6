import type { DataSource } from 'typeorm';

interface Known {
  valid: boolean;
  checkedAt: number;
  askedAt: number;
}

/**
 * Whether long-lived subscriptions' sessions still hold (not revoked, not expired, person still
 * active). Answers come from memory, refreshed at most every `ttlMs`; a refresh checks every
 * stale session at once, so a delivered event costs at most one query whatever the number of
 * subscribers.
 */
export class SessionValidity {
  private readonly known = new Map<string, Known>();
  private refreshing: Promise<void> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly ttlMs = 2000,
  ) {}

  /** A session this instance just revoked is invalid here at once (others notice on refresh). */
  forget(sessionId: string) {
    const now = Date.now();
    this.known.set(sessionId, { valid: false, checkedAt: now, askedAt: now });
  }

  async isValid(sessionId: string): Promise<boolean> {
    return (await this.validAmong([sessionId])).has(sessionId);
  }

  /** Which of these sessions still hold: one refresh at most, whatever their number. */
  async validAmong(sessionIds: readonly string[]): Promise<Set<string>> {
    const now = Date.now();
    for (const id of sessionIds) {
      const entry = this.known.get(id);
      if (entry) entry.askedAt = now;
      else this.known.set(id, { valid: false, checkedAt: 0, askedAt: now });
    }
    while (sessionIds.some((id) => this.isStale(this.known.get(id)!, now))) {
      this.refreshing ??= this.refresh().finally(() => (this.refreshing = null));
      await this.refreshing;
    }
    return new Set(sessionIds.filter((id) => this.known.get(id)!.valid));
  }

  private isStale(entry: Known, now: number) {
    return entry.checkedAt === 0 || entry.checkedAt + this.ttlMs < now;
  }

  private async refresh() {
    const now = Date.now();
    for (const [id, entry] of this.known) {
      // Sessions nobody asked about for a while belong to ended subscriptions.
      if (now - entry.askedAt > 10 * 60_000) this.known.delete(id);
    }
    const stale = [...this.known].filter(([, entry]) => this.isStale(entry, now)).map(([id]) => id);
    if (stale.length === 0) return;
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT s.id FROM sessions s JOIN people p ON p.id = s.person_id
        WHERE s.id = ANY($1) AND s.revoked_at IS NULL AND s.expires_at > now() AND p.archived_at IS NULL`,
      [stale],
    );
    const valid = new Set(rows.map((row) => row.id));
    for (const id of stale) {
      const entry = this.known.get(id);
      if (entry) Object.assign(entry, { valid: valid.has(id), checkedAt: now });
    }
  }
}
