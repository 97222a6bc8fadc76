import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  RootItemsWhereDocument,
  type WorkItemOrderBy,
  WorkspaceItemsWhereDocument,
} from '../generated/graphql';
import { liftRateLimit } from '../hardening/helpers';
import { gql } from '../helpers/client';
import { uid } from '../helpers/seed';
import { gid } from '../helpers/work-seed';
import { decode, ORDERS, sorted } from './oracle';
import {
  DATES,
  type ItemRow,
  itemStatement,
  prng,
  STATUSES,
  seedWorld,
  visibleToViewer,
  type World,
} from './world';

// Keyset paging under every order: walking the pages while other items are inserted between
// them (before and after the cursor, with tied and NULL keys) must never repeat an item nor skip
// one that existed before the walk began; and what it returns stays in the order asked.

const SEED = 77;
let world: World;

interface Page {
  ids: string[];
  next: string | null;
  previous: string | null;
}

async function page(
  orderBy: WorkItemOrderBy[],
  args: { first?: number; after?: string; last?: number; before?: string },
  root = false,
): Promise<Page> {
  if (root) {
    // Query.workItems: the root list (its own statement shape); the world's viewer sees only
    // the world's workspace.
    const result = await gql(RootItemsWhereDocument, { orderBy, ...args }, { as: world.viewer });
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    const { edges, pageInfo } = result.data?.workItems ?? { edges: [], pageInfo: {} };
    return {
      ids: edges.map((edge) => decode(edge.node.id)),
      next: pageInfo.hasNextPage ? (pageInfo.endCursor ?? null) : null,
      previous: null,
    };
  }
  const result = await gql(
    WorkspaceItemsWhereDocument,
    { id: gid('Workspace', world.workspace), orderBy, ...args },
    { as: world.viewer },
  );
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  const node = result.data?.node;
  if (!node || !('workItems' in node)) throw new Error('no workspace');
  const { edges, pageInfo } = node.workItems;
  return {
    ids: edges.map((edge) => decode(edge.node.id)),
    next: pageInfo.hasNextPage ? (pageInfo.endCursor ?? null) : null,
    previous: pageInfo.hasPreviousPage ? (pageInfo.startCursor ?? null) : null,
  };
}

/** A new item the viewer sees (squad scope), with random keys: some tie, some have no due date. */
async function insertBetweenPages(random: ReturnType<typeof prng>): Promise<ItemRow> {
  const item: ItemRow = {
    id: uid('wki'),
    workspaceId: world.workspace,
    ownerId: world.member1,
    assigneeId: null,
    roomId: null,
    listId: null,
    scope: 'squad',
    status: random.pick(STATUSES),
    type: 'task',
    title: random.pick(['alpha 1', 'Beta 2', 'zeta 3', 'a_b 4']),
    dueAt: random.next() < 0.3 ? null : random.pick(DATES),
    createdAt: random.pick(DATES),
    updatedAt: random.pick(DATES),
  };
  await itemStatement(item).run();
  world.items.push(item);
  return item;
}

describe('keyset paging under every order, with inserts between pages', () => {
  beforeAll(async () => {
    await liftRateLimit();
  });
  // A world of its own per order: the inserts of one walk do not lengthen the next.
  beforeEach(async () => {
    world = await seedWorld(SEED, 40);
  });

  const cases = [
    ...ORDERS.map((orderBy) => ['Workspace.workItems', JSON.stringify(orderBy), orderBy] as const),
    ...[ORDERS[5], ORDERS[7], ORDERS[11]].map(
      (orderBy) =>
        ['Query.workItems', JSON.stringify(orderBy), orderBy as WorkItemOrderBy[]] as const,
    ),
  ];
  it.each(cases)(
    '%s pages forward by %s with no gap and no repeat',
    async (path, _name, orderBy) => {
      const random = prng(SEED + JSON.stringify(orderBy).length);
      const before = world.items.filter((item) => visibleToViewer(world, item)).map((i) => i.id);
      const seen: string[] = [];
      let cursor: string | undefined;
      for (let guard = 0; guard < 100; guard++) {
        const current = await page(
          orderBy,
          { first: 7, after: cursor },
          path === 'Query.workItems',
        );
        seen.push(...current.ids);
        if (!current.next) break;
        cursor = current.next;
        await insertBetweenPages(random);
        await insertBetweenPages(random);
      }
      expect(new Set(seen).size, 'an item came twice').toBe(seen.length);
      expect(
        before.filter((id) => !seen.includes(id)),
        'items skipped',
      ).toEqual([]);
      const rows = seen.map((id) => world.items.find((item) => item.id === id) as ItemRow);
      expect(seen, 'out of order').toEqual(sorted(rows, orderBy).map((item) => item.id));
    },
    120_000,
  );

  it.each([ORDERS[4], ORDERS[11]].map((orderBy) => [JSON.stringify(orderBy), orderBy] as const))(
    'pages backward by %s to the same list, reversed page by page',
    async (_name, orderBy) => {
      const all = sorted(
        world.items.filter((item) => visibleToViewer(world, item)),
        orderBy as WorkItemOrderBy[],
      ).map((item) => item.id);
      const pages: string[][] = [];
      let cursor: string | undefined;
      for (let guard = 0; guard < 100; guard++) {
        const current = await page(orderBy as WorkItemOrderBy[], { last: 6, before: cursor });
        pages.unshift(current.ids);
        if (!current.previous) break;
        cursor = current.previous;
      }
      expect(pages.flat()).toEqual(all);
    },
    120_000,
  );
});
