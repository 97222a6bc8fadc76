import { beforeAll, describe, expect, it } from 'vitest';
import * as docs from '../generated/graphql';
import { gql } from '../helpers/client';
import { addMember, insertUser, insertWorkspace, uid } from '../helpers/seed';
import {
  addListMember,
  addRoomMember,
  gid,
  insertList,
  insertRoom,
  insertWorkItem,
  makeAdmin,
} from '../helpers/work-seed';

// THE authorization matrix: every visibility scope, against every kind of viewer, through every
// path that reaches work items. Each item sits in the same room and list and is assigned, so a
// path that keyed on room or list membership alone (ignoring the scope) would leak and fail here.

const SCOPES = ['private', 'room', 'quest', 'squad'] as const;
type Scope = (typeof SCOPES)[number];
const VIEWERS = [
  'owner',
  'assignee',
  'roomMember',
  'listMember',
  'workspaceMember',
  'stranger',
  'anonymous',
  'admin',
] as const;
type ViewerKind = (typeof VIEWERS)[number];

/** DESIGN.md: owner and assignee always; room/quest/squad members by scope; nobody else. */
const EXPECTED: Record<Scope, ViewerKind[]> = {
  private: ['owner', 'assignee'],
  room: ['owner', 'assignee', 'roomMember'],
  quest: ['owner', 'assignee', 'listMember'],
  squad: ['owner', 'assignee', 'roomMember', 'listMember', 'workspaceMember'],
};

interface Conn {
  totalCount: number;
  edges: { node: { id: string } }[];
}
type Data = Record<string, unknown>;

const ids = (conn: unknown) => ((conn as Conn | null)?.edges ?? []).map((edge) => edge.node.id);
const total = (conn: unknown) => (conn as Conn | null)?.totalCount ?? 0;
const field = (data: Data, alias: string, name: string) =>
  (data[alias] as Data | null)?.[name] ?? null;

/** Each path answers: was this item seen? */
const PATHS: Record<string, (data: Data, scope: Scope, itemId: string) => boolean> = {
  node: (data, scope, id) => (data[`node_${scope}`] as { id?: string } | null)?.id === id,
  nodes: (data, _scope, id) =>
    ((data.nodes as ({ id?: string } | null)[]) ?? []).some((node) => node?.id === id),
  'Query.workItems': (data, _s, id) => ids(data.all).includes(id),
  'Query.workItems totalCount': (data, scope) => total(data[`count_${scope}`]) === 1,
  'Query.workItems filters': (data, scope, id) => ids(data[`filter_${scope}`]).includes(id),
  'Workspace.workItems': (data, _s, id) => ids(field(data, 'workspace', 'all')).includes(id),
  'Workspace.workItems totalCount': (data, scope) =>
    total(field(data, 'workspace', `count_${scope}`)) === 1,
  'Workspace.workItems filters': (data, scope, id) =>
    ids(field(data, 'workspace', `filter_${scope}`)).includes(id),
  'Room.workItems': (data, _s, id) => ids(field(data, 'room', 'all')).includes(id),
  'Room.workItems totalCount': (data, scope) => total(field(data, 'room', `count_${scope}`)) === 1,
  'Room.workItems filters': (data, scope, id) =>
    ids(field(data, 'room', `filter_${scope}`)).includes(id),
  'User.ownedWorkItems': (data, _s, id) => ids(field(data, 'owner', 'owned')).includes(id),
  'User.assignedWorkItems': (data, _s, id) => ids(field(data, 'assignee', 'assigned')).includes(id),
  'Query.search': (data, _s, id) => ids(data.search_all).includes(id),
  'Query.search totalCount': (data, scope) => total(data[`search_${scope}`]) === 1,
};

const PAGE = 'totalCount edges { node { id } }';
const SEARCH_PAGE = 'totalCount edges { node { ... on WorkItem { id } } }';

/**
 * Raw strings by design: these operations are generated from the matrix's data (aliases and
 * filters per scope, the test's tag), so no fixed document could hold them.
 *
 * Every path, in a few operations per viewer (the gateway caps aliases per operation): aliases
 * per scope for counts and filters. Their data is merged into one object.
 */
function matrixQueries(tag: string, assigneeGid: string): string[] {
  const counted = (scope: Scope) =>
    `count_${scope}: workItems(filter: { titleContains: "${tag}-${scope}" }) { ${PAGE} }`;
  const filtered = (scope: Scope) =>
    `filter_${scope}: workItems(filter: { titleContains: "${tag}", visibility: [${scope.toUpperCase()}], status: [TODO, IN_PROGRESS], type: TASK, assigneeId: "${assigneeGid}", dueAfter: "2030-01-01T00:00:00Z", dueBefore: "2030-12-31T00:00:00Z" }) { ${PAGE} }`;
  const perScope = SCOPES.map((scope) => `${counted(scope)}\n${filtered(scope)}`).join('\n');
  const all = `all: workItems(first: 100, filter: { titleContains: "${tag}" }) { ${PAGE} }`;
  // Search: the tag's words find every item; each item's own phrase (`"<tag>-room"`) only it.
  const searched = (scope: Scope) =>
    `search_${scope}: search(query: "\\"${tag}-${scope}\\"", types: [WORK_ITEM]) { ${SEARCH_PAGE} }`;
  const search = `{ search_all: search(query: "${tag}", types: [WORK_ITEM], first: 100) { ${SEARCH_PAGE} } ${SCOPES.map(searched).join('\n')} }`;
  return [
    search,
    `query($items: [ID!]!, $private: ID!, $room: ID!, $quest: ID!, $squad: ID!) {
      ${SCOPES.map((scope) => `node_${scope}: node(id: $${scope}) { id }`).join('\n')}
      nodes(ids: $items) { id }
    }`,
    `{ ${all} ${perScope} }`,
    `query($workspaceId: ID!) { workspace: node(id: $workspaceId) { ... on Workspace { ${all} ${perScope} } } }`,
    `query($roomId: ID!) { room: node(id: $roomId) { ... on Room { ${all} ${perScope} } } }`,
    `query($ownerId: ID!, $assigneeId: ID!) {
      owner: node(id: $ownerId) { ... on User { owned: ownedWorkItems(first: 100, filter: { titleContains: "${tag}" }) { ${PAGE} } } }
      assignee: node(id: $assigneeId) { ... on User { assigned: assignedWorkItems(first: 100, filter: { titleContains: "${tag}" }) { ${PAGE} } } }
    }`,
  ];
}

describe('work item visibility: the authorization matrix', () => {
  const users = {} as Record<Exclude<ViewerKind, 'anonymous'>, string>;
  const items = {} as Record<Scope, string>;
  let variables: Record<string, unknown>;
  let tag: string;

  beforeAll(async () => {
    for (const kind of VIEWERS) {
      if (kind !== 'anonymous') users[kind] = await insertUser({ displayName: kind });
    }
    const workspaceId = await insertWorkspace(users.owner);
    for (const kind of ['assignee', 'roomMember', 'listMember', 'workspaceMember'] as const) {
      await addMember(workspaceId, users[kind]);
    }
    const roomId = await insertRoom(workspaceId);
    await addRoomMember(roomId, users.roomMember);
    const listId = await insertList(workspaceId, users.owner);
    await addListMember(listId, users.listMember);
    await makeAdmin(users.admin, 'owner');
    tag = uid('mx');
    for (const scope of SCOPES) {
      items[scope] = await insertWorkItem({
        workspaceId,
        ownerId: users.owner,
        assigneeId: users.assignee,
        roomId,
        listId,
        scope,
        title: `${tag}-${scope}`,
        dueAt: '2030-06-01T00:00:00.000Z',
      });
    }
    variables = {
      items: SCOPES.map((scope) => gid('WorkItem', items[scope])),
      ...Object.fromEntries(SCOPES.map((scope) => [scope, gid('WorkItem', items[scope])])),
      workspaceId: gid('Workspace', workspaceId),
      roomId: gid('Room', roomId),
      ownerId: gid('User', users.owner),
      assigneeId: gid('User', users.assignee),
    };
  });

  it('shows each item to exactly the viewers its scope admits, through every path', async () => {
    let cases = 0;
    const failures: string[] = [];
    for (const viewer of VIEWERS) {
      const as = viewer === 'anonymous' ? undefined : users[viewer];
      const data: Data = {};
      for (const query of matrixQueries(tag, variables.assigneeId as string)) {
        const names = [...query.matchAll(/\$(\w+):/g)].map((match) => match[1] as string);
        const own = Object.fromEntries(names.map((name) => [name, variables[name]]));
        const result = await gql<Data>(query, own, { as });
        // Anonymous viewers may not read users at all (the owner/assignee paths say so); nobody
        // else gets an error: hidden items are simply absent.
        if (viewer !== 'anonymous') expect(result.errors, viewer).toBeUndefined();
        Object.assign(data, result.data ?? {});
      }
      for (const scope of SCOPES) {
        const expected = EXPECTED[scope].includes(viewer);
        const itemId = gid('WorkItem', items[scope]);
        for (const [path, seen] of Object.entries(PATHS)) {
          cases += 1;
          if (seen(data, scope, itemId) !== expected) {
            failures.push(
              `${scope} x ${viewer} x ${path}: expected ${expected ? 'seen' : 'hidden'}`,
            );
          }
        }
      }
      // The unfiltered total agrees with the rule too.
      const visible = SCOPES.filter((scope) => EXPECTED[scope].includes(viewer)).length;
      if (total(data.all) !== visible) {
        failures.push(`${viewer}: Query.workItems totalCount ${total(data.all)}, not ${visible}`);
      }
    }
    console.log(
      `work item visibility matrix: ${cases} cases (${SCOPES.length} scopes x ${VIEWERS.length} viewers x ${Object.keys(PATHS).length} paths), ${failures.length} failures`,
    );
    expect(failures).toEqual([]);
    expect(cases).toBe(SCOPES.length * VIEWERS.length * Object.keys(PATHS).length);
  });

  it('gives a viewer who sees an item exactly its fields, and hides the rest as null', async () => {
    const result = await gql(
      docs.AccessWorkItemFieldsDocument,
      { id: gid('WorkItem', items.room) },
      { as: users.roomMember },
    );
    expect(result.data?.node).toEqual({ title: `${tag}-room`, visibility: 'ROOM' });
    const hidden = await gql(
      docs.AccessWorkItemTitleDocument,
      { id: gid('WorkItem', items.room) },
      { as: users.workspaceMember },
    );
    expect(hidden.errors).toBeUndefined();
    expect(hidden.data?.node).toBeNull();
  });
});
