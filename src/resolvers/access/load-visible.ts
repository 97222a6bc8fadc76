import { and, inArray, type SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Context } from '../../context';
import { readKeys } from '../loader-options';

/** A table whose rows have an `id` (every node type's table). */
type TableWithId = SQLiteTable & { id: SQLiteColumn };

/**
 * The rows of `table` with these ids that `visible` (the table's rule, from this folder) admits:
 * the one shape of every node loader. A hidden row comes back absent exactly as a missing one,
 * so `node(id)` answers null for both. One statement per batch of keys (`readKeys`).
 */
export async function loadVisibleByIds<T extends TableWithId>(
  ctx: Context,
  table: T,
  ids: readonly string[],
  visible: SQL,
): Promise<T['$inferSelect'][]> {
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
