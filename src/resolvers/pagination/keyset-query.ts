import type { SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';

// What a connection's query says (table, parent, filter, order, joins): src/resolvers/pagination/
// keyset.ts pages it, page-statement.ts writes its statement.

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
