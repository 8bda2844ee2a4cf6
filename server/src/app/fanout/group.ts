import { type DocumentNode, getOperationAST, Kind, visit } from 'graphql';
import type { FanoutSubscription } from './fanout-subscription';
import type { LiveSubscriber } from './live-subscriber';

/**
 * Subscribers of one topic who sent the same operation with the same variables: the fan-out
 * runs their selection once per event for all of them (once per session when a resolver asks
 * who is looking, see render.ts).
 */
export class Group {
  readonly members = new Set<FanoutSubscription>();

  constructor(
    readonly key: string,
    readonly document: DocumentNode,
    readonly operationName: string | null | undefined,
    /** The first member's: any member's give the same result (see groupKey). */
    readonly variables: Record<string, unknown> | null | undefined,
  ) {}
}

/** The name of the argument that says where a subscriber resumes; it is read when subscribing only. */
export const CURSOR_ARGUMENT = 'after';

const cursorVariables = new WeakMap<DocumentNode, Map<string, string | null>>();

/**
 * The variable given as the root field's `after` argument, when it is used nowhere else: two
 * subscribers who differ only by it (they resume from different events) get the same payloads.
 */
function cursorVariable(document: DocumentNode, operationName: string | null | undefined): string | null {
  let known = cursorVariables.get(document);
  if (!known) cursorVariables.set(document, (known = new Map()));
  const cached = known.get(operationName ?? '');
  if (cached !== undefined) return cached;
  const operation = getOperationAST(document, operationName);
  const root = operation?.selectionSet.selections[0];
  const cursor = root?.kind === Kind.FIELD ? root.arguments?.find((argument) => argument.name.value === CURSOR_ARGUMENT) : undefined;
  let name: string | null = cursor?.value.kind === Kind.VARIABLE ? cursor.value.name.value : null;
  if (name) {
    let uses = 0;
    visit(document, {
      VariableDefinition: () => false,
      Variable: (variable) => {
        if (variable.name.value === name) uses += 1;
      },
    });
    if (uses !== 1) name = null;
  }
  known.set(operationName ?? '', name);
  return name;
}

/** What subscribers must share to share a payload: the query text, the operation and the variables but the cursor. */
export function groupKey(subscriber: LiveSubscriber): string {
  const { query, document, operationName, variables } = subscriber;
  const cursor = cursorVariable(document, operationName);
  const shared = cursor && variables ? { ...variables, [cursor]: undefined } : variables;
  return `${operationName ?? ''}\u0000${JSON.stringify(shared ?? {})}\u0000${query}`;
}
