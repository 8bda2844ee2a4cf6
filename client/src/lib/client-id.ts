/**
 * A random UUID (v4) chosen by the browser for a record it creates. `crypto.randomUUID` exists
 * only on secure pages (https or localhost): an instance served over plain http on a local
 * network falls back to `getRandomValues`, which exists everywhere.
 */
export function newClientId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Ids for a creation that may be sent again after a failure (a dropped connection may have
 * hidden a success): the same content gets the same id, so the server returns what it stored
 * instead of creating a second one; different content gets a new id.
 */
export function retryableId() {
  let pending: { id: string; key: string } | null = null;
  return {
    idFor(content: unknown) {
      const key = JSON.stringify(content);
      if (pending?.key !== key) pending = { id: newClientId(), key };
      return pending.id;
    },
    /** The creation succeeded: the next one is a new record. */
    done() {
      pending = null;
    },
  };
}
