import { and, eq, getTableColumns, type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { viewerUserId } from '../auth/viewer';
import type { Context } from '../context';
import { lists, rooms, workItems, workspaceMembers } from '../db/tables';
import { ConflictError, type FieldIssue, ForbiddenError, NotFoundError } from './errors';
import { workItemEditableBy, workItemVisibleTo } from './visibility';
import type { WorkItemRow } from './work-items';

/**
 * Reads a work item for a change: NotFound when the viewer cannot see it (so its existence is not
 * told), Forbidden when they see it but may not change it (`owner`: only its owner may).
 */
export async function itemForChange(
  ctx: Context,
  itemId: string,
  who: 'editor' | 'owner' = 'editor',
): Promise<WorkItemRow> {
  const allowed =
    who === 'owner'
      ? sql`${workItems.ownerId} = ${viewerUserId(ctx.viewer) ?? ''}`
      : workItemEditableBy(ctx);
  const [row] = await ctx.reads.read(
    ctx.db
      .select({
        ...getTableColumns(workItems),
        allowed: sql<number>`case when ${allowed} then 1 else 0 end`,
      })
      .from(workItems)
      .where(and(eq(workItems.id, itemId), workItemVisibleTo(ctx))),
  );
  if (!row) throw new NotFoundError('WorkItem', itemId);
  const { allowed: isAllowed, ...item } = row;
  if (Number(isAllowed) !== 1) {
    throw new ForbiddenError(
      who === 'owner'
        ? 'Only the owner of a work item may do this.'
        : 'Only the owner, the assignee and the workspace owners and admins change a work item.',
    );
  }
  return item;
}

/**
 * The WHERE of a write to `item`: still visible to and editable by the viewer, and unchanged
 * since it was read (optimistic concurrency on updated_at), all decided by SQLite in the write.
 */
export function changeGuard(ctx: Context, item: WorkItemRow, ...extra: (SQL | undefined)[]) {
  return and(
    eq(workItems.id, item.id),
    eq(workItems.updatedAt, item.updatedAt),
    workItemVisibleTo(ctx),
    workItemEditableBy(ctx),
    ...extra,
  );
}

/** Runs one guarded UPDATE ... RETURNING in a batch; a guard that no longer holds is a conflict. */
export async function updateItem(
  ctx: Context,
  item: WorkItemRow,
  set: Partial<WorkItemRow>,
  ...extra: (SQL | undefined)[]
): Promise<WorkItemRow> {
  const [rows] = await ctx.db.batch([
    ctx.db
      .update(workItems)
      .set(set)
      .where(changeGuard(ctx, item, ...extra))
      .returning(),
  ]);
  const updated = rows[0];
  if (!updated)
    throw new ConflictError('The work item changed meanwhile; read it again and retry.');
  return updated;
}

/** SQL: the room exists in the workspace (a column or an id) and is not archived. */
export function roomInWorkspace(roomId: string, workspaceId: string | SQLiteColumn): SQL {
  return sql`exists (select 1 from ${rooms} where ${rooms.id} = ${roomId} and ${rooms.workspaceId} = ${workspaceId} and ${rooms.isArchived} = 0)`;
}

/** SQL: the list exists in the workspace. */
export function listInWorkspace(listId: string, workspaceId: string | SQLiteColumn): SQL {
  return sql`exists (select 1 from ${lists} where ${lists.id} = ${listId} and ${lists.workspaceId} = ${workspaceId})`;
}

/** SQL: the user is a member (any role) of the workspace. */
export function memberOfWorkspace(userId: string, workspaceId: string | SQLiteColumn): SQL {
  return sql`exists (select 1 from ${workspaceMembers} where ${workspaceMembers.workspaceId} = ${workspaceId} and ${workspaceMembers.userId} = ${userId})`;
}

/** Checks, in one round trip, that a room, a list and an assignee belong to a workspace. */
export async function checkLinks(
  ctx: Context,
  workspaceId: string,
  links: { roomId?: string | null; listId?: string | null; assigneeId?: string | null },
): Promise<FieldIssue[]> {
  const exists = (condition: SQL) =>
    ctx.reads
      .read(ctx.db.select({ ok: sql<number>`1` }).from(sql`(select 1)`).where(condition))
      .then((rows) => rows.length > 0);
  const [room, list, assignee] = await Promise.all([
    links.roomId ? exists(roomInWorkspace(links.roomId, workspaceId)) : true,
    links.listId ? exists(listInWorkspace(links.listId, workspaceId)) : true,
    links.assigneeId ? exists(memberOfWorkspace(links.assigneeId, workspaceId)) : true,
  ]);
  const issues: FieldIssue[] = [];
  if (!room) {
    issues.push({
      field: 'input.roomId',
      message: "must be an open room of the item's workspace.",
    });
  }
  if (!list)
    issues.push({ field: 'input.listId', message: "must be a list of the item's workspace." });
  if (!assignee) {
    issues.push({
      field: 'input.assigneeId',
      message: "must be a member of the item's workspace.",
    });
  }
  return issues;
}
