import { type SQL, sql } from 'drizzle-orm';
import type { Context } from '../../context';
import { lists, rooms, threadMessages, threads, users, workItems } from '../../db/tables';
import {
  listVisibleTo,
  memberOfWorkspace,
  messageVisibleTo,
  roomVisibleTo,
  userVisibleTo,
  workItemVisibleTo,
  workspaceVisibleTo,
} from '../access';
import { ValidationError } from '../errors';
import { idOf } from '../global-id';
import { encodeCursor, parsePageArgs } from '../pagination/args';
import { aliased } from '../sql-helpers';
import { matchExpression, parseSearchQuery } from './query-syntax';
import { HIGHLIGHT_END, HIGHLIGHT_START, parseSnippet, type Snippet } from './snippet';

/** What a search can find: the node types with a full-text index (migration 0035). */
export const SEARCH_KINDS = ['WorkItem', 'ThreadMessage', 'List', 'Room', 'User'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export interface SearchArgs {
  query: string;
  types?: readonly SearchKind[] | null;
  /** A Workspace's global ID. */
  workspaceId?: string | null;
  first?: number | null;
  after?: string | null;
}

export interface SearchHit {
  kind: SearchKind;
  id: string;
  /** Relevance: bm25, sign flipped (higher is more relevant). */
  rank: number;
  snippet: Snippet;
  cursor: string;
}

export interface SearchPage {
  hits: SearchHit[];
  totalCount: number;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

// Aliased: the workspace filter of messages reads threads inside a query over thread_messages.
const { columns: searchThread, from: searchThreadFrom } = aliased(threads, 'search_thread');

/** Words around a match in a snippet (FTS5 allows 1-64). */
const SNIPPET_TOKENS = 12;

/**
 * One index of the search: the FTS5 table over a node type's table, the table's rows it matches
 * (by rowid), the columns' bm25 weights (a title counts twice its description), and the row's
 * visibility rule from access/ (the same one `node`, connections and counts use).
 */
interface SearchIndex {
  kind: SearchKind;
  fts: string;
  table: SQL;
  weights: string;
  visible: (ctx: Context) => SQL;
  inWorkspace: (ctx: Context, workspaceId: string) => SQL;
}

const INDEXES: readonly SearchIndex[] = [
  {
    kind: 'WorkItem',
    fts: 'work_items_fts',
    table: sql`${workItems}`,
    weights: '2.0, 1.0',
    visible: (ctx) => workItemVisibleTo(ctx),
    inWorkspace: (_ctx, workspaceId) => sql`${workItems.workspaceId} = ${workspaceId}`,
  },
  {
    kind: 'ThreadMessage',
    fts: 'thread_messages_fts',
    table: sql`${threadMessages}`,
    weights: '1.0',
    // A deleted message keeps its row for the record; its words are not found.
    visible: (ctx) => sql`(${threadMessages.status} != 'deleted' and ${messageVisibleTo(ctx)})`,
    inWorkspace: (_ctx, workspaceId) =>
      sql`${threadMessages.threadId} in (select ${searchThread.id} from ${searchThreadFrom} where ${searchThread.workspaceId} = ${workspaceId})`,
  },
  {
    kind: 'List',
    fts: 'lists_fts',
    table: sql`${lists}`,
    weights: '2.0, 1.0',
    visible: (ctx) => listVisibleTo(ctx, lists.id),
    inWorkspace: (_ctx, workspaceId) => sql`${lists.workspaceId} = ${workspaceId}`,
  },
  {
    kind: 'Room',
    fts: 'rooms_fts',
    table: sql`${rooms}`,
    weights: '2.0, 1.0',
    visible: (ctx) => roomVisibleTo(ctx, rooms.workspaceId),
    inWorkspace: (_ctx, workspaceId) => sql`${rooms.workspaceId} = ${workspaceId}`,
  },
  {
    kind: 'User',
    fts: 'users_fts',
    table: sql`${users}`,
    weights: '1.0',
    visible: (ctx) => userVisibleTo(ctx),
    // A workspace's people: its members, and only to a viewer who sees the workspace (otherwise
    // the search would list the members of any workspace whose id one knows).
    inWorkspace: (ctx, workspaceId) =>
      sql`(${workspaceVisibleTo(ctx, workspaceId)} and ${memberOfWorkspace(workspaceId, users.id)})`,
  },
];

/** The index's number: its place in the result order when ranks tie (then the id). */
const kindNumber = (kind: SearchKind) => SEARCH_KINDS.indexOf(kind);

/** The visible hits of one index, with their bm25 rank (lower is better, as FTS5 gives it). */
function hitsOf(ctx: Context, index: SearchIndex, match: string, workspaceId: string | null): SQL {
  const fts = sql.raw(index.fts);
  const where = [sql`${fts} match ${match}`, index.visible(ctx)];
  if (workspaceId !== null) where.push(index.inWorkspace(ctx, workspaceId));
  return sql`select ${sql.raw(String(kindNumber(index.kind)))} as kind, ${index.table}.rowid as rid, ${index.table}.id as id, bm25(${fts}, ${sql.raw(index.weights)}) as rank from ${fts} join ${index.table} on ${index.table}.rowid = ${fts}.rowid where ${sql.join(where, sql` and `)}`;
}

/**
 * The snippet of a page's hit, read from its index by rowid (FTS5 seeks it in the match's
 * doclist): snippets are made for the page only, not for every hit ranked.
 */
function snippetOf(indexes: readonly SearchIndex[], match: string): SQL {
  const arms = indexes.map((index) => {
    const fts = sql.raw(index.fts);
    return sql`when ${sql.raw(String(kindNumber(index.kind)))} then (select snippet(${fts}, -1, ${HIGHLIGHT_START}, ${HIGHLIGHT_END}, '…', ${sql.raw(String(SNIPPET_TOKENS))}) from ${fts} where ${fts} match ${match} and ${fts}.rowid = page.rid)`;
  });
  return sql`case page.kind ${sql.join(arms, sql` `)} end`;
}

function afterCursor(cursor: (string | number)[] | null): SQL {
  if (!cursor) return sql`1`;
  const [rank, kind, id] = cursor;
  if (typeof rank !== 'number' || typeof kind !== 'number' || typeof id !== 'string') {
    throw ValidationError.of('after', 'is not a cursor this connection returned.');
  }
  return sql`(rank > ${rank} or (rank = ${rank} and (kind > ${kind} or (kind = ${kind} and id > ${id}))))`;
}

const FTS_QUERY_ERROR =
  /fts5|unterminated string|unknown special query|parser stack overflow|no such column|MATCH/i;

interface HitRow {
  total: number;
  kind: number | null;
  id: string | null;
  rank: number | null;
  snippet: string | null;
}

/**
 * A page of search results: the viewer's visible rows matching `query` in the indexes of
 * `types` (all by default), best first (bm25; ties by type, then id), with the count of every
 * visible match. One statement: each index's hits joined to their rows under the rows' own
 * visibility rule, so a hidden row is never ranked, counted or returned. The cursor is the hit's
 * (rank, type, id): a page continues exactly after the last one while the indexed text stays as
 * it was (bm25 weighs words by how rare they are in the whole index, so a write between two pages
 * can move ranks slightly).
 */
export async function search(ctx: Context, args: SearchArgs): Promise<SearchPage> {
  const terms = parseSearchQuery(args.query);
  const match = matchExpression(terms);
  const page = parsePageArgs({ first: args.first, after: args.after }, 3);
  if (args.types != null && args.types.length === 0) {
    throw ValidationError.of('types', 'must name at least one type, or be left out for all.');
  }
  const wanted = new Set(args.types ?? SEARCH_KINDS);
  const indexes = INDEXES.filter((index) => wanted.has(index.kind));
  const workspaceId =
    args.workspaceId != null ? idOf('workspaceId', args.workspaceId, 'Workspace') : null;

  const hits = sql.join(
    indexes.map((index) => hitsOf(ctx, index, match, workspaceId)),
    sql` union all `,
  );
  const statement = sql`with hits as materialized (${hits}) select totals.total as total, page.kind as kind, page.id as id, page.rank as rank, ${snippetOf(indexes, match)} as snippet from (select count(*) as total from hits) totals left join (select kind, rid, id, rank from hits where ${afterCursor(page.cursor)} order by rank, kind, id limit ${page.limit + 1}) page on 1 order by page.rank, page.kind, page.id`;

  let rows: HitRow[];
  try {
    // Selected from as a subquery: the read batcher sends query builders, not raw SQL.
    rows = await ctx.reads.read(
      ctx.db
        .select({
          total: sql<number>`search_page.total`,
          kind: sql<number | null>`search_page.kind`,
          id: sql<string | null>`search_page.id`,
          rank: sql<number | null>`search_page.rank`,
          snippet: sql<string | null>`search_page.snippet`,
        })
        .from(sql`(${statement}) search_page`)
        .orderBy(sql`search_page.rank, search_page.kind, search_page.id`),
    );
  } catch (error) {
    // The last line: the query is quoted term by term above, so FTS5 should never find a syntax
    // error in it; if it does, the client's text is at fault, not the gateway. These are FTS5's
    // messages for a bad MATCH text (test/search/search-fts-error.test.ts), "no such column"
    // among them (a column filter `x:`): the statement's own SQL is fixed and runs in every test.
    const message = error instanceof Error ? `${error.message} ${String(error.cause ?? '')}` : '';
    if (FTS_QUERY_ERROR.test(message)) {
      throw ValidationError.of('query', 'could not be read as a search; see the search syntax.');
    }
    throw error;
  }
  const found = rows.filter((row) => row.kind !== null && row.id !== null);
  const kept = found.slice(0, page.limit);
  return {
    totalCount: Number(rows[0]?.total ?? 0),
    hasNextPage: found.length > page.limit,
    hasPreviousPage: page.cursor !== null,
    hits: kept.map((row) => ({
      kind: SEARCH_KINDS[row.kind as number] as SearchKind,
      id: row.id as string,
      rank: -(row.rank as number),
      snippet: parseSnippet(row.snippet ?? ''),
      cursor: encodeCursor([row.rank as number, row.kind as number, row.id as string]),
    })),
  };
}
