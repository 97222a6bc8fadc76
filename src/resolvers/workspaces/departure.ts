import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Context } from '../../context';
import { listMembers, lists, roomMembers, rooms, workItems } from '../../db/tables';
import { memberOfWorkspace } from '../access';
import { auditWhere } from '../admin/audit';
import { nowIso } from '../ids';

/**
 * The statements that end what a departed member held in a workspace, for the same batch as the
 * removal (after it): their room and list memberships, and their work-item assignments. Room and
 * quest visibility rest on those memberships, and an assignee sees (and edits) their items: left
 * behind, either would keep a removed member reading the workspace. Clearing assignments is
 * audited (`workspace_member.clear_assignments`, with the item ids, so an admin can see what was
 * unassigned and why). Each statement applies only once the user is no longer a workspace
 * member, so a removal that did not apply (a conflict) changes none of it: no partial write.
 */
export function departureStatements(ctx: Context, workspaceId: string, userId: string) {
  const departed = sql`not ${memberOfWorkspace(workspaceId, userId)}`;
  const assigned = and(eq(workItems.workspaceId, workspaceId), eq(workItems.assigneeId, userId));
  // json(): a subquery's value loses its JSON type, and json_object would quote it as a string.
  const assignedIds = sql`json((select json_group_array(assigned.id) from (select ${workItems.id} as id from ${workItems} where ${assigned} order by ${workItems.id}) assigned))`;
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
    // Before the update: it lists the items while they still name the assignee.
    auditWhere(
      ctx,
      {
        action: 'workspace_member.clear_assignments',
        targetType: 'Workspace',
        targetId: workspaceId,
      },
      sql`${departed} and exists (select 1 from ${workItems} where ${assigned})`,
      sql`json_object('userId', ${userId}, 'workItemIds', ${assignedIds})`,
    ),
    // updated_at moves: an edit read before the removal then conflicts instead of applying.
    ctx.db
      .update(workItems)
      .set({ assigneeId: null, updatedAt: nowIso() })
      .where(and(assigned, departed)),
  ] as const;
}
