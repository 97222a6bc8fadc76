import { and, eq, getTableColumns, getTableName, inArray, type SQL, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import {
  alias,
  type SQLiteColumn,
  SQLiteSyncDialect,
  type SQLiteTable,
} from 'drizzle-orm/sqlite-core';
import { setBounded } from '../../db/bounded-map';
import type { Db } from '../../db/client';
import type { CompiledRead } from '../../db/fast-batch';
import { entryOf } from '../../db/map-entry';
import { filledTemplate, type StatementTemplate, templateOf } from '../../db/statement-template';
import type { PageRequest } from './args';
import type { KeysetQuery, OrderTerm, PageJoin } from './keyset-query';

/** The page statement's builder as this module chains it (its types vary with the joins). */
interface PageSelect {
  leftJoin(table: SQLiteTable, on: SQL): PageSelect;
  where(condition: SQL): BatchItem<'sqlite'> & {
    orderBy(...columns: SQLiteColumn[]): BatchItem<'sqlite'> & PromiseLike<unknown[]>;
  };
}

/** A keyset cursor's condition: the rows after `values` in `order`, read in `direction`. */
export function cursorCondition(
  fields: Record<string, unknown>,
  order: OrderTerm[],
  values: readonly unknown[],
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

/** What one nested page statement is built from: the query's parts and the page's values. */
export interface PageInputs {
  where: SQL | undefined;
  computed: Record<string, SQL>;
  /** Per join of the query: its access rule, on the joined copy's id (`joinedCopy`). */
  visible: SQL[];
  /** The parents' ids, or SQL that selects them (a subquery of their own page: `children`). */
  parentIds: readonly unknown[] | SQL | null;
  cursor: readonly unknown[] | null;
  direction: PageRequest['direction'];
  limitPlusOne: unknown;
  /**
   * Only the parents of a child page are wanted: this column (property key) of the page's rows
   * past the cursor. The page then reads no count, no join back and no joins (`oneParentKeys`
   * for one parent, `rankedKeys` for many).
   */
  keysOnly?: string;
}

/** How a joined row's columns come back in a page row: names, and the flat keys they hold. */
export interface JoinedColumns {
  names: string[];
  flatNames: string[];
}

const copies = new Map<string, SQLiteTable>();
type Columns = Record<string, SQLiteColumn>;

/** The copy of `table` a page joins as its `index`th reference (`page_join_<index>`). */
export function joinedCopy(table: SQLiteTable, index: number): SQLiteTable {
  const key = `${getTableName(table)}:${index}`;
  let copy = copies.get(key);
  if (!copy) {
    copy = alias(table, `page_join_${index}`);
    copies.set(key, copy);
  }
  return copy;
}

const copyIds = new Map<string, SQLiteColumn>();

/**
 * The id column of `joinedCopy(table, index)`, one object per copy. Drizzle's alias hands out a
 * new proxy of a column at each read of it, and a rule kept per column and viewer (viewerRule)
 * found none kept for such a proxy: every request wrote its joins' rules again (2 % of a node
 * refetch's CPU in issue 18's profile).
 */
export function joinedCopyId(table: SQLiteTable, index: number): SQLiteColumn {
  return entryOf(
    copyIds,
    `${getTableName(table)}:${index}`,
    () => (joinedCopy(table, index) as unknown as Columns).id as SQLiteColumn,
  );
}

/** The page's order over `source`'s columns (or computed keys), reversed for a backward page. */
export function orderTerms(
  order: readonly OrderTerm[],
  source: Record<string, unknown>,
  flip: boolean,
): SQL[] {
  return order.map((term) => {
    const asc = (term.direction === 'asc') !== flip;
    return sql`${source[term.key] as SQLiteColumn} ${sql.raw(asc ? 'asc' : 'desc')}`;
  });
}

/** Computed sort keys, each under its page alias (`page_key_<n>`). */
export function aliasedComputed(computed: Record<string, SQL>): Record<string, SQL.Aliased> {
  return Object.fromEntries(
    Object.keys(computed).map((key, index) => [
      key,
      sql`${computed[key] as SQL}`.as(`page_key_${index}`),
    ]),
  );
}

/**
 * The table's columns a page reads of its rows (`query.columns`, or all), with those the page
 * uses itself: the id, the parent column, the order keys, the joins' reference columns and the
 * children's parent keys.
 */
export function pageColumns(query: KeysetQuery<SQLiteTable>): Record<string, SQLiteColumn> {
  const all = getTableColumns(query.table) as Record<string, SQLiteColumn>;
  if (!query.columns) return all;
  // Asked for its statement's shape and for every page its rows make: worked out once.
  return entryOf(pageColumnSets, query, () => chosenColumns(query, all));
}

const pageColumnSets = new WeakMap<KeysetQuery<SQLiteTable>, Record<string, SQLiteColumn>>();

/** `pageColumns` of a query that names its columns. */
function chosenColumns(
  query: KeysetQuery<SQLiteTable>,
  all: Record<string, SQLiteColumn>,
): Record<string, SQLiteColumn> {
  const joined = new Set((query.joins ?? []).map((join) => join.column));
  const wanted = new Set([
    'id',
    ...(query.columns ?? []),
    ...query.order.map((term) => term.key),
    ...(query.children ?? []).map((child) => child.parentKey),
  ]);
  return Object.fromEntries(
    Object.entries(all).filter(
      ([key, column]) => wanted.has(key) || column === query.parentColumn || joined.has(column),
    ),
  );
}

const parentKeys = new WeakMap<SQLiteColumn, string>();

/** The property key of a table's parent column (a page's rows are keyed by property). */
export function parentKeyOf(table: SQLiteTable, column: SQLiteColumn): string {
  return entryOf(parentKeys, column, () => {
    const columns = getTableColumns(table) as Record<string, SQLiteColumn>;
    return Object.keys(columns).find((key) => columns[key] === column) as string;
  });
}

/** Each parent's count of rows, as a window; 0 when the operation does not ask (`uncounted`). */
const windowCount = (query: KeysetQuery<SQLiteTable>, parentColumn: SQLiteColumn) =>
  query.uncounted ? sql<number>`0` : sql<number>`count(*) over (partition by ${parentColumn})`;

/** The table's columns the order names (the rest of its keys are computed). */
function orderKeyColumns(order: readonly OrderTerm[], columns: Record<string, unknown>) {
  return Object.fromEntries(
    order.filter((term) => term.key in columns).map((term) => [term.key, columns[term.key]]),
  );
}

/**
 * One statement that pages a connection for every parent at once: window functions count each
 * parent's rows (before the cursor applies) and rank them, so a list of parents costs one query,
 * not one per parent. The rows a page points to (`query.joins`) come along, by primary key, under
 * names of their own (`page_join_0_id`...: D1 answers rows as objects by column name, so a
 * second `id` would overwrite the first).
 */
export function nestedPageStatement(
  db: Db,
  query: KeysetQuery<SQLiteTable>,
  inputs: PageInputs,
): { statement: BatchItem<'sqlite'>; joined: JoinedColumns[] } {
  const { table, order } = query;
  const parentColumn = query.parentColumn as SQLiteColumn;
  const columns = getTableColumns(table);
  const windowOrder = (fields: Record<string, unknown>, flip: boolean) =>
    sql.join(orderTerms(order, fields, flip), sql`, `);
  const filters = [inputs.where];
  const { parentIds } = inputs;
  if (Array.isArray(parentIds) && parentIds.length === 1) {
    return inputs.keysOnly
      ? { statement: oneParentKeys(db, query, inputs, parentIds[0], inputs.keysOnly), joined: [] }
      : oneParentStatement(db, query, inputs, parentIds[0]);
  }
  if (parentIds) {
    filters.push(inArray(parentColumn, Array.isArray(parentIds) ? [...parentIds] : parentIds));
  }
  const computed = aliasedComputed(inputs.computed);
  // The windows sort and count only what they need (the row's rowid; past a cursor, its order
  // keys and parent): the table's columns are read for the page's rows alone, by rowid, once
  // ranked. Sorting whole rows (a work item's description and all) cost the dashboard's
  // statement two fifths more than the same ranking on narrow rows.
  const { keysOnly } = inputs;
  // Only a child's parents wanted: the ranked rows carry that column, and no count.
  const orderColumns = {
    ...orderKeyColumns(order, columns),
    ...(keysOnly ? { [keysOnly]: columns[keysOnly] } : {}),
  };
  const counted = keysOnly ? { ...query, uncounted: true } : query;
  const flip = inputs.direction === 'backward';
  // A first page's ranked rows carry what is read of them and nothing more: the row (or, for a
  // child's parents, their column), its computed keys, its count when asked, its rank. Every
  // row is on the cursor's one side, and the rows are joined back by rowid, unordered: no
  // order keys, parent or side to carry through the windows' sort.
  const ranked = inputs.cursor
    ? rankedPastCursor(db, counted, inputs, and(...filters), orderColumns, computed)
    : db
        .select({
          ...(keysOnly
            ? { [keysOnly]: columns[keysOnly] }
            : { pageRow: sql<number>`rowid`.as('page_row'), ...computed }),
          ...(counted.uncounted
            ? {}
            : { pageTotal: windowCount(counted, parentColumn).as('page_total') }),
          // A first page ranks every row at one level: the cursor's two-level form (count, then
          // rank on each side of the cursor) cost the thread's deliveries a sixth more.
          pageRank:
            sql<number>`row_number() over (partition by ${parentColumn} order by ${windowOrder({ ...columns, ...inputs.computed }, flip)})`.as(
              'page_rank',
            ),
        })
        .from(table)
        .where(and(...filters))
        .as('page_ranked');
  const rankedFields = ranked as unknown as Record<string, SQLiteColumn>;
  if (keysOnly) return { statement: rankedKeys(db, rankedFields, keysOnly, inputs), joined: [] };
  const { flat, joins, joined } = pageJoins(query, inputs);
  // Each row's parent is its parent column, already among the page's columns; its count and
  // its side of the cursor come back only when they vary (`pageKeys`).
  const pageKeys = [
    ...(counted.uncounted ? [] : ['pageTotal']),
    ...(inputs.cursor ? ['pageAfter'] : []),
    'pageRank',
    ...Object.keys(computed),
  ];
  let from = db
    .select({
      ...pageColumns(query),
      ...Object.fromEntries(pageKeys.map((key) => [key, rankedFields[key]])),
      ...flat,
    } as Record<string, SQLiteColumn>)
    .from(ranked)
    .innerJoin(table, sql`${table}.rowid = ${rankedFields.pageRow}`) as unknown as PageSelect;
  for (const join of joins) from = from.leftJoin(join.copy, join.on);
  // No ORDER BY: the rows are put in their ranks per parent as they are grouped (keyset.ts
  // `rowsByParent`). Sorting them here by parent and rank was a quarter of the benchmark thread's
  // deliveries statement as SQLite ran it.
  const statement = from.where(
    inputs.cursor
      ? sql`(${rankedFields.pageAfter} = 1 and ${rankedFields.pageRank} <= ${inputs.limitPlusOne}) or (${rankedFields.pageAfter} = 0 and ${rankedFields.pageRank} = 1)`
      : sql`${rankedFields.pageRank} <= ${inputs.limitPlusOne}`,
  );
  return { statement, joined };
}

/**
 * The parents a child page reads from a page of many parents (`keysOnly`): the column `key`
 * alone, of each parent's ranked rows past the cursor, as many as the page statement keeps (its
 * extra row too). No order, no count, no join back by rowid and no joins: the deep node's
 * memberships selected their parents through the members' whole page statement, whose
 * compiling and running cost as much as the memberships' own (issue 18, the statements timed
 * in SQLite on the benchmark's data).
 */
function rankedKeys(
  db: Db,
  ranked: Record<string, SQLiteColumn>,
  key: string,
  inputs: PageInputs,
): BatchItem<'sqlite'> {
  const kept = sql`${ranked.pageRank} <= ${inputs.limitPlusOne}`;
  return db
    .select({ [key]: ranked[key] as SQLiteColumn })
    .from(ranked as never)
    .where(
      inputs.cursor ? sql`${ranked.pageAfter} = 1 and ${kept}` : kept,
    ) as unknown as BatchItem<'sqlite'>;
}

/**
 * The rows of a nested page past its cursor, ranked per parent: each parent's rows counted
 * before the cursor applies, then ranked on each side of it, with one row before it kept per
 * parent (rank 1 of the other side) so that the parent's total survives a cursor past its last
 * row.
 */
function rankedPastCursor(
  db: Db,
  query: KeysetQuery<SQLiteTable>,
  inputs: PageInputs,
  filter: SQL | undefined,
  orderColumns: Record<string, unknown>,
  computed: Record<string, SQL.Aliased>,
) {
  const { table, order } = query;
  const parentColumn = query.parentColumn as SQLiteColumn;
  const windowOrder = (fields: Record<string, unknown>, flip: boolean) =>
    sql.join(orderTerms(order, fields, flip), sql`, `);
  const base = db
    .select({
      pageRow: sql<number>`rowid`.as('page_row'),
      ...orderColumns,
      ...computed,
      pageParent: sql<string>`${parentColumn}`.as('page_parent'),
      pageTotal: windowCount(query, parentColumn).as('page_total'),
    })
    .from(table)
    .where(filter)
    .as('page_base');
  const baseFields = base as unknown as Record<string, unknown>;
  const afterCursor = sql<number>`(case when ${cursorCondition(baseFields, order, inputs.cursor ?? [], inputs.direction)} then 1 else 0 end)`;
  return db
    .select({
      ...(base._.selectedFields as unknown as Record<string, SQLiteColumn>),
      pageAfter: afterCursor.as('page_after'),
      pageRank:
        sql<number>`row_number() over (partition by ${base.pageParent}, ${afterCursor} order by ${windowOrder(baseFields, inputs.direction === 'backward')})`.as(
          'page_rank',
        ),
    })
    .from(base)
    .as('page_ranked');
}

/**
 * One parent's page, as a root list's (keyset.ts `rootPage`): its rows past the cursor in the
 * page's order, stopped by LIMIT (an index walk where one fits), beside its filtered count. The
 * windowed form reads and ranks every row of the parent (every message of a thread) for each
 * page; this one reads the page. The count is the one row on the left of the joins, so a parent
 * with no row past the cursor keeps its total (that row's `page_after` is 0).
 */
function oneParentStatement(
  db: Db,
  query: KeysetQuery<SQLiteTable>,
  inputs: PageInputs,
  parentId: unknown,
): { statement: BatchItem<'sqlite'>; joined: JoinedColumns[] } {
  const { table, order } = query;
  const parentColumn = query.parentColumn as SQLiteColumn;
  const columns = getTableColumns(table);
  const filter = and(inputs.where, sql`${parentColumn} = ${parentId}`);
  // The cursor and the order name computed keys by their expression: WHERE cannot see aliases.
  const fields: Record<string, unknown> = { ...columns, ...inputs.computed };
  const flip = inputs.direction === 'backward';
  const orderBy = (source: Record<string, unknown>) => orderTerms(order, source, flip);
  const computed = aliasedComputed(inputs.computed);
  const keys = orderKeyColumns(order, columns);
  const cursor = inputs.cursor
    ? cursorCondition(fields, order, inputs.cursor, inputs.direction)
    : undefined;
  const rows = db
    .select({ pageRow: sql<number>`rowid`.as('page_row'), ...keys, ...computed })
    .from(table)
    .where(and(filter, cursor))
    .orderBy(...orderBy(fields))
    .limit(inputs.limitPlusOne as number)
    .as('page_rows');
  const rowFields = rows as unknown as Record<string, SQLiteColumn>;
  const { flat, joins, joined } = pageJoins(query, inputs);
  // The parent is the one asked for: its rows repeat it neither as a page key nor in the parent
  // column (set on each row as they arrive: keyset.ts).
  const { [parentKeyOf(table, parentColumn)]: _parent, ...own } = pageColumns(query);
  const selected = (counts?: { pageTotal: unknown; pageAfter: SQL.Aliased }) =>
    ({
      ...own,
      ...Object.fromEntries(Object.keys(computed).map((key) => [key, rowFields[key]])),
      ...counts,
      ...flat,
    }) as unknown as Record<string, SQLiteColumn>;
  let from: PageSelect;
  if (query.uncounted) {
    // No total to carry: the page's rows alone (none, an empty page), without the count's row
    // on the left of a join (its wrapper cost the thread's two one-parent pages 100 rows read),
    // each past the cursor.
    from = db
      .select(selected())
      .from(rows)
      .innerJoin(table, sql`${table}.rowid = ${rowFields.pageRow}`) as unknown as PageSelect;
  } else {
    const totals = db
      .select({ pageTotal: sql<number>`count(*)`.as('page_total') })
      .from(table)
      .where(filter)
      .as('page_totals');
    from = db
      .select(
        selected({
          pageTotal: totals.pageTotal,
          pageAfter: sql<number>`(case when ${rowFields.pageRow} is null then 0 else 1 end)`.as(
            'page_after',
          ),
        }),
      )
      .from(totals)
      .leftJoin(rows, sql`1 = 1`)
      .leftJoin(table, sql`${table}.rowid = ${rowFields.pageRow}`) as unknown as PageSelect;
  }
  for (const join of joins) from = from.leftJoin(join.copy, join.on);
  const statement = from.where(sql`1 = 1`).orderBy(...(orderBy(rowFields) as never[]));
  return { statement, joined };
}

/**
 * The parents a child page reads from one parent's page (`keysOnly`): the column `key` alone,
 * of the page's rows past the cursor, in its order, stopped by LIMIT. The page's count, its
 * columns read back by rowid and its joins are the page's business, not the child's: selecting
 * the parents through the whole page statement read 250 rows more for the benchmark thread's
 * deliveries (1,526 rows read, now 1,275).
 */
function oneParentKeys(
  db: Db,
  query: KeysetQuery<SQLiteTable>,
  inputs: PageInputs,
  parentId: unknown,
  key: string,
): BatchItem<'sqlite'> {
  const { table, order } = query;
  const columns = getTableColumns(table) as Record<string, SQLiteColumn>;
  const fields: Record<string, unknown> = { ...columns, ...inputs.computed };
  const cursor = inputs.cursor
    ? cursorCondition(fields, order, inputs.cursor, inputs.direction)
    : undefined;
  const parentColumn = query.parentColumn as SQLiteColumn;
  return db
    .select({ [key]: columns[key] as SQLiteColumn })
    .from(table)
    .where(and(inputs.where, sql`${parentColumn} = ${parentId}`, cursor))
    .orderBy(...orderTerms(order, fields, inputs.direction === 'backward'))
    .limit(inputs.limitPlusOne as number);
}

/** A page statement's joins, on the table's own reference columns, under the rules given. */
const pageJoins = (query: KeysetQuery<SQLiteTable>, inputs: PageInputs) =>
  joinedColumns(
    query.joins ?? [],
    query.table,
    getTableColumns(query.table) as Record<string, SQLiteColumn>,
    (_join, index) => inputs.visible[index],
  );

/**
 * The columns and LEFT JOINs that read `joins` beside rows whose reference columns `source`
 * holds (the table's own columns, or a subquery's): each joined row's columns under names of
 * their own (`page_join_0_id`...: D1 answers rows as objects by column name, so a second `id`
 * would overwrite the first), each join under its rule (`visible`, on the joined copy's id).
 */
export function joinedColumns(
  wanted: readonly PageJoin[],
  table: SQLiteTable,
  source: Record<string, SQLiteColumn>,
  visible: (join: PageJoin, index: number, id: SQLiteColumn) => SQL | undefined,
) {
  const own = getTableColumns(table) as Record<string, SQLiteColumn>;
  const flat: Record<string, SQL.Aliased> = {};
  const joins = wanted.map((join, index) => {
    const copy = joinedCopy(join.table, index);
    const copyColumns = getTableColumns(copy) as Record<string, SQLiteColumn>;
    const key = Object.keys(own).find((name) => own[name]?.name === join.column.name);
    const id = copyColumns.id as SQLiteColumn;
    const on = and(eq(id, source[key as string] as SQLiteColumn), visible(join, index, id)) as SQL;
    for (const name of joinedNames(join)) {
      const column = copyColumns[name] as SQLiteColumn;
      flat[`pageJoin${index}_${name}`] = sql`${column}`
        .mapWith(column)
        .as(`page_join_${index}_${column.name}`);
    }
    return { copy, on };
  });
  const joined = wanted.map((join, index) => {
    const names = joinedNames(join);
    return { names, flatNames: names.map((name) => `pageJoin${index}_${name}`) };
  });
  return { flat, joins, joined };
}

/** The columns a join reads of its table (property keys): `columns` and the id, or all. */
function joinedNames(join: PageJoin): string[] {
  const all = Object.keys(getTableColumns(join.table));
  if (!join.columns) return all;
  const wanted = new Set(['id', ...join.columns]);
  return all.filter((name) => wanted.has(name));
}

/** Hands each row a statement joined (`joinedColumns`) to its join's `found`, when there is one. */
export function takeJoined(
  row: Record<string, unknown>,
  joined: readonly JoinedColumns[],
  found: readonly ((row: Record<string, unknown>) => void)[],
): void {
  for (let j = 0; j < joined.length; j++) {
    const { names, flatNames } = joined[j] as JoinedColumns;
    const other: Record<string, unknown> = {};
    for (let i = 0; i < names.length; i++) {
      other[names[i] as string] = row[flatNames[i] as string];
    }
    if (other.id !== null && other.id !== undefined) found[j]?.(other);
  }
}

/**
 * A page statement built once per shape (src/db/statement-template.ts): its placeholders are the
 * page's values (`k0`, `c0`, `limit`) and the query's own SQL (`sql:where`,
 * `sql:computed:<key>`, `sql:visible:<index>`, `sql:parents`).
 */
interface CompiledPage {
  template: StatementTemplate;
  joined: JoinedColumns[];
}

/** How a statement names its parents: so many ids, a subquery of their page, or none (root). */
type Parents = number | 'subquery' | null;

/**
 * A statement whose only column is a page's parents' ids, as sent (filled): a page's keys-only
 * statement (a child page's parents: `PageInputs.keysOnly`), or the rows a refetched node
 * points to.
 */
export interface ParentsOf {
  sql: string;
  params: readonly unknown[];
}

const MAX_SHAPES = 1000;
const compiledPages = new Map<string, CompiledPage>();
const dialect = new SQLiteSyncDialect();

/** Everything of a page but its values and its query's own SQL: what its statement text is. */
function shapeKey(
  query: KeysetQuery<SQLiteTable>,
  page: PageRequest,
  parents: Parents,
  keysOnly: string | undefined,
): string {
  return [
    keysOnly ?? '',
    getTableName(query.table),
    query.parentColumn?.name,
    query.order.map((term) => `${term.key} ${term.direction}`).join(','),
    Object.keys(query.computed ?? {}).join(','),
    joinsKey(query.joins ?? []),
    query.where ? 'where' : '',
    query.columns ? Object.keys(pageColumns(query)).join(' ') : '*',
    query.uncounted ? 'uncounted' : 'counted',
    page.direction,
    page.cursor?.length ?? -1,
    parents ?? -1,
  ].join('|');
}

function compile(
  query: KeysetQuery<SQLiteTable>,
  page: PageRequest,
  parents: Parents,
  keysOnly: string | undefined,
): CompiledPage {
  const of = (name: string) => sql`${sql.placeholder(name)}`;
  const computedKeys = Object.keys(query.computed ?? {});
  let joined: JoinedColumns[] = [];
  const template = templateOf(shapeKey(query, page, parents, keysOnly), (db) => {
    const built = nestedPageStatement(db, query, {
      where: query.where ? of('sql:where') : undefined,
      computed: Object.fromEntries(computedKeys.map((key) => [key, of(`sql:computed:${key}`)])),
      visible: (query.joins ?? []).map((_, index) => of(`sql:visible:${index}`)),
      parentIds:
        parents === null
          ? null
          : parents === 'subquery'
            ? of('sql:parents')
            : Array.from({ length: parents }, (_, i) => of(`k${i}`)),
      cursor: page.cursor ? page.cursor.map((_, i) => of(`c${i}`)) : null,
      direction: page.direction,
      limitPlusOne: sql.placeholder('limit'),
      keysOnly,
    });
    joined = built.joined;
    return built.statement;
  });
  return { template, joined };
}

/** A join's part of a statement's shape: the column it follows, its table, what it reads. */
export function joinsKey(joins: readonly PageJoin[]): string {
  return joins
    .map(
      (join) =>
        `${join.column.name}>${getTableName(join.table)}(${join.columns?.join(' ') ?? '*'})`,
    )
    .join(',');
}

const written = new WeakMap<SQL, { sql: string; params: unknown[] }>();

/**
 * A query's own SQL (its filter, computed keys) as text and parameters, written once per SQL
 * object: a page's loader builds its query once and writes its filter to size its statements
 * (`parentsPerStatement`), to fill its statement, and again as the parents of its children.
 * Writing it was a twelfth of the thread page's CPU.
 */
export function writtenSql(fragment: SQL): { sql: string; params: unknown[] } {
  let text = written.get(fragment);
  if (!text) {
    text = dialect.sqlToQuery(fragment);
    written.set(fragment, text);
  }
  return text;
}

/**
 * One parent's filter with its parent named by value: each `"table"."column"` of the written
 * filter (the page's own parent column: drizzle writes an alias's columns under the alias's
 * name) becomes a parameter holding `value`. The filter also holds `column = value`, so an
 * access rule correlated on the parent column (`exists (select 1 from threads vis_thread where
 * vis_thread.id = thread_messages.thread_id ...)`) then no longer names the row, and SQLite works
 * it out once per statement where it ran once per row read (a thread's 50 messages: 50 checks
 * of the thread and its participants, 100 rows read). Sound because rules alias every table of
 * their subqueries (src/resolvers/access); a filter that reads its own table unaliased, where
 * the column would name the subquery's rows, is left as written.
 */
export function boundToParent(
  query: KeysetQuery<SQLiteTable>,
  written: { sql: string; params: unknown[] },
  value: unknown,
): { sql: string; params: unknown[] } {
  const table = getTableName(query.table);
  const column = `"${table}"."${(query.parentColumn as SQLiteColumn).name}"`;
  if (!written.sql.includes(column) || namesOwnTable(table, written.sql)) return written;
  const segments = written.sql.split('?');
  let text = '';
  const params: unknown[] = [];
  for (let i = 0; i < segments.length; i++) {
    const parts = (segments[i] as string).split(column);
    text += parts.join('?');
    for (let j = 1; j < parts.length; j++) params.push(value);
    if (i < written.params.length) {
      text += '?';
      params.push(written.params[i]);
    }
  }
  return { sql: text, params };
}

/** Whether `text` reads `table` without an alias (`from "work_items"` in a subquery). */
function namesOwnTable(table: string, text: string): boolean {
  const key = `${table}\n${text}`;
  let answer = ownTableReads.get(key);
  if (answer === undefined) {
    answer = new RegExp(`(from|join) "${table}"(?! "| as )`).test(text);
    setBounded(ownTableReads, key, answer, MAX_SHAPES);
  }
  return answer;
}

/** `namesOwnTable`'s answers by table and text: a filter's text is the same for every viewer. */
const ownTableReads = new Map<string, boolean>();

/**
 * A nested page's read, its statement text written once per shape per isolate: drizzle built
 * every page statement from its object tree per request (a fifth of a list-heavy operation's
 * CPU in issue 18's profile). The query's own SQL (filter, computed keys, joins' rules) is
 * written per request and set in its place, the page's values bound where their placeholders
 * stand: the text and parameters are exactly drizzle's (test/db/page-statement.test.ts).
 */
export function nestedPageRead(
  query: KeysetQuery<SQLiteTable>,
  page: PageRequest,
  parentIds: readonly string[] | ParentsOf | null,
  /** Only the parents of a child page, in this column (`PageInputs.keysOnly`). */
  keysOnly?: string,
): { read: CompiledRead<Record<string, unknown>>; joined: JoinedColumns[] } {
  const ids = Array.isArray(parentIds) ? (parentIds as readonly string[]) : null;
  const of = ids || parentIds === null ? null : (parentIds as ParentsOf);
  const parents: Parents = of ? 'subquery' : (ids?.length ?? null);
  const key = shapeKey(query, page, parents, keysOnly);
  let compiled = compiledPages.get(key);
  if (!compiled) {
    compiled = compile(query, page, parents, keysOnly);
    setBounded(compiledPages, key, compiled, MAX_SHAPES);
  }
  const own = (name: string): SQL | undefined => {
    if (name === 'sql:where') return query.where;
    if (name.startsWith('sql:computed:')) return query.computed?.[name.slice(13)];
    const index = Number(name.slice(12));
    const join = query.joins?.[index];
    return join?.visible(joinedCopyId(join.table, index));
  };
  const value = (name: string): unknown => {
    if (name === 'limit') return page.limit + 1;
    const index = Number(name.slice(1));
    return name.startsWith('k') ? ids?.[index] : page.cursor?.[index];
  };
  const read = filledTemplate(
    compiled.template,
    (name) => {
      // The parents' ids as their own page holds them (its rows past the cursor), or as selected.
      if (name === 'sql:parents' && of) return { sql: `(${of.sql})`, params: of.params };
      const written = writtenSql(own(name) as SQL);
      // One parent's filter holds `parent column = that parent`: its rule may name the parent.
      if (name === 'sql:where' && ids?.length === 1 && query.parentColumn) {
        return boundToParent(query, written, ids[0]);
      }
      return written;
    },
    value,
  );
  return { read, joined: compiled.joined };
}
