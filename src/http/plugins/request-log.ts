import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../../context';
import { logEvent } from '../../log';
import { exportTrace } from '../../observability/otlp';

/**
 * One structured log line per GraphQL operation: request id, viewer kind, operation name,
 * duration, D1 figures and root-field spans; and, when a collector is configured, the same trace
 * exported over OTLP. Never variables or tokens: they may hold secrets.
 */
export const requestLog: Plugin<Context> = {
  onExecute: ({ args }) => {
    const started = Date.now();
    return {
      onExecuteDone: ({ result }) => {
        const ctx = args.contextValue;
        const errors = 'errors' in result ? (result.errors?.length ?? 0) : 0;
        // The document names its operation even when the body has no `operationName`.
        const operation =
          getOperationAST(args.document, args.operationName)?.name?.value ??
          args.operationName ??
          null;
        // Yoga puts the request on the context it builds around ours.
        const request = (ctx as Context & { request?: Request }).request;
        exportTrace(
          ctx,
          { operation, startMs: started, endMs: Date.now(), errors, spans: ctx.spans },
          request?.headers.get('traceparent') ?? null,
        );
        // The test suite sends thousands of operations: their lines would bury its report.
        if (ctx.env.ENVIRONMENT === 'test') return;
        logEvent('info', 'graphql operation', {
          requestId: ctx.requestId,
          viewer: ctx.viewer.kind,
          operation,
          durationMs: Date.now() - started,
          errors,
          d1: {
            statements: ctx.stats.statements,
            roundTrips: ctx.stats.roundTrips,
            rowsRead: ctx.stats.rowsRead,
            rowsWritten: ctx.stats.rowsWritten,
          },
          spans: ctx.spans,
        });
      },
    };
  },
};
