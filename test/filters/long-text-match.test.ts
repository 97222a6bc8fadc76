import { beforeAll, describe, expect, it } from 'vitest';
import {
  AdminWorkspacesByNameDocument,
  LegacyAndWhereDocument,
  type WorkItemWhere,
  WorkspaceItemsWhereDocument,
} from '../generated/graphql';
import { liftRateLimit, makeAdmin } from '../hardening/helpers';
import { gql } from '../helpers/client';
import { insertUser, insertWorkspace, uid } from '../helpers/seed';
import { gid, insertWorkItem } from '../helpers/work-seed';

// Text filters take operands up to their documented 100 characters, whatever they hold: D1
// refuses a LIKE pattern over 50 bytes, which made a 49-character `contains` (or 25 `%`, or 30
// accented letters) an unexpected error. Matching stays literal and ASCII-case-insensitive.

let viewer: string;
let workspace: string;
let tag: string;
let itemId: string;
/** 100 characters with LIKE's wildcards, accented letters and spaces. */
let long: string;

const ids = (result: { data?: { node?: unknown } | null }) => {
  const node = result.data?.node as { workItems?: { edges: { node: { id: string } }[] } } | null;
  return node?.workItems?.edges.map((edge) => edge.node.id) ?? null;
};

const itemsWhere = (where: WorkItemWhere) =>
  gql(
    WorkspaceItemsWhereDocument,
    { id: gid('Workspace', workspace), first: 10, where },
    { as: viewer },
  );

describe('text filters of any length up to the bound', () => {
  beforeAll(async () => {
    await liftRateLimit();
    viewer = await insertUser();
    workspace = await insertWorkspace(viewer);
    tag = uid('lng');
    long = `${tag} ${'%_é'.repeat(15)} ${'Straße Überweisung '.repeat(3)}`.slice(0, 100);
    itemId = await insertWorkItem({ workspaceId: workspace, ownerId: viewer, title: long });
    await insertWorkItem({ workspaceId: workspace, ownerId: viewer, title: `${tag} other` });
  });

  it('finds the item by a 100-character contains and startsWith, in any ASCII case', async () => {
    expect(long).toHaveLength(100);
    const found = [gid('WorkItem', itemId)];
    for (const where of [
      { title: { contains: long } },
      { title: { startsWith: long } },
      { title: { contains: long.slice(1).replace(/[a-z]/g, (c) => c.toUpperCase()) } },
      { title: { contains: '%_é'.repeat(15) } },
    ]) {
      const result = await itemsWhere(where);
      expect(result.errors).toBeUndefined();
      expect(ids(result)).toEqual(found);
    }
  });

  it('matches wildcards literally and a prefix only at the start', async () => {
    expect(ids(await itemsWhere({ title: { contains: `${tag} %%` } }))).toEqual([]);
    expect(ids(await itemsWhere({ title: { startsWith: long.slice(1) } }))).toEqual([]);
  });

  it('still refuses an operand over 100 characters, as VALIDATION_FAILED', async () => {
    const result = await itemsWhere({ title: { contains: `${long}x` } });
    expect(result.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
  });

  it('the older titleContains and the admin workspace name filter take long text too', async () => {
    const legacy = await gql(
      LegacyAndWhereDocument,
      { id: gid('Workspace', workspace), filter: { titleContains: long } },
      { as: viewer },
    );
    expect(legacy.errors).toBeUndefined();
    expect(ids(legacy)).toEqual([gid('WorkItem', itemId)]);

    const admin = await insertUser();
    await makeAdmin(admin, 'support');
    const name = `${'%'.repeat(60)} and more`;
    const named = await gql(AdminWorkspacesByNameDocument, { name }, { as: admin });
    expect(named.errors).toBeUndefined();
    expect(named.data?.adminWorkspaces.totalCount).toBe(0);
  });
});
