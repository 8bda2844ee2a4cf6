import type { DataSource, EntityManager } from 'typeorm';
import type { SignInLimiter } from '../auth/sign-in-limiter';
import type { Session } from '../auth/session.entity';
import type { SessionValidity } from '../auth/session-validity';
import type { EventBus } from '../events/event-bus';
import type { ReaderCache } from '../events/reader-cache';
import type { Person } from '../people/person.entity';
import type { PresenceHub } from '../room/presence';
import { Access } from './access';
import type { TrameConfig } from './config';
import { translateDatabaseError } from './database-errors';
import { createLoaders, type Loaders } from './loaders';

/** What one server instance shares between requests. */
export interface AppServices {
  dataSource: DataSource;
  bus: EventBus;
  presence: PresenceHub;
  readers: ReaderCache;
  sessions: SessionValidity;
  config: TrameConfig;
  signInLimiter: SignInLimiter;
}

/** Sets or clears the session cookie; over WebSocket there is no response to set it on. */
export interface CookieJar {
  setSession(token: string, expires: Date): void;
  clearSession(): void;
}

export interface Context {
  app: AppServices;
  viewer: Person | null;
  session: Session | null;
  access: Access;
  loaders: Loaders;
  cookies: CookieJar | null;
  clientAddress: string;
  userAgent: string | null;
}

export function buildContext(
  app: AppServices,
  auth: { viewer: Person | null; session: Session | null },
  request: { cookies: CookieJar | null; clientAddress: string; userAgent: string | null },
): Context {
  return {
    app,
    ...auth,
    ...request,
    access: new Access(app.dataSource, auth.viewer),
    loaders: createLoaders(app.dataSource),
  };
}

/**
 * A subscription keeps its context for hours: before each event it gets fresh loaders and
 * rights, so nothing it resolves is stale.
 */
export function refreshContext(context: Context) {
  context.loaders = createLoaders(context.app.dataSource);
  context.access = new Access(context.app.dataSource, context.viewer);
}

/** Runs work in one transaction; database constraint failures become readable errors. */
export async function inTransaction<T>(context: Context, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  try {
    return await context.app.dataSource.transaction(work);
  } catch (error) {
    throw translateDatabaseError(error);
  }
}
