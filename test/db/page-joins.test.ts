import { eq, inArray, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { workspaceMembers, workspaces } from '../../src/db/tables';
import { parsePageArgs } from '../../src/resolvers/pagination/args';
import { keysetPages, type PageJoin } from '../../src/resolvers/pagination/keyset';
import { gql } from '../helpers/client';
import { contextAs } from '../helpers/context';
import { insertUser, insertWorkspace } from '../helpers/seed';

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
