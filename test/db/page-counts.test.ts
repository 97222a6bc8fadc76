import { describe, expect, it } from 'vitest';
import { gql } from '../helpers/client';
import { addMember, insertUser, insertWorkspace } from '../helpers/seed';
import { insertWorkItem } from '../helpers/work-seed';

// A page counts its parent's rows only when the operation selects `totalCount`
// (src/schema/page-joins.ts, KeysetQuery `uncounted`): the count reads every row of the parent
// under its rule, where the page reads its first rows. Totals that are asked for are unchanged.
describe('a page counts its rows only when totalCount is selected', () => {
  /** A workspace with three work items of the viewer's, and a mate in it and two more of theirs. */
  async function workspaces() {
    const viewer = await insertUser({ displayName: 'Counter' });
    const mate = await insertUser({ displayName: 'Mate' });
    const workspaceId = await insertWorkspace(viewer, 'Counted');
    await addMember(workspaceId, mate);
    for (const title of ['One', 'Two', 'Three']) {
      await insertWorkItem({ workspaceId, ownerId: viewer, title, scope: 'squad' });
    }
    const others: string[] = [];
    for (const name of ['Second', 'Third']) {
      others.push(await insertWorkspace(mate, name));
      await addMember(others.at(-1) as string, viewer);
    }
    const all = [workspaceId, ...others].map((id) => btoa(`Workspace:${id}`));
    return { viewer, workspace: all[0] as string, all };
  }

  /** The operation's answer, and the text of each statement that reads `table`. */
  async function run(query: string, as: string, variables: Record<string, unknown>, table: string) {
    const result = await gql(query, variables, { as, headers: { 'x-debug-sql': '1' } });
    expect(result.errors).toBeUndefined();
    const sql = (result.extensions?.d1 as { sql?: string[] } | undefined)?.sql ?? [];
    return {
      data: result.data as Record<string, Record<string, unknown>>,
      statements: sql.filter((text) => text.includes(`from "${table}"`)),
    };
  }

  const ITEMS = `query($id: ID!) { node(id: $id) { ... on Workspace {
    bare: workItems(first: 2) { edges { node { title } } }
    counted: workItems(first: 2) { totalCount edges { node { title } } } } } }`;

  it("one parent's page: no count without totalCount, the right total with it", async () => {
    const { viewer, workspace } = await workspaces();
    const { data, statements } = await run(ITEMS, viewer, { id: workspace }, 'work_items');
    const node = data.node as Record<string, { totalCount?: number; edges: unknown[] }>;
    expect(node.bare?.edges).toHaveLength(2);
    expect(node.counted?.edges).toHaveLength(2);
    expect(node.counted?.totalCount).toBe(3);
    // The two aliases page apart: one statement counts, the other has no count at all.
    expect(statements).toHaveLength(2);
    expect(statements.filter((text) => text.includes('count(*)'))).toHaveLength(1);
  });

  it('answers an empty page without a count, and a total of 0 with one', async () => {
    const viewer = await insertUser({ displayName: 'Empty' });
    const workspace = btoa(`Workspace:${await insertWorkspace(viewer, 'Empty')}`);
    const { data } = await run(ITEMS, viewer, { id: workspace }, 'work_items');
    expect(data.node).toEqual({
      bare: { edges: [] },
      counted: { totalCount: 0, edges: [] },
    });
  });

  it('pages past a cursor without a count', async () => {
    const { viewer, workspace } = await workspaces();
    const query = `query($id: ID!, $after: String) { node(id: $id) { ... on Workspace {
      workItems(first: 2, after: $after) { pageInfo { hasNextPage endCursor } edges { node { title } } } } } }`;
    const first = await run(query, viewer, { id: workspace }, 'work_items');
    const page = (first.data.node as Record<string, { pageInfo: { endCursor: string } }>)
      .workItems as { pageInfo: { endCursor: string; hasNextPage: boolean } };
    expect(page.pageInfo.hasNextPage).toBe(true);
    const next = await run(
      query,
      viewer,
      { id: workspace, after: page.pageInfo.endCursor },
      'work_items',
    );
    const rest = (next.data.node as Record<string, unknown>).workItems as {
      pageInfo: { hasNextPage: boolean };
      edges: unknown[];
    };
    expect(rest.edges).toHaveLength(1);
    expect(rest.pageInfo.hasNextPage).toBe(false);
    expect(next.statements.some((text) => text.includes('count('))).toBe(false);
  });

  const MEMBERS = `bare: members(first: 1) { edges { node { role } } }
      counted: members(first: 1) { totalCount edges { node { role } } }`;
  type Members = { bare: { edges: unknown[] }; counted: { totalCount: number; edges: unknown[] } };

  /** Each workspace's two pages of members: two in each, one of them counted. */
  function expectMembers(workspaces: Members[]) {
    expect(workspaces).toHaveLength(3);
    for (const workspace of workspaces) {
      expect(workspace.counted.totalCount).toBe(2);
      expect(workspace.counted.edges).toHaveLength(1);
      expect(workspace.bare.edges).toHaveLength(1);
    }
  }

  it("many parents' pages below their parents' page: a total per parent only where asked", async () => {
    const { viewer } = await workspaces();
    const query = `query { viewer { workspaceMemberships(first: 10) { edges { node { workspace {
      ${MEMBERS} } } } } } }`;
    const { data, statements } = await run(query, viewer, {}, 'workspace_members');
    const memberships = (
      data.viewer as { workspaceMemberships: { edges: { node: { workspace: Members } }[] } }
    ).workspaceMemberships.edges.map((edge) => edge.node.workspace);
    expectMembers(memberships);
    // With the memberships' batch, ranked per workspace in windows: one of the members' two
    // pages counts per workspace and one does not count at all.
    const windowed = statements.filter((text) => text.includes('row_number() over'));
    expect(windowed).toHaveLength(2);
    expect(windowed.filter((text) => text.includes('count(*) over'))).toHaveLength(1);
    expect(windowed.filter((text) => text.includes('count('))).toHaveLength(1);
  });

  it("many parents' pages by their ids (windowed): a total per parent only where asked", async () => {
    const { viewer, all } = await workspaces();
    const query = `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Workspace { ${MEMBERS} } } }`;
    const { data, statements } = await run(query, viewer, { ids: all }, 'workspace_members');
    expectMembers(data.nodes as unknown as Members[]);
    const windowed = statements.filter((text) => text.includes('row_number() over'));
    expect(windowed).toHaveLength(2);
    // Of the members' two pages, one counts per workspace and one does not count at all.
    expect(windowed.filter((text) => text.includes('count(*) over'))).toHaveLength(1);
    expect(windowed.filter((text) => text.includes('count('))).toHaveLength(1);
  });
});
