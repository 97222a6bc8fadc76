import { and, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Context } from '../../context';
import { inboxItems } from '../../db/tables';
import { inboxItemVisibleTo, loadVisibleByIds, requireUser } from '../access';
import { NotFoundError } from '../errors';
import { nowIso } from '../ids';
import type { KeysetQuery } from '../pagination/keyset';

export type InboxItemRow = typeof inboxItems.$inferSelect;
export type InboxItemKind = InboxItemRow['kind'];

export function loadInboxItems(ctx: Context, ids: readonly string[]): Promise<InboxItemRow[]> {
  return loadVisibleByIds(ctx, inboxItems, ids, inboxItemVisibleTo(ctx));
}

export interface InboxFilter {
  read?: boolean | null;
  archived?: boolean | null;
}

/** A user's inbox, newest first; only ever rows of the viewer (see inboxItemVisibleTo). */
export function userInboxQuery(
  ctx: Context,
  filter: InboxFilter | null | undefined,
): KeysetQuery<typeof inboxItems> {
  const read = filter?.read;
  const archived = filter?.archived;
  return {
    table: inboxItems,
    parentColumn: inboxItems.userId,
    where: and(
      inboxItemVisibleTo(ctx),
      read == null ? undefined : eq(inboxItems.isRead, read),
      archived == null
        ? undefined
        : archived
          ? isNotNull(inboxItems.archivedAt)
          : isNull(inboxItems.archivedAt),
    ),
    order: [
      { key: 'createdAt', direction: 'desc' },
      { key: 'id', direction: 'desc' },
    ],
  };
}

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
