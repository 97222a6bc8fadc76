import { beforeAll, describe, expect, it } from 'vitest';
import { WorkspaceItemsWhereDocument } from '../generated/graphql';
import { liftRateLimit } from '../hardening/helpers';
import { gql } from '../helpers/client';
import { gid } from '../helpers/work-seed';
import { decode, matches, ORDERS, randomWhere, sorted } from './oracle';
import { prng, seedWorld, visibleToViewer, type World } from './world';

// Filter semantics against a brute-force oracle: random `where` trees (a seeded PRNG, so a
// failure names a seed that reproduces it) asked of the gateway and of a plain JavaScript
// restatement of the rules, over the same seeded rows. Every answer must name the same items,
// count them alike, and (with a random orderBy) list them in the same order.

const TREES = 300;
const SEED = 20261130;

let world: World;

async function ask(where: unknown, orderBy?: unknown) {
  const result = await gql(
    WorkspaceItemsWhereDocument,
    {
      id: gid('Workspace', world.workspace),
      where: where as never,
      orderBy: orderBy as never,
      first: 100,
    },
    { as: world.viewer },
  );
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  const node = result.data?.node;
  if (!node || !('workItems' in node)) throw new Error('no workspace');
  return {
    ids: node.workItems.edges.map((edge) => decode(edge.node.id)),
    total: node.workItems.totalCount,
  };
}

describe('WorkItemWhere against a brute-force oracle', () => {
  beforeAll(async () => {
    await liftRateLimit();
    world = await seedWorld(SEED, 90);
  });

  it('sees exactly the items the visibility rule admits, with no filter', async () => {
    const answer = await ask(undefined);
    const expected = world.items.filter((item) => visibleToViewer(world, item));
    expect(expected.length).toBeGreaterThan(20);
    expect(expected.length).toBeLessThan(world.items.length);
    expect(new Set(answer.ids)).toEqual(new Set(expected.map((item) => item.id)));
  });

  // Three runs of 100 trees (each its own test, so a slow machine does not time one out).
  it.each([0, 1, 2])(
    'answers random filter trees as the oracle does (run %i of 3)',
    async (run) => {
      const visible = world.items.filter((item) => visibleToViewer(world, item));
      const random = prng(SEED + run);
      let nonTrivial = 0;
      for (let n = run * (TREES / 3); n < (run + 1) * (TREES / 3); n++) {
        const where = randomWhere(world, SEED + n);
        const orderBy = n % 3 === 0 ? random.pick(ORDERS) : undefined;
        const expected = visible.filter((item) => matches(world, item, where as never));
        if (expected.length > 0 && expected.length < visible.length) nonTrivial += 1;
        const answer = await ask(where, orderBy);
        const label = `tree ${n} (seed ${SEED + n}): ${JSON.stringify(where)}`;
        expect(answer.total, label).toBe(expected.length);
        if (orderBy) {
          expect(answer.ids, `${label} ordered by ${JSON.stringify(orderBy)}`).toEqual(
            sorted(expected, orderBy).map((item) => item.id),
          );
        } else {
          expect(new Set(answer.ids), label).toEqual(new Set(expected.map((item) => item.id)));
        }
      }
      // The trees must discriminate: most select some but not all of the visible items.
      expect(nonTrivial).toBeGreaterThan(TREES / 9);
    },
    180_000,
  );
});
