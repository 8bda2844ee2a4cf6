import { ApolloError } from '@apollo/client/core';

/** The codes the server puts in `extensions.code`, plus NETWORK when it could not be reached. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'NETWORK'
  | 'UNKNOWN';

interface ServerErrorBody {
  errors?: { message?: string; extensions?: { code?: string } }[];
}

function firstServerError(error: unknown) {
  if (!(error instanceof ApolloError)) return undefined;
  if (error.graphQLErrors.length > 0) return error.graphQLErrors[0];
  // A 400 answer (invalid variables, CSRF…) arrives as a network error carrying the body.
  const body = (error.networkError as { result?: ServerErrorBody } | null)?.result;
  return typeof body === 'object' ? body?.errors?.[0] : undefined;
}

export function errorCode(error: unknown): ErrorCode {
  const code = firstServerError(error)?.extensions?.code;
  if (typeof code === 'string') return code as ErrorCode;
  if (error instanceof ApolloError && error.networkError) return 'NETWORK';
  return 'UNKNOWN';
}

/**
 * A sentence to show the user: the server's messages are readable French; a network failure
 * or an unexpected error gets the interface's own wording (`fallbacks`).
 */
export function errorMessage(error: unknown, fallbacks: { network: string; unknown: string }): string {
  const server = firstServerError(error);
  if (server?.message && server.extensions?.code !== 'INTERNAL_SERVER_ERROR') return server.message;
  return errorCode(error) === 'NETWORK' ? fallbacks.network : fallbacks.unknown;
}
