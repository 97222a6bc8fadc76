import { type ASTNode, GraphQLError } from 'graphql';

/** The codes a request refused by the gateway's own limits carries in `extensions.code`. */
export type LimitCode =
  | 'DEPTH_LIMIT_EXCEEDED'
  | 'ALIAS_LIMIT_EXCEEDED'
  | 'DIRECTIVE_LIMIT_EXCEEDED'
  | 'TOKEN_LIMIT_EXCEEDED'
  | 'ROOT_FIELD_LIMIT_EXCEEDED'
  | 'COST_LIMIT_EXCEEDED'
  | 'INTROSPECTION_LIMIT_EXCEEDED'
  | 'LIST_LIMIT_EXCEEDED';

/**
 * A request refused before any resolver ran, because one limit was passed. The message names the
 * limit and its value; `extensions` repeat both for programs. Status 400: the client must change
 * the operation (retrying it as is will fail again).
 */
export function limitError(
  code: LimitCode,
  message: string,
  figures: { limit: number; actual: number },
  nodes?: readonly ASTNode[],
): GraphQLError {
  return new GraphQLError(message, {
    nodes,
    extensions: {
      code,
      limit: figures.limit,
      actual: figures.actual,
      // spec: false keeps the 400 for application/json clients too (Yoga's default is 200 there).
      http: { status: 400, spec: false },
    },
  });
}

/** A refused request that is not about size: trusted documents, introspection, CSRF. */
export function requestError(
  code: string,
  message: string,
  status: number,
  extra: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code, ...extra, http: { status, spec: false } },
  });
}
