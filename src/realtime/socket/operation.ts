import {
  type DocumentNode,
  GraphQLError,
  type GraphQLSchema,
  getArgumentValues,
  getOperationAST,
  getVariableValues,
  Kind,
  type OperationDefinitionNode,
  specifiedRules,
  validate,
} from 'graphql';
import type { Context } from '../../context';
import { executionRefusal, parseWithLimits } from '../../hardening/operation-checks';
import { OperationLimitsRule } from '../../hardening/operation-limits';
import { applyTrustedDocuments, type RequestParams } from '../../hardening/trusted-documents';
import { socketError } from './errors';
import type { SubscribePayload } from './protocol';

/** A subscription that passed every check, ready to register. */
export interface CheckedSubscription {
  /** The Subscription field it runs. */
  field: string;
  /** That field's arguments, coerced. */
  args: Record<string, unknown>;
  /** The operation's text and what runs it again for each event. */
  query: string;
  operationName: string | null;
  variables: Record<string, unknown>;
  document: DocumentNode;
}

type Checked = { checked: CheckedSubscription } | { errors: readonly GraphQLError[] };

/**
 * graphql-js's errors with the code an HTTP answer gives them (Yoga's for a document that does
 * not parse or validate, the gateway's for a bad variable), where they have none of their own.
 */
function coded(errors: readonly GraphQLError[], code: string): GraphQLError[] {
  return errors.map((error) =>
    error.extensions.code === undefined
      ? new GraphQLError(error.message, {
          nodes: error.nodes,
          source: error.source,
          positions: error.positions,
          originalError: error.originalError,
          extensions: { ...error.extensions, code },
        })
      : error,
  );
}

/** The one root field of a subscription (validation made sure there is exactly one). */
function rootField(operation: OperationDefinitionNode) {
  const [selection] = operation.selectionSet.selections;
  return selection?.kind === Kind.FIELD ? selection : null;
}

/**
 * The checks an HTTP request's operation meets in Yoga, for a `subscribe` message: trusted
 * documents, the token limit, validation with the operation limits (depth, aliases, directives,
 * root fields), then introspection and cost (src/hardening/operation-checks.ts). Only
 * subscriptions are served over the socket: queries and mutations go over HTTP, where the
 * rate limit, the response cap and the request log meet each one.
 */
export async function checkSubscription(
  ctx: Context,
  schema: GraphQLSchema,
  payload: SubscribePayload,
): Promise<Checked> {
  let query: string;
  let document: DocumentNode;
  try {
    const resolved = await applyTrustedDocuments(ctx, { ...payload } as RequestParams);
    if (typeof resolved.query !== 'string') {
      return { errors: [socketError('BAD_REQUEST', 'The subscribe payload has no query.')] };
    }
    query = resolved.query;
    document = parseWithLimits(query);
  } catch (error) {
    if (error instanceof GraphQLError) return { errors: coded([error], 'GRAPHQL_PARSE_FAILED') };
    throw error;
  }
  const invalid = validate(schema, document, [...specifiedRules, OperationLimitsRule]);
  if (invalid.length > 0) return { errors: coded(invalid, 'GRAPHQL_VALIDATION_FAILED') };
  const operationName = payload.operationName ?? null;
  const operation = getOperationAST(document, operationName);
  if (!operation) {
    return {
      errors: [
        socketError(
          'BAD_REQUEST',
          'Name the operation to run (operationName): the document has none of that name, or several.',
        ),
      ],
    };
  }
  if (operation.operation !== 'subscription') {
    return {
      errors: [
        socketError(
          'OPERATION_NOT_SUPPORTED',
          `The WebSocket serves subscriptions only: send this ${operation.operation} over HTTP (POST /graphql).`,
        ),
      ],
    };
  }
  const coerced = getVariableValues(
    schema,
    operation.variableDefinitions ?? [],
    payload.variables ?? {},
  );
  if (coerced.errors) return { errors: coded(coerced.errors, 'BAD_USER_INPUT') };
  const refusal = await executionRefusal(ctx, schema, document, operation, coerced.coerced);
  if (refusal) return { errors: [refusal] };
  const node = rootField(operation);
  const fieldDef = node ? schema.getSubscriptionType()?.getFields()[node.name.value] : undefined;
  if (!node || !fieldDef) {
    return {
      errors: [
        socketError('BAD_REQUEST', 'A subscription selects one Subscription field directly.'),
      ],
    };
  }
  return {
    checked: {
      field: fieldDef.name,
      args: getArgumentValues(fieldDef, node, coerced.coerced),
      query,
      operationName,
      variables: coerced.coerced,
      document,
    },
  };
}
