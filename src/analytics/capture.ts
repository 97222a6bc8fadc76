import type { DocumentNode, GraphQLError, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import type { Context } from '../context';
import type { OperationStatus } from '../db/tables/analytics';
import { inBackground } from '../log';
import { clientOf } from './client';
import { operationShape } from './field-coordinates';
import type { AnalyticsRecord } from './record';

/** What the request log knows of a finished operation, handed to analytics as it is. */
export interface FinishedOperation {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode | null;
  result: { data?: unknown; errors?: readonly GraphQLError[] };
  durationMs: number;
  cost: number;
  headers: Headers | undefined;
  /**
   * False for a document that failed validation (it ran nothing): its name is kept, its fields
   * are not (they may not exist), and its errors without a code count as
   * GRAPHQL_VALIDATION_FAILED.
   */
  valid?: boolean;
}

/**
 * Whether analytics is captured here: `ANALYTICS_CAPTURE` (on unless "false") and a queue to send
 * records to (a Worker deployed without the `api-analytics` binding captures nothing, rather than
 * failing and logging a warning on every operation).
 */
export function analyticsEnabled(env: Env): boolean {
  return env.ANALYTICS_CAPTURE !== 'false' && env.ANALYTICS_QUEUE !== undefined;
}

function statusOf(result: FinishedOperation['result']): OperationStatus {
  if (!result.errors?.length) return 'ok';
  return result.data ? 'partial' : 'error';
}

/** The distinct error codes of a result (a few at most): codes, never messages. */
function errorCodesOf(result: FinishedOperation['result'], fallback: string): string[] {
  const codes = new Set<string>();
  for (const error of result.errors ?? []) {
    const code = error.extensions?.code;
    codes.add(typeof code === 'string' && code.length <= 64 ? code : fallback);
    if (codes.size >= 5) break;
  }
  return [...codes];
}

/** The record of one operation, built from names and counts only (see AnalyticsRecord). */
export async function analyticsRecord(
  ctx: Context,
  finished: FinishedOperation,
): Promise<AnalyticsRecord> {
  const valid = finished.valid !== false;
  const shape =
    finished.operation && valid
      ? operationShape(finished.schema, finished.document, finished.operation)
      : null;
  const client = clientOf(finished.headers, ctx.viewer);
  return {
    v: 1,
    at: Date.now(),
    operation: finished.operation?.name?.value ?? '',
    hash: shape ? await shape.hash : '',
    clientName: client.name,
    clientVersion: client.version,
    viewer: ctx.viewer.kind,
    status: statusOf(finished.result),
    errorCodes: errorCodesOf(finished.result, valid ? 'UNKNOWN' : 'GRAPHQL_VALIDATION_FAILED'),
    durationMs: Math.max(0, Math.round(finished.durationMs)),
    cost: finished.cost,
    d1: {
      statements: ctx.stats.statements,
      rowsRead: ctx.stats.rowsRead,
      rowsWritten: ctx.stats.rowsWritten,
    },
    fields: shape?.fields ?? [],
  };
}

/** The same record as one Workers Analytics Engine data point (blobs are labels, doubles figures). */
function dataPoint(record: AnalyticsRecord): AnalyticsEngineDataPoint {
  return {
    indexes: [record.hash || record.operation || 'anonymous'],
    blobs: [
      record.operation,
      record.hash,
      record.clientName,
      record.clientVersion,
      record.viewer,
      record.status,
      record.errorCodes.join(','),
    ],
    doubles: [
      record.durationMs,
      record.cost,
      record.d1.statements,
      record.d1.rowsRead,
      record.d1.rowsWritten,
    ],
  };
}

async function deliver(ctx: Context, finished: FinishedOperation): Promise<void> {
  const record = await analyticsRecord(ctx, finished);
  ctx.env.ANALYTICS?.writeDataPoint(dataPoint(record));
  await ctx.env.ANALYTICS_QUEUE.send(record, { contentType: 'json' });
}

/**
 * Sends the operation's record to the analytics queue (and to Analytics Engine where it is
 * bound) after the response, through `waitUntil`. Nothing here can fail or delay the request:
 * every error, thrown at once or later, is logged and dropped.
 */
export function captureOperation(ctx: Context, finished: FinishedOperation): void {
  if (!analyticsEnabled(ctx.env)) return;
  inBackground(ctx, (async () => deliver(ctx, finished))(), 'warn', 'analytics record not sent');
}
