import { and, getTableColumns, getTableName, inArray, type SQL, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { type Context, perRequest } from '../../context';
import { setBounded } from '../../db/bounded-map';
import type { CompiledRead } from '../../db/fast-batch';
import { filledTemplate, type StatementTemplate, templateOf } from '../../db/statement-template';
import { readKeys } from '../loader-options';
import type { PageJoin } from '../pagination/keyset-query';
import {
  type JoinedColumns,
  joinedColumns,
  joinedCopyId,
  joinsKey,
  takeJoined,
  writtenSql,
} from '../pagination/page-statement';

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
 * The statement is written once per table, number of keys and joins per isolate
 * (`byIdsTemplate`); each request writes only its rules into it (issue 18).
 */
export async function loadVisibleByIds<T extends TableWithId>(
  ctx: Context,
  table: T,
  ids: readonly string[],
  visible: SQL,
  joins: readonly PageJoin[] = [],
): Promise<T['$inferSelect'][]> {
  let joined: JoinedColumns[] = [];
  const rows = await readKeys(ctx, ids, (keys) => {
    const built = visibleByIdsRead(table, keys, visible, joins);
    joined = built.joined;
    return ctx.reads.read(built.read);
  });
  if (joins.length === 0) return rows as T['$inferSelect'][];
  const found = joins.map((join) => join.found);
  const names = Object.keys(getTableColumns(table));
  return (rows as Record<string, unknown>[]).map((row) => {
    takeJoined(row, joined, found);
    const own: Record<string, unknown> = {};
    for (const name of names) own[name] = row[name];
    return own as T['$inferSelect'];
  });
}

/**
 * The statement `loadVisibleByIds` sends for `keys`: its template (`byIdsTemplate`) filled with
 * the keys and the rules as written for this viewer, the same text and values drizzle writes
 * for the query (test/db/by-ids-statement.test.ts).
 */
export function visibleByIdsRead(
  table: TableWithId,
  keys: readonly string[],
  visible: SQL,
  joins: readonly PageJoin[],
): { read: CompiledRead<Record<string, unknown>>; joined: JoinedColumns[] } {
  const { template, joined } = byIdsTemplate(table, keys.length, joins);
  const rules = (name: string) => {
    if (name === 'sql:visible') return writtenSql(visible);
    const index = Number(name.slice('sql:visible:'.length));
    const join = joins[index] as PageJoin;
    return writtenSql(join.visible(joinedCopyId(join.table, index)));
  };
  return { read: filledTemplate(template, rules, (name) => keys[Number(name.slice(1))]), joined };
}

interface ByIdsTemplate {
  template: StatementTemplate;
  joined: JoinedColumns[];
}

const byIdsTemplates = new Map<string, ByIdsTemplate>();
/** Tables, key counts (up to a loader's batch) and joins: a few hundred shapes in practice. */
const MAX_BY_IDS_SHAPES = 1000;

/**
 * The statement reading `count` rows of `table` by id under its rule (`sql:visible`), with
 * `joins` left joined under theirs (`sql:visible:<index>`): built by drizzle once per shape.
 */
function byIdsTemplate(table: TableWithId, count: number, joins: readonly PageJoin[]) {
  const key = `${getTableName(table)}|${count}|${joinsKey(joins)}`;
  let built = byIdsTemplates.get(key);
  if (!built) {
    built = byIdsStatement(table, count, joins, key);
    setBounded(byIdsTemplates, key, built, MAX_BY_IDS_SHAPES);
  }
  return built;
}

function byIdsStatement(
  table: TableWithId,
  count: number,
  joins: readonly PageJoin[],
  name: string,
): ByIdsTemplate {
  const of = (placeholder: string) => sql`${sql.placeholder(placeholder)}`;
  const keys = Array.from({ length: count }, (_, i) => sql.placeholder(`k${i}`));
  let joined: JoinedColumns[] = [];
  const template = templateOf(`by ids ${name}`, (db) => {
    const where = and(inArray(table.id, keys), of('sql:visible'));
    if (joins.length === 0) {
      return db
        .select()
        .from(table as SQLiteTable)
        .where(where);
    }
    const columns = getTableColumns(table) as Record<string, SQLiteColumn>;
    const built = joinedColumns(joins, table, columns, (_join, index) =>
      of(`sql:visible:${index}`),
    );
    joined = built.joined;
    let select = db
      .select({ ...columns, ...built.flat })
      .from(table as SQLiteTable) as unknown as JoinedSelect;
    for (const { copy, on } of built.joins) select = select.leftJoin(copy, on);
    return select.where(where);
  });
  return { template, joined };
}
