import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { type GraphQLError, NoSchemaIntrospectionCustomRule, type ValidationContext, type ValidationRule } from 'graphql';

/** Bounds on what one operation may ask, the same over HTTP and WebSocket. */
export const LIMITS = { depth: 10, aliases: 15, directives: 20, cost: 5000, tokens: 2000 };

// Report a breach as a validation error, as graphql-armor's Apollo wrapper does, rather than
// throwing it (a throw would surface as an internal error).
const report = {
  exposeLimits: true,
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
};

export function abuseRules(production: boolean): ValidationRule[] {
  const rules = [
    maxDepthRule({ n: LIMITS.depth, ...report }),
    maxAliasesRule({ n: LIMITS.aliases, ...report }),
    maxDirectivesRule({ n: LIMITS.directives, ...report }),
    costLimitRule({ maxCost: LIMITS.cost, ...report }),
  ] as ValidationRule[];
  if (production) rules.push(NoSchemaIntrospectionCustomRule);
  return rules;
}
