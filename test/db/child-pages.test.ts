import { env } from 'cloudflare:workers';
import { inArray, type SQL, sql } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { operations } from '../../bench/operations';
import { seedStatements, TEST_SIZES } from '../../bench/seed';
import { workItems, workspaceMembers } from '../../src/db/tables';
import { parsePageArgs } from '../../src/resolvers/pagination/args';
import {
  type ChildPages,
  type KeysetQuery,
  keysetPages,
} from '../../src/resolvers/pagination/keyset';
import { sendWith } from '../hardening/helpers';
import { type GraphQLResponse, gql, tokenFor } from '../helpers/client';
import { contextAs } from '../helpers/context';
import { addMember, insertUser, insertWorkspace } from '../helpers/seed';
import { insertWorkItem } from '../helpers/work-seed';

// A page reads the connections its nodes (or the rows it joins) select in its own batch, their
// parents a subquery of its statement (src/schema/child-pages.ts): the answers must be exactly
// those of the loaders alone, which the benchmark's naive mode gives (no child is read early).
async function run(mode: 'batched' | 'naive', query: string, variables: object, as: string) {
  const response = await sendWith({ LOADER_MODE: mode }, '/graphql', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${await tokenFor(as)}`,
      // The statements as sent, with their parameters (development and tests only).
      'x-debug-sql': '1',
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse;
}

beforeAll(async () => {
  for (const statement of seedStatements(TEST_SIZES)) await env.DB.prepare(statement).run();
});

describe('connections read with the page that holds their parents', () => {
  for (const op of operations) {
    it(`${op.name}: the answer of the loaders alone`, async () => {
      const batched = await run('batched', op.query, op.variables, op.as);
      const naive = await run('naive', op.query, op.variables, op.as);
      expect(batched.errors).toBeUndefined();
      expect(batched.data).toEqual(naive.data);
    });
  }

  const DASHBOARD = `query Board($items: Int) { viewer { workspaceMemberships(first: 10) {
    edges { node { workspace { name workItems(first: $items) {
      totalCount pageInfo { hasNextPage } edges { node { title owner { displayName } } } } } } } } } }`;

  it('pages each parent with its own arguments and rules, empty parents too', async () => {
    const viewer = await insertUser({ displayName: 'Board viewer' });
    const other = await insertUser({ displayName: 'Someone else' });
    const busy = await insertWorkspace(viewer, 'Busy');
    await insertWorkspace(viewer, 'Quiet');
    await addMember(busy, other);
    for (const title of ['one', 'two', 'three']) {
      await insertWorkItem({ workspaceId: busy, ownerId: viewer, title, scope: 'squad' });
    }
    // Another member's private item: never the viewer's to see, read early or not.
    await insertWorkItem({ workspaceId: busy, ownerId: other, title: 'theirs', scope: 'private' });
    await gql('{ __typename }', {});
    const result = await run('batched', DASHBOARD, { items: 2 }, viewer);
    expect(result.errors).toBeUndefined();
    const workspaces = (
      result.data as {
        viewer: {
          workspaceMemberships: {
            edges: {
              node: {
                workspace: {
                  name: string;
                  workItems: {
                    totalCount: number;
                    pageInfo: { hasNextPage: boolean };
                    edges: unknown[];
                  };
                };
              };
            }[];
          };
        };
      }
    ).viewer.workspaceMemberships.edges.map((edge) => edge.node.workspace);
    expect(
      workspaces.map((w) => [w.name, w.workItems.totalCount, w.workItems.edges.length]),
    ).toEqual([
      ['Busy', 3, 2],
      ['Quiet', 0, 0],
    ]);
    expect(workspaces[0]?.workItems.pageInfo.hasNextPage).toBe(true);
    expect(JSON.stringify(result.data)).not.toContain('theirs');
    // The account check, the memberships with their workspaces, the work items with their
    // owners: one batch.
    expect(result.extensions?.d1).toMatchObject({ statements: 3, roundTrips: 1 });
    const naive = await run('naive', DASHBOARD, { items: 2 }, viewer);
    expect(result.data).toEqual(naive.data);
  });

  function membershipsWithItems(viewer: string, itemFilter: SQL | undefined) {
    const ctx = contextAs(viewer);
    const found: Map<string, unknown>[] = [];
    const child: ChildPages = {
      query: {
        table: workItems,
        parentColumn: workItems.workspaceId,
        where: itemFilter,
        order: [{ key: 'id', direction: 'asc' }],
      },
      page: parsePageArgs({ first: 5 }, 1),
      parentKey: 'workspaceId',
      found: (pages) => found.push(pages),
    };
    const query: KeysetQuery<SQLiteTable> = {
      table: workspaceMembers,
      parentColumn: workspaceMembers.userId,
      order: [{ key: 'id', direction: 'asc' }],
      children: [child],
    };
    return {
      ctx,
      found,
      pages: keysetPages(ctx, query, parsePageArgs({ first: 10 }, 1), [viewer]),
    };
  }

  it('pages each parent as its loader does: last, a computed order, a filter, joins, a count', async () => {
    const viewer = await insertUser({ displayName: 'Many items viewer' });
    const mate = await insertUser({ displayName: 'Item owner' });
    for (const name of ['Alpha', 'Beta', 'Gamma']) {
      const workspaceId = await insertWorkspace(viewer, name);
      await addMember(workspaceId, mate);
      for (let i = 0; i < 6; i++) {
        await insertWorkItem({
          workspaceId,
          ownerId: i % 2 === 0 ? viewer : mate,
          title: `${name} ${i}`,
          scope: i === 5 ? 'private' : 'squad',
          // Some without a due date: the order's computed key puts them last.
          dueAt: i % 3 === 0 ? null : `2031-0${i}-01T00:00:00.000Z`,
        });
      }
    }
    await insertWorkspace(viewer, 'Empty');
    const PAGES = `query { viewer { workspaceMemberships(first: 10) { edges { node { workspace {
      name
      due: workItems(last: 3, orderBy: [{ field: DUE_AT, direction: ASC }]) {
        pageInfo { hasPreviousPage hasNextPage startCursor endCursor }
        edges { cursor node { title dueAt owner { displayName } } } }
      titled: workItems(first: 2, where: { title: { contains: "1" } }) {
        edges { node { title } } }
      newest: workItems(first: 4) { pageInfo { hasNextPage } edges { node { title } } }
      counted: workItems(first: 2) { totalCount edges { node { title } } }
    } } } } } }`;
    const batched = await run('batched', PAGES, {}, viewer);
    const naive = await run('naive', PAGES, {}, viewer);
    expect(batched.errors).toBeUndefined();
    expect(batched.data).toEqual(naive.data);
    expect(batched.extensions?.d1).toMatchObject({ roundTrips: 1 });
    const sql = (batched.extensions?.d1 as { sql?: string[] } | undefined)?.sql ?? [];
    const children = sql.filter((text) => text.startsWith('select "work_items"."id"'));
    expect(children).toHaveLength(4);
  });

  it("selects the parents of one parent's page by their column alone, past a cursor too", async () => {
    const viewer = await insertUser({ displayName: 'Paging viewer' });
    for (const name of ['First', 'Second', 'Third']) {
      const workspaceId = await insertWorkspace(viewer, name);
      await insertWorkItem({ workspaceId, ownerId: viewer, title: `${name} item` });
    }
    const PAGED = `query($after: String) { viewer { workspaceMemberships(first: 1, after: $after) {
      pageInfo { endCursor } edges { node { workspace { name workItems(first: 5) {
        totalCount edges { node { title } } } } } } } } }`;
    type Paged = { viewer: { workspaceMemberships: { pageInfo: { endCursor: string } } } };
    const first = await run('batched', PAGED, {}, viewer);
    const after = (first.data as Paged).viewer.workspaceMemberships.pageInfo.endCursor;
    for (const variables of [{}, { after }]) {
      const batched = await run('batched', PAGED, variables, viewer);
      const naive = await run('naive', PAGED, variables, viewer);
      expect(batched.errors).toBeUndefined();
      expect(batched.data).toEqual(naive.data);
      expect(batched.extensions?.d1).toMatchObject({ roundTrips: 1 });
      const sql = (batched.extensions?.d1 as { sql?: string[] } | undefined)?.sql ?? [];
      const child = sql.find((text) => text.includes('from "work_items"')) ?? '';
      // The memberships' parents subquery: their workspace ids alone, not their page with its
      // count (nor a constant column beside them).
      expect(child).toContain('in (select "workspace_id" from "workspace_members" where');
      expect(child).not.toContain('"page_totals"');
    }
  });

  it('selects the parents of a page of many parents by their column alone, past a cursor too', async () => {
    const viewer = await insertUser({ displayName: 'Deep viewer' });
    const shared = await insertWorkspace(viewer, 'Shared');
    const itemId = await insertWorkItem({ workspaceId: shared, ownerId: viewer, title: 'Deep' });
    for (const name of ['Mate one', 'Mate two', 'Mate three']) {
      const mate = await insertUser({ displayName: name });
      await addMember(shared, mate);
      await insertWorkspace(mate, `${name}'s own`);
    }
    // The members' page has the node's workspace as its parent (a subquery): a windowed page.
    const DEEP = `query($id: ID!, $after: String) { node(id: $id) { ... on WorkItem { workspace {
      members(first: 2, after: $after) { pageInfo { endCursor } edges { node { user {
        displayName workspaceMemberships(first: 5) { edges { node { workspace { name } } } }
      } } } } } } } }`;
    type Deep = { node: { workspace: { members: { pageInfo: { endCursor: string } } } } };
    const id = btoa(`WorkItem:${itemId}`);
    const first = await run('batched', DEEP, { id }, viewer);
    const after = (first.data as Deep).node.workspace.members.pageInfo.endCursor;
    for (const variables of [{ id }, { id, after }]) {
      const batched = await run('batched', DEEP, variables, viewer);
      const naive = await run('naive', DEEP, variables, viewer);
      expect(batched.errors).toBeUndefined();
      expect(batched.data).toEqual(naive.data);
      expect(batched.extensions?.d1).toMatchObject({ roundTrips: 1 });
      const sql = (batched.extensions?.d1 as { sql?: string[] } | undefined)?.sql ?? [];
      const child = sql.find((text) => text.includes('partition by "user_id"')) ?? '';
      // The members' parents subquery: their user ids as ranked, not their page joined back by
      // rowid (the child's own join back is the one left) with its users and its order.
      expect(child).toMatch(
        variables.after
          ? /in \(select "user_id" from \(select .* "page_ranked" where "page_after" = 1 and "page_rank" <= \?\d+\)\)\) "page_ranked"/
          : /in \(select "user_id" from \(select "user_id", row_number\(\) over .* "page_ranked" where "page_rank" <= \?\d+\)\)\) "page_ranked"/,
      );
      expect(child.match(/inner join "workspace_members" on/g)).toHaveLength(1);
    }
  });

  it('reads a child with its parents in one batch, every parent given a page', async () => {
    const viewer = await insertUser();
    const busy = await insertWorkspace(viewer, 'With items');
    await insertWorkspace(viewer, 'Without');
    await insertWorkItem({ workspaceId: busy, ownerId: viewer, title: 'Only' });
    const { ctx, found, pages } = membershipsWithItems(viewer, undefined);
    expect((await pages).get(viewer)?.edges).toHaveLength(2);
    expect(ctx.stats).toMatchObject({ statements: 2, roundTrips: 1 });
    expect(found).toHaveLength(1);
    const counts = [...(found[0]?.values() ?? [])].map(
      (page) => (page as { edges: unknown[] }).edges.length,
    );
    expect(counts.sort()).toEqual([0, 1]);
  });

  it("answers the page when its child's read fails: the child is left to its loader", async () => {
    const viewer = await insertUser();
    await insertWorkspace(viewer, 'Its child fails');
    // A child whose statement D1 refuses (a column that does not exist).
    const { ctx, found, pages } = membershipsWithItems(viewer, sql`no_such_column = 1`);
    expect((await pages).get(viewer)?.edges).toHaveLength(1);
    expect(found).toEqual([]);
    // The batch failed, and each read was sent again alone: the page's went through.
    expect(ctx.stats.statements).toBeGreaterThanOrEqual(3);
  });

  it("leaves a child to its loader when the page's parameters leave it no room", async () => {
    // D1 refuses a statement over 100 parameters (the local D1 takes more): a child whose own
    // filter spends 99 would pass it with the page's (its parent, its limit).
    const viewer = await insertUser();
    await insertWorkspace(viewer, 'Crowded');
    const titles = Array.from({ length: 99 }, (_, i) => `title ${i}`);
    const { ctx, found, pages } = membershipsWithItems(viewer, inArray(workItems.title, titles));
    expect((await pages).get(viewer)?.edges).toHaveLength(1);
    expect(ctx.stats).toMatchObject({ statements: 1, roundTrips: 1 });
    expect(found).toEqual([]);
  });
});
