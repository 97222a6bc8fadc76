import DataLoader from 'dataloader';
import { and, eq, inArray } from 'drizzle-orm';
import { viewerUserId } from '../../auth/viewer';
import { type Context, perRequest } from '../../context';
import { roomMembers, rooms } from '../../db/tables';
import { loadVisibleByIds, roomMemberVisibleTo, roomVisibleTo } from '../access';
import { loaderOptions, readKeys } from '../loader-options';
import type { KeysetQuery } from '../pagination/keyset';

export type RoomRow = typeof rooms.$inferSelect;
export type RoomMemberRow = typeof roomMembers.$inferSelect;
export type RoomRole = RoomMemberRow['role'];

export function loadRooms(ctx: Context, ids: readonly string[]): Promise<RoomRow[]> {
  return loadVisibleByIds(ctx, rooms, ids, roomVisibleTo(ctx, rooms.workspaceId));
}

export function loadRoomMembers(ctx: Context, ids: readonly string[]): Promise<RoomMemberRow[]> {
  return loadVisibleByIds(ctx, roomMembers, ids, roomMemberVisibleTo(ctx, roomMembers.roomId));
}

/** The viewer's own membership of a room, or null: one statement for every room of a tick. */
export function viewerRoomMembership(ctx: Context, roomId: string): Promise<RoomMemberRow | null> {
  const userId = viewerUserId(ctx.viewer);
  if (userId === null) return Promise.resolve(null);
  const loader = perRequest(
    ctx,
    'viewerRoomMembership',
    () =>
      new DataLoader<string, RoomMemberRow | null>(
        async (roomIds) => {
          const rows = await readKeys(ctx, roomIds, (keys) =>
            ctx.reads.read(
              ctx.db
                .select()
                .from(roomMembers)
                .where(and(inArray(roomMembers.roomId, [...keys]), eq(roomMembers.userId, userId))),
            ),
          );
          const byRoom = new Map(rows.map((row) => [row.roomId, row]));
          return roomIds.map((id) => byRoom.get(id) ?? null);
        },
        { ...loaderOptions },
      ),
  );
  return loader.load(roomId);
}

/** A workspace's rooms, oldest first; archived ones only when asked. */
export function workspaceRoomsQuery(
  ctx: Context,
  includeArchived: boolean,
): KeysetQuery<typeof rooms> {
  return {
    table: rooms,
    parentColumn: rooms.workspaceId,
    where: and(
      roomVisibleTo(ctx, rooms.workspaceId),
      includeArchived ? undefined : eq(rooms.isArchived, false),
    ),
    order: [
      { key: 'createdAt', direction: 'asc' },
      { key: 'id', direction: 'asc' },
    ],
  };
}

/** A room's members, oldest first, optionally of one role. */
export function roomMembersQuery(
  ctx: Context,
  role: RoomRole | null | undefined,
): KeysetQuery<typeof roomMembers> {
  return {
    table: roomMembers,
    parentColumn: roomMembers.roomId,
    where: and(
      roomMemberVisibleTo(ctx, roomMembers.roomId),
      role ? eq(roomMembers.role, role) : undefined,
    ),
    order: [
      { key: 'joinedAt', direction: 'asc' },
      { key: 'id', direction: 'asc' },
    ],
  };
}
