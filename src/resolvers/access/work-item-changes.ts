import { and, eq, getTableColumns, type SQL, sql } from 'drizzle-orm';
import { viewerUserId } from '../../auth/viewer';
import type { Context } from '../../context';
import { workItems } from '../../db/tables';
import { ForbiddenError, NotFoundError } from '../errors';
import { workItemEditableBy, workItemVisibleTo } from './work-items';

type WorkItemRow = typeof workItems.$inferSelect;

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
