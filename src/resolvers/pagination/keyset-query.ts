import type { SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { PageRequest } from './args';

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
  /**
   * The rule by which a row is seen exactly when its parent row is (a message's deliveries: seen
   * with their message). Read as a child of a page of its parents (`children` with
   * `parentKey: 'id'`: every parent has passed its own rule in that page's statement), the page
   * leaves `where` out when `where` is this very rule: checked again per row, it cost the thread's
   * deliveries a fifth of their statement's time and 100 rows read (issue 18). A `where` that is
   * anything else (the rule and a filter) is kept whole, so no filter can be lost. Read for
   * parents given by id (its field's own loader), the rule stays.
   */
  seenWithParent?: SQL;
  /** Sort order; the last term must be unique (the id) so cursors never skip or repeat. */
  order: OrderTerm[];
  /**
   * Derived sort keys, by name, that `order` may use like columns: a cursor cannot hold a NULL, so
   * a nullable column sorts through a non-null expression (`coalesce(due_at, '9999...')`). They
   * are computed beside each row and left out of the returned rows.
   */
  computed?: Record<string, SQL>;
  /**
   * The table's columns (property keys) the operation reads of the page's nodes, when it needs
   * only those; all of them when absent. The page always reads what it uses itself: the id, the
   * parent column, the order keys, the joins' and the children's columns (`pageColumns`).
   */
  columns?: readonly string[];
  /**
   * The operation does not select the connection's `totalCount`: the page reads no count (its
   * `totalCount` is 0). A loader that pages uncounted must be named apart from a counted one.
   * Nested pages only (`nestedPageRead`): a root list always counts.
   */
  uncounted?: boolean;
  /**
   * Rows the page's rows point to that the operation will ask for (a work item's `owner`, a
   * membership's `workspace`...): read with the page, joined by primary key under their own
   * access rule, and handed to `found` (which primes their loader), so that they cost no round
   * trip of their own. See src/schema/page-joins.ts.
   */
  joins?: PageJoin[];
  /**
   * Connections of the page's nodes (or of the rows it joins) that the operation will ask for,
   * read in the same batch as the page: each pages its rows for every parent the page holds (its
   * parents are a subquery of the page's own statement) and hands the pages to `found` (which
   * primes its loader), so that it costs no round trip of its own. See
   * src/schema/child-pages.ts.
   */
  children?: ChildPages[];
}

/** A connection read with the page that holds its parents (KeysetQuery `children`). */
export interface ChildPages {
  /** The connection's own query: its `parentColumn` ties its rows to their parents. */
  query: KeysetQuery<SQLiteTable>;
  page: PageRequest;
  /**
   * The page's column (its property key) that holds the parents' ids: `id` for its nodes' own
   * connections, a reference (`workspaceId`) for a connection of the rows it joins.
   */
  parentKey: string;
  /** Takes a page for every parent the page holds (an empty page where it has no rows). */
  found: (pages: Map<string, Page<Record<string, unknown>>>) => void;
}

/** One to-one reference a page reads beside its rows (KeysetQuery `joins`). */
export interface PageJoin {
  /** The column of the page's table that holds the other row's id. */
  column: SQLiteColumn;
  /** The table it points to, by its `id`. */
  table: SQLiteTable;
  /** The other rows' access rule, on the joined copy's id: the rule their loader applies. */
  visible: (id: SQLiteColumn) => SQL;
  /**
   * The other table's columns to read (property keys; `id` is always read), when the operation
   * needs only those of its rows; all of them when absent.
   */
  columns?: readonly string[];
  /** Takes each row found (none for a null reference or a row the rule hides). */
  found: (row: Record<string, unknown>) => void;
}
