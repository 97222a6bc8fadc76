import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import type { Context } from '../../context';
import { inboxItems } from '../../db/tables';
import { inboxItemVisibleTo, loadVisibleByIds } from '../access';
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
