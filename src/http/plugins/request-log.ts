import {
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLError,
  getOperationAST,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { captureOperation } from '../../analytics/capture';
import type { Context } from '../../context';
import { operationCostOf } from '../../hardening/budget';
import { inBackground, logEvent } from '../../log';
import { exportTrace } from '../../observability/otlp';

/**
 * One structured log line per GraphQL operation: request id, viewer kind, operation name,
 * duration, D1 figures and root-field spans; when a collector is configured, the same trace
 * exported over OTLP; and the operation's analytics record, sent off the request path
 * (src/analytics/capture.ts). Never variables or tokens: they may hold secrets.
 */
export const requestLog: Plugin<Context> = {
  // A document that fails validation (a limit, an unknown field) never reaches onExecute: its
  // record is sent here, with its name and error codes and no fields.
  onValidate: ({ context, params }) => {
    const started = Date.now();
    return ({ valid, result }) => {
      if (valid) return;
      const ctx = context as Context & { request?: Request };
      captureOperation(ctx, {
        schema: params.schema,
        document: params.documentAST,
        operation: getOperationAST(params.documentAST) ?? null,
        result: { errors: result as GraphQLError[] },
        durationMs: Date.now() - started,
        cost: 0,
        headers: ctx.request?.headers,
        valid: false,
      });
    };
  },
  onExecute: ({ args }) => {
    const started = Date.now();
    return {
      onExecuteDone: ({ result }) => {
        const ctx = args.contextValue;
        const ended = Date.now();
        const stats = { ...ctx.stats };
        afterResponse(ctx, () => recordOperation(ctx, args, result, started, ended, stats));
      },
    };
  },
};

/**
 * Runs `work` once the response is on its way (a timer, under `waitUntil`): the record of an
 * operation (its log line, analytics record, trace) was a tenth of a small request's time, spent
 * before its answer left. Its failures are logged, never the request's.
 */
function afterResponse(ctx: Context, work: () => void): void {
  const done = new Promise((resolve) => setTimeout(resolve, 0)).then(work);
  inBackground(ctx, done, 'error', 'operation record failed');
}

/** The operation's log line, trace and analytics record, from what execution left. */
function recordOperation(
  ctx: Context,
  args: ExecutionArgs,
  result: ExecutionResult | AsyncIterable<unknown>,
  started: number,
  ended: number,
  stats: Context['stats'],
): void {
  const errors = 'errors' in result ? (result.errors?.length ?? 0) : 0;
  const definition = getOperationAST(args.document, args.operationName);
  // The document names its operation even when the body has no `operationName`.
  const operation = definition?.name?.value ?? args.operationName ?? null;
  // Yoga puts the request on the context it builds around ours.
  const request = (ctx as Context & { request?: Request }).request;
  exportTrace(
    ctx,
    { operation, startMs: started, endMs: ended, errors, spans: ctx.spans },
    request?.headers.get('traceparent') ?? null,
  );
  if (!(Symbol.asyncIterator in result)) {
    captureOperation(ctx, {
      schema: args.schema,
      document: args.document,
      operation: definition ?? null,
      result,
      durationMs: ended - started,
      cost: operationCostOf(ctx).requested,
      headers: request?.headers,
    });
  }
  // The test suite sends thousands of operations: their lines would bury its report.
  if (ctx.env.ENVIRONMENT === 'test') return;
  logEvent('info', 'graphql operation', {
    requestId: ctx.requestId,
    viewer: ctx.viewer.kind,
    operation,
    durationMs: ended - started,
    errors,
    d1: {
      statements: stats.statements,
      roundTrips: stats.roundTrips,
      rowsRead: stats.rowsRead,
      rowsWritten: stats.rowsWritten,
    },
    spans: ctx.spans,
  });
}
