import type { Plugin } from 'graphql-yoga';
import type { Context } from '../../context';
import { logEvent } from '../../log';

/**
 * One structured log line per GraphQL operation: request id, viewer kind, operation name,
 * duration and D1 figures. Never variables or tokens: they may hold secrets.
 */
export const requestLog: Plugin<Context> = {
  onExecute: ({ args }) => {
    const started = Date.now();
    return {
      onExecuteDone: ({ result }) => {
        const ctx = args.contextValue;
        // The test suite sends thousands of operations: their lines would bury its report.
        if (ctx.env.ENVIRONMENT === 'test') return;
        const errors = 'errors' in result ? (result.errors?.length ?? 0) : 0;
        logEvent('info', 'graphql operation', {
          requestId: ctx.requestId,
          viewer: ctx.viewer.kind,
          operation: args.operationName ?? null,
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
