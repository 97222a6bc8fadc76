import { describe, expect, it } from 'vitest';
import { gql } from '../helpers/client';
import { insertUser, insertWorkspace } from '../helpers/seed';
import { batch, workItemStatement } from '../helpers/work-seed';

// A nested connection asked for one parent (a refetched workspace's work items, a thread's
// messages) is read as a root list is: its page stopped by LIMIT beside its count, not every row
// of the parent ranked by window functions (src/resolvers/pagination/page-statement.ts,
// `oneParentStatement`).
const ITEMS = 120;
const PAGE = `query($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
  node(id: $id) { ... on Workspace {
    workItems(first: $first, after: $after, last: $last, before: $before) {
      totalCount edges { cursor node { title } } pageInfo { hasNextPage hasPreviousPage }
    } } } }`;

interface Answer {
  node: {
    workItems: {
      totalCount: number;
      edges: { cursor: string; node: { title: string } }[];
      pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean };
    };
  };
}

async function workspaceWithItems() {
  const owner = await insertUser();
  const workspaceId = await insertWorkspace(owner, 'Many items');
  const start = Date.parse('2030-01-01T00:00:00.000Z');
  await batch(
    Array.from({ length: ITEMS }, (_, i) =>
      workItemStatement({
        workspaceId,
        ownerId: owner,
        title: `Item ${String(i).padStart(3, '0')}`,
        createdAt: new Date(start + i * 60_000).toISOString(),
      }),
    ),
  );
  return { owner, id: btoa(`Workspace:${workspaceId}`) };
}

async function page(as: string, variables: Record<string, unknown>) {
  const result = await gql<Answer>(PAGE, variables, { as, headers: { 'x-debug-sql': '1' } });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  const d1 = result.extensions?.d1 as unknown as { rowsRead: number; sql: string[] };
  const statement = d1.sql.find((text) => text.includes('from "work_items"')) ?? '';
  const items = (result.data as Answer).node.workItems;
  return { items, titles: items.edges.map((edge) => edge.node.title), d1, statement };
}

describe("one parent's page", () => {
  it('reads its page beside its count, not every row of the parent', async () => {
    const { owner, id } = await workspaceWithItems();
    await gql('{ __typename }', {});
    const { items, titles, d1, statement } = await page(owner, { id, first: 5 });
    // Newest first (the work items' order).
    expect(titles).toEqual(['Item 119', 'Item 118', 'Item 117', 'Item 116', 'Item 115']);
    expect(items.totalCount).toBe(ITEMS);
    expect(items.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false });
    expect(statement).toContain(' limit ');
    expect(statement).not.toContain('row_number()');
    // The count walks the parent's rows once; ranking them all read each about six times.
    expect(d1.rowsRead).toBeLessThan(2 * ITEMS);
  });

  it('pages forward and backward from cursors, and keeps the count past the last row', async () => {
    const { owner, id } = await workspaceWithItems();
    const first = await page(owner, { id, first: 3 });
    const after = first.items.edges.at(-1)?.cursor;
    const next = await page(owner, { id, first: 3, after });
    expect(next.titles).toEqual(['Item 116', 'Item 115', 'Item 114']);
    expect(next.items.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: true });
    const before = next.items.edges[0]?.cursor;
    const back = await page(owner, { id, last: 2, before });
    expect(back.titles).toEqual(['Item 118', 'Item 117']);
    expect(back.items.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: true });
    const newest = await page(owner, { id, first: 100 });
    const oldest = await page(owner, { id, first: 100, after: newest.items.edges.at(-1)?.cursor });
    expect(oldest.titles).toHaveLength(ITEMS - 100);
    expect(oldest.titles.at(-1)).toBe('Item 000');
    const past = await page(owner, { id, first: 3, after: oldest.items.edges.at(-1)?.cursor });
    expect(past.titles).toEqual([]);
    expect(past.items.totalCount).toBe(ITEMS);
    expect(past.items.pageInfo.hasNextPage).toBe(false);
  });

  it('answers a parent with no rows an empty page with its count', async () => {
    const owner = await insertUser();
    const id = btoa(`Workspace:${await insertWorkspace(owner, 'Empty')}`);
    const { items } = await page(owner, { id, first: 5 });
    expect(items).toEqual({
      totalCount: 0,
      edges: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: false },
    });
  });
});
