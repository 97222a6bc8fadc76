import { loaderOptions } from '../../resolvers/loader-options';
import { loadPage } from '../../resolvers/pagination/load-page';
import {
  loadRoomMembers,
  loadRooms,
  type RoomMemberRow,
  type RoomRow,
  roomMembersQuery,
  viewerRoomMembership,
  workspaceRoomsQuery,
} from '../../resolvers/rooms/rooms';
import { builder } from '../builder';
import { User } from '../users/user';
import { Workspace } from '../workspaces/workspace';

export const RoomRoleEnum = builder.enumType('RoomRole', {
  description: 'What a member is to a room.',
  values: {
    OWNER: { value: 'owner', description: 'Created the room or was made its owner.' },
    MEMBER: { value: 'member', description: 'Joined the room.' },
  } as const,
});

export const Room = builder.loadableNode('Room', {
  description:
    "A room of a workspace: a place for a group's work items. Seen by the workspace's members.",
  id: { resolve: (room: RoomRow) => room.id },
  loaderOptions,
  sort: (room) => room.id,
  load: (ids: string[], ctx) => loadRooms(ctx, ids),
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The display name.' }),
    description: t.exposeString('description', {
      nullable: true,
      description: 'What the room is for.',
    }),
    isArchived: t.exposeBoolean('isArchived', {
      description: 'Archived rooms are read-only and hidden from `Workspace.rooms` by default.',
    }),
    workspace: t.field({
      type: Workspace,
      description: 'The workspace the room belongs to.',
      resolve: (room) => room.workspaceId,
    }),
    createdBy: t.field({
      type: User,
      nullable: true,
      description: 'Who created the room; null when that account is gone.',
      resolve: (room) => room.createdBy,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When it last changed.' }),
  }),
});

export const RoomMember = builder.loadableNode('RoomMember', {
  description: "A user's membership of a room. Seen by whoever sees the room.",
  id: { resolve: (member: RoomMemberRow) => member.id },
  loaderOptions,
  sort: (member) => member.id,
  load: (ids: string[], ctx) => loadRoomMembers(ctx, ids),
  fields: (t) => ({
    role: t.expose('role', { type: RoomRoleEnum, description: 'What the member is to the room.' }),
    joinedAt: t.expose('joinedAt', { type: 'DateTime', description: 'When they joined.' }),
    user: t.field({ type: User, description: 'The member.', resolve: (member) => member.userId }),
    room: t.field({ type: Room, description: 'The room.', resolve: (member) => member.roomId }),
  }),
});

builder.objectFields(Room, (t) => ({
  members: t.connection({
    type: RoomMember,
    description: 'Members of the room, oldest first.',
    args: {
      role: t.arg({ type: RoomRoleEnum, description: 'Only members with this role.' }),
    },
    resolve: (room, args, ctx) =>
      loadPage(ctx, 'Room.members', args, room.id, () => roomMembersQuery(ctx, args.role)),
  }),
  viewerMembership: t.field({
    type: RoomMember,
    nullable: true,
    description: "The viewer's own membership of the room; null when they have not joined it.",
    resolve: (room, _args, ctx) => viewerRoomMembership(ctx, room.id),
  }),
}));

builder.objectField(Workspace, 'rooms', (t) =>
  t.connection({
    type: Room,
    description: 'Rooms of the workspace, oldest first.',
    args: {
      includeArchived: t.arg.boolean({
        defaultValue: false,
        description: 'Also list archived rooms (default false).',
      }),
    },
    resolve: (workspace, args, ctx) =>
      loadPage(ctx, 'Workspace.rooms', args, workspace.id, () =>
        workspaceRoomsQuery(ctx, args.includeArchived ?? false),
      ),
  }),
);
