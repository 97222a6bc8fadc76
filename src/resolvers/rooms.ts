import DataLoader from 'dataloader';
import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { viewerUserId } from '../auth/viewer';
import { type Context, perRequest } from '../context';
import { roomMembers, rooms } from '../db/tables';
import { loaderOptions } from './loader-options';
import type { KeysetQuery } from './pagination/keyset';
import { workspaceVisibleTo } from './workspaces';

export type RoomRow = typeof rooms.$inferSelect;
export type RoomMemberRow = typeof roomMembers.$inferSelect;
export type RoomRole = RoomMemberRow['role'];

/** A room is seen by the members of its workspace (`workspaceId`: the room's workspace column). */
export function roomVisibleTo(ctx: Context, workspaceId: SQLiteColumn): SQL {
  return workspaceVisibleTo(ctx, workspaceId);
}

/** A room membership is seen by whoever sees the room (`roomId`: the membership's room column). */
export function roomMemberVisibleTo(ctx: Context, roomId: SQLiteColumn): SQL {
  const userId = viewerUserId(ctx.viewer);
  if (userId === null) return sql`0`;
  return sql`exists (select 1 from ${rooms} where ${rooms.id} = ${roomId} and ${roomVisibleTo(ctx, rooms.workspaceId)})`;
}

export function loadRooms(ctx: Context, ids: readonly string[]): Promise<RoomRow[]> {
  return ctx.reads.read(
    ctx.db
      .select()
      .from(rooms)
      .where(and(inArray(rooms.id, [...ids]), roomVisibleTo(ctx, rooms.workspaceId))),
  );
}

export function loadRoomMembers(ctx: Context, ids: readonly string[]): Promise<RoomMemberRow[]> {
  return ctx.reads.read(
    ctx.db
      .select()
      .from(roomMembers)
      .where(and(inArray(roomMembers.id, [...ids]), roomMemberVisibleTo(ctx, roomMembers.roomId))),
  );
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
          const rows = await ctx.reads.read(
            ctx.db
              .select()
              .from(roomMembers)
              .where(
                and(inArray(roomMembers.roomId, [...roomIds]), eq(roomMembers.userId, userId)),
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
