import { execute, type ExecutionResult, type GraphQLError, type GraphQLSchema } from 'graphql';
import type { EventRecord } from '../../events/event.entity';
import { Access, activeRolesLoader } from '../access';
import type { AppServices, Context } from '../context';
import type { Loaders } from '../loaders';
import type { FanoutSubscription } from './fanout-subscription';
import type { Group } from './group';
import type { LiveConnection } from './live-subscriber';

/** What one event's executions share: its loaders, and the roles of every viewer it reaches. */
export interface EventScope {
  app: AppServices;
  schema: GraphQLSchema;
  loaders: Loaders;
  roles: ReturnType<typeof activeRolesLoader>;
  formatErrors: (errors: readonly GraphQLError[]) => unknown[];
}

/**
 * The context of a group's shared execution: nobody is signed in to it. A resolver that asks
 * for the viewer, their rights, their session or their connection makes the result personal;
 * it is then thrown away and the selection run again per session.
 */
class GroupContext implements Context {
  personal = false;
  readonly cookies = null;

  constructor(
    readonly app: AppServices,
    readonly loaders: Loaders,
    private readonly roles: EventScope['roles'],
  ) {}

  get viewer() {
    this.personal = true;
    return null;
  }

  get session() {
    this.personal = true;
    return null;
  }

  get access() {
    this.personal = true;
    return new Access(null, this.roles);
  }

  get clientAddress() {
    this.personal = true;
    return 'unknown';
  }

  get userAgent() {
    this.personal = true;
    return null;
  }
}

function viewerContext(scope: EventScope, connection: LiveConnection): Context {
  const { viewer, session, clientAddress, userAgent } = connection;
  return { app: scope.app, viewer, session, access: new Access(viewer, scope.roles), loaders: scope.loaders, cookies: null, clientAddress, userAgent };
}

function run(scope: EventScope, group: Group, event: EventRecord, contextValue: Context) {
  const { schema } = scope;
  const { document, operationName, variables: variableValues } = group;
  return Promise.resolve(execute({ schema, document, operationName, variableValues, contextValue, rootValue: event })).then((result) => serialise(result, scope));
}

/** A group's payload for one event, serialised, or null when it depends on who is looking. */
export async function renderShared(scope: EventScope, group: Group, event: EventRecord): Promise<string | null> {
  const context = new GroupContext(scope.app, scope.loaders, scope.roles);
  const payload = await run(scope, group, event, context);
  return context.personal ? null : payload;
}

/**
 * Each member's payload: the shared one, or, when it is personal, one per session (all started
 * together, so their loads are batched into the same queries).
 */
export async function payloadsFor(scope: EventScope, group: Group, members: FanoutSubscription[], event: EventRecord, shared: string | null) {
  if (shared !== null) return () => shared;
  const bySession = new Map<string, Promise<string>>();
  for (const { connection } of members) {
    if (!bySession.has(connection.session.id)) bySession.set(connection.session.id, run(scope, group, event, viewerContext(scope, connection)));
  }
  const payloads = new Map(await Promise.all([...bySession].map(async ([sessionId, rendered]) => [sessionId, await rendered] as const)));
  return (member: FanoutSubscription) => payloads.get(member.connection.session.id)!;
}

/** The `next` payload graphql-ws would send, errors shaped as everywhere else. */
function serialise(result: ExecutionResult, scope: EventScope) {
  return JSON.stringify(result.errors ? { ...result, errors: scope.formatErrors(result.errors) } : result);
}
