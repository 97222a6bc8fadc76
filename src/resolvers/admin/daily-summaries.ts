import { and, gte, lte, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../db/client';
import { adminImportErrors, aiUsageLogs, auditLogs, dailyLogSummaries } from '../../db/tables';
import { IN_FLIGHT, isInFlight } from '../ai/budget';
import { usdSum } from '../ai/usd';
import { isCalendarDay } from '../dates';
import { ValidationError } from '../errors';
import { newId } from '../ids';
import type { KeysetQuery } from '../pagination/keyset';

export type DailyLogSummaryRow = typeof dailyLogSummaries.$inferSelect;

const DAY_MS = 86_400_000;
export const MAX_SUMMARY_RANGE_DAYS = 366;

/** The UTC calendar day before the one `time` falls in, as YYYY-MM-DD. */
export function previousUtcDay(time: Date): string {
  const midnight = Date.UTC(time.getUTCFullYear(), time.getUTCMonth(), time.getUTCDate());
  return new Date(midnight - DAY_MS).toISOString().slice(0, 10);
}

/** A UTC day (YYYY-MM-DD) as stored timestamps compare: `start` <= t < `end`. */
export function utcDayBounds(day: string): { start: string; end: string } {
  const start = `${day}T00:00:00.000Z`;
  const end = `${new Date(Date.parse(start) + DAY_MS).toISOString().slice(0, 10)}T00:00:00.000Z`;
  return { start, end };
}

/**
 * Aggregates one UTC day into its `daily_log_summaries` row, in one statement: AI calls, failed
 * calls (outcome `error`, which includes calls the sweep found stuck: `timed_out`) and cost; audit actions; errors = failed AI calls + import row errors.
 * `details_json` breaks them down (AI by outcome, calls still in flight apart from successes,
 * provider and feature; audit by action; import
 * errors). An upsert on the UNIQUE day: running it again for the same day rewrites the same row
 * with the current counts, so retries and re-runs never duplicate or double-count.
 */
export async function summarizeDay(db: Db, day: string): Promise<void> {
  const { start, end } = utcDayBounds(day);
  const inDay = (column: SQLiteColumn) => sql`${column} >= ${start} and ${column} < ${end}`;
  const ai = sql`from ${aiUsageLogs} where ${inDay(aiUsageLogs.createdAt)}`;
  const aiErrors = sql`(select count(*) ${ai} and ${aiUsageLogs.outcome} = 'error')`;
  const importErrors = sql`(select count(*) from ${adminImportErrors} where ${inDay(adminImportErrors.createdAt)})`;
  const now = new Date().toISOString();
  await db.run(sql`
    insert into ${dailyLogSummaries} (id, summary_date, ai_calls, ai_failed_calls, ai_cost_usd,
      audit_actions, error_count, details_json, created_at, updated_at)
    select ${newId('dls')}, ${day},
      (select count(*) ${ai}),
      ${aiErrors},
      (select ${usdSum(aiUsageLogs.costUsd)} ${ai}),
      (select count(*) from ${auditLogs} where ${inDay(auditLogs.createdAt)}),
      ${aiErrors} + ${importErrors},
      json_object(
        'aiByOutcome', json((select json_group_object(outcome, n) from
          (select case when ${isInFlight} then ${IN_FLIGHT} else ${aiUsageLogs.outcome} end as outcome,
            count(*) as n ${ai} group by 1))),
        'aiByProvider', json((select json_group_object(provider, json_object('calls', n, 'costUsd', c)) from
          (select ${aiUsageLogs.provider} as provider, count(*) as n, ${usdSum(aiUsageLogs.costUsd)} as c ${ai} group by 1))),
        'aiByFeature', json((select json_group_object(feature, n) from
          (select ${aiUsageLogs.feature} as feature, count(*) as n ${ai} group by 1))),
        'auditByAction', json((select json_group_object(action, n) from
          (select ${auditLogs.action} as action, count(*) as n from ${auditLogs}
            where ${inDay(auditLogs.createdAt)} group by 1))),
        'importErrors', ${importErrors}
      ),
      ${now}, ${now}
    where true
    on conflict (summary_date) do update set
      ai_calls = excluded.ai_calls,
      ai_failed_calls = excluded.ai_failed_calls,
      ai_cost_usd = excluded.ai_cost_usd,
      audit_actions = excluded.audit_actions,
      error_count = excluded.error_count,
      details_json = excluded.details_json,
      updated_at = excluded.updated_at`);
}

function checkDay(field: string, value: string): string {
  if (!isCalendarDay(value)) {
    throw ValidationError.of(field, 'must be a date like 2026-01-31.');
  }
  return value;
}

/** Summaries from `from` to `to` (both included, YYYY-MM-DD), oldest first. */
export function dailySummariesQuery(
  from: string,
  to: string,
): KeysetQuery<typeof dailyLogSummaries> {
  checkDay('from', from);
  checkDay('to', to);
  const days = (Date.parse(to) - Date.parse(from)) / DAY_MS;
  if (days < 0) throw ValidationError.of('to', 'must not be before from.');
  if (days >= MAX_SUMMARY_RANGE_DAYS) {
    throw ValidationError.of('to', `must be within ${MAX_SUMMARY_RANGE_DAYS} days of from.`);
  }
  return {
    table: dailyLogSummaries,
    where: and(gte(dailyLogSummaries.summaryDate, from), lte(dailyLogSummaries.summaryDate, to)),
    order: [
      { key: 'summaryDate', direction: 'asc' },
      { key: 'id', direction: 'asc' },
    ],
  };
}
