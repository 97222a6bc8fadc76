import { encodeGlobalID } from '@pothos/plugin-relay';
import { ConflictError } from '../../resolvers/errors';
import { idOf } from '../../resolvers/global-id';
import { createRoom, joinRoom, leaveRoom } from '../../resolvers/rooms/mutations';
import { builder } from '../builder';
import { commonMutationErrors } from '../errors';
import { RoomMember } from './member';
import { Room } from './room';

const mutationErrors = { types: [...commonMutationErrors, ConflictError] };

const CreateRoomInput = builder.inputType('CreateRoomInput', {
  description: 'A new room in a workspace; the viewer becomes its owner.',
  fields: (t) => ({
    workspaceId: t.id({ required: true, description: 'The workspace.' }),
    name: t.string({ required: true, description: 'Display name, 1-100 characters.' }),
    description: t.string({ description: 'What the room is for (up to 2,000 characters).' }),
  }),
});

const RoomRefInput = builder.inputType('RoomRefInput', {
  description: 'A room to act on.',
  fields: (t) => ({
    roomId: t.id({ required: true, description: 'The room.' }),
  }),
});

builder.mutationFields((t) => ({
  createRoom: t.field({
    type: Room,
    description: 'Creates a room; the viewer becomes its owner. Workspace members but VIEWERs.',
    errors: mutationErrors,
    args: { input: t.arg({ type: CreateRoomInput, required: true, description: 'The room.' }) },
    resolve: (_root, { input }, ctx) =>
      createRoom(ctx, idOf('input.workspaceId', input.workspaceId, 'Workspace'), input),
  }),
  joinRoom: t.field({
    type: RoomMember,
    description:
      "Joins a room of one of the viewer's workspaces (not an archived one). ConflictError when already in.",
    errors: mutationErrors,
    args: { input: t.arg({ type: RoomRefInput, required: true, description: 'The room.' }) },
    resolve: (_root, { input }, ctx) => joinRoom(ctx, idOf('input.roomId', input.roomId, 'Room')),
  }),
  leaveRoom: t.id({
    description: 'Leaves a room. Returns the ID of the membership that ended.',
    errors: mutationErrors,
    args: { input: t.arg({ type: RoomRefInput, required: true, description: 'The room.' }) },
    resolve: async (_root, { input }, ctx) =>
      encodeGlobalID(
        'RoomMember',
        await leaveRoom(ctx, idOf('input.roomId', input.roomId, 'Room')),
      ),
  }),
}));
