import { getTableName, type SQL, sql } from 'drizzle-orm';
import { alias, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Context } from '../context';

/**
 * A table under another name, for subqueries that run inside queries over the same table (an
 * unaliased inner table would shadow the outer row's columns). `columns` is the drizzle alias;
 * `from` is the `"table" "name"` FROM clause (an alias interpolated alone renders only its name).
 */
export function aliased<T extends SQLiteTable, N extends string>(table: T, name: N) {
  const from: SQL = sql`${sql.identifier(getTableName(table))} ${sql.identifier(name)}`;
  return { columns: alias(table, name), from };
}

/**
 * Whether a condition holds now: `select 1 where <condition>`, batched with the other reads of
 * the tick. The condition goes in WHERE, not in the select list: drizzle writes columns of a
 * one-table select list without their table name, which would rebind them in subqueries.
 */
export async function holds(ctx: Context, condition: SQL): Promise<boolean> {
  const rows = await ctx.reads.read(
    ctx.db.select({ one: sql<number>`1` }).from(sql`(select 1)`).where(condition),
  );
  return rows.length > 0;
}
