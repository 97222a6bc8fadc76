import { beforeAll, describe, expect, it } from 'vitest';
import { SearchDocument, type SearchQuery } from '../../client/generated/graphql';
import { SearchAllDocument, type SearchAllQuery, type SearchType } from '../generated/graphql';
import { gql } from '../helpers/client';
import { addMember, insertUser, insertWorkspace, uid } from '../helpers/seed';
import { insertRows } from '../helpers/social-seed';
import { gid, insertWorkItem } from '../helpers/work-seed';

// Query.search finds each kind of thing by its indexed text, reads words, prefixes and phrases,
// ranks by bm25, marks what matched in a snippet, and pages without gaps or repeats.

type Edge = NonNullable<SearchAllQuery['search']>['edges'][number];

let ada: string;
let bob: string;
let workspace: string;
const ids: Record<string, string> = {};

async function find(query: string, as = ada, types?: SearchType[], first?: number) {
  const result = await gql(SearchAllDocument, { query, types, first }, { as });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data?.search as NonNullable<SearchAllQuery['search']>;
}

const nodeIds = (edges: readonly Edge[]) => edges.map((edge) => edge.node.id);

beforeAll(async () => {
  ada = await insertUser({ displayName: 'Ada Lovelace' });
  bob = await insertUser({ displayName: 'Zed Zebrowski' });
  workspace = await insertWorkspace(ada);
  await addMember(workspace, bob);
  ids.budget = await insertWorkItem({
    workspaceId: workspace,
    ownerId: ada,
    scope: 'squad',
    title: 'Quarterly budget review',
  });
  ids.crossing = await insertWorkItem({
    workspaceId: workspace,
    ownerId: ada,
    scope: 'squad',
    title: 'Zebra zebra crossing',
  });
  ids.thread = uid('thr');
  ids.message = uid('tmg');
  ids.list = uid('lst');
  ids.room = uid('rom');
  ids.described = uid('wki');
  await insertRows([
    {
      table: 'work_items',
      values: {
        id: ids.described,
        workspace_id: workspace,
        owner_id: ada,
        title: 'Numbers',
        description: 'Figures for the zebra project, <b>bold</b> & plain',
        visibility_scope: 'squad',
      },
    },
    { table: 'threads', values: { id: ids.thread, user_id: ada, title: 'Chat', status: 'active' } },
    {
      table: 'thread_participants',
      values: { id: uid('thp'), thread_id: ids.thread, user_id: ada, role: 'owner' },
    },
    {
      table: 'thread_messages',
      values: {
        id: ids.message,
        thread_id: ids.thread,
        sender_user_id: ada,
        body: 'Let us meet at the zebra café tomorrow',
      },
    },
    {
      table: 'lists',
      values: { id: ids.list, workspace_id: workspace, owner_id: ada, name: 'Zebra quest' },
    },
    {
      table: 'rooms',
      values: {
        id: ids.room,
        workspace_id: workspace,
        name: 'Stable',
        description: 'Where the zebra sleeps',
      },
    },
  ]);
  // Paging: 25 items with the same word, in the same shape (their ranks tie).
  for (let i = 0; i < 25; i++) {
    await insertWorkItem({
      workspaceId: workspace,
      ownerId: ada,
      scope: 'private',
      title: `Pagination sample ${i}`,
    });
  }
});

describe('Query.search', () => {
  it('finds each kind of thing by its text', async () => {
    const page = await find('zebra');
    const found = page.edges.map((edge) => `${edge.node.__typename}:${edge.node.id}`);
    expect(found).toEqual(
      expect.arrayContaining([
        `WorkItem:${gid('WorkItem', ids.crossing)}`,
        `WorkItem:${gid('WorkItem', ids.described)}`,
        `ThreadMessage:${gid('ThreadMessage', ids.message)}`,
        `List:${gid('List', ids.list)}`,
        `Room:${gid('Room', ids.room)}`,
      ]),
    );
    expect(page.totalCount).toBe(5);
    const people = await find('Zebrowski');
    expect(people.edges.map((edge) => edge.node)).toEqual([
      { __typename: 'User', id: gid('User', bob), displayName: 'Zed Zebrowski' },
    ]);
  });

  it('narrows to the types asked for', async () => {
    const page = await find('zebra', ada, ['LIST', 'ROOM']);
    expect(page.edges.map((edge) => edge.node.__typename).sort()).toEqual(['List', 'Room']);
    expect(page.totalCount).toBe(2);
  });

  it('needs every word (in any order), and reads operators as words', async () => {
    expect(nodeIds((await find('review quarterly')).edges)).toEqual([gid('WorkItem', ids.budget)]);
    expect((await find('budget zebra')).totalCount).toBe(0);
    // OR, NOT, NEAR, a column filter or a minus are text here, not FTS5 operators.
    for (const query of ['budget OR zebra', 'zebra NOT budget', 'title:budget', '-budget zebra']) {
      const result = await gql(SearchAllDocument, { query }, { as: ada });
      expect(result.errors, query).toBeUndefined();
    }
    expect((await find('budget OR zebra')).totalCount).toBe(0);
    expect((await find('-budget')).totalCount).toBe(1);
  });

  it('matches a prefix with `*` and a phrase in quotes', async () => {
    expect(nodeIds((await find('quart*')).edges)).toEqual([gid('WorkItem', ids.budget)]);
    const zeb = await find('zeb*', ada, ['USER', 'LIST']);
    expect(nodeIds(zeb.edges).sort()).toEqual([gid('List', ids.list), gid('User', bob)].sort());
    expect(nodeIds((await find('"budget review"')).edges)).toEqual([gid('WorkItem', ids.budget)]);
    expect((await find('"review budget"')).totalCount).toBe(0);
    expect(nodeIds((await find('"quarterly bud"*')).edges)).toEqual([gid('WorkItem', ids.budget)]);
  });

  it('folds case and accents', async () => {
    expect(nodeIds((await find('CAFE')).edges)).toEqual([gid('ThreadMessage', ids.message)]);
  });

  it('ranks by relevance: a word twice in a short title before once in a description', async () => {
    const page = await find('zebra', ada, ['WORK_ITEM']);
    expect(nodeIds(page.edges)).toEqual([
      gid('WorkItem', ids.crossing),
      gid('WorkItem', ids.described),
    ]);
    const [first, second] = page.edges as [Edge, Edge];
    expect(first.rank).toBeGreaterThan(second.rank);
  });

  it('marks the match in a plain-text snippet', async () => {
    const [edge] = (await find('figures', ada, ['WORK_ITEM'])).edges as [Edge];
    const { text, highlights } = edge.snippet;
    // The row's markup-like text comes back as the same text: the client renders it as text.
    expect(text).toBe('Figures for the zebra project, <b>bold</b> & plain');
    expect(highlights).toEqual([{ start: 0, length: 'Figures'.length }]);
    const [message] = (await find('zebra tomorrow', ada, ['THREAD_MESSAGE'])).edges as [Edge];
    const marked = message.snippet.highlights.map(({ start, length }) =>
      message.snippet.text.slice(start, start + length),
    );
    expect(marked).toEqual(['zebra', 'tomorrow']);
  });

  it('pages through tied ranks without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null | undefined;
    let pages = 0;
    do {
      const result = await gql(
        SearchAllDocument,
        { query: 'pagination', first: 10, after },
        { as: ada },
      );
      expect(result.errors).toBeUndefined();
      const page = result.data?.search as NonNullable<SearchAllQuery['search']>;
      expect(page.totalCount).toBe(25);
      expect(page.pageInfo.hasPreviousPage).toBe(pages > 0);
      seen.push(...nodeIds(page.edges));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages += 1;
    } while (after && pages < 5);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(25);
    expect(new Set(seen).size).toBe(25);
  });

  it('finds nothing for a viewer who sees nothing of it', async () => {
    const outsider = await insertUser({ displayName: 'Outsider' });
    const page = await find('zebra', outsider);
    expect(page.totalCount).toBe(0);
    expect(page.edges).toEqual([]);
  });

  it('answers the first-party Search operation (the GraphiQL tab) with its variables', async () => {
    // A client/ document: sent as its text (its typed string is the client's own class).
    const result = await gql<SearchQuery>(
      SearchDocument.toString(),
      { query: 'quarterly budget*', first: 10 },
      { as: ada },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.search.edges.map((edge) => edge.node)).toEqual([
      {
        __typename: 'WorkItem',
        id: gid('WorkItem', ids.budget),
        title: 'Quarterly budget review',
        status: 'TODO',
      },
    ]);
  });

  it('refuses anonymous viewers', async () => {
    const result = await gql(SearchAllDocument, { query: 'zebra' });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
