import { beforeAll, describe, expect, it } from 'vitest';
import {
  EveryItemConnectionWhereDocument,
  type WorkItemWhere,
  WorkspaceItemStatsDocument,
} from '../generated/graphql';
import { liftRateLimit } from '../hardening/helpers';
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

// The authorization matrix, extended to filters and aggregates: for every visibility scope and
// every kind of viewer, through every work-item connection and `workItemStats`, under filters
// that name the item's own room, list, assignee and text, a hidden item never matches and is
// never counted. Each item sits in the same room and list and is assigned, so a filter that
// keyed on room or list alone (skipping the rule) would leak here.

const SCOPES = ['private', 'room', 'quest', 'squad'] as const;
type Scope = (typeof SCOPES)[number];
const VIEWERS = [
  'owner',
  'assignee',
  'roomMember',
  'listMember',
  'workspaceMember',
  'stranger',
  'admin',
] as const;
type ViewerKind = (typeof VIEWERS)[number];

const EXPECTED: Record<Scope, ViewerKind[]> = {
  private: ['owner', 'assignee'],
  room: ['owner', 'assignee', 'roomMember'],
  quest: ['owner', 'assignee', 'listMember'],
  squad: ['owner', 'assignee', 'roomMember', 'listMember', 'workspaceMember'],
};

/** Who sees the quest list (its owner, also the workspace's owner, and its member). */
const LIST_VIEWERS: ViewerKind[] = ['owner', 'listMember'];

const users = {} as Record<ViewerKind, string>;
const items = {} as Record<Scope, string>;
let workspace: string;
let room: string;
let list: string;
let tag: string;

const decode = (globalId: string) => atob(globalId).split(':').slice(1).join(':');

/** The filters each viewer asks: every one of them matches all four items for their owner. */
function filters(): Record<string, WorkItemWhere> {
  return {
    text: { title: { contains: tag } },
    room: { title: { startsWith: tag }, room: { eq: gid('Room', room) } },
    list: { and: [{ title: { contains: tag } }, { list: { in: [gid('List', list)] } }] },
    assignee: {
      or: [
        { title: { contains: `${tag}-none` } },
        { title: { contains: tag }, assignee: { eq: gid('User', users.assignee) } },
      ],
    },
    not: { title: { contains: tag }, not: { status: { eq: 'CANCELLED' } } },
  };
}

describe('filters and aggregates: the authorization matrix', () => {
  beforeAll(async () => {
    await liftRateLimit();
    for (const kind of VIEWERS) users[kind] = await insertUser();
    tag = uid('fam');
    workspace = await insertWorkspace(users.owner);
    for (const kind of ['assignee', 'roomMember', 'listMember', 'workspaceMember'] as const) {
      await addMember(workspace, users[kind]);
    }
    await makeAdmin(users.admin);
    room = await insertRoom(workspace);
    await addRoomMember(room, users.roomMember);
    list = await insertList(workspace, users.owner, 'quest');
    await addListMember(list, users.listMember);
    for (const scope of SCOPES) {
      items[scope] = await insertWorkItem({
        workspaceId: workspace,
        ownerId: users.owner,
        assigneeId: users.assignee,
        roomId: room,
        listId: list,
        scope,
        title: `${tag} ${scope}`,
        dueAt: '2030-01-08T00:00:00.000Z',
      });
    }
  });

  it('lets a filter match, on every connection, only the items the viewer may see', async () => {
    const failures: string[] = [];
    let cases = 0;
    for (const viewer of VIEWERS) {
      const visible = SCOPES.filter((scope) => EXPECTED[scope].includes(viewer)).map(
        (scope) => items[scope],
      );
      for (const [name, where] of Object.entries(filters())) {
        const result = await gql(
          EveryItemConnectionWhereDocument,
          {
            workspace: gid('Workspace', workspace),
            room: gid('Room', room),
            list: gid('List', list),
            where,
          },
          { as: users[viewer] },
        );
        expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
        const data = result.data;
        const conn = (value: unknown) =>
          value as { totalCount: number; edges: { node: { id: string } }[] } | undefined;
        const paths = {
          'Workspace.workItems': conn(
            data?.workspace && 'workItems' in data.workspace ? data.workspace.workItems : undefined,
          ),
          'Room.workItems': conn(
            data?.room && 'workItems' in data.room ? data.room.workItems : undefined,
          ),
          'List.workItems': conn(
            data?.list && 'workItems' in data.list ? data.list.workItems : undefined,
          ),
          'User.ownedWorkItems': conn(data?.viewer?.ownedWorkItems),
          'User.assignedWorkItems': conn(data?.viewer?.assignedWorkItems),
          'Query.workItems': conn(data?.workItems),
        };
        for (const [path, page] of Object.entries(paths)) {
          cases += 1;
          const seen = (page?.edges ?? []).map((edge) => decode(edge.node.id));
          const hidden = seen.filter((id) => !visible.includes(id));
          if (hidden.length > 0 || (page?.totalCount ?? 0) > visible.length) {
            failures.push(`${viewer} / ${name} / ${path}: hidden ${hidden.join(', ')}`);
          }
        }
        // Where the viewer sees the parent, the filter finds every visible item, not fewer.
        const all = paths['Query.workItems']?.edges.map((edge) => decode(edge.node.id)) ?? [];
        if (name === 'text' && [...all].sort().join() !== [...visible].sort().join()) {
          failures.push(`${viewer} / ${name} / Query.workItems: found ${all.join(', ')}`);
        }
      }
    }
    console.log(`filter matrix: ${cases} cases, ${failures.length} failures`);
    expect(failures).toEqual([]);
  });

  it('counts in workItemStats only the items the viewer may see', async () => {
    for (const viewer of VIEWERS) {
      const visibleScopes = SCOPES.filter((scope) => EXPECTED[scope].includes(viewer));
      for (const [name, where] of Object.entries(filters())) {
        // The quest list is seen by its owner and members only: for anyone else, naming it
        // matches nothing (as a missing list would).
        const listHidden = name === 'list' && !LIST_VIEWERS.includes(viewer);
        const result = await gql(
          WorkspaceItemStatsDocument,
          { id: gid('Workspace', workspace), where, groupBy: ['VISIBILITY', 'DUE_WEEK'] },
          { as: users[viewer] },
        );
        expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
        const node = result.data?.node;
        const groups = node && 'workItemStats' in node ? node.workItemStats : null;
        if (
          !['owner', 'assignee', 'roomMember', 'listMember', 'workspaceMember'].includes(viewer)
        ) {
          // Not a member: the workspace itself is hidden, so there is nothing to count.
          expect(groups, viewer).toBeNull();
          continue;
        }
        const counted = (groups ?? []).map((group) => [group.visibility, group.count]);
        expect(counted.sort(), `${viewer}: ${JSON.stringify(where)}`).toEqual(
          listHidden ? [] : visibleScopes.map((scope) => [scope.toUpperCase(), 1]).sort(),
        );
        for (const group of groups ?? []) expect(group.dueWeek).toBe('2030-01-07');
      }
    }
  });

  it('treats a room or list the viewer cannot see as one that does not exist', async () => {
    // The workspace member owns an item in the quest list they cannot see (and in the room they
    // are not in): naming that list or room must not find it, as a missing id would not.
    const own = await insertWorkItem({
      workspaceId: workspace,
      ownerId: users.workspaceMember,
      roomId: room,
      listId: list,
      scope: 'squad',
      title: `${tag} own`,
    });
    const ask = (where: WorkItemWhere) =>
      gql(
        EveryItemConnectionWhereDocument,
        {
          workspace: gid('Workspace', workspace),
          room: gid('Room', room),
          list: gid('List', list),
          where: { and: [{ title: { contains: `${tag} own` } }, where] },
        },
        { as: users.workspaceMember },
      ).then((result) => result.data?.workItems.edges.map((edge) => decode(edge.node.id)));
    expect(await ask({})).toEqual([own]);
    // Hidden list: no match, as for an id that exists nowhere. The item reads `listId: null`
    // to this viewer, and filters so: as an item on no list (neq skips it, isNull finds it),
    // never telling that it sits on a list they cannot see.
    expect(await ask({ list: { eq: gid('List', list) } })).toEqual([]);
    expect(await ask({ list: { eq: gid('List', 'lst_missing') } })).toEqual([]);
    expect(await ask({ list: { neq: gid('List', list) } })).toEqual([]);
    expect(await ask({ list: { notIn: [gid('List', list)] } })).toEqual([]);
    expect(await ask({ list: { isNull: false } })).toEqual([]);
    expect(await ask({ list: { isNull: true } })).toEqual([own]);
    expect(await ask({ not: { list: { isNull: true } } })).toEqual([]);
    // The room is visible to every member of its workspace: it matches.
    expect(await ask({ room: { eq: gid('Room', room) } })).toEqual([own]);
    // Grouped by list, the hidden list is a null key, not its own group.
    const stats = await gql(
      WorkspaceItemStatsDocument,
      {
        id: gid('Workspace', workspace),
        where: { title: { contains: `${tag} own` } },
        groupBy: ['LIST'],
      },
      { as: users.workspaceMember },
    );
    const node = stats.data?.node;
    expect(node && 'workItemStats' in node ? node.workItemStats : null).toEqual([
      expect.objectContaining({ count: 1, list: null }),
    ]);
  });
});
