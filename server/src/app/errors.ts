import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { ValidationError } from 'class-validator';

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS';

export function userError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export const badInput = (message: string) => userError('BAD_USER_INPUT', message);
export const notFound = (what: string) => userError('NOT_FOUND', `${what} introuvable.`);
export const forbidden = (message = "Vous n'avez pas le droit de faire cela.") =>
  userError('FORBIDDEN', message);
export const unauthenticated = () =>
  userError('UNAUTHENTICATED', 'Vous devez être connecté·e.');
export const conflict = (message: string) => userError('CONFLICT', message);

const KNOWN_CODES = new Set<string>([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

function describeValidation(errors: ValidationError[], prefix = ''): string[] {
  return errors.flatMap((error) => {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((text) => `${path}: ${text}`);
    return [...own, ...describeValidation(error.children ?? [], path)];
  });
}

/**
 * Shapes every error leaving the server: known codes keep their message, class-validator
 * failures become one readable sentence, anything else is masked so no internals leak.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, exposeDetails: boolean) {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const validationErrors = (original as { extensions?: { validationErrors?: ValidationError[] } })
    ?.extensions?.validationErrors;
  if (validationErrors) {
    return {
      message: `Saisie invalide — ${describeValidation(validationErrors).join(' ; ')}`,
      path: formatted.path,
      extensions: { code: 'BAD_USER_INPUT' },
    };
  }
  const code = String(formatted.extensions?.code ?? '');
  if (code === 'UNAUTHORIZED' || (code === 'UNAUTHENTICATED' && formatted.message.startsWith('Access denied'))) {
    return { ...formatted, message: unauthenticated().message, extensions: { code: 'UNAUTHENTICATED' } };
  }
  if (KNOWN_CODES.has(code)) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions: exposeDetails ? formatted.extensions : extensions };
  }
  if (exposeDetails) return formatted;
  // The person sees a plain message; the details go to the server's log for whoever runs it.
  console.error('Unexpected error:', original);
  return {
    message: 'Erreur interne du serveur.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
