import type { Context } from '../../context';
import { perRequest } from '../../context';
import { type SearchHit, type SearchKind, search } from '../../resolvers/search/search';
import type { Highlight, Snippet } from '../../resolvers/search/snippet';
import { builder } from '../builder';
import { List } from '../lists/list';
import { Room } from '../rooms/room';
import { ThreadMessage } from '../threads/message';
import { User } from '../users/user';
import { WorkItem } from '../work-items/work-item';

export const SearchTypeEnum = builder.enumType('SearchType', {
  description: 'A kind of thing `search` can find.',
  values: {
    WORK_ITEM: { value: 'WorkItem', description: 'Work items, by title and description.' },
    THREAD_MESSAGE: { value: 'ThreadMessage', description: 'Thread messages, by body.' },
    LIST: { value: 'List', description: 'Lists, by name and description.' },
    ROOM: { value: 'Room', description: 'Rooms, by name and description.' },
    USER: { value: 'User', description: 'People, by display name.' },
  } as const satisfies Record<string, { value: SearchKind; description: string }>,
});

/** Which type each found row is, by the row object (per request: rows are per request). */
const kindsOf = (ctx: Context) =>
  perRequest(ctx, 'search-result-kinds', () => new WeakMap<object, SearchKind>());

export const SearchResult = builder.unionType('SearchResult', {
  description: 'Something `search` found: a work item, a message, a list, a room or a person.',
  types: [WorkItem, ThreadMessage, List, Room, User],
  resolveType: (row, ctx) => kindsOf(ctx).get(row) ?? null,
});

const SearchHighlight = builder.objectRef<Highlight>('SearchHighlight').implement({
  description: 'A matched stretch of a snippet, to show highlighted.',
  fields: (t) => ({
    start: t.exposeInt('start', {
      description: 'Where it starts in `text`, in UTF-16 code units (a JavaScript string index).',
    }),
    length: t.exposeInt('length', { description: 'Its length, in UTF-16 code units.' }),
  }),
});

export const SearchSnippet = builder.objectRef<Snippet>('SearchSnippet').implement({
  description:
    'An excerpt of the found text around what matched: plain text and the ranges to highlight. Render `text` as text (never as HTML) and wrap each range: the content cannot inject markup.',
  fields: (t) => ({
    text: t.exposeString('text', {
      description: 'The excerpt, plain text; `…` marks text cut before or after it.',
    }),
    highlights: t.field({
      type: [SearchHighlight],
      description: 'The matched stretches of `text`, in order.',
      resolve: (snippet) => snippet.highlights,
    }),
  }),
});

interface SearchEdgeShape {
  cursor: string;
  node: object;
  hit: SearchHit;
}

const SearchResultConnection = builder.connectionObject(
  {
    type: SearchResult,
    name: 'SearchResultConnection',
    description: 'A page of search results, most relevant first.',
  },
  {
    name: 'SearchResultEdge',
    description: 'A search result: what was found, where it matched, and how well.',
    fields: (t) => ({
      snippet: t.field({
        type: SearchSnippet,
        description: 'The text around the match, with the matched words marked.',
        resolve: (edge) => (edge as unknown as SearchEdgeShape).hit.snippet,
      }),
      rank: t.float({
        description:
          'Relevance (bm25: rarer words and shorter texts weigh more, a title twice its description). Higher is more relevant; comparable within one search only.',
        resolve: (edge) => (edge as unknown as SearchEdgeShape).hit.rank,
      }),
    }),
  },
);

/** The rows of the hits, loaded by each type's own node loader (which re-applies its rule). */
async function loadNodes(ctx: Context, hits: readonly SearchHit[]) {
  const loaders = {
    WorkItem: WorkItem.getDataloader(ctx),
    ThreadMessage: ThreadMessage.getDataloader(ctx),
    List: List.getDataloader(ctx),
    Room: Room.getDataloader(ctx),
    User: User.getDataloader(ctx),
  } satisfies Record<SearchKind, { load: (id: string) => Promise<unknown> }>;
  const rows = await Promise.all(
    hits.map((hit) => (loaders[hit.kind].load(hit.id) as Promise<object>).catch(() => null)),
  );
  const kinds = kindsOf(ctx);
  const edges: SearchEdgeShape[] = [];
  for (const [index, hit] of hits.entries()) {
    const row = rows[index];
    // Hidden or gone since the search statement ran: left out rather than answered as null.
    if (!row) continue;
    kinds.set(row, hit.kind);
    edges.push({ cursor: hit.cursor, node: row, hit });
  }
  return edges;
}

builder.queryField('search', (t) =>
  t.field({
    type: SearchResultConnection,
    authScopes: { signedIn: true },
    description:
      'Full-text search over what the viewer may see: work items, thread messages, lists, rooms and people, most relevant first. Syntax: words (all must match, in any order), "quoted phrases", and `word*` for a prefix; nothing else is an operator. A malformed query answers VALIDATION_FAILED (nothing is searched). Needs a signed-in user or a token (READ).',
    args: {
      query: t.arg.string({
        required: true,
        description:
          'What to find: up to 200 characters and 8 words or phrases, like `budget "next quarter" rev*`.',
      }),
      types: t.arg({
        type: [SearchTypeEnum],
        description: 'Only these kinds of things (all by default).',
      }),
      workspaceId: t.arg.id({
        description:
          "Only what belongs to this workspace (a thread's messages when the thread does; people who are its members).",
      }),
      first: t.arg.int({ description: 'Results after `after`: 0-100, default 20.' }),
      after: t.arg.string({ description: 'Cursor to continue from (an edge cursor).' }),
    },
    resolve: async (_root, args, ctx) => {
      const page = await search(ctx, {
        query: args.query,
        types: args.types,
        workspaceId: args.workspaceId == null ? null : String(args.workspaceId),
        first: args.first,
        after: args.after,
      });
      const edges = await loadNodes(ctx, page.hits);
      return {
        edges,
        totalCount: page.totalCount,
        pageInfo: {
          hasNextPage: page.hasNextPage,
          hasPreviousPage: page.hasPreviousPage,
          startCursor: edges[0]?.cursor ?? null,
          endCursor: edges.at(-1)?.cursor ?? null,
        },
      } as never;
    },
  }),
);
