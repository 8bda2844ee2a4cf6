import type { DataSource, EntityManager } from 'typeorm';
import type { SignInLimiter } from '../auth/sign-in-limiter';
import type { Session } from '../auth/session.entity';
import type { SessionValidity } from '../auth/session-validity';
import type { EventBus } from '../events/event-bus';
import type { ReaderCache } from '../events/reader-cache';
import type { Person } from '../people/person.entity';
import type { PresenceHub } from '../room/presence';
import { Access, activeRolesLoader } from './access';
import type { TrameConfig } from './config';
import { translateDatabaseError } from './database-errors';
import type { Fanout } from './fanout/fanout';
import type { LiveSubscriber } from './fanout/live-subscriber';
import { createLoaders, type Loaders } from './loaders';

/** What one server instance shares between requests. */
export interface AppServices {
  dataSource: DataSource;
  bus: EventBus;
  fanout: Fanout;
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
  /** Over WebSocket, the subscribe message being set up: event-log subscriptions join the fan-out with it. */
  subscriber?: LiveSubscriber;
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
    access: new Access(auth.viewer, activeRolesLoader(app.dataSource)),
    loaders: createLoaders(app.dataSource),
  };
}

/** Runs work in one transaction; database constraint failures become readable errors. */
export async function inTransaction<T>(context: Context, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  try {
    return await context.app.dataSource.transaction(work);
  } catch (error) {
    throw translateDatabaseError(error);
  }
}
