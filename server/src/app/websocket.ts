import {
  createSourceEventStream,
  execute,
  type ExecutionArgs,
  type ExecutionResult,
  GraphQLError,
  type GraphQLSchema,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import { mapAsyncIterator } from 'graphql/execution/mapAsyncIterator';
import { useServer } from 'graphql-ws/use/ws';
import type { IncomingMessage, Server } from 'node:http';
import { WebSocketServer } from 'ws';
import { authenticate } from '../auth/auth.service';
import { abuseRules, LIMITS } from './armor';
import type { TrameConfig } from './config';
import { type AppServices, buildContext } from './context';
import { DocumentCache, type PreparedDocument } from './document-cache';
import { formatError } from './errors';
import { FanoutSubscription } from './fanout/fanout-subscription';
import type { LiveConnection } from './fanout/live-subscriber';

const MAX_MESSAGE_BYTES = 256 * 1024;

/**
 * Browsers send the page's Origin on a WebSocket upgrade and CSRF prevention does not cover
 * it: accept the same origin and the configured ones (clients outside a browser send none).
 */
export function originAllowed(origin: string | undefined, request: IncomingMessage, config: TrameConfig) {
  if (!origin) return true;
  if (config.allowedOrigins.includes(origin)) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

/** The codes Apollo gives the same errors over HTTP. */
function withCode(error: GraphQLError, code: string) {
  return new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, extensions: { ...error.extensions, code } });
}

/** Errors as they leave the server, for graphql-ws and for the fan-out. */
export function errorFormatter(exposeDetails: boolean) {
  return (errors: readonly GraphQLError[]) => errors.map((error) => formatError(error.toJSON(), error, exposeDetails));
}

/**
 * graphql's own `subscribe`, except for event-log subscriptions: the fan-out delivers those,
 * so their stream is handed to graphql-ws as is, with nothing to execute per subscriber.
 */
async function subscribe(args: ExecutionArgs) {
  const stream = await createSourceEventStream(args);
  if (stream instanceof FanoutSubscription) {
    // graphql-ws keeps these arguments as long as the subscription lives: let the context go.
    args.contextValue = undefined;
    return stream;
  }
  if (!(Symbol.asyncIterator in stream)) return stream;
  return mapAsyncIterator(stream, (payload) => execute({ ...args, rootValue: payload }));
}

/** graphql-ws on the HTTP server's /graphql path, signed-in connections only. */
export function startWebSocketServer({ httpServer, schema, services }: { httpServer: Server; schema: GraphQLSchema; services: AppServices }) {
  const { config } = services;
  const rules = [...specifiedRules, ...abuseRules(config.production)];
  const format = errorFormatter(config.exposeErrorDetails) as (errors: readonly GraphQLError[]) => GraphQLError[];
  const documents = new DocumentCache((query): PreparedDocument => {
    let document;
    try {
      document = parse(query, { maxTokens: LIMITS.tokens });
    } catch (error) {
      return { errors: [withCode(error as GraphQLError, 'GRAPHQL_PARSE_FAILED')] };
    }
    const errors = validate(schema, document, rules);
    return errors.length > 0 ? { errors: errors.map((error) => withCode(error, 'GRAPHQL_VALIDATION_FAILED')) } : { document };
  });

  const wsServer = new WebSocketServer({
    server: httpServer,
    path: '/graphql',
    maxPayload: MAX_MESSAGE_BYTES,
    verifyClient: ({ origin, req }: { origin: string; req: IncomingMessage }) => originAllowed(origin, req, config),
  });

  const server = useServer<Record<string, unknown> | undefined, { connection: LiveConnection }>(
    {
      schema,
      subscribe,
      onConnect: async (ctx) => {
        const { request, socket } = ctx.extra;
        const { viewer, session } = await authenticate(services, request);
        if (!viewer || !session) return false;
        ctx.extra.connection = {
          socket,
          viewer,
          session,
          clientAddress: request.socket.remoteAddress ?? 'unknown',
          userAgent: request.headers['user-agent'] ?? null,
        };
        // graphql-ws would keep the upgrade request as long as the socket lives; nothing needs it now.
        delete (ctx.extra as { request?: IncomingMessage }).request;
        return true;
      },
      onSubscribe: (ctx, id, payload) => {
        const { document, errors } = documents.get(payload.query);
        if (errors) return [...errors];
        const connection = ctx.extra.connection!;
        const { viewer, session, clientAddress, userAgent } = connection;
        const contextValue = buildContext(services, { viewer, session }, { cookies: null, clientAddress, userAgent });
        const { operationName, variables } = payload;
        contextValue.subscriber = { connection, id, query: payload.query, document, operationName, variables };
        return { schema, document, operationName, variableValues: variables, contextValue };
      },
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? ({ ...result, errors: format(result.errors) } as ExecutionResult) : result,
      onError: (_ctx, _id, _payload, errors) => format(errors),
    },
    wsServer,
  );
  return {
    /** Open WebSocket connections (for the benchmark's leak check). */
    connections: () => wsServer.clients.size,
    async dispose() {
      await server.dispose();
    },
  };
}
