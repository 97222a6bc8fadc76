import { and, getTableColumns, inArray, type SQL } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { type Context, perRequest } from '../../context';
import { readKeys } from '../loader-options';
import type { PageJoin } from '../pagination/keyset-query';
import { joinedColumns, takeJoined } from '../pagination/page-statement';

/** A table whose rows have an `id` (every node type's table). */
type TableWithId = SQLiteTable & { id: SQLiteColumn };

/** A query builder chained through its joins (its types vary with them). */
interface JoinedSelect {
  leftJoin(table: SQLiteTable, on: SQL): JoinedSelect;
  where(condition: SQL | undefined): BatchItem<'sqlite'> & PromiseLike<unknown[]>;
}

/**
 * The rows `node(id)` asks a type's loader for this request will point to (`WorkItem`:
 * its `workspace`), set by the node field from the operation's selection
 * (src/schema/page-joins.ts, `joinsOnNode`): the loader reads them with its rows.
 */
export function nodeJoins(ctx: Context, type: string): PageJoin[] {
  return perRequest(ctx, `nodeJoins:${type}`, () => [] as PageJoin[]);
}

/**
 * The rows of `table` with these ids that `visible` (the table's rule, from this folder) admits:
 * the one shape of every node loader. A hidden row comes back absent exactly as a missing one,
 * so `node(id)` answers null for both. One statement per batch of keys (`readKeys`). `joins`:
 * rows they point to, read in the same statement under their own rules and handed to `found`.
 */
export async function loadVisibleByIds<T extends TableWithId>(
  ctx: Context,
  table: T,
  ids: readonly string[],
  visible: SQL,
  joins: readonly PageJoin[] = [],
): Promise<T['$inferSelect'][]> {
  if (joins.length === 0) {
    const rows = await readKeys(ctx, ids, (keys) =>
      ctx.reads.read(
        ctx.db
          .select()
          .from(table as SQLiteTable)
          .where(and(inArray(table.id, [...keys]), visible)),
      ),
    );
    return rows as T['$inferSelect'][];
  }
  const columns = getTableColumns(table) as Record<string, SQLiteColumn>;
  const {
    flat,
    joins: copies,
    joined,
  } = joinedColumns(joins, table, columns, (join, _i, id) => join.visible(id));
  const rows = await readKeys(ctx, ids, (keys) => {
    let select = ctx.db
      .select({ ...columns, ...flat })
      .from(table as SQLiteTable) as unknown as JoinedSelect;
    for (const { copy, on } of copies) select = select.leftJoin(copy, on);
    const statement = select.where(and(inArray(table.id, [...keys]), visible));
    return ctx.reads.read(statement);
  });
  const found = joins.map((join) => join.found);
  const names = Object.keys(columns);
  return (rows as Record<string, unknown>[]).map((row) => {
    takeJoined(row, joined, found);
    const own: Record<string, unknown> = {};
    for (const name of names) own[name] = row[name];
    return own as T['$inferSelect'];
  });
}
