import { GraphQLError } from 'graphql';
import type { Context } from '../context';
import { isDevelopment } from '../environment';
import { operationCostOf, rateBudgetOf } from './budget';
import { BODY_TOO_LARGE } from './http-guards';

const SUGGESTION = /\s*Did you mean .*\?$/s;

/** The error as sent: 4xx statuses kept, codes filled in, no stack; no suggestions outside development. */
function publicError(error: GraphQLError, ctx: Context): GraphQLError {
  const extensions: Record<string, unknown> = { ...error.extensions };
  const http = extensions.http as { status?: number; spec?: boolean } | undefined;
  // Yoga answers 200 to application/json clients for "spec" errors; the gateway keeps the 4xx.
  if (http?.spec) extensions.http = { ...http, spec: false };
  const original = extensions.originalError as Record<string, unknown> | undefined;
  if (original && 'stack' in original) {
    const { stack: _stack, ...rest } = original;
    extensions.originalError = rest;
  }
  if (extensions.code === 'INTERNAL_SERVER_ERROR') extensions.requestId = ctx.requestId;
  // graphql-js reports bad variable values without a code: give them the usual one.
  if (extensions.code === undefined && error.message.startsWith('Variable "$')) {
    extensions.code = 'BAD_USER_INPUT';
  }
  // Yoga's own 413 (a body streamed past maxRequestBodySize) reads like the door's.
  const tooLarge = extensions.code === BODY_TOO_LARGE.code;
  if (tooLarge) Object.assign(extensions, BODY_TOO_LARGE.extensions);
  const message = tooLarge
    ? BODY_TOO_LARGE.message
    : isDevelopment(ctx.env)
      ? error.message
      : error.message.replace(SUGGESTION, '');
  return new GraphQLError(message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions,
  });
}

export type ProcessedResult = {
  errors?: readonly GraphQLError[];
  extensions?: Record<string, unknown>;
};

/** A result as sent: public errors, and the request id, cost and rate budget in `extensions`. */
export function withGatewayExtensions(result: ProcessedResult, ctx: Context): ProcessedResult {
  const budget = rateBudgetOf(ctx);
  return {
    ...result,
    ...(result.errors ? { errors: result.errors.map((error) => publicError(error, ctx)) } : {}),
    extensions: {
      ...result.extensions,
      requestId: ctx.requestId,
      cost: operationCostOf(ctx),
      ...(budget ? { rateLimit: budget } : {}),
    },
  };
}
