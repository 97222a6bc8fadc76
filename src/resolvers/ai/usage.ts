import { and, eq, gte, lt, type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { type Context, perRequest } from '../../context';
import { setBounded } from '../../db/bounded-map';
import type { Db } from '../../db/client';
import { type CompiledRead, compileRead } from '../../db/fast-batch';
import { aiCostBudgets, aiUsageDaily, aiUsageLogs } from '../../db/tables';
import { type AdminGuard, type AdminRole, adminRoleSql } from '../access';
import { systemSettingsOf } from '../admin/settings';
import { ValidationError } from '../errors';
import type { KeysetQuery } from '../pagination/keyset';
import { isInFlight, periodStarts, type UsageOutcome } from './budget';
import type { AiProvider } from './config';
import { roundUsd, usdSum } from './usd';

export interface UsageFigures {
  calls: number;
  successCalls: number;
  /** Reserved and not settled yet: neither a success nor a failure. */
  inFlightCalls: number;
  fallbackCalls: number;
  errorCalls: number;
  refusedCalls: number;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
}

export interface FeatureUsage {
  feature: string;
  todayUsd: number;
  monthUsd: number;
  monthCalls: number;
}

export interface UsageSummary {
  todayUsd: number;
  monthUsd: number;
  todayCalls: number;
  monthCalls: number;
  /** The limit in force today: the user's daily budget, else the system default. */
  dailyLimitUsd: number;
  monthlyLimitUsd: number | null;
  byFeature: FeatureUsage[];
}

/** A user's own spend: today, this month, per feature (this month), and their limits. */
export function usageSummary(ctx: Context, userId: string): Promise<UsageSummary> {
  return perRequest(ctx, `ai:usage:${userId}`, async () => {
    const { day, month } = periodStarts();
    const today = sql`${aiUsageLogs.createdAt} >= ${day}`;
    const [features, budgets, settings] = await Promise.all([
      ctx.reads.read(
        ctx.db
          .select({
            feature: aiUsageLogs.feature,
            todayUsd: usdSum(sql`case when ${today} then ${aiUsageLogs.costUsd} end`).as(
              'today_usd',
            ),
            todayCalls: sql<number>`sum(case when ${today} then 1 else 0 end)`.as('today_calls'),
            monthUsd: usdSum(aiUsageLogs.costUsd).as('month_usd'),
            monthCalls: sql<number>`count(*)`.as('month_calls'),
          })
          .from(aiUsageLogs)
          .where(and(eq(aiUsageLogs.userId, userId), gte(aiUsageLogs.createdAt, month)))
          .groupBy(aiUsageLogs.feature)
          .orderBy(aiUsageLogs.feature),
      ),
      ctx.reads.read(ctx.db.select().from(aiCostBudgets).where(eq(aiCostBudgets.userId, userId))),
      systemSettingsOf(ctx),
    ]);
    const sum = (pick: (row: (typeof features)[number]) => number) =>
      features.reduce((total, row) => total + Number(pick(row)), 0);
    const daily = budgets.find((budget) => budget.period === 'daily');
    const monthly = budgets.find((budget) => budget.period === 'monthly');
    return {
      todayUsd: sum((row) => row.todayUsd),
      monthUsd: sum((row) => row.monthUsd),
      todayCalls: sum((row) => row.todayCalls),
      monthCalls: sum((row) => row.monthCalls),
      dailyLimitUsd: daily?.limitUsd ?? settings.values.max_ai_cost_per_user_daily,
      monthlyLimitUsd: monthly?.limitUsd ?? null,
      byFeature: features.map((row) => ({
        feature: row.feature,
        todayUsd: Number(row.todayUsd),
        monthUsd: Number(row.monthUsd),
        monthCalls: Number(row.monthCalls),
      })),
    };
  });
}

export type UsageGroupBy = 'day' | 'user' | 'feature' | 'provider';

export interface UsageReportRow extends UsageFigures {
  groupBy: UsageGroupBy;
  /** The day (YYYY-MM-DD), user id, feature or provider; null for calls of no (or a deleted) user. */
  key: string | null;
}

export interface UsageReport {
  from: string;
  to: string;
  groupBy: UsageGroupBy;
  rows: UsageReportRow[];
  total: UsageFigures;
  /** More groups matched than `limit`. */
  truncated: boolean;
}

export const MAX_REPORT_DAYS = 366;
export const MAX_REPORT_ROWS = 500;

const FIGURE_KEYS = [
  'calls',
  'successCalls',
  'inFlightCalls',
  'fallbackCalls',
  'errorCalls',
  'refusedCalls',
  'inputTokens',
  'outputTokens',
  'costUsd',
] as const;
type FigureKey = (typeof FIGURE_KEYS)[number];

/**
 * The figures a report reads: those its rows and its total select. Each figure read is a column
 * of every row D1 sends (the total's a window beside it, or among each group's figures when it is
 * summed from the groups: `TotalFrom`): a report asking for three of nine figures reads a third
 * of the cells (issue 18).
 */
export interface ReportFigures {
  rows: readonly FigureKey[];
  total: readonly FigureKey[];
}

export const ALL_FIGURES: ReportFigures = { rows: FIGURE_KEYS, total: FIGURE_KEYS };

/** The figures among `names` (field names of AiUsageFigures), in one order. */
export function figuresNamed(names: ReadonlySet<string>): FigureKey[] {
  return FIGURE_KEYS.filter((key) => names.has(key));
}

function figureSql(outcome: (o: UsageOutcome) => SQL): Record<FigureKey, SQL<number>> {
  return {
    calls: sql<number>`count(*)`,
    // A call in flight is stored as `success` until settled: it is not one yet.
    successCalls: sql<number>`coalesce(sum(case when ${isInFlight} then 0 else ${outcome('success')} end), 0)`,
    inFlightCalls: sql<number>`coalesce(sum(case when ${isInFlight} then 1 else 0 end), 0)`,
    fallbackCalls: sql<number>`coalesce(sum(${outcome('fallback')}), 0)`,
    errorCalls: sql<number>`coalesce(sum(${outcome('error')}), 0)`,
    refusedCalls: sql<number>`coalesce(sum(${outcome('refused')}), 0)`,
    inputTokens: sql<number>`coalesce(sum(${aiUsageLogs.inputTokens}), 0)`,
    outputTokens: sql<number>`coalesce(sum(${aiUsageLogs.outputTokens}), 0)`,
    costUsd: usdSum(aiUsageLogs.costUsd),
  };
}

// Every column is aliased: D1 names unaliased columns by their SQL text, and in a batch two
// equal texts (the same CASE with another parameter) collide.
const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** The same figures summed from the daily rollup (ai_usage_daily, migration 0038). */
function rollupFigureSql(): Record<FigureKey, SQL<number>> {
  const sum = (column: SQLiteColumn) => sql<number>`coalesce(sum(${column}), 0)`;
  return {
    calls: sum(aiUsageDaily.calls),
    successCalls: sum(aiUsageDaily.successCalls),
    inFlightCalls: sum(aiUsageDaily.inFlightCalls),
    fallbackCalls: sum(aiUsageDaily.fallbackCalls),
    errorCalls: sum(aiUsageDaily.errorCalls),
    refusedCalls: sum(aiUsageDaily.refusedCalls),
    inputTokens: sum(aiUsageDaily.inputTokens),
    outputTokens: sum(aiUsageDaily.outputTokens),
    costUsd: usdSum(aiUsageDaily.costUsd),
  };
}

/**
 * How a report's total is found. `window`: a window beside each group (`total_*`), over every
 * group before LIMIT. `groups`: summed from the groups' own figures when every group is returned
 * (a report by day over no more days than its limit), which spares D1 a second pass over the
 * grouped rows: the window's, counted as rows read (a 30-day report read 178 rows for 89).
 */
type TotalFrom = 'window' | 'groups';

/** Each group's figures that `figures` names, and the columns its total is found from. */
function figuresWithTotals(
  exprs: Record<FigureKey, SQL<number>>,
  figures: ReportFigures,
  total: TotalFrom,
) {
  const columns: Record<string, SQL.Aliased<number>> = {};
  const perGroup = total === 'groups' ? unionOf(figures) : figures.rows;
  for (const key of perGroup) columns[key] = exprs[key].as(`figure_${snake(key)}`);
  if (total === 'groups') return columns;
  for (const key of figures.total) {
    // A window over the grouped rows runs before ORDER BY ... LIMIT: the total of all groups.
    columns[`total_${key}`] = sql<number>`sum(${exprs[key]}) over ()`.as(`total_${snake(key)}`);
  }
  return columns;
}

/** The figures the rows or the total read, in one order. */
const unionOf = (figures: ReportFigures) =>
  FIGURE_KEYS.filter((key) => figures.rows.includes(key) || figures.total.includes(key));

/**
 * The sum of each group's figures `keys`: the total when every group is at hand. Compensated
 * (Neumaier), as SQLite's own `sum()` adds floating-point values, so a cost adds up the same.
 */
function summed(rows: readonly Record<string, unknown>[], keys: readonly FigureKey[]) {
  const total: Partial<UsageFigures> = {};
  for (const key of keys) {
    let sum = 0;
    let compensation = 0;
    for (const row of rows) {
      const value = Number(row[key] ?? 0);
      const next = sum + value;
      compensation += Math.abs(sum) >= Math.abs(value) ? sum - next + value : value - next + sum;
      sum = next;
    }
    total[key] = key === 'costUsd' ? roundUsd(sum + compensation) : sum + compensation;
  }
  return total as UsageFigures;
}

/**
 * The figures `keys` of a row (under `prefix`), as numbers. A figure not read stays absent: a
 * field selected but not read would fail loudly (null for a non-null field), never answer 0.
 */
function numbers(
  row: Record<string, unknown> | undefined,
  keys: readonly FigureKey[],
  prefix = '',
): UsageFigures {
  const figures: Partial<UsageFigures> = {};
  for (const key of keys) {
    const value = Number(row?.[`${prefix}${key}`] ?? 0);
    // A window's total of rounded sums can add float noise again.
    figures[key] = key === 'costUsd' ? roundUsd(value) : value;
  }
  return figures as UsageFigures;
}

/**
 * Usage between `from` (inclusive) and `to` (exclusive), grouped by UTC day (oldest first) or by
 * user, feature or provider (dearest first); the grouped rows and the total in one statement.
 */
export async function usageReport(
  ctx: Context,
  args: { from: string; to: string; groupBy: UsageGroupBy; limit?: number | null },
  /** Whom it is for (`readAsAdmin`): the report reads nothing for anyone below the role. */
  guard: AdminGuard,
  figures: ReportFigures = ALL_FIGURES,
): Promise<UsageReport> {
  const limit = args.limit ?? 100;
  const issues = [];
  if (args.from >= args.to) issues.push({ field: 'to', message: 'must be later than from.' });
  const days = (Date.parse(args.to) - Date.parse(args.from)) / 86_400_000;
  if (days > MAX_REPORT_DAYS) {
    issues.push({ field: 'to', message: `must be at most ${MAX_REPORT_DAYS} days after from.` });
  }
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_REPORT_ROWS) {
    issues.push({ field: 'limit', message: `must be from 1 to ${MAX_REPORT_ROWS}.` });
  }
  if (issues.length > 0) throw new ValidationError(issues);

  const rollup = args.groupBy !== 'user' && dayAligned(args.from) && dayAligned(args.to);
  const totalFrom: TotalFrom =
    args.groupBy === 'day' && daysTouched(args.from, args.to) <= limit ? 'groups' : 'window';
  const rows = await ctx.reads.read(
    reportRead(
      rollup ? 'rollup' : 'rows',
      args.groupBy,
      guard.role,
      figures,
      totalFrom,
    )({
      from: rollup ? dayOf(args.from) : args.from,
      to: rollup ? dayOf(args.to) : args.to,
      limit: limit + 1,
      viewer: guard.userId,
    }),
  );
  return {
    from: args.from,
    to: args.to,
    groupBy: args.groupBy,
    rows: rows.slice(0, limit).map((row) => ({
      groupBy: args.groupBy,
      key: row.key as string | null,
      ...numbers(row, figures.rows),
    })),
    total:
      totalFrom === 'groups'
        ? summed(rows, figures.total)
        : numbers(rows[0], figures.total, 'total_'),
    truncated: rows.length > limit,
  };
}

const DAY_MS = 86_400_000;
const dayAligned = (iso: string) => Date.parse(iso) % DAY_MS === 0;
const dayOf = (iso: string) => new Date(iso).toISOString().slice(0, 10);

/** UTC days from `from` (inclusive) to `to` (exclusive) that a report by day may group. */
function daysTouched(from: string, to: string): number {
  return Math.floor((Date.parse(to) - 1) / DAY_MS) - Math.floor(Date.parse(from) / DAY_MS) + 1;
}

/**
 * A report over whole UTC days, by day, feature or provider: summed from ai_usage_daily (kept by
 * triggers in the same statement as each usage row), so it reads a row per day and group instead
 * of every call of the range (30 days of 100,000 calls: about 90 rows instead of 100,000).
 */
function fromDailyRollup(
  db: Db,
  groupBy: UsageGroupBy,
  guard: SQL,
  figures: ReportFigures,
  total: TotalFrom,
) {
  const sums = rollupFigureSql();
  const key: SQL<string | null> = {
    day: sql<string>`${aiUsageDaily.day}`,
    user: sql<null>`null`,
    feature: sql<string>`${aiUsageDaily.feature}`,
    provider: sql<string>`${aiUsageDaily.provider}`,
  }[groupBy];
  const order =
    groupBy === 'day'
      ? [sql`1 asc`]
      : [sql`${sums.costUsd} desc`, sql`${sums.calls} desc`, sql`1 asc`];
  return db
    .select({ key: key.as('report_key'), ...figuresWithTotals(sums, figures, total) })
    .from(aiUsageDaily)
    .where(
      and(
        guard,
        gte(aiUsageDaily.day, sql.placeholder('from')),
        lt(aiUsageDaily.day, sql.placeholder('to')),
      ),
    )
    .groupBy(sql`1`)
    .orderBy(...order)
    .limit(sql.placeholder('limit'));
}

/** Any other report: one pass over the range's usage rows. */
function fromUsageRows(
  db: Db,
  groupBy: UsageGroupBy,
  guard: SQL,
  figures: ReportFigures,
  total: TotalFrom,
) {
  const outcome = (o: UsageOutcome) =>
    sql`case when ${aiUsageLogs.outcome} = ${o} then 1 else 0 end`;
  const inRange = and(
    gte(aiUsageLogs.createdAt, sql.placeholder('from')),
    lt(aiUsageLogs.createdAt, sql.placeholder('to')),
  );
  const key: SQL<string | null> = {
    day: sql<string>`substr(${aiUsageLogs.createdAt}, 1, 10)`,
    user: sql<string | null>`${aiUsageLogs.userId}`,
    feature: sql<string>`${aiUsageLogs.feature}`,
    provider: sql<string>`${aiUsageLogs.provider}`,
  }[groupBy];
  const order =
    groupBy === 'day'
      ? [sql`1 asc`]
      : [sql`coalesce(sum(${aiUsageLogs.costUsd}), 0) desc`, sql`count(*) desc`, sql`1 asc`];
  // One pass over the range: the groups, and the total as a window over them or summed from them
  // (the range's rows are read once, not once for the groups and again for the total).
  return db
    .select({ key: key.as('report_key'), ...figuresWithTotals(figureSql(outcome), figures, total) })
    .from(aiUsageLogs)
    .where(and(guard, inRange))
    .groupBy(sql`1`)
    .orderBy(...order)
    .limit(sql.placeholder('limit'));
}

type ReportRead = (values: Record<string, unknown>) => CompiledRead<Record<string, unknown>>;
const reportReads = new Map<string, ReportRead>();

/** Statements kept per isolate: a few shapes of report are what clients send. */
const MAX_REPORT_SHAPES = 200;

/**
 * A report's statement, written once per isolate for each source, grouping, role and set of
 * figures (building it from drizzle's objects was a sixth of the report's CPU in issue 18's
 * profile): the range, the limit and the viewer are bound per request.
 */
function reportRead(
  source: 'rollup' | 'rows',
  groupBy: UsageGroupBy,
  role: AdminRole,
  figures: ReportFigures,
  total: TotalFrom,
) {
  const key = `${source}:${groupBy}:${role}:${total}:${figures.rows.join(',')}:${figures.total.join(',')}`;
  let read = reportReads.get(key);
  if (!read) {
    const guard = adminRoleSql(sql.placeholder('viewer'), role);
    read = compileRead((db) =>
      source === 'rollup'
        ? fromDailyRollup(db, groupBy, guard, figures, total)
        : fromUsageRows(db, groupBy, guard, figures, total),
    ) as ReportRead;
    setBounded(reportReads, key, read, MAX_REPORT_SHAPES);
  }
  return read;
}

export interface UsageLogFilter {
  userId?: string | null;
  provider?: AiProvider | null;
  feature?: string | null;
  outcome?: UsageOutcome | null;
  /** Inclusive lower bound. */
  from?: string | null;
  /** Exclusive upper bound. */
  to?: string | null;
}

/** Usage rows, newest first, filtered by user, provider, feature, outcome and time. */
export function usageLogsQuery(filter: UsageLogFilter): KeysetQuery<typeof aiUsageLogs> {
  if (filter.feature != null && filter.feature.length > 64) {
    throw ValidationError.of('filter.feature', 'must be at most 64 characters.');
  }
  if (filter.from && filter.to && filter.from >= filter.to) {
    throw ValidationError.of('filter.to', 'must be later than filter.from.');
  }
  return {
    table: aiUsageLogs,
    where: and(
      filter.userId ? eq(aiUsageLogs.userId, filter.userId) : undefined,
      filter.provider ? eq(aiUsageLogs.provider, filter.provider) : undefined,
      filter.feature ? eq(aiUsageLogs.feature, filter.feature) : undefined,
      filter.outcome ? eq(aiUsageLogs.outcome, filter.outcome) : undefined,
      filter.from ? gte(aiUsageLogs.createdAt, filter.from) : undefined,
      filter.to ? lt(aiUsageLogs.createdAt, filter.to) : undefined,
    ),
    order: [
      { key: 'createdAt', direction: 'desc' },
      { key: 'id', direction: 'desc' },
    ],
  };
}
