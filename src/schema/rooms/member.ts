import { loaderOptions } from '../../resolvers/loader-options';
import { loadPage } from '../../resolvers/pagination/load-page';
import {
  loadRoomMembers,
  type RoomMemberRow,
  roomMembersQuery,
  viewerRoomMembership,
} from '../../resolvers/rooms/rooms';
import { builder } from '../builder';
import { User } from '../users/user';
import { Room } from './room';

export const RoomRoleEnum = builder.enumType('RoomRole', {
  description: 'What a member is to a room.',
  values: {
    OWNER: { value: 'owner', description: 'Created the room or was made its owner.' },
    MEMBER: { value: 'member', description: 'Joined the room.' },
  } as const,
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
