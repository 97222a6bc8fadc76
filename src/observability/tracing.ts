import { isRootField, pathToString, runFunction } from '@pothos/plugin-tracing';
import type { GraphQLFieldResolver } from 'graphql';
import type { Context } from '../context';

// Bounded so a wide operation cannot grow a request's memory through its trace.
const MAX_SPANS = 50;

/** Traced by default: root fields (each query or mutation an operation runs). */
export const traceByDefault = isRootField;

/**
 * Wraps a resolver so its call is recorded as a span on the request's context; the request log
 * line carries the spans. Workers' own tracing covers fetch, D1 and queue spans; these add the
 * GraphQL side (which root field took how long) without an OpenTelemetry SDK, which Workers lacks.
 */
export function traceResolver(
  resolver: GraphQLFieldResolver<unknown, Context, object>,
  field: string,
): GraphQLFieldResolver<unknown, Context, object> {
  return (source, args, ctx, info) => {
    const startMs = Date.now();
    return runFunction(
      () => resolver(source, args, ctx, info),
      (error, duration) => {
        if (ctx.spans.length >= MAX_SPANS) return;
        ctx.spans.push({
          path: pathToString(info),
          field,
          startMs,
          durationMs: duration,
          error: !!error,
        });
      },
    );
  };
}
