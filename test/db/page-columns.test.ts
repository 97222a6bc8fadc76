import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { gql } from '../helpers/client';
import { addMember, insertUser, insertWorkspace } from '../helpers/seed';
import { insertWorkItem } from '../helpers/work-seed';

// A page reads of its own rows only the columns its nodes' selected fields read
// (src/schema/page-joins.ts `ownColumns`): each column is a cell per row that D1 sends and the
// isolate decodes. Answers are unchanged; a field that reads more than its column gets the row.
describe('a page reads the columns its selection needs', () => {
  async function workspaceWithItems() {
    const viewer = await insertUser({ displayName: 'Reader' });
    const mate = await insertUser({ displayName: 'Mate' });
    const workspaceId = await insertWorkspace(viewer, 'Columns');
    await addMember(workspaceId, mate);
    const older = await insertWorkItem({
      workspaceId,
      ownerId: mate,
      title: 'Older',
      scope: 'squad',
      createdAt: '2026-01-01T00:00:00.000Z',
    });
    const newer = await insertWorkItem({
      workspaceId,
      ownerId: viewer,
      title: 'Newer',
      scope: 'squad',
      createdAt: '2026-01-02T00:00:00.000Z',
    });
    await env.DB.prepare('UPDATE work_items SET description = ? WHERE id IN (?, ?)')
      .bind('A long description', older, newer)
      .run();
    return { viewer, workspace: btoa(`Workspace:${workspaceId}`) };
  }

  type Edges = { edges: { node: Record<string, unknown> }[] };
  async function itemsOf(selection: string, as: string, workspace: string) {
    const result = await gql(
      `query($id: ID!) { node(id: $id) { ... on Workspace { ${selection} } } }${
        selection.includes('...Described') ? ' fragment Described on WorkItem { description }' : ''
      }`,
      { id: workspace },
      { as, headers: { 'x-debug-sql': '1' } },
    );
    expect(result.errors).toBeUndefined();
    const sql = (result.extensions?.d1 as { sql?: string[] } | undefined)?.sql ?? [];
    // What each statement answers per row: its select list (its filter names other columns).
    const statements = sql
      .filter((text) => text.includes('from "work_items"'))
      .map((text) => text.slice(0, text.indexOf(' from ')));
    return { node: (result.data as { node: Record<string, Edges> }).node, statements };
  }

  it("reads the id, order keys, references and the selected fields' columns, nothing else", async () => {
    const { viewer, workspace } = await workspaceWithItems();
    const { node, statements } = await itemsOf(
      'workItems(first: 10) { edges { node { title owner { displayName } } } }',
      viewer,
      workspace,
    );
    expect(node.workItems?.edges.map((edge) => edge.node)).toEqual([
      { title: 'Newer', owner: { displayName: 'Reader' } },
      { title: 'Older', owner: { displayName: 'Mate' } },
    ]);
    expect(statements).toHaveLength(1);
    for (const read of ['id', 'title', 'owner_id', 'created_at']) {
      expect(statements[0]).toContain(`"work_items"."${read}"`);
    }
    for (const unread of ['description', 'due_at', 'room_id', 'updated_at']) {
      expect(statements[0]).not.toContain(`"work_items"."${unread}"`);
    }
  });

  it('reads a column selected through a fragment, and answers it', async () => {
    const { viewer, workspace } = await workspaceWithItems();
    const { node, statements } = await itemsOf(
      'workItems(first: 10) { edges { node { title ...Described } } }',
      viewer,
      workspace,
    );
    expect(statements[0]).toContain('"work_items"."description"');
    expect(node.workItems?.edges.map((edge) => edge.node.description)).toEqual([
      'A long description',
      'A long description',
    ]);
  });

  it('reads the whole row for a field that reads more than a column of its own', async () => {
    const { viewer, workspace } = await workspaceWithItems();
    // `list` loads the item's list by its list_id: no declaration says so, so the row is read.
    const { node, statements } = await itemsOf(
      'workItems(first: 10) { edges { node { title list { id } } } }',
      viewer,
      workspace,
    );
    expect(statements[0]).toContain('"work_items"."description"');
    expect(node.workItems?.edges.map((edge) => edge.node)).toEqual([
      { title: 'Newer', list: null },
      { title: 'Older', list: null },
    ]);
  });

  it('pages two selections of one connection apart, each with the columns it reads', async () => {
    const { viewer, workspace } = await workspaceWithItems();
    const { node, statements } = await itemsOf(
      `titles: workItems(first: 10) { edges { node { title } } }
       texts: workItems(first: 10) { edges { node { description } } }`,
      viewer,
      workspace,
    );
    expect(statements).toHaveLength(2);
    expect(node.titles?.edges.map((edge) => edge.node)).toEqual([
      { title: 'Newer' },
      { title: 'Older' },
    ]);
    expect(node.texts?.edges.map((edge) => edge.node)).toEqual([
      { description: 'A long description' },
      { description: 'A long description' },
    ]);
  });

  it("pages on from a narrowed page's cursor", async () => {
    const { viewer, workspace } = await workspaceWithItems();
    const first = await itemsOf(
      'workItems(first: 1) { pageInfo { endCursor } edges { node { title } } }',
      viewer,
      workspace,
    );
    const cursor = (first.node.workItems as Edges & { pageInfo: { endCursor: string } }).pageInfo
      .endCursor;
    expect(first.statements[0]).not.toContain('"work_items"."description"');
    const next = await itemsOf(
      `workItems(first: 1, after: "${cursor}") { edges { node { title } } }`,
      viewer,
      workspace,
    );
    expect(next.node.workItems?.edges.map((edge) => edge.node)).toEqual([{ title: 'Older' }]);
  });

  // A cell the same on every row of a statement is one D1 sends and the isolate decodes for
  // nothing: the parent one parent's page was asked for, a count nobody asked, the side of a
  // cursor a page without one.
  const pageKeys = (select: string) =>
    ['page_parent', 'page_total', 'page_after', 'page_rank'].filter((key) =>
      select.includes(`"${key}"`),
    );

  it("answers no cell that is the same on every row of one parent's page", async () => {
    const { viewer, workspace } = await workspaceWithItems();
    const plain = await itemsOf(
      'workItems(first: 10) { edges { node { title workspace { name } } } }',
      viewer,
      workspace,
    );
    expect(pageKeys(plain.statements[0] as string)).toEqual([]);
    // Nor the parent column: each row is the asked parent's, and its node says so.
    expect(plain.statements[0]).not.toContain('"work_items"."workspace_id"');
    expect(plain.node.workItems?.edges.map((edge) => edge.node)).toEqual([
      { title: 'Newer', workspace: { name: 'Columns' } },
      { title: 'Older', workspace: { name: 'Columns' } },
    ]);
    const counted = await itemsOf(
      'workItems(first: 1) { totalCount pageInfo { endCursor } edges { node { title } } }',
      viewer,
      workspace,
    );
    expect(pageKeys(counted.statements[0] as string)).toEqual(['page_total', 'page_after']);
    expect(counted.node.workItems).toMatchObject({
      totalCount: 2,
      edges: [{ node: { title: 'Newer' } }],
    });
  });

  it("answers of a page of many parents only each row's rank, and what the page asks", async () => {
    const viewer = await insertUser({ displayName: 'Two workspaces' });
    for (const name of ['First', 'Second']) {
      const workspaceId = await insertWorkspace(viewer, name);
      for (const title of [`${name} a`, `${name} b`]) {
        await insertWorkItem({ workspaceId, ownerId: viewer, title, scope: 'squad' });
      }
    }
    const pagesOf = async (items: string) => {
      const result = await gql(
        `{ viewer { workspaceMemberships(first: 5) { edges { node { workspace { name ${items} } } } } } }`,
        {},
        { as: viewer, headers: { 'x-debug-sql': '1' } },
      );
      expect(result.errors).toBeUndefined();
      const sql = (result.extensions?.d1 as { sql?: string[] } | undefined)?.sql ?? [];
      const reads = sql.filter((text) => text.startsWith('select "work_items"'));
      expect(reads).toHaveLength(1);
      const select = (reads[0] as string).slice(0, (reads[0] as string).indexOf(' from '));
      const edges = (
        result.data as {
          viewer: {
            workspaceMemberships: {
              edges: {
                node: { workspace: { name: string; workItems: Edges & { totalCount?: number } } };
              }[];
            };
          };
        }
      ).viewer.workspaceMemberships.edges;
      return { select, edges };
    };
    const plain = await pagesOf('workItems(first: 5) { edges { node { title } } }');
    expect(pageKeys(plain.select)).toEqual(['page_rank']);
    expect(plain.edges.map((edge) => edge.node.workspace.workItems.edges.length)).toEqual([2, 2]);
    const counted = await pagesOf('workItems(first: 1) { totalCount edges { node { title } } }');
    expect(pageKeys(counted.select)).toEqual(['page_total', 'page_rank']);
    expect(counted.edges.map((edge) => edge.node.workspace.workItems.totalCount)).toEqual([2, 2]);
  });
});
