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

describe('rows read with a page: only the columns the selection reads', () => {
  async function workspaceWithTwoOwners() {
    const viewer = await insertUser({ displayName: 'Viewer' });
    const other = await insertUser({ displayName: 'Other' });
    await env.DB.prepare("UPDATE users SET bio = 'Other bio' WHERE id = ?").bind(other).run();
    const workspaceId = await insertWorkspace(viewer, 'Narrow');
    await addMember(workspaceId, other);
    await insertWorkItem({ workspaceId, ownerId: viewer, title: 'Mine', scope: 'squad' });
    await insertWorkItem({ workspaceId, ownerId: other, title: 'Theirs', scope: 'squad' });
    return { viewer, other, workspace: btoa(`Workspace:${workspaceId}`) };
  }

  const traced = (query: string, variables: Record<string, unknown>, as: string) =>
    gql(query, variables, { as, headers: { 'x-debug-sql': '1' } });
  const workItemsStatement = (result: { extensions?: Record<string, unknown> }) => {
    const sql = (result.extensions?.d1 as { sql?: string[] } | undefined)?.sql ?? [];
    return sql.find((text) => text.includes('from "work_items"')) ?? '';
  };

  it("reads the owner's id and the columns of the fields selected, the email rule intact", async () => {
    const { viewer, workspace } = await workspaceWithTwoOwners();
    const result = await traced(
      `query($id: ID!) { node(id: $id) { ... on Workspace { workItems(first: 10) {
         edges { node { title owner { id displayName email } } } } } } }`,
      { id: workspace },
      viewer,
    );
    expect(result.errors).toBeUndefined();
    const statement = workItemsStatement(result);
    expect(statement).toContain('"page_join_0_display_name"');
    expect(statement).toContain('"page_join_0_email"');
    expect(statement).not.toContain('"page_join_0_bio"');
    const owners = (
      result.data as {
        node: { workItems: { edges: { node: { title: string; owner: object } }[] } };
      }
    ).node.workItems.edges.map((edge) => [edge.node.title, edge.node.owner]);
    expect(owners).toEqual(
      expect.arrayContaining([
        [
          'Mine',
          { id: btoa(`User:${viewer}`), displayName: 'Viewer', email: `${viewer}@example.test` },
        ],
        ['Theirs', expect.objectContaining({ displayName: 'Other', email: null })],
      ]),
    );
  });

  it('keeps two selections of the same rows apart: each gets the columns it asked for', async () => {
    const { viewer, workspace } = await workspaceWithTwoOwners();
    const query = `query($id: ID!) { node(id: $id) { ... on Workspace {
      names: workItems(first: 10) { edges { node { title owner { displayName } } } }
      bios: workItems(first: 10) { edges { node { title owner { bio } } } } } } }`;
    const result = await gql(query, { id: workspace }, { as: viewer });
    expect(result.errors).toBeUndefined();
    type Page = { edges: { node: { title: string; owner: Record<string, unknown> } }[] };
    const node = (result.data as { node: { names: Page; bios: Page } }).node;
    const byTitle = (page: Page) =>
      Object.fromEntries(page.edges.map((edge) => [edge.node.title, edge.node.owner]));
    expect(byTitle(node.names)).toEqual({
      Mine: { displayName: 'Viewer' },
      Theirs: { displayName: 'Other' },
    });
    expect(byTitle(node.bios)).toEqual({ Mine: { bio: null }, Theirs: { bio: 'Other bio' } });
  });

  it('reads the whole row when a selected field reads more than its own column', async () => {
    const { viewer, workspace } = await workspaceWithTwoOwners();
    const result = await traced(
      `query($id: ID!) { node(id: $id) { ... on Workspace { workItems(first: 10) {
         edges { node { owner { displayName webhookEndpoints(first: 1) { totalCount } } } } } } } }`,
      { id: workspace },
      viewer,
    );
    expect(result.errors).toBeUndefined();
    expect(workItemsStatement(result)).toContain('"page_join_0_bio"');
  });
});

describe('pages of the rows a refetched node points to, read with the node', () => {
  const MEMBERS = `query($id: ID!, $first: Int) { node(id: $id) { ... on WorkItem { title
    workspace { name members(first: $first) { totalCount edges { node { role user { displayName } } } } } } } }`;

  async function itemInTeam() {
    const owner = await insertUser({ displayName: 'Team owner' });
    const mate = await insertUser({ displayName: 'Secret mate' });
    const workspaceId = await insertWorkspace(owner, 'Team');
    await addMember(workspaceId, mate);
    const item = await insertWorkItem({ workspaceId, ownerId: owner, title: 'Refetched' });
    return { owner, mate, workspaceId, id: btoa(`WorkItem:${item}`) };
  }

  it("reads a work item's workspace's members (and their users) in the node's round trip", async () => {
    const { owner, id } = await itemInTeam();
    await gql('{ __typename }', {});
    const result = await gql(MEMBERS, { id, first: 10 }, { as: owner });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      node: {
        title: 'Refetched',
        workspace: {
          name: 'Team',
          members: {
            totalCount: 2,
            edges: [
              { node: { role: 'OWNER', user: { displayName: 'Team owner' } } },
              { node: { role: 'MEMBER', user: { displayName: 'Secret mate' } } },
            ],
          },
        },
      },
    });
    // The account check, the item with its workspace, the members with their users: one batch.
    expect(result.extensions?.d1).toMatchObject({ statements: 3, roundTrips: 1 });
  });

  it('shows nothing of the members when the node or its workspace is hidden', async () => {
    const { mate, workspaceId, id } = await itemInTeam();
    const stranger = await insertUser();
    const hidden = await gql(MEMBERS, { id, first: 10 }, { as: stranger });
    expect(hidden.data).toEqual({ node: null });
    expect(JSON.stringify(hidden)).not.toContain('Secret mate');
    // The mate's own item, after the mate has left: the item is theirs, the workspace is not.
    const left = await insertWorkItem({ workspaceId, ownerId: mate, title: 'Left' });
    await env.DB.prepare('DELETE FROM workspace_members WHERE workspace_id = ? AND user_id = ?')
      .bind(workspaceId, mate)
      .run();
    const result = await gql(MEMBERS, { id: btoa(`WorkItem:${left}`), first: 10 }, { as: mate });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ node: { title: 'Left', workspace: null } });
    expect(JSON.stringify(result)).not.toContain('Team owner');
  });

  it('reports bad arguments as the field always did', async () => {
    const { owner, id } = await itemInTeam();
    const result = await gql(MEMBERS, { id, first: -1 }, { as: owner });
    expect(result.errors?.[0]).toMatchObject({
      path: ['node', 'workspace', 'members'],
      extensions: { code: 'VALIDATION_FAILED' },
    });
  });
});
