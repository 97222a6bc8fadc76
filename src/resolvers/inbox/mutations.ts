import { and, eq, sql } from 'drizzle-orm';
import type { Context } from '../../context';
import { inboxItems } from '../../db/tables';
import { inboxItemVisibleTo, requireUser } from '../access';
import { NotFoundError } from '../errors';
import { nowIso } from '../ids';
import type { InboxItemRow } from './inbox';

type InboxChange = 'read' | 'unread' | 'archive';

/**
 * Marks one of the viewer's inbox items. One conditional UPDATE: the owner check is in its WHERE,
 * so an item of someone else is "not found" exactly as if it did not exist. Idempotent.
 */
export async function changeInboxItem(
  ctx: Context,
  itemId: string,
  change: InboxChange,
): Promise<InboxItemRow> {
  requireUser(ctx);
  const now = nowIso();
  const set =
    change === 'read'
      ? { isRead: true, readAt: sql`coalesce(${inboxItems.readAt}, ${now})` }
      : change === 'unread'
        ? { isRead: false, readAt: null }
        : { archivedAt: sql`coalesce(${inboxItems.archivedAt}, ${now})` };
  const [rows] = await ctx.db.batch([
    ctx.db
      .update(inboxItems)
      .set(set)
      .where(and(eq(inboxItems.id, itemId), inboxItemVisibleTo(ctx)))
      .returning(),
  ]);
  const row = rows[0];
  if (!row) throw new NotFoundError('InboxItem', itemId);
  return row;
}
