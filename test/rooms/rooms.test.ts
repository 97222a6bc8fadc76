import { beforeAll, describe, expect, it } from 'vitest';
import {
  CreateRoomDetailedDocument,
  JoinRoomDetailedDocument,
  LeaveRoomDetailedDocument,
  RoomMembersSeenDocument,
  RoomsOfWorkspaceDocument,
  RoomsWorkspaceAndRoomSeenDocument,
} from '../generated/graphql';
import { gql, mutate, variant } from '../helpers/client';
import { addMember, insertUser, insertWorkspace } from '../helpers/seed';
import { addRoomMember, countRows, gid, insertRoom } from '../helpers/work-seed';

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
    const result = await mutate(
      CreateRoomDetailedDocument,
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
    expect(
      await mutate(CreateRoomDetailedDocument, { workspaceId: ws, name: '  ' }, member),
    ).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ field: 'input.name' }],
    });
    expect(
      await mutate(CreateRoomDetailedDocument, { workspaceId: ws, name: 'R' }, viewerRole),
    ).toMatchObject({
      __typename: 'ForbiddenError',
    });
    expect(
      await mutate(CreateRoomDetailedDocument, { workspaceId: ws, name: 'R' }, stranger),
    ).toMatchObject({
      __typename: 'NotFoundError',
    });
    expect(
      await mutate(
        CreateRoomDetailedDocument,
        { workspaceId: gid('Room', 'x'), name: 'R' },
        member,
      ),
    ).toMatchObject({
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
    const joined = await mutate(JoinRoomDetailedDocument, { roomId: room }, viewerRole);
    expect(joined).toMatchObject({
      __typename: 'JoinRoomSuccess',
      data: {
        role: 'MEMBER',
        user: { id: gid('User', viewerRole) },
        room: { members: { totalCount: 1 } },
      },
    });
    expect(await mutate(JoinRoomDetailedDocument, { roomId: room }, viewerRole)).toMatchObject({
      __typename: 'ConflictError',
    });
    expect(await mutate(JoinRoomDetailedDocument, { roomId: room }, stranger)).toMatchObject({
      __typename: 'NotFoundError',
      entity: 'Room',
    });
    expect(await mutate(LeaveRoomDetailedDocument, { roomId: room }, viewerRole)).toEqual({
      __typename: 'LeaveRoomSuccess',
      data: variant(joined, 'JoinRoomSuccess').data.id,
    });
    expect(await mutate(LeaveRoomDetailedDocument, { roomId: room }, viewerRole)).toMatchObject({
      __typename: 'NotFoundError',
    });
    expect(
      await countRows('SELECT count(*) AS n FROM room_members WHERE room_id = ?', roomId),
    ).toBe(0);
  });

  it('joinRoom refuses an archived room', async () => {
    const roomId = await insertRoom(workspaceId, { archived: true });
    expect(
      await mutate(JoinRoomDetailedDocument, { roomId: gid('Room', roomId) }, member),
    ).toMatchObject({
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
    const result = await gql(RoomsOfWorkspaceDocument, { id: gid('Workspace', ws) }, { as: owner });
    const rooms = variant(result.data?.node, 'Workspace');
    expect(rooms.open.edges.map((e) => e.node.id)).toEqual([gid('Room', a), gid('Room', c)]);
    expect(rooms.all).toMatchObject({
      totalCount: 3,
      pageInfo: { hasNextPage: true },
      edges: [
        { node: { id: gid('Room', a), isArchived: false } },
        { node: { id: gid('Room', b), isArchived: true } },
      ],
    });
    const hidden = await gql(
      RoomsWorkspaceAndRoomSeenDocument,
      { id: gid('Workspace', ws), room: gid('Room', a) },
      { as: stranger },
    );
    expect(hidden.data).toEqual({ node: null, room: null });
  });

  it('Room.members filters by role; members are hidden from outsiders', async () => {
    const roomId = await insertRoom(workspaceId);
    const ownerMembership = await addRoomMember(roomId, owner, 'owner');
    await addRoomMember(roomId, member);
    const vars = { id: gid('Room', roomId), m: gid('RoomMember', ownerMembership) };
    const seen = await gql(RoomMembersSeenDocument, vars, { as: viewerRole });
    expect(seen.data?.node).toEqual({
      members: { totalCount: 2 },
      owners: {
        edges: [
          { node: { id: gid('RoomMember', ownerMembership), user: { id: gid('User', owner) } } },
        ],
      },
    });
    expect(seen.data?.membership).toEqual({ id: gid('RoomMember', ownerMembership) });
    const outsider = await gql(RoomMembersSeenDocument, vars, { as: stranger });
    expect(outsider.data).toEqual({ node: null, membership: null });
  });
});
