import { type SQL, sql } from 'drizzle-orm';
import { BUCKET_COLUMNS, percentileMs } from '../../analytics/histogram';
import type { Context } from '../../context';
import type { OperationStatus } from '../../db/tables/analytics';
import { type FieldIssue, ValidationError } from '../errors';

/** What operationStats may group by; HOUR and DAY are the time axis (one of them at most). */
export type OperationStatsGroupBy = 'operation' | 'client' | 'status' | 'hour' | 'day';

export interface OperationStatsFilter {
  operationName?: string | null;
  clientName?: string | null;
  status?: OperationStatus | null;
}

/** Counts, durations (from the histogram), cost and D1 figures of a set of operations. */
export interface OperationFigures {
  requests: number;
  /** Requests whose status is not `ok` (errors, with or without data). */
  errors: number;
  errorRate: number;
  p50DurationMs: number | null;
  p95DurationMs: number | null;
  meanDurationMs: number | null;
  maxDurationMs: number;
  meanCost: number | null;
  maxCost: number;
  d1Statements: number;
  d1RowsRead: number;
  d1RowsWritten: number;
}

export interface OperationStatsGroup {
  operationName: string | null;
  /** Distinct documents (hashes) seen under the operation's name. */
  documents: number | null;
  clientName: string | null;
  clientVersion: string | null;
  status: OperationStatus | null;
  period: string | null;
  figures: OperationFigures;
}

export interface OperationStats {
  from: string;
  to: string;
  groupBy: OperationStatsGroupBy[];
  groups: OperationStatsGroup[];
  total: OperationFigures;
  truncated: boolean;
}

export const MAX_STATS_DAYS = 366;
export const MAX_STATS_GROUPS = 1000;
const DEFAULT_STATS_GROUPS = 200;

type Row = Record<string, number | string | null>;

const FIGURE_SQL = sql.raw(
  [
    'sum(requests) as requests',
    "sum(case when status <> 'ok' then requests else 0 end) as errors",
    'sum(duration_ms_sum) as duration_sum',
    'max(duration_ms_max) as duration_max',
    'sum(cost_sum) as cost_sum',
    'max(cost_max) as cost_max',
    'sum(d1_statements) as d1_statements',
    'sum(d1_rows_read) as d1_rows_read',
    'sum(d1_rows_written) as d1_rows_written',
    ...BUCKET_COLUMNS.map((column) => `sum(${column}) as ${column}`),
  ].join(', '),
);

const num = (value: unknown) => Number(value ?? 0);

/** The figures of one summed row: percentiles read from its histogram columns. */
export function figuresOf(row: Row): OperationFigures {
  const requests = num(row.requests);
  const errors = num(row.errors);
  const maxDurationMs = num(row.duration_max);
  const counts = BUCKET_COLUMNS.map((column) => num(row[column]));
  const round = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);
  return {
    requests,
    errors,
    errorRate: requests > 0 ? errors / requests : 0,
    p50DurationMs: round(percentileMs(counts, 0.5, maxDurationMs)),
    p95DurationMs: round(percentileMs(counts, 0.95, maxDurationMs)),
    meanDurationMs: requests > 0 ? round(num(row.duration_sum) / requests) : null,
    maxDurationMs,
    meanCost: requests > 0 ? round(num(row.cost_sum) / requests) : null,
    maxCost: num(row.cost_max),
    d1Statements: num(row.d1_statements),
    d1RowsRead: num(row.d1_rows_read),
    d1RowsWritten: num(row.d1_rows_written),
  };
}

/** The grouping columns: what each group key selects and groups by. */
const KEYS: Record<OperationStatsGroupBy, string[]> = {
  operation: ['operation_name', 'count(distinct operation_hash) as documents'],
  client: ['client_name', 'client_version'],
  status: ['status'],
  hour: ['bucket_start as period'],
  day: ["substr(bucket_start, 1, 10) || 'T00:00:00.000Z' as period"],
};
const GROUP_COLUMNS: Record<OperationStatsGroupBy, string[]> = {
  operation: ['operation_name'],
  client: ['client_name', 'client_version'],
  status: ['status'],
  hour: ['period'],
  day: ['period'],
};

function checkArgs(args: {
  from: string;
  to: string;
  groupBy: readonly OperationStatsGroupBy[];
  where?: OperationStatsFilter | null;
  limit?: number | null;
}): number {
  const limit = args.limit ?? DEFAULT_STATS_GROUPS;
  const issues: FieldIssue[] = [];
  if (args.from >= args.to) issues.push({ field: 'to', message: 'must be later than from.' });
  if ((Date.parse(args.to) - Date.parse(args.from)) / 86_400_000 > MAX_STATS_DAYS) {
    issues.push({ field: 'to', message: `must be at most ${MAX_STATS_DAYS} days after from.` });
  }
  if (new Set(args.groupBy).size !== args.groupBy.length) {
    // As every other report answers it (filters/group.ts): a repeat is a mistake, not a no-op.
    issues.push({ field: 'groupBy', message: 'lists a grouping twice.' });
  }
  if (args.groupBy.includes('hour') && args.groupBy.includes('day')) {
    issues.push({ field: 'groupBy', message: 'may hold HOUR or DAY, not both.' });
  }
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_STATS_GROUPS) {
    issues.push({ field: 'limit', message: `must be from 1 to ${MAX_STATS_GROUPS}.` });
  }
  for (const key of ['operationName', 'clientName'] as const) {
    if ((args.where?.[key]?.length ?? 0) > 100) {
      issues.push({ field: `where.${key}`, message: 'must be at most 100 characters.' });
    }
  }
  if (issues.length > 0) throw new ValidationError(issues);
  return limit;
}

/**
 * Operations between `from` (inclusive) and `to` (exclusive), read from the rollups (never raw
 * records): grouped by the keys asked for, time groups oldest first, others busiest first. A
 * compacted day (older than two weeks) counts whole: its row starts at the day's midnight.
 */
export async function operationStats(
  ctx: Context,
  args: {
    from: string;
    to: string;
    groupBy: readonly OperationStatsGroupBy[];
    where?: OperationStatsFilter | null;
    limit?: number | null;
  },
): Promise<OperationStats> {
  const limit = checkArgs(args);
  const groupBy = [...args.groupBy];
  const conditions: SQL[] = [sql`bucket_start >= ${args.from}`, sql`bucket_start < ${args.to}`];
  // '' is how the rollups store "no name": the filter's empty string finds those.
  if (args.where?.operationName != null) {
    conditions.push(sql`operation_name = ${args.where.operationName}`);
  }
  if (args.where?.clientName != null) {
    conditions.push(sql`client_name = ${args.where.clientName}`);
  }
  if (args.where?.status != null) conditions.push(sql`status = ${args.where.status}`);
  const where = sql.join(conditions, sql` and `);
  const keys = groupBy.flatMap((key) => KEYS[key]);
  const groupColumns = groupBy.flatMap((key) => GROUP_COLUMNS[key]);
  const timed = groupBy.includes('hour') || groupBy.includes('day');
  const order = timed ? 'period asc, requests desc' : 'requests desc';
  const groupsQuery =
    groupBy.length > 0
      ? ctx.db.all<Row>(sql`select ${sql.raw(keys.join(', '))}, ${FIGURE_SQL}
            from analytics_operation_rollups where ${where}
            group by ${sql.raw(groupColumns.join(', '))}
            order by ${sql.raw(order)}, ${sql.raw(groupColumns.join(', '))}
            limit ${limit + 1}`)
      : Promise.resolve([] as Row[]);
  const [rows, totals] = await Promise.all([
    groupsQuery,
    ctx.db.all<Row>(sql`select ${FIGURE_SQL} from analytics_operation_rollups where ${where}`),
  ]);
  const text = (row: Row, column: string, key: OperationStatsGroupBy) =>
    groupBy.includes(key) ? String(row[column] ?? '') : null;
  return {
    from: args.from,
    to: args.to,
    groupBy,
    groups: rows.slice(0, limit).map((row) => ({
      operationName: text(row, 'operation_name', 'operation'),
      documents: groupBy.includes('operation') ? num(row.documents) : null,
      clientName: text(row, 'client_name', 'client'),
      clientVersion: text(row, 'client_version', 'client'),
      status: groupBy.includes('status') ? (row.status as OperationStatus) : null,
      period: timed ? String(row.period) : null,
      figures: figuresOf(row),
    })),
    total: figuresOf(totals[0] ?? {}),
    truncated: rows.length > limit,
  };
}
