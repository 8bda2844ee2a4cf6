import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { NoSchemaIntrospectionCustomRule, type ValidationRule } from 'graphql';

/** Bounds on what one operation may ask, the same over HTTP and WebSocket. */
export const LIMITS = { depth: 10, aliases: 15, directives: 20, cost: 5000, tokens: 2000 };

export function abuseRules(production: boolean): ValidationRule[] {
  const rules: ValidationRule[] = [
    maxDepthRule({ n: LIMITS.depth, exposeLimits: true, propagateOnRejection: true }),
    maxAliasesRule({ n: LIMITS.aliases, exposeLimits: true }),
    maxDirectivesRule({ n: LIMITS.directives, exposeLimits: true }),
    costLimitRule({ maxCost: LIMITS.cost, exposeLimits: true }),
  ] as ValidationRule[];
  if (production) rules.push(NoSchemaIntrospectionCustomRule);
  return rules;
}
