import { env } from 'cloudflare:workers';
import { eq, inArray, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { workspaceMembers, workspaces } from '../../src/db/tables';
import { parsePageArgs } from '../../src/resolvers/pagination/args';
import { keysetPages, type PageJoin } from '../../src/resolvers/pagination/keyset';
import { gql } from '../helpers/client';
import { contextAs } from '../helpers/context';
import { addMember, insertUser, insertWorkspace } from '../helpers/seed';
import { insertWorkItem } from '../helpers/work-seed';

// A page reads the rows its rows point to beside them when the operation selects them
// (src/schema/page-joins.ts): one round trip fewer per depth, the same answers, the same rules.
describe('rows read with the page that points to them', () => {
  it("a page of memberships brings its workspaces: no round trip of the workspaces' own", async () => {
    const viewer = await insertUser({ displayName: 'Joiner' });
    const first = await insertWorkspace(viewer, 'Joined one');
    const second = await insertWorkspace(viewer, 'Joined two');
    // The settings in the isolate's memory, so that the request reads none of them.
    await gql('{ __typename }', {});
    const result = await gql(
      `{ viewer { workspaceMemberships(first: 10) {
          edges { node { role workspace { id name } } } } } }`,
      {},
      { as: viewer },
    );
    expect(result.errors).toBeUndefined();
    const nodes = (
      result.data as {
        viewer: { workspaceMemberships: { edges: { node: { workspace: { id: string } } }[] } };
      }
    ).viewer.workspaceMemberships.edges.map((edge) => edge.node);
    expect(nodes).toEqual([
      { role: 'OWNER', workspace: { id: btoa(`Workspace:${first}`), name: 'Joined one' } },
      { role: 'OWNER', workspace: { id: btoa(`Workspace:${second}`), name: 'Joined two' } },
    ]);
    // The account check (the viewer's row) and the page with its workspaces, started beside it
    // (startedWithViewer): the Workspace loader sends nothing (a third statement, a second trip).
    expect(result.extensions?.d1).toMatchObject({ statements: 2, roundTrips: 1 });
  });

  function membershipsOf(userId: string, join: Omit<PageJoin, 'column' | 'table'>) {
    const ctx = contextAs(userId);
    return keysetPages(
      ctx,
      {
        table: workspaceMembers,
        parentColumn: workspaceMembers.userId,
        order: [{ key: 'id', direction: 'asc' }],
        joins: [{ column: workspaceMembers.workspaceId, table: workspaces, ...join }],
      },
      parsePageArgs({ first: 10 }, 1),
      [userId],
    );
  }

  it('hands over the rows the rule passes, decoded as their loader reads them', async () => {
    const owner = await insertUser();
    const workspaceId = await insertWorkspace(owner, 'Found');
    const found: Record<string, unknown>[] = [];
    const pages = await membershipsOf(owner, {
      visible: () => sql`1`,
      found: (row) => found.push(row),
    });
    expect(pages.get(owner)?.edges).toHaveLength(1);
    const db = contextAs(owner).db;
    const direct = await db.select().from(workspaces).where(eq(workspaces.id, workspaceId));
    expect(found).toEqual(direct);
  });

  it('hands over nothing the rule hides, and still pages every row', async () => {
    const owner = await insertUser();
    await insertWorkspace(owner, 'Hidden one');
    await insertWorkspace(owner, 'Hidden two');
    const found: Record<string, unknown>[] = [];
    const pages = await membershipsOf(owner, {
      visible: (id) => sql`${inArray(id, ['wsp_none'])}`,
      found: (row) => found.push(row),
    });
    expect(pages.get(owner)?.edges).toHaveLength(2);
    expect(found).toEqual([]);
  });
});

describe('rows read with the node that points to them', () => {
  const REFETCH = `query($ids: [ID!]!) { nodes(ids: $ids) { ... on WorkItem { title workspace { name } } } }`;

  it("a refetched work item brings its workspace: no round trip of the workspace's own", async () => {
    const owner = await insertUser();
    const workspaceId = await insertWorkspace(owner, 'Home of the items');
    const first = await insertWorkItem({ workspaceId, ownerId: owner, title: 'First' });
    const second = await insertWorkItem({ workspaceId, ownerId: owner, title: 'Second' });
    await gql('{ __typename }', {});
    const ids = [first, second].map((id) => btoa(`WorkItem:${id}`));
    const result = await gql(REFETCH, { ids }, { as: owner });
    expect(result.errors).toBeUndefined();
    expect((result.data as { nodes: unknown[] }).nodes).toEqual([
      { title: 'First', workspace: { name: 'Home of the items' } },
      { title: 'Second', workspace: { name: 'Home of the items' } },
    ]);
    // The account check and the items with their workspace, in one batch.
    expect(result.extensions?.d1).toMatchObject({ statements: 2, roundTrips: 1 });
  });

  it("hides a workspace the viewer is not a member of, as the workspace's loader does", async () => {
    const owner = await insertUser();
    const leaver = await insertUser();
    const workspaceId = await insertWorkspace(owner, 'Left behind');
    await addMember(workspaceId, leaver);
    const item = await insertWorkItem({ workspaceId, ownerId: leaver, title: 'Still mine' });
    // The item's owner leaves: the item stays theirs to see, its workspace does not.
    await env.DB.prepare('DELETE FROM workspace_members WHERE workspace_id = ? AND user_id = ?')
      .bind(workspaceId, leaver)
      .run();
    const result = await gql(REFETCH, { ids: [btoa(`WorkItem:${item}`)] }, { as: leaver });
    expect(result.errors).toBeUndefined();
    expect((result.data as { nodes: unknown[] }).nodes).toEqual([
      { title: 'Still mine', workspace: null },
    ]);
  });
});
