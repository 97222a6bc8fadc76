import type { DocumentNode, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { setBounded } from '../db/bounded-map';
import { entryOf } from '../db/map-entry';
import { operationCost } from './cost';

type Cost = ReturnType<typeof operationCost>;

/** Per schema, per parsed operation: its costs by variables (and introspection ceiling). */
const memos = new WeakMap<GraphQLSchema, WeakMap<OperationDefinitionNode, Map<string, Cost>>>();
/** Variable sets kept per operation: a client sends few shapes, a scraper many. */
const MAX_VARIABLE_SETS = 32;
/** Variables longer than this as JSON are measured each time (a large input is rarely repeated). */
const MAX_KEY_LENGTH = 1024;

/**
 * `operationCost`, kept with the parsed operation (Yoga's parse cache hands every request that
 * sends the same text the same document) for the variables it was measured with: the cost is a
 * function of the document and the variables alone, and walking the document for every request
 * was about 2 % of `{ viewer { id } }`'s CPU in issue 18's profile. Variables that do not turn
 * into a short JSON text are measured each time.
 */
export function memoizedOperationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
  introspectionCeiling: number,
): Cost {
  const key = variablesKey(variables, introspectionCeiling);
  if (key === null) {
    return operationCost(schema, document, operation, variables, introspectionCeiling);
  }
  const bySchema = entryOf(memos, schema, () => new WeakMap());
  const byVariables = entryOf(bySchema, operation, () => new Map<string, Cost>());
  const known = byVariables.get(key);
  if (known) return known;
  const cost = operationCost(schema, document, operation, variables, introspectionCeiling);
  setBounded(byVariables, key, cost, MAX_VARIABLE_SETS);
  return cost;
}

function variablesKey(
  variables: Record<string, unknown> | undefined,
  introspectionCeiling: number,
): string | null {
  let text: string;
  try {
    text = variables === undefined ? '' : JSON.stringify(variables);
  } catch {
    return null;
  }
  return text.length > MAX_KEY_LENGTH ? null : `${introspectionCeiling}\n${text}`;
}
