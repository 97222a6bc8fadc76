import { beforeAll, describe, expect, it } from 'vitest';
import { gql } from '../helpers/client';
import { addMember, insertUser, insertWorkspace } from '../helpers/seed';
import { addRoomMember, countRows, gid, insertRoom } from '../helpers/work-seed';

type Result = Record<string, unknown> & { __typename: string };

const RESULT_FIELDS = `__typename ... on Error { message code } ... on ValidationError { issues { field } }
  ... on NotFoundError { entity }`;
const CREATE = `mutation($input: CreateRoomInput!) { createRoom(input: $input) { ${RESULT_FIELDS}
  ... on CreateRoomSuccess { data { id name description isArchived createdBy { id } workspace { id }
    members { totalCount edges { node { role user { id } } } } viewerMembership { role } } } } }`;
const JOIN = `mutation($input: RoomRefInput!) { joinRoom(input: $input) { ${RESULT_FIELDS}
  ... on JoinRoomSuccess { data { id role user { id } room { id members { totalCount } } } } } }`;
const LEAVE = `mutation($input: RoomRefInput!) { leaveRoom(input: $input) { ${RESULT_FIELDS}
  ... on LeaveRoomSuccess { data } } }`;

async function run(query: string, input: Record<string, unknown>, as?: string): Promise<Result> {
  const result = await gql<Record<string, Result>>(query, { input }, { as });
  expect(result.errors).toBeUndefined();
  return Object.values(result.data ?? {})[0] as Result;
}

describe('rooms', () => {
  let owner: string;
  let member: string;
  let viewerRole: string;
  let stranger: string;
  let workspaceId: string;

  beforeAll(async () => {
    owner = await insertUser();
    member = await insertUser();
    viewerRole = await insertUser();
    stranger = await insertUser();
    workspaceId = await insertWorkspace(owner);
    await addMember(workspaceId, member);
    await addMember(workspaceId, viewerRole, 'viewer');
  });

  it('createRoom makes the creator its owner, in the same batch', async () => {
    const result = await run(
      CREATE,
      { workspaceId: gid('Workspace', workspaceId), name: ' Design ', description: 'Pixels' },
      member,
    );
    expect(result).toMatchObject({
      __typename: 'CreateRoomSuccess',
      data: {
        name: 'Design',
        description: 'Pixels',
        isArchived: false,
        createdBy: { id: gid('User', member) },
        workspace: { id: gid('Workspace', workspaceId) },
        members: {
          totalCount: 1,
          edges: [{ node: { role: 'OWNER', user: { id: gid('User', member) } } }],
        },
        viewerMembership: { role: 'OWNER' },
      },
    });
  });

  it('createRoom: ValidationError, Forbidden for VIEWERs, NotFound for strangers; nothing written', async () => {
    const ws = gid('Workspace', workspaceId);
    const before = await countRows(
      'SELECT count(*) AS n FROM rooms WHERE workspace_id = ?',
      workspaceId,
    );
    expect(await run(CREATE, { workspaceId: ws, name: '  ' }, member)).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ field: 'input.name' }],
    });
    expect(await run(CREATE, { workspaceId: ws, name: 'R' }, viewerRole)).toMatchObject({
      __typename: 'ForbiddenError',
    });
    expect(await run(CREATE, { workspaceId: ws, name: 'R' }, stranger)).toMatchObject({
      __typename: 'NotFoundError',
    });
    expect(await run(CREATE, { workspaceId: gid('Room', 'x'), name: 'R' }, member)).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ field: 'input.workspaceId' }],
    });
    expect(
      await countRows('SELECT count(*) AS n FROM rooms WHERE workspace_id = ?', workspaceId),
    ).toBe(before);
  });

  it('joinRoom and leaveRoom: members of the workspace only, once each', async () => {
    const roomId = await insertRoom(workspaceId);
    const room = gid('Room', roomId);
    const joined = await run(JOIN, { roomId: room }, viewerRole);
    expect(joined).toMatchObject({
      __typename: 'JoinRoomSuccess',
      data: {
        role: 'MEMBER',
        user: { id: gid('User', viewerRole) },
        room: { members: { totalCount: 1 } },
      },
    });
    expect(await run(JOIN, { roomId: room }, viewerRole)).toMatchObject({
      __typename: 'ConflictError',
    });
    expect(await run(JOIN, { roomId: room }, stranger)).toMatchObject({
      __typename: 'NotFoundError',
      entity: 'Room',
    });
    expect(await run(LEAVE, { roomId: room }, viewerRole)).toEqual({
      __typename: 'LeaveRoomSuccess',
      data: (joined.data as { id: string }).id,
    });
    expect(await run(LEAVE, { roomId: room }, viewerRole)).toMatchObject({
      __typename: 'NotFoundError',
    });
    expect(
      await countRows('SELECT count(*) AS n FROM room_members WHERE room_id = ?', roomId),
    ).toBe(0);
  });

  it('joinRoom refuses an archived room', async () => {
    const roomId = await insertRoom(workspaceId, { archived: true });
    expect(await run(JOIN, { roomId: gid('Room', roomId) }, member)).toMatchObject({
      __typename: 'ForbiddenError',
    });
    expect(
      await countRows('SELECT count(*) AS n FROM room_members WHERE room_id = ?', roomId),
    ).toBe(0);
  });

  it('Workspace.rooms lists rooms oldest first, archived ones only when asked; strangers see none', async () => {
    const ws = await insertWorkspace(owner);
    const a = await insertRoom(ws, { name: 'A', createdAt: '2030-01-01T00:00:00.000Z' });
    const b = await insertRoom(ws, {
      name: 'B',
      createdAt: '2030-01-02T00:00:00.000Z',
      archived: true,
    });
    const c = await insertRoom(ws, { name: 'C', createdAt: '2030-01-03T00:00:00.000Z' });
    const query = `query($id: ID!) { node(id: $id) { ... on Workspace {
      open: rooms { totalCount edges { node { id } } }
      all: rooms(includeArchived: true, first: 2) { totalCount pageInfo { hasNextPage } edges { node { id isArchived } } } } } }`;
    const result = await gql<{
      node: Record<string, { totalCount: number; edges: { node: { id: string } }[] }>;
    }>(query, { id: gid('Workspace', ws) }, { as: owner });
    expect(result.data?.node.open?.edges.map((e) => e.node.id)).toEqual([
      gid('Room', a),
      gid('Room', c),
    ]);
    expect(result.data?.node.all).toMatchObject({
      totalCount: 3,
      pageInfo: { hasNextPage: true },
      edges: [
        { node: { id: gid('Room', a), isArchived: false } },
        { node: { id: gid('Room', b), isArchived: true } },
      ],
    });
    const hidden = await gql<{ node: unknown; room: unknown }>(
      'query($id: ID!, $room: ID!) { node(id: $id) { id } room: node(id: $room) { id } }',
      { id: gid('Workspace', ws), room: gid('Room', a) },
      { as: stranger },
    );
    expect(hidden.data).toEqual({ node: null, room: null });
  });

  it('Room.members filters by role; members are hidden from outsiders', async () => {
    const roomId = await insertRoom(workspaceId);
    const ownerMembership = await addRoomMember(roomId, owner, 'owner');
    await addRoomMember(roomId, member);
    const query = `query($id: ID!, $m: ID!) {
      node(id: $id) { ... on Room { members { totalCount } owners: members(role: OWNER) { edges { node { id user { id } } } } } }
      membership: node(id: $m) { id }
    }`;
    const vars = { id: gid('Room', roomId), m: gid('RoomMember', ownerMembership) };
    const seen = await gql<{ node: Record<string, unknown>; membership: unknown }>(query, vars, {
      as: viewerRole,
    });
    expect(seen.data?.node).toEqual({
      members: { totalCount: 2 },
      owners: {
        edges: [
          { node: { id: gid('RoomMember', ownerMembership), user: { id: gid('User', owner) } } },
        ],
      },
    });
    expect(seen.data?.membership).toEqual({ id: gid('RoomMember', ownerMembership) });
    const outsider = await gql(query, vars, { as: stranger });
    expect(outsider.data).toEqual({ node: null, membership: null });
  });
});
