import type { DataSource } from 'typeorm';

/**
 * Whether a long-lived subscription's session still holds (not revoked, not expired, person
 * still active), re-checked at most every `ttlMs` per session so fan-out stays cheap.
 */
export class SessionValidity {
  private readonly checks = new Map<string, { valid: Promise<boolean>; at: number }>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly ttlMs = 2000,
  ) {}

  /** Drops what this instance knows of a session it just revoked, so it acts at once here. */
  forget(sessionId: string) {
    this.checks.delete(sessionId);
  }

  isValid(sessionId: string): Promise<boolean> {
    const cached = this.checks.get(sessionId);
    if (cached && Date.now() - cached.at < this.ttlMs) return cached.valid;
    const valid = this.dataSource
      .query(
        `SELECT 1 FROM sessions s JOIN people p ON p.id = s.person_id
          WHERE s.id = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND p.archived_at IS NULL`,
        [sessionId],
      )
      .then((rows: unknown[]) => rows.length > 0);
    this.checks.set(sessionId, { valid, at: Date.now() });
    if (this.checks.size > 10_000) this.checks.delete(this.checks.keys().next().value!);
    return valid;
  }
}
