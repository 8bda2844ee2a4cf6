import { type ExecutionResult, GraphQLError, type GraphQLSchema, parse, specifiedRules, validate } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { IncomingMessage, Server } from 'node:http';
import { WebSocketServer } from 'ws';
import { authenticate } from '../auth/auth.service';
import { abuseRules, LIMITS } from './armor';
import type { TrameConfig } from './config';
import { type AppServices, buildContext } from './context';
import { formatError } from './errors';

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

type Auth = Awaited<ReturnType<typeof authenticate>>;

/** graphql-ws on the HTTP server's /graphql path, signed-in connections only. */
export function startWebSocketServer({ httpServer, schema, services }: { httpServer: Server; schema: GraphQLSchema; services: AppServices }) {
  const { config } = services;
  const expose = config.exposeErrorDetails;
  const rules = [...specifiedRules, ...abuseRules(config.production)];
  const format = (errors: readonly GraphQLError[]) =>
    errors.map((error) => formatError(error.toJSON(), error, expose)) as unknown as GraphQLError[];

  const wsServer = new WebSocketServer({
    server: httpServer,
    path: '/graphql',
    maxPayload: MAX_MESSAGE_BYTES,
    verifyClient: ({ origin, req }: { origin: string; req: IncomingMessage }) => originAllowed(origin, req, config),
  });

  const server = useServer<Record<string, unknown> | undefined, { auth: Auth }>(
    {
      schema,
      onConnect: async (ctx) => {
        const auth = await authenticate(services, ctx.extra.request);
        if (!auth.viewer) return false;
        ctx.extra.auth = auth;
        return true;
      },
      onSubscribe: (ctx, _id, payload) => {
        let document;
        try {
          document = parse(payload.query, { maxTokens: LIMITS.tokens });
        } catch (error) {
          return [withCode(error as GraphQLError, 'GRAPHQL_PARSE_FAILED')];
        }
        const errors = validate(schema, document, rules);
        if (errors.length > 0) return errors.map((error) => withCode(error, 'GRAPHQL_VALIDATION_FAILED'));
        const request = ctx.extra.request;
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: buildContext(services, ctx.extra.auth!, {
            cookies: null,
            clientAddress: request.socket.remoteAddress ?? 'unknown',
            userAgent: request.headers['user-agent'] ?? null,
          }),
        };
      },
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? ({ ...result, errors: format(result.errors) } as ExecutionResult) : result,
      onError: (_ctx, _id, _payload, errors) => format(errors),
    },
    wsServer,
  );
  return {
    async dispose() {
      await server.dispose();
    },
  };
}
