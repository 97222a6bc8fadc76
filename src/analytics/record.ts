import { OPERATION_STATUSES, type OperationStatus } from '../db/tables/analytics';

/**
 * What the Worker sends to the analytics queue after one GraphQL operation. Names and ids only:
 * no variable values, no tokens, no user ids, nothing a user wrote (test/analytics/privacy.test.ts).
 */
export interface AnalyticsRecord {
  /** Version of this shape: a consumer drops what it cannot read. */
  v: 1;
  /** When the operation finished, epoch milliseconds. */
  at: number;
  /** The operation's name ('' for an anonymous operation). */
  operation: string;
  /** SHA-256 (hex, first 16 characters) of the operation as printed with its fragments. */
  hash: string;
  /** `graphql-client-name` (validated) or, for an integrator token without one, `token:<id>`. */
  clientName: string;
  clientVersion: string;
  viewer: 'anonymous' | 'user' | 'integrator';
  status: OperationStatus;
  /** Distinct `extensions.code` values of the result's errors, at most a few. */
  errorCodes: string[];
  durationMs: number;
  cost: number;
  d1: { statements: number; rowsRead: number; rowsWritten: number };
  /** Field coordinates (`Type.field`) the operation selected, through fragments and aliases. */
  fields: string[];
}

const VIEWERS = new Set(['anonymous', 'user', 'integrator']);
const STATUSES = new Set<string>(OPERATION_STATUSES);
const COORDINATE = /^[A-Za-z_][A-Za-z0-9_]*\.[A-Za-z_][A-Za-z0-9_]*$/;
/** Caps a consumer applies whatever a message says: a record is small by construction. */
const MAX_FIELDS = 500;
const MAX_NAME = 100;

const count = (value: unknown) =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.round(value) : null;
const name = (value: unknown) =>
  typeof value === 'string' && value.length <= MAX_NAME ? value : null;

/** A message body as a record, or null when it is not one (the consumer drops it). */
export function parseRecord(body: unknown): AnalyticsRecord | null {
  if (typeof body !== 'object' || body === null) return null;
  const r = body as Record<string, unknown>;
  const d1 = (r.d1 ?? {}) as Record<string, unknown>;
  const numbers = [r.at, r.durationMs, r.cost, d1.statements, d1.rowsRead, d1.rowsWritten].map(
    count,
  );
  const names = [r.operation, r.hash, r.clientName, r.clientVersion].map(name);
  if (r.v !== 1 || numbers.includes(null) || names.includes(null)) return null;
  if (!VIEWERS.has(r.viewer as string) || !STATUSES.has(r.status as string)) return null;
  if (!Array.isArray(r.fields) || !Array.isArray(r.errorCodes)) return null;
  const [at, durationMs, cost, statements, rowsRead, rowsWritten] = numbers as number[];
  const [operation, hash, clientName, clientVersion] = names as string[];
  return {
    v: 1,
    at: at as number,
    operation: operation as string,
    hash: hash as string,
    clientName: clientName as string,
    clientVersion: clientVersion as string,
    viewer: r.viewer as AnalyticsRecord['viewer'],
    status: r.status as OperationStatus,
    errorCodes: r.errorCodes.filter((c): c is string => typeof c === 'string').slice(0, 10),
    durationMs: durationMs as number,
    cost: cost as number,
    d1: {
      statements: statements as number,
      rowsRead: rowsRead as number,
      rowsWritten: rowsWritten as number,
    },
    fields: [
      ...new Set(r.fields.filter((f): f is string => typeof f === 'string' && COORDINATE.test(f))),
    ].slice(0, MAX_FIELDS),
  };
}
