import { getTableColumns, is, SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from '../db/client';

/**
 * `INSERT INTO t (...) SELECT <row> WHERE <condition>`: a write that applies only while the
 * condition holds, decided by SQLite inside the statement. D1 has no interactive transactions,
 * so a permission or capacity check read in JavaScript could be stale by the time we write.
 * Every column is given (an INSERT ... SELECT cannot fall back to column defaults); a value may
 * be SQL computed in the same statement (the next position of a list...).
 */
export function insertWhere<T extends SQLiteTable>(
  db: Db,
  table: T,
  row: { [K in keyof T['$inferSelect']]: T['$inferSelect'][K] | SQL },
  condition: SQL,
) {
  const columns = getTableColumns(table) as Record<string, SQLiteColumn>;
  const values = Object.entries(columns).map(([key, column]) => {
    const value = (row as Record<string, unknown>)[key];
    if (is(value, SQL)) return value;
    return value == null ? sql`null` : sql.param(value, column);
  });
  // The WHERE clause also lets an ON CONFLICT clause follow the SELECT unambiguously.
  return db.insert(table).select(sql`select ${sql.join(values, sql`, `)} where ${condition}`);
}
