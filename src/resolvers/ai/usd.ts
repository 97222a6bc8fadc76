import { type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';

/**
 * Amounts in USD, rounded to a billionth of a dollar, as each call's cost is stored: sums are
 * rounded the same way, so answers carry no float noise (0.42000000000000004 for 0.42).
 */
export const roundUsd = (usd: number): number => Math.round(usd * 1e9) / 1e9;

/** `sum(value)` of USD amounts in SQL, 0 for no rows, rounded as `roundUsd`. */
export const usdSum = (value: SQLiteColumn | SQL): SQL<number> =>
  sql<number>`round(coalesce(sum(${value}), 0), 9)`;
