import {
  type DocumentNode,
  GraphQLError,
  type GraphQLSchema,
  type OperationDefinitionNode,
  parse,
} from 'graphql';
import type { Context } from '../context';
import { adminRoleOf } from '../resolvers/access';
import { recordOperationCost } from './budget';
import { memoizedOperationCost } from './cost-memo';
import { limitError, requestError } from './errors';
import { asksForIntrospection } from './introspection';
import { introspectionAllowance } from './introspection-cost';
import { introspectionOpenToAll, maxOperationCost, OPERATION_LIMITS } from './settings';

/**
 * Parses a document with the token limit (graphql-js stops at the next token), turning its
 * "Parsing aborted" into the typed TOKEN_LIMIT_EXCEEDED. Used for HTTP (Yoga's parse step) and
 * for WebSocket subscriptions alike.
 */
export function parseWithLimits(source: string, options?: Parameters<typeof parse>[1]) {
  try {
    return parse(source, { ...options, maxTokens: OPERATION_LIMITS.tokens });
  } catch (error) {
    // graphql-js words it "Document contains more that N tokens. Parsing aborted."
    if (error instanceof GraphQLError && /\d+ tokens\. Parsing aborted/.test(error.message)) {
      throw limitError(
        'TOKEN_LIMIT_EXCEEDED',
        `The document has more than ${OPERATION_LIMITS.tokens} tokens; the token limit is ${OPERATION_LIMITS.tokens}.`,
        { limit: OPERATION_LIMITS.tokens, actual: OPERATION_LIMITS.tokens + 1 },
      );
    }
    throw error;
  }
}

/**
 * The checks made after validation and before any resolver runs, whatever the transport:
 * introspection (admins, development, or ALLOW_INTROSPECTION), the introspection allowance, the
 * longest list argument, and the operation's cost for this viewer (recorded on the context for
 * `extensions.cost`). Returns the refusal, or null when the operation may run.
 */
export async function executionRefusal(
  ctx: Context,
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): Promise<GraphQLError | null> {
  const introspects = asksForIntrospection(document, operation);
  if (introspects && !introspectionOpenToAll(ctx.env) && (await adminRoleOf(ctx)) === null) {
    return requestError(
      'INTROSPECTION_DISABLED',
      'Introspection is open to admins only here: use the published schema.graphql.',
      403,
    );
  }
  const limit = maxOperationCost(ctx.env, ctx.viewer);
  const allowance = introspects ? introspectionAllowance(schema) : 0;
  const {
    cost: requested,
    introspection,
    longestList,
  } = memoizedOperationCost(schema, document, operation, variables, allowance);
  recordOperationCost(ctx, { requested, limit });
  if (introspection > allowance) {
    return limitError(
      'INTROSPECTION_LIMIT_EXCEEDED',
      `The operation asks introspection for at least ${introspection} objects; the introspection limit is ${allowance}, twice the complete standard introspection query. Use fewer aliases of __schema and __type selections.`,
      { limit: allowance, actual: introspection },
    );
  }
  if (longestList > OPERATION_LIMITS.listItems) {
    return limitError(
      'LIST_LIMIT_EXCEEDED',
      `An argument lists ${longestList} items; the list limit is ${OPERATION_LIMITS.listItems}.`,
      { limit: OPERATION_LIMITS.listItems, actual: longestList },
    );
  }
  if (requested > limit) {
    return limitError(
      'COST_LIMIT_EXCEEDED',
      `The operation costs ${requested}; the cost limit is ${limit} for ${ctx.viewer.kind === 'integrator' ? 'integrator tokens' : 'this viewer'}. Ask for smaller pages (first/last) or fewer nested connections.`,
      { limit, actual: requested },
    );
  }
  return null;
}
