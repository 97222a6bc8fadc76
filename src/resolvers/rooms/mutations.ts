import { and, eq, sql } from 'drizzle-orm';
import type { Context } from '../../context';
import { roomMembers, rooms } from '../../db/tables';
import {
  CONTRIBUTOR_ROLES,
  memberOfWorkspace,
  requireUser,
  requireWorkspaceRole,
  roomVisibleTo,
} from '../access';
import { insertWhere } from '../conditional-insert';
import { changes, mapConstraintError } from '../d1-errors';
import { ConflictError, ForbiddenError, NotFoundError } from '../errors';
import { newId, nowIso } from '../ids';
import { optionalText, requiredText } from '../validate';
import type { RoomMemberRow, RoomRow } from './rooms';

/** Creates a room; its creator becomes its owner (both rows in one batch). */
export async function createRoom(
  ctx: Context,
  workspaceId: string,
  input: { name: string; description?: string | null },
): Promise<RoomRow> {
  const userId = requireUser(ctx);
  const name = requiredText('input.name', input.name, 100);
  const description = optionalText('input.description', input.description, 2000);
  await requireWorkspaceRole(
    ctx,
    workspaceId,
    userId,
    CONTRIBUTOR_ROLES,
    'Viewers of a workspace read only: they cannot create rooms.',
  );
  const now = nowIso();
  const room: RoomRow = {
    id: newId('rom'),
    workspaceId,
    name,
    description,
    createdBy: userId,
    isArchived: false,
    createdAt: now,
    updatedAt: now,
  };
  const [result] = await ctx.db.batch([
    insertWhere(ctx.db, rooms, room, memberOfWorkspace(workspaceId, userId, CONTRIBUTOR_ROLES)),
    insertWhere(
      ctx.db,
      roomMembers,
      { id: newId('rmm'), roomId: room.id, userId, role: 'owner', joinedAt: now },
      sql`exists (select 1 from ${rooms} where ${rooms.id} = ${room.id})`,
    ),
  ]);
  if (changes(result) === 0) throw new ConflictError('Your membership changed meanwhile.');
  return room;
}

/** Joins a room of a workspace the viewer belongs to. */
export async function joinRoom(ctx: Context, roomId: string): Promise<RoomMemberRow> {
  const userId = requireUser(ctx);
  const [found] = await ctx.reads.read(
    ctx.db
      .select({ isArchived: rooms.isArchived, workspaceId: rooms.workspaceId })
      .from(rooms)
      .where(and(eq(rooms.id, roomId), roomVisibleTo(ctx, rooms.workspaceId))),
  );
  if (!found) throw new NotFoundError('Room', roomId);
  if (found.isArchived) throw new ForbiddenError('This room is archived: it takes no new members.');
  const row: RoomMemberRow = {
    id: newId('rmm'),
    roomId,
    userId,
    role: 'member',
    joinedAt: nowIso(),
  };
  try {
    const [result] = await ctx.db.batch([
      insertWhere(
        ctx.db,
        roomMembers,
        row,
        sql`exists (select 1 from ${rooms} where ${rooms.id} = ${roomId} and ${rooms.isArchived} = 0) and ${memberOfWorkspace(found.workspaceId, userId)}`,
      ),
    ]);
    if (changes(result) === 0) throw new ConflictError('The room changed meanwhile; try again.');
  } catch (error) {
    if (error instanceof ConflictError) throw error;
    mapConstraintError(error, 'You are already a member of this room.');
  }
  return row;
}

/** Leaves a room. Returns the id of the membership that ended. */
export async function leaveRoom(ctx: Context, roomId: string): Promise<string> {
  const userId = requireUser(ctx);
  // One's own membership: readable even after leaving the room's workspace, so it can be ended.
  const [membership] = await ctx.reads.read(
    ctx.db
      .select({ id: roomMembers.id })
      .from(roomMembers)
      .where(and(eq(roomMembers.roomId, roomId), eq(roomMembers.userId, userId))),
  );
  if (!membership) throw new NotFoundError('RoomMember', roomId);
  const [result] = await ctx.db.batch([
    ctx.db
      .delete(roomMembers)
      .where(and(eq(roomMembers.id, membership.id), eq(roomMembers.userId, userId))),
  ]);
  if (changes(result) === 0) throw new NotFoundError('RoomMember', roomId);
  return membership.id;
}
