import { and, eq, getTableColumns, inArray, type SQL, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Context } from '../../context';
import { type CursorValues, encodeCursor, type PageRequest } from './args';

export interface OrderTerm {
  /** Property name of the column in the drizzle table. */
  key: string;
  direction: 'asc' | 'desc';
}

export interface Page<Row> {
  edges: { cursor: string; node: Row }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  totalCount: number;
}

export interface KeysetQuery<T extends SQLiteTable> {
  table: T;
  /** The column that ties rows to their parent (workspace_id of members...); none for root lists. */
  parentColumn?: SQLiteColumn;
  /** Row filter: visibility, user filters. */
  where?: SQL;
  /** Sort order; the last term must be unique (the id) so cursors never skip or repeat. */
  order: OrderTerm[];
  /**
   * Derived sort keys, by name, that `order` may use like columns: a cursor cannot hold a NULL, so
   * a nullable column sorts through a non-null expression (`coalesce(due_at, '9999...')`). They
   * are computed beside each row and left out of the returned rows.
   */
  computed?: Record<string, SQL>;
  /**
   * Rows the page's rows point to that the operation will ask for (a work item's `owner`, a
   * membership's `workspace`...): read with the page, joined by primary key under their own
   * access rule, and handed to `found` (which primes their loader), so that they cost no round
   * trip of their own. See src/schema/page-joins.ts.
   */
  joins?: PageJoin[];
}

/** One to-one reference a page reads beside its rows (KeysetQuery `joins`). */
export interface PageJoin {
  /** The column of the page's table that holds the other row's id. */
  column: SQLiteColumn;
  /** The table it points to, by its `id`. */
  table: SQLiteTable;
  /** The other rows' access rule, on the joined copy's id: the rule their loader applies. */
  visible: (id: SQLiteColumn) => SQL;
  /** Takes each row found (none for a null reference or a row the rule hides). */
  found: (row: Record<string, unknown>) => void;
}

const ROOT = '__root__';

/** The page statement's builder as this module chains it (its types vary with the joins). */
interface PageSelect {
  leftJoin(table: SQLiteTable, on: SQL): PageSelect;
  where(condition: SQL): {
    orderBy(...columns: SQLiteColumn[]): BatchItem<'sqlite'> & PromiseLike<unknown[]>;
  };
}

function cursorCondition(
  fields: Record<string, unknown>,
  order: OrderTerm[],
  values: CursorValues,
  direction: PageRequest['direction'],
): SQL {
  // (a, b, id) after (x, y, z) in mixed directions: a > x OR (a = x AND (b > y OR (b = y AND id > z)))
  let condition: SQL | null = null;
  for (let i = order.length - 1; i >= 0; i--) {
    const term = order[i] as OrderTerm;
    const column = fields[term.key] as SQLiteColumn;
    const value = values[i];
    const ascending = (term.direction === 'asc') === (direction === 'forward');
    const strict = ascending ? sql`${column} > ${value}` : sql`${column} < ${value}`;
    condition =
      condition === null ? strict : sql`(${strict} OR (${column} = ${value} AND ${condition}))`;
  }
  if (order.length === 1) return condition as SQL;
  // The same bound on the first key alone, redundant but not an OR: SQLite can take it as an
  // index range, where the OR above alone sometimes sent it scanning the table (query-plans test).
  const first = order[0] as OrderTerm;
  const column = fields[first.key] as SQLiteColumn;
  const ascending = (first.direction === 'asc') === (direction === 'forward');
  const bound = ascending ? sql`${column} >= ${values[0]}` : sql`${column} <= ${values[0]}`;
  return sql`(${bound} AND ${condition})`;
}

/**
 * One statement that pages a connection for every parent at once: window functions count each
 * parent's rows (before the cursor applies) and rank them, so a list of parents costs one query,
 * not one per parent. Returns a page per parent id (an empty page where it has no rows).
 */
export function keysetPages<T extends SQLiteTable>(
  ctx: Context,
  query: KeysetQuery<T>,
  page: PageRequest,
  parentIds: readonly string[] | null,
): Promise<Map<string, Page<T['$inferSelect']>>> {
  const { table, parentColumn, order } = query;
  const columns = getTableColumns(table);
  const parentExpr = parentColumn ?? sql`${ROOT}`;
  const windowOrder = (fields: Record<string, unknown>, flip: boolean) =>
    sql.join(
      order.map((term) => {
        const asc = (term.direction === 'asc') !== flip;
        return sql`${fields[term.key] as SQLiteColumn} ${sql.raw(asc ? 'asc' : 'desc')}`;
      }),
      sql`, `,
    );

  const filters = [query.where];
  if (parentColumn && parentIds) filters.push(inArray(parentColumn, [...parentIds]));
  const computedKeys = Object.keys(query.computed ?? {});
  const computed = Object.fromEntries(
    computedKeys.map((key, index) => [
      key,
      sql`${(query.computed as Record<string, SQL>)[key]}`.as(`page_key_${index}`),
    ]),
  );
  if (!parentColumn) return rootPage(ctx, query, page, computed);
  const base = ctx.db
    .select({
      ...columns,
      ...computed,
      pageParent: sql<string>`${parentExpr}`.as('page_parent'),
      pageTotal: sql<number>`count(*) over (partition by ${parentExpr})`.as('page_total'),
    })
    .from(table as SQLiteTable)
    .where(and(...filters))
    .as('page_base');
  const baseFields = base as unknown as Record<string, unknown>;
  const flip = page.direction === 'backward';
  // Rows past the cursor are ranked on their own; one row before it is kept per parent (rank 1 of
  // the other partition) so that the parent's total survives a cursor past its last row.
  const afterCursor = page.cursor
    ? sql<number>`(case when ${cursorCondition(baseFields, order, page.cursor, page.direction)} then 1 else 0 end)`
    : sql<number>`1`;
  const ranked = ctx.db
    .select({
      ...(base._.selectedFields as Record<string, SQLiteColumn>),
      pageAfter: afterCursor.as('page_after'),
      pageRank:
        sql<number>`row_number() over (partition by ${base.pageParent}, ${afterCursor} order by ${windowOrder(baseFields, flip)})`.as(
          'page_rank',
        ),
    })
    .from(base)
    .as('page_ranked');
  const rankedFields = ranked as unknown as Record<string, SQLiteColumn>;
  const joined = joinedRows(query, rankedFields);
  let from = (joined.joins.length === 0
    ? ctx.db.select().from(ranked)
    : ctx.db
        .select({
          ...Object.fromEntries(
            Object.keys(ranked._.selectedFields).map((key) => [key, rankedFields[key]]),
          ),
          ...joined.fields,
        } as Record<string, SQLiteColumn>)
        .from(ranked)) as unknown as PageSelect;
  for (const join of joined.joins) from = from.leftJoin(join.table, join.on);
  const statement = from
    .where(
      sql`(${ranked.pageAfter} = 1 and ${ranked.pageRank} <= ${page.limit + 1}) or (${ranked.pageAfter} = 0 and ${ranked.pageRank} = 1)`,
    )
    .orderBy(rankedFields.pageParent as SQLiteColumn, rankedFields.pageRank as SQLiteColumn);

  const nodeOf = nodeMaker(columns);
  return ctx.reads.read(statement).then((rows) => {
    const grouped = new Map<string, Record<string, unknown>[]>();
    for (const row of rows as Record<string, unknown>[]) {
      joined.take(row);
      const key = String(row.pageParent);
      const list = grouped.get(key);
      if (list) list.push(row);
      else grouped.set(key, [row]);
    }
    const pages = new Map<string, Page<T['$inferSelect']>>();
    for (const parentId of parentIds ?? [ROOT]) {
      pages.set(parentId, buildPage(grouped.get(parentId) ?? [], order, page, nodeOf));
    }
    return pages;
  });
}

/**
 * A root list (no parent) as one statement that reads only its page: the rows past the cursor in
 * the list's order, stopped by LIMIT (an index walk where one fits), beside the filtered count.
 * The windowed form above would read and rank every row of the table for each page. The count
 * is the one row on the left of the join, so it survives a cursor past the last row.
 */
function rootPage<T extends SQLiteTable>(
  ctx: Context,
  query: KeysetQuery<T>,
  page: PageRequest,
  computed: Record<string, SQL.Aliased>,
): Promise<Map<string, Page<T['$inferSelect']>>> {
  const { table, order } = query;
  const columns = getTableColumns(table);
  // The cursor and the order name computed keys by their expression: WHERE cannot see aliases.
  const fields: Record<string, unknown> = { ...columns, ...query.computed };
  const flip = page.direction === 'backward';
  const orderBy = (source: Record<string, unknown>) =>
    order.map((term) => {
      const asc = (term.direction === 'asc') !== flip;
      return sql`${source[term.key] as SQLiteColumn} ${sql.raw(asc ? 'asc' : 'desc')}`;
    });
  const totals = ctx.db
    .select({ pageTotal: sql<number>`count(*)`.as('page_total') })
    .from(table as SQLiteTable)
    .where(query.where)
    .as('page_totals');
  const rows = ctx.db
    .select({ ...columns, ...computed })
    .from(table as SQLiteTable)
    .where(
      and(
        query.where,
        page.cursor ? cursorCondition(fields, order, page.cursor, page.direction) : undefined,
      ),
    )
    .orderBy(...orderBy(fields))
    .limit(page.limit + 1)
    .as('page_rows');
  const rowFields = rows as unknown as Record<string, unknown>;
  const statement = ctx.db
    .select({
      ...(rows._.selectedFields as Record<string, SQLiteColumn>),
      pageTotal: totals.pageTotal,
    })
    .from(totals)
    .leftJoin(rows, sql`1 = 1`)
    .orderBy(...orderBy(rowFields));
  const unique = (order.at(-1) as OrderTerm).key;
  return ctx.reads.read(statement).then((result) => {
    const all = result as Record<string, unknown>[];
    // No row past the cursor: the join's one row carries the count alone.
    for (const row of all) row.pageAfter = row[unique] == null ? 0 : 1;
    const built = buildPage<T['$inferSelect']>(all, order, page, nodeMaker(columns));
    return new Map([[ROOT, built]]);
  });
}

/**
 * A page row's node: the table's columns alone, copied into an object of their own (not the
 * row less the page's keys: deleting properties turned each row into a slow dictionary, a
 * twentieth of a list page's CPU in issue 18's profile).
 */
function nodeMaker(columns: Record<string, unknown>) {
  const keys = Object.keys(columns);
  return (row: Record<string, unknown>) => {
    const node: Record<string, unknown> = {};
    for (const key of keys) node[key] = row[key];
    return node;
  };
}

function buildPage<Row>(
  all: Record<string, unknown>[],
  order: OrderTerm[],
  page: PageRequest,
  nodeOf: (row: Record<string, unknown>) => Record<string, unknown>,
): Page<Row> {
  const totalCount = Number(all[0]?.pageTotal ?? 0);
  const rows = all.filter((row) => Number(row.pageAfter) === 1);
  const hasMore = rows.length > page.limit;
  const kept = rows.slice(0, page.limit);
  if (page.direction === 'backward') kept.reverse();
  const edges = kept.map((row) => {
    const node = nodeOf(row);
    const values = order.map((term) => row[term.key] as string | number);
    // Encoded when read: most pages are asked for nodes, not each edge's cursor.
    let cursor: string | undefined;
    return {
      get cursor() {
        cursor ??= encodeCursor(values);
        return cursor;
      },
      node: node as Row,
    };
  });
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: page.direction === 'forward' ? hasMore : page.cursor !== null,
      hasPreviousPage: page.direction === 'backward' ? hasMore : page.cursor !== null,
      get startCursor() {
        return edges[0]?.cursor ?? null;
      },
      get endCursor() {
        return edges.at(-1)?.cursor ?? null;
      },
    },
  };
}

export const ROOT_PARENT = ROOT;

/**
 * The joins and flat fields that read `query.joins` beside a page: each joined row's columns under
 * names of their own (`page_join_0_id`...: D1 answers rows as objects by column name, so a second
 * `id` would overwrite the first), and `take`, which hands a row's joined rows to `found`.
 */
function joinedRows<T extends SQLiteTable>(
  query: KeysetQuery<T>,
  fields: Record<string, SQLiteColumn>,
) {
  const wanted = query.joins ?? [];
  const own = getTableColumns(query.table) as Record<string, SQLiteColumn>;
  const flat: Record<string, SQL.Aliased> = {};
  const joins = wanted.map((join, index) => {
    const table = alias(join.table, `page_join_${index}`);
    const columns = getTableColumns(table) as Record<string, SQLiteColumn>;
    const key = Object.keys(own).find((name) => own[name]?.name === join.column.name);
    const id = columns.id as SQLiteColumn;
    const on = and(eq(id, fields[key as string] as SQLiteColumn), join.visible(id)) as SQL;
    const names = Object.keys(columns);
    for (const name of names) {
      const column = columns[name] as SQLiteColumn;
      flat[`pageJoin${index}_${name}`] = sql`${column}`
        .mapWith(column)
        .as(`page_join_${index}_${column.name}`);
    }
    const flatNames = names.map((name) => `pageJoin${index}_${name}`);
    return { table, on, names, flatNames, found: join.found };
  });
  const take = (row: Record<string, unknown>) => {
    for (const { names, flatNames, found } of joins) {
      const other: Record<string, unknown> = {};
      for (let i = 0; i < names.length; i++) {
        other[names[i] as string] = row[flatNames[i] as string];
      }
      if (other.id !== null && other.id !== undefined) found(other);
    }
  };
  return { fields: flat, joins, take };
}
