import { Column, getTableColumns, getTableName, is, SQL, sql, Table } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../db/client';

/**
 * `INSERT INTO table SELECT <values> <tail>`: a write whose row (and whether there is one, or
 * several) SQLite decides inside the statement, from the FROM/WHERE in `tail`. D1 has no
 * interactive transactions, so conditions read in JavaScript would be stale by the time the
 * write runs. Values are SQL expressions, columns of the FROM, or plain values (bound); columns left out get their
 * declared default (an INSERT ... SELECT cannot fall back to DEFAULT by itself), else NULL.
 */
export function insertSelect<T extends SQLiteTable>(
  db: Db,
  table: T,
  values: Partial<Record<keyof T['$inferInsert'], unknown>>,
  tail: SQL,
) {
  const columns = getTableColumns(table) as Record<string, SQLiteColumn>;
  const list = Object.entries(columns).map(([key, column]) => {
    const value = (values as Record<string, unknown>)[key];
    if (value === undefined) {
      const fallback = column.default;
      if (is(fallback, SQL)) return fallback;
      return fallback === undefined ? sql`null` : sql.param(fallback, column);
    }
    if (is(value, SQL)) return value;
    if (is(value, Column)) return sql`${value}`;
    return value === null ? sql`null` : sql.param(value, column);
  });
  return db.insert(table).select(sql`select ${sql.join(list, sql`, `)} ${tail}`);
}

/**
 * An aliased table (drizzle `alias()`) for the FROM or JOIN of a raw SQL fragment: interpolated
 * as is, drizzle renders only the alias name there, not `table AS alias`.
 */
export function tableAs(aliased: SQLiteTable): SQL {
  // Table.Symbol is public at runtime but missing from drizzle's type declarations.
  const { OriginalName } = (Table as unknown as { Symbol: { OriginalName: symbol } }).Symbol;
  const original = (aliased as unknown as Record<symbol, string>)[OriginalName];
  return sql`${sql.identifier(original as string)} ${sql.identifier(getTableName(aliased))}`;
}
