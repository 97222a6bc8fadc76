import { and, getTableColumns, type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Context } from '../../context';
import { encodeCursor, type PageRequest } from './args';
import type { ChildPages, KeysetQuery, OrderTerm, Page } from './keyset-query';
import {
  aliasedComputed,
  cursorCondition,
  type JoinedColumns,
  nestedPageRead,
  orderTerms,
  type ParentsOf,
  pageColumns,
  parentKeyOf,
  takeJoined,
} from './page-statement';

export type { ChildPages, KeysetQuery, OrderTerm, Page, PageJoin } from './keyset-query';

const ROOT = '__root__';

/**
 * Pages a connection for every parent at once, in one statement (src/resolvers/pagination/
 * page-statement.ts). Returns a page per parent id (an empty page where it has no rows); the rows
 * the page points to (`query.joins`) go to their `found` as they arrive. Parents selected by a
 * statement (`ParentsOf`) get a page each where they have rows.
 */
export function keysetPages<T extends SQLiteTable>(
  ctx: Context,
  query: KeysetQuery<T>,
  page: PageRequest,
  parentIds: readonly string[] | ParentsOf | null,
): Promise<Map<string, Page<T['$inferSelect']>>> {
  if (!query.parentColumn) {
    return rootPage(ctx, query, page, aliasedComputed(query.computed ?? {}));
  }
  const { read, joined } = nestedPageRead(query as KeysetQuery<SQLiteTable>, page, parentIds);
  const own = ctx.reads.read(read);
  const children = childReads(ctx, query as KeysetQuery<SQLiteTable>, page, parentIds);
  // A child's failure is not the page's: its field's loader reads it again and reports it.
  const childRows = children.map((child) => child.rows.catch(() => null));
  return Promise.all([own, ...childRows]).then(([rows, ...more]) => {
    if (Array.isArray(parentIds) && parentIds.length === 1) {
      // One parent's statement does not read the parent column: every row holds that parent.
      const key = parentKeyOf(query.table, query.parentColumn as SQLiteColumn);
      for (const row of rows) row[key] = parentIds[0];
    }
    const parentOf = parentOfRows(query as KeysetQuery<SQLiteTable>);
    const parents = Array.isArray(parentIds)
      ? (parentIds as readonly string[])
      : parentIds === null
        ? [ROOT]
        : [...new Set(rows.map(parentOf))];
    const pages = pagesOf(query, page, rows, joined, parents, parentOf);
    for (const [index, child] of children.entries()) {
      const read = more[index] as Record<string, unknown>[] | null;
      if (read === null) continue;
      // Every parent the page holds (its rows past the cursor) gets a page, empty or not.
      const parents = new Set<string>();
      for (const row of rows) {
        const id = row[child.of.parentKey];
        if (pastCursor(row) && id !== null && id !== undefined) parents.add(String(id));
      }
      const childQuery = child.of.query as KeysetQuery<SQLiteTable>;
      child.of.found(
        pagesOf(
          childQuery,
          child.of.page,
          read,
          child.joined,
          [...parents],
          parentOfRows(childQuery),
        ),
      );
    }
    return pages as Map<string, Page<T['$inferSelect']>>;
  });
}

/** Most parameters a page and a child read with it may bind together (D1 allows 100). */
const MAX_PARAMETERS = 100;

/**
 * The reads of `query.children`, issued in this tick beside the page's own: each selects its
 * parents from the page's statement. A child that would pass D1's parameter cap with the page's
 * parameters is left to its loader (a round trip, the same answer); so is every child in the
 * benchmark's naive mode, whose contrast is one statement per key.
 */
function childReads(
  ctx: Context,
  query: KeysetQuery<SQLiteTable>,
  page: PageRequest,
  parentIds: readonly string[] | ParentsOf | null,
) {
  if (ctx.loaderMode === 'naive' || !query.children) return [];
  const columns = getTableColumns(query.table) as Record<string, SQLiteColumn>;
  const lean = { ...query, joins: undefined };
  return query.children.flatMap((of) => {
    if (!columns[of.parentKey]) return [];
    // The parents as the page holds them: only their column.
    const parent = nestedPageRead(lean, page, parentIds, of.parentKey).read.compiled;
    const { read, joined } = nestedPageRead(impliedByParents(of), of.page, parent);
    if (read.compiled.params.length > MAX_PARAMETERS) return [];
    return [{ of, joined, rows: ctx.reads.read(read) }];
  });
}

/**
 * A child's query as read below a page of its parents: without its rule when that rule is its
 * parents' own (KeysetQuery `seenWithParent`, and `where` is that rule alone) and the parents are
 * the page's nodes, each of which passed it in the page's statement. Parents reached through a
 * column the page's rows hold (a membership's workspace) have passed no rule there: the child
 * keeps its own.
 */
export function impliedByParents(of: ChildPages): KeysetQuery<SQLiteTable> {
  const { query } = of;
  if (!query.seenWithParent || query.where !== query.seenWithParent || of.parentKey !== 'id') {
    return query;
  }
  return { ...query, where: undefined };
}

/**
 * Which parent a page statement's row belongs to: its parent column (page statements send no
 * copy of it; one parent's rows get it set as they arrive).
 */
function parentOfRows(query: KeysetQuery<SQLiteTable>): (row: Record<string, unknown>) => string {
  if (!query.parentColumn) return () => ROOT;
  const key = parentKeyOf(query.table, query.parentColumn);
  return (row) => String(row[key]);
}

/** A page row past the cursor: one whose statement has no cursor says nothing (all are). */
const pastCursor = (row: Record<string, unknown>) =>
  row.pageAfter === undefined || Number(row.pageAfter) === 1;

/** A page row's rank among its parent's rows on its side of the cursor (many parents' pages). */
const byRank = (a: Record<string, unknown>, b: Record<string, unknown>) =>
  Number(a.pageRank) - Number(b.pageRank);

/**
 * A page statement's rows grouped by parent, each parent's in their ranks: a statement of many
 * parents does not order its rows (one parent's orders them itself and has no rank).
 */
export function rowsByParent(
  rows: Record<string, unknown>[],
  parentOf: (row: Record<string, unknown>) => string,
): Map<string, Record<string, unknown>[]> {
  const grouped = new Map<string, Record<string, unknown>[]>();
  for (const row of rows) {
    const key = parentOf(row);
    const list = grouped.get(key);
    if (list) list.push(row);
    else grouped.set(key, [row]);
  }
  for (const own of grouped.values()) {
    if (own.length > 1 && own[0]?.pageRank !== undefined) own.sort(byRank);
  }
  return grouped;
}

/**
 * A page per parent from a page statement's rows: the rows it joins handed to their `found`,
 * the rest grouped by parent (`rowsByParent`) and cut into pages.
 */
function pagesOf(
  query: KeysetQuery<SQLiteTable>,
  page: PageRequest,
  rows: Record<string, unknown>[],
  joined: JoinedColumns[],
  parentIds: readonly string[],
  parentOf: (row: Record<string, unknown>) => string,
): Map<string, Page<Record<string, unknown>>> {
  const found = (query.joins ?? []).map((join) => join.found);
  for (const row of rows) takeJoined(row, joined, found);
  const grouped = rowsByParent(rows, parentOf);
  const nodeOf = nodeMaker(pageColumns(query));
  const pages = new Map<string, Page<Record<string, unknown>>>();
  for (const parentId of parentIds) {
    pages.set(parentId, buildPage(grouped.get(parentId) ?? [], query.order, page, nodeOf));
  }
  return pages;
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
  const orderBy = (source: Record<string, unknown>) => orderTerms(order, source, flip);
  const totals = ctx.db
    .select({ pageTotal: sql<number>`count(*)`.as('page_total') })
    .from(table as SQLiteTable)
    .where(query.where)
    .as('page_totals');
  const rows = ctx.db
    .select({ ...pageColumns(query as KeysetQuery<SQLiteTable>), ...computed })
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
    const built = buildPage<T['$inferSelect']>(
      all,
      order,
      page,
      nodeMaker(pageColumns(query as KeysetQuery<SQLiteTable>)),
    );
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

/**
 * An edge of a page: its node, and its cursor encoded when read (most pages are asked for
 * nodes, not each edge's cursor). A class, not an object literal with a getter: a literal made
 * a closure and a getter per edge (buildPage was 3 % of the thread page's CPU).
 */
class PageEdge<Row> {
  #cursor: string | undefined;
  constructor(
    readonly node: Row,
    private readonly row: Record<string, unknown>,
    private readonly order: OrderTerm[],
  ) {}

  get cursor(): string {
    // Its order keys taken from the row when asked (the key of a computed order is not a node's).
    this.#cursor ??= encodeCursor(this.order.map((term) => this.row[term.key] as string | number));
    return this.#cursor;
  }
}

function buildPage<Row>(
  all: Record<string, unknown>[],
  order: OrderTerm[],
  page: PageRequest,
  nodeOf: (row: Record<string, unknown>) => Record<string, unknown>,
): Page<Row> {
  const totalCount = Number(all[0]?.pageTotal ?? 0);
  // Rows whose statement had no cursor carry no side of it: all are past it, none copied.
  const rows = all[0]?.pageAfter === undefined ? all : all.filter(pastCursor);
  const hasMore = rows.length > page.limit;
  const backward = page.direction === 'backward';
  // Reversed in a copy: the rows it was cut from are the statement's.
  const kept = hasMore || backward ? rows.slice(0, page.limit) : rows;
  if (backward) kept.reverse();
  const edges = kept.map((row) => new PageEdge(nodeOf(row) as Row, row, order));
  return {
    edges,
    totalCount,
    pageInfo: new PageInfo(
      edges,
      page.direction === 'forward' ? hasMore : page.cursor !== null,
      backward ? hasMore : page.cursor !== null,
    ),
  };
}

/**
 * A page's PageInfo, its cursors encoded when read. A class for the reason PageEdge is one: a
 * literal with getters made two closures per page (a page of deliveries for every message).
 */
class PageInfo<Row> {
  constructor(
    private readonly edges: PageEdge<Row>[],
    readonly hasNextPage: boolean,
    readonly hasPreviousPage: boolean,
  ) {}

  get startCursor(): string | null {
    return this.edges[0]?.cursor ?? null;
  }

  get endCursor(): string | null {
    return this.edges.at(-1)?.cursor ?? null;
  }
}

export const ROOT_PARENT = ROOT;
