import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { forgetCachedSettings } from '../../src/resolvers/admin/settings';
import {
  ReadBatchingRoomMembersDocument,
  ReadBatchingRoomWorkItemsDocument,
  ReadBatchingWorkItemParentsDocument,
  ReadBatchingWorkItemPeopleDocument,
  ReadBatchingWorkItemsPagedDocument,
  type ReadBatchingWorkItemsPagedQuery,
  ReadBatchingWorkspaceRoomsDocument,
  ReadBatchingWorkspaceWorkItemsDocument,
  type WorkItemFilter,
} from '../generated/graphql';
import { type GraphQLResponse, gql } from '../helpers/client';
import { insertUser, uid } from '../helpers/seed';
import { batch, gid, workItemStatement } from '../helpers/work-seed';

// Each connection and relation, read under 5 and under 60 parents: the D1 statement count must
// not grow with the number of parents (one statement per level, not one per parent).

const statement = (sql: string, ...params: unknown[]) => env.DB.prepare(sql).bind(...params);

/** A viewer in `n` workspaces, each with 2 rooms of 2 members and 3 work items (2 in a room). */
async function seedParents(n: number) {
  const viewer = await insertUser({ displayName: 'Viewer' });
  const peer = await insertUser({ displayName: 'Peer' });
  const workspaceIds: string[] = [];
  const roomIds: string[] = [];
  const statements: D1PreparedStatement[] = [];
  for (let i = 0; i < n; i++) {
    const workspaceId = uid('wsp');
    workspaceIds.push(workspaceId);
    statements.push(
      statement(
        'INSERT INTO workspaces (id, name, slug, owner_id) VALUES (?, ?, ?, ?)',
        workspaceId,
        `W${i}`,
        workspaceId,
        viewer,
      ),
      statement(
        "INSERT INTO workspace_members (id, workspace_id, user_id, role) VALUES (?, ?, ?, 'owner')",
        uid('wsm'),
        workspaceId,
        viewer,
      ),
      statement(
        'INSERT INTO workspace_members (id, workspace_id, user_id) VALUES (?, ?, ?)',
        uid('wsm'),
        workspaceId,
        peer,
      ),
    );
    for (let r = 0; r < 2; r++) {
      const roomId = uid('rom');
      roomIds.push(roomId);
      statements.push(
        statement(
          'INSERT INTO rooms (id, workspace_id, name) VALUES (?, ?, ?)',
          roomId,
          workspaceId,
          `R${i}.${r}`,
        ),
        statement(
          "INSERT INTO room_members (id, room_id, user_id, role) VALUES (?, ?, ?, 'owner')",
          uid('rmm'),
          roomId,
          viewer,
        ),
        statement(
          'INSERT INTO room_members (id, room_id, user_id) VALUES (?, ?, ?)',
          uid('rmm'),
          roomId,
          peer,
        ),
        workItemStatement({
          workspaceId,
          ownerId: peer,
          assigneeId: viewer,
          roomId,
          scope: 'room',
          dueAt: `2031-01-${String(r + 1).padStart(2, '0')}T00:00:00.000Z`,
        }),
      );
    }
    statements.push(workItemStatement({ workspaceId, ownerId: peer, scope: 'squad' }));
  }
  await batch(statements);
  return {
    viewer,
    workspaces: workspaceIds.map((id) => gid('Workspace', id)),
    rooms: roomIds.map((id) => gid('Room', id)),
  };
}

/** `n` squad items visible to a fresh viewer, each with its own owner and assignee. */
async function seedItems(n: number) {
  const viewer = await insertUser();
  const workspaceId = uid('wsp');
  const statements: D1PreparedStatement[] = [
    statement(
      'INSERT INTO workspaces (id, name, slug, owner_id) VALUES (?, ?, ?, ?)',
      workspaceId,
      'W',
      workspaceId,
      viewer,
    ),
    statement(
      "INSERT INTO workspace_members (id, workspace_id, user_id, role) VALUES (?, ?, ?, 'owner')",
      uid('wsm'),
      workspaceId,
      viewer,
    ),
  ];
  // n distinct users: item i is owned by user i and assigned to user i+1, so owner and assignee
  // differ per item while the User loader's keys stay below its 80-key chunk.
  const users = Array.from({ length: n }, () => uid('usr'));
  for (const user of users) {
    statements.push(
      statement(
        'INSERT INTO users (id, email, display_name) VALUES (?, ?, ?)',
        user,
        `${user}@example.test`,
        user,
      ),
      statement(
        'INSERT INTO workspace_members (id, workspace_id, user_id) VALUES (?, ?, ?)',
        uid('wsm'),
        workspaceId,
        user,
      ),
    );
  }
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const id = uid('wki');
    ids.push(gid('WorkItem', id));
    statements.push(
      workItemStatement(
        {
          workspaceId,
          ownerId: users[i] as string,
          assigneeId: users[(i + 1) % n] as string,
          scope: 'squad',
        },
        id,
      ),
    );
  }
  await batch(statements);
  return { viewer, ids };
}

const CASES: {
  name: string;
  /** Seeds n parents: the viewer, the parents' ids, and how many children the answer holds. */
  seed: (n: number) => Promise<{ viewer: string; ids: string[]; expected: number }>;
  /** Sends the case's typed document for the parents, as the viewer. */
  send: (ids: string[], viewer: string) => Promise<GraphQLResponse<unknown>>;
  count: (data: unknown) => number;
}[] = [
  {
    name: 'Workspace.rooms',
    seed: async (n) => {
      const seeded = await seedParents(n);
      return { viewer: seeded.viewer, ids: seeded.workspaces, expected: 2 * n };
    },
    send: (ids, viewer) => gql(ReadBatchingWorkspaceRoomsDocument, { ids }, { as: viewer }),
    count: (data) =>
      (data as { nodes: { rooms: { edges: unknown[] } }[] }).nodes.reduce(
        (sum, w) => sum + w.rooms.edges.length,
        0,
      ),
  },
  {
    name: 'Room.members (and RoomMember.user)',
    seed: async (n) => {
      const seeded = await seedParents(Math.ceil(n / 2));
      return {
        viewer: seeded.viewer,
        ids: seeded.rooms.slice(0, n),
        expected: 2 * n,
      };
    },
    send: (ids, viewer) => gql(ReadBatchingRoomMembersDocument, { ids }, { as: viewer }),
    count: (data) =>
      (data as { nodes: { members: { edges: unknown[] } }[] }).nodes.reduce(
        (sum, r) => sum + r.members.edges.length,
        0,
      ),
  },
  {
    name: 'Workspace.workItems (filtered, by due date)',
    seed: async (n) => {
      const seeded = await seedParents(n);
      return { viewer: seeded.viewer, ids: seeded.workspaces, expected: 3 * n };
    },
    send: (ids, viewer) => gql(ReadBatchingWorkspaceWorkItemsDocument, { ids }, { as: viewer }),
    count: (data) =>
      (data as { nodes: { workItems: { edges: unknown[] } }[] }).nodes.reduce(
        (sum, w) => sum + w.workItems.edges.length,
        0,
      ),
  },
  {
    name: 'Room.workItems',
    seed: async (n) => {
      const seeded = await seedParents(Math.ceil(n / 2));
      return { viewer: seeded.viewer, ids: seeded.rooms.slice(0, n), expected: n };
    },
    send: (ids, viewer) => gql(ReadBatchingRoomWorkItemsDocument, { ids }, { as: viewer }),
    count: (data) =>
      (data as { nodes: { workItems: { edges: unknown[] } }[] }).nodes.reduce(
        (sum, r) => sum + r.workItems.edges.length,
        0,
      ),
  },
  {
    name: 'WorkItem.owner, assignee, room and workspace',
    seed: async (n) => {
      const seeded = await seedItems(n);
      return { viewer: seeded.viewer, ids: seeded.ids, expected: n };
    },
    send: (ids, viewer) => gql(ReadBatchingWorkItemParentsDocument, { ids }, { as: viewer }),
    count: (data) =>
      (data as { nodes: { owner: unknown; assignee: unknown }[] }).nodes.filter(
        (item) => item.owner && item.assignee,
      ).length,
  },
  {
    name: 'Query.workItems with WorkItem.owner and assignee',
    seed: async (n) => {
      const seeded = await seedItems(n);
      return { viewer: seeded.viewer, ids: [], expected: n };
    },
    send: (_ids, viewer) => gql(ReadBatchingWorkItemPeopleDocument, {}, { as: viewer }),
    count: (data) =>
      (
        data as { workItems: { edges: { node: { owner: unknown; assignee: unknown } }[] } }
      ).workItems.edges.filter((edge) => edge.node.owner && edge.node.assignee).length,
  },
];

describe('batching: statements do not grow with the number of parents', () => {
  const measured: string[] = [];

  it.each(CASES)('$name', async ({ name, seed, send, count }) => {
    const statements: number[] = [];
    for (const n of [5, 60]) {
      const { viewer, ids, expected } = await seed(n);
      // Each request reads the settings (the isolate's copy dropped): the same fixed cost for both.
      forgetCachedSettings();
      const result = await send(ids, viewer);
      expect(result.errors).toBeUndefined();
      expect(count(result.data)).toBe(expected);
      statements.push(result.extensions?.d1?.statements ?? -1);
    }
    measured.push(`${name}: ${statements.join(' / ')}`);
    console.log(`batching ${name}: D1 statements over 5 / 60 parents = ${statements.join(' / ')}`);
    expect(statements[0]).toBeGreaterThan(0);
    expect(statements[1]).toBe(statements[0]);
  });
});

/** The workItems page of a node of the answer (nodes that are no Workspace have none). */
const workItemsOf = (node: ReadBatchingWorkItemsPagedQuery['nodes'][number] | undefined) =>
  node && 'workItems' in node ? node.workItems : undefined;

describe("D1's limits", () => {
  it('pages 80 parents with every filter and a cursor within 100 bound parameters', async () => {
    // 80 parent ids (the loader's chunk) + the visibility rule + every filter + the cursor: D1
    // refuses a statement with more than 100 bound parameters ("too many SQL variables").
    const seeded = await seedParents(80);
    const filter: WorkItemFilter = {
      status: ['TODO', 'IN_PROGRESS', 'DONE', 'CANCELLED'],
      type: 'TASK',
      visibility: ['PRIVATE', 'ROOM', 'QUEST', 'SQUAD'],
      assigneeId: gid('User', seeded.viewer),
      dueAfter: '2030-01-01T00:00:00Z',
      dueBefore: '2032-01-01T00:00:00Z',
      titleContains: 'Item',
    };
    const first = await gql(
      ReadBatchingWorkItemsPagedDocument,
      { ids: seeded.workspaces, filter },
      { as: seeded.viewer },
    );
    expect(first.errors).toBeUndefined();
    const pages = (first.data?.nodes ?? []).map(workItemsOf);
    expect(pages).toHaveLength(80);
    expect(pages.every((page) => page?.totalCount === 2)).toBe(true);
    const after = pages[0]?.pageInfo.endCursor;
    const second = await gql(
      ReadBatchingWorkItemsPagedDocument,
      { ids: seeded.workspaces, filter, after },
      { as: seeded.viewer, headers: { 'x-debug-sql': '1' } },
    );
    expect(second.errors).toBeUndefined();
    // Each distinct value is bound once (numbered parameters, src/db/bind-once.ts): the viewer
    // id of the visibility rule and the cursor's values no longer count once per use.
    const params = (second.extensions?.d1 as { params?: unknown[][] } | undefined)?.params ?? [];
    const paged = params.reduce((widest, p) => (p.length > widest.length ? p : widest), []);
    expect(paged.length).toBeGreaterThanOrEqual(80);
    expect(paged.length).toBeLessThanOrEqual(90);
    for (const bound of params) expect(new Set(bound.map(String)).size).toBe(bound.length);
    expect(workItemsOf(second.data?.nodes[0])?.edges).toEqual([
      { node: { dueAt: '2031-01-02T00:00:00.000Z' } },
    ]);
  });
});
