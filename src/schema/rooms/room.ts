import { loaderOptions } from '../../resolvers/loader-options';
import { loadPage } from '../../resolvers/pagination/load-page';
import { loadRooms, type RoomRow, workspaceRoomsQuery } from '../../resolvers/rooms/rooms';
import { builder } from '../builder';
import { User } from '../users/user';
import { Workspace } from '../workspaces/workspace';

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
