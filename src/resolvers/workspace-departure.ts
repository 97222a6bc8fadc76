import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Context } from '../context';
import { listMembers, lists, roomMembers, rooms, workspaceMembers } from '../db/tables';

/**
 * The statements that drop a departed member's room and list memberships in a workspace, for
 * the same batch as the removal (after it). Room and quest visibility rest on those rows: left
 * behind, a removed member would keep reading the workspace's room and quest items. Each applies
 * only once the user is no longer a workspace member, so a removal that did not apply (a
 * conflict) leaves them untouched: no partial write.
 */
export function dropDepartedMemberships(ctx: Context, workspaceId: string, userId: string) {
  const departed = sql`not exists (select 1 from ${workspaceMembers} where ${workspaceMembers.workspaceId} = ${workspaceId} and ${workspaceMembers.userId} = ${userId})`;
  return [
    ctx.db
      .delete(roomMembers)
      .where(
        and(
          eq(roomMembers.userId, userId),
          inArray(
            roomMembers.roomId,
            ctx.db.select({ id: rooms.id }).from(rooms).where(eq(rooms.workspaceId, workspaceId)),
          ),
          departed,
        ),
      ),
    ctx.db
      .delete(listMembers)
      .where(
        and(
          eq(listMembers.userId, userId),
          inArray(
            listMembers.listId,
            ctx.db.select({ id: lists.id }).from(lists).where(eq(lists.workspaceId, workspaceId)),
          ),
          departed,
        ),
      ),
  ] as const;
}
