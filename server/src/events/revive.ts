const DATE_FIELDS = ['createdAt', 'updatedAt', 'archivedAt', 'startsAt', 'endsAt', 'approvedAt', 'publishedAt', 'hiddenAt'];

/** Turns a record stored as JSON in an event payload back into an instance of its class. */
export function revive<T extends object>(type: new () => T, data: Record<string, unknown>): T {
  const record = Object.assign(new type(), data) as Record<string, unknown>;
  for (const field of DATE_FIELDS) {
    if (typeof record[field] === 'string') record[field] = new Date(record[field] as string);
  }
  return record as T;
}

/** Copies the records a payload carries onto an event object, by key. */
export function reviveSubjects(target: object, payload: Record<string, unknown>, subjects: Record<string, new () => object>) {
  for (const [key, type] of Object.entries(subjects)) {
    const data = payload[key];
    if (data) (target as Record<string, unknown>)[key] = revive(type, data as Record<string, unknown>);
  }
}
