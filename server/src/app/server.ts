import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { SESSION_COOKIE, authenticate } from '../auth/auth.service';
import { SessionValidity } from '../auth/session-validity';
import { SignInLimiter } from '../auth/sign-in-limiter';
import { EventBus } from '../events/event-bus';
import { registerEvidenceRoutes } from '../evidence/evidence.routes';
import { registerCalendarRoutes } from '../meetings/calendar.routes';
import { registerExportRoutes } from '../meetings/exports/export.routes';
import { registerReviewExportRoutes } from '../yearly-review/review-export.routes';
import { ReaderCache } from '../events/reader-cache';
import { PresenceHub } from '../room/presence';
import { topicReaders } from './access';
import { abuseRules, LIMITS } from './armor';
import type { TrameConfig } from './config';
import { type AppServices, buildContext, type CookieJar } from './context';
import { openDatabase } from './database';
import { formatError } from './errors';
import { Fanout } from './fanout/fanout';
import { errorFormatter, startWebSocketServer } from './websocket';

export interface TrameServer {
  url: string;
  port: number;
  services: AppServices;
  /** Counts SQL statements sent through the ORM (for the batching tests). */
  statements: { count: number };
  /** Open WebSocket connections and live event-log subscriptions (for leak checks). */
  live(): { connections: number; subscriptions: number };
  stop(): Promise<void>;
}

export interface StartOptions {
  config: TrameConfig;
  databaseUrl: string;
  schema: GraphQLSchema;
  clientDist?: string;
  log?: (line: string) => void;
}

/** HTTP and WebSocket on one port: Apollo at /graphql, graphql-ws on the same path, the client at /. */
export async function startServer({ config, databaseUrl, schema, clientDist, log = () => {} }: StartOptions): Promise<TrameServer> {
  const { dataSource, counter } = await openDatabase(databaseUrl);
  const bus = new EventBus(dataSource, { databaseUrl, onError: (error) => log(`event bus: ${String(error)}`) });
  await bus.start();
  const presence = new PresenceHub(dataSource, bus, { onError: (error) => log(`presence: ${String(error)}`) });
  await presence.start();
  const services = {
    dataSource,
    bus,
    presence,
    config,
    signInLimiter: new SignInLimiter(),
    readers: new ReaderCache((topic) => topicReaders(dataSource, topic)),
    sessions: new SessionValidity(dataSource, config.sessionCheckMs),
  } as AppServices;
  // The fan-out runs resolvers, whose context carries these very services.
  services.fanout = new Fanout({ app: services, schema, formatErrors: errorFormatter(config.exposeErrorDetails) });

  const app = express();
  app.set('trust proxy', process.env.TRAME_TRUST_PROXY ?? false);
  app.disable('x-powered-by');
  const httpServer = createServer(app);
  const webSocket = startWebSocketServer({ httpServer, schema, services });

  const apollo = new ApolloServer({
    schema,
    introspection: !config.production,
    includeStacktraceInErrorResponses: config.exposeErrorDetails,
    hideSchemaDetailsFromClientErrors: config.production,
    validationRules: abuseRules(config.production),
    parseOptions: { maxTokens: LIMITS.tokens },
    formatError: (formatted, error) => formatError(formatted, error, config.exposeErrorDetails),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      { serverWillStart: async () => ({ drainServer: () => webSocket.dispose() }) },
    ],
  });
  await apollo.start();

  app.get('/healthz', async (_request, response) => {
    try {
      await dataSource.query('SELECT 1');
      response.type('text').send('ok');
    } catch {
      response.status(503).type('text').send('database unavailable');
    }
  });

  registerCalendarRoutes(app, services);
  registerExportRoutes(app, services);
  registerReviewExportRoutes(app, services);
  registerEvidenceRoutes(app, services);

  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const cookies: CookieJar = {
          setSession: (token, expires) =>
            res.cookie(SESSION_COOKIE, token, {
              httpOnly: true,
              sameSite: 'lax',
              secure: config.publicUrl.startsWith('https:'),
              expires,
              path: '/',
            }),
          clearSession: () => res.clearCookie(SESSION_COOKIE, { path: '/' }),
        };
        return buildContext(services, await authenticate(services, req), {
          cookies,
          clientAddress: req.ip ?? 'unknown',
          userAgent: req.get('user-agent') ?? null,
        });
      },
    }),
  );

  if (clientDist && existsSync(path.join(clientDist, 'index.html'))) {
    app.use(express.static(clientDist, { index: false, maxAge: '1h' }));
    app.get(/^(?!\/graphql).*/, (_request, response) => response.sendFile(path.join(clientDist, 'index.html')));
  }

  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    port,
    services,
    statements: counter,
    live: () => ({ connections: webSocket.connections(), subscriptions: services.fanout.stats().subscriptions }),
    async stop() {
      await apollo.stop();
      await presence.stop();
      await bus.stop();
      await dataSource.destroy();
    },
  };
}
