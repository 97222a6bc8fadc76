import { and, eq } from 'drizzle-orm';
import type { Context } from '../../context';
import { listItems, listMembers, lists } from '../../db/tables';
import { listVisibleTo, loadVisibleByIds } from '../access';
import type { KeysetQuery } from '../pagination/keyset';

export type ListRow = typeof lists.$inferSelect;
export type ListItemRow = typeof listItems.$inferSelect;
export type ListMemberRow = typeof listMembers.$inferSelect;
export type ListKind = ListRow['kind'];
export type ListRole = ListMemberRow['role'];
export type DeliveryPreference = ListMemberRow['deliveryPreference'];

export function loadLists(ctx: Context, ids: readonly string[]): Promise<ListRow[]> {
  return loadVisibleByIds(ctx, lists, ids, listVisibleTo(ctx, lists.id));
}

export function loadListItems(ctx: Context, ids: readonly string[]): Promise<ListItemRow[]> {
  return loadVisibleByIds(ctx, listItems, ids, listVisibleTo(ctx, listItems.listId));
}

export function loadListMembers(ctx: Context, ids: readonly string[]): Promise<ListMemberRow[]> {
  return loadVisibleByIds(ctx, listMembers, ids, listVisibleTo(ctx, listMembers.listId));
}

/** A workspace's lists, oldest first, optionally of one kind. */
export function workspaceListsQuery(
  ctx: Context,
  kind: ListKind | null | undefined,
): KeysetQuery<typeof lists> {
  return {
    table: lists,
    parentColumn: lists.workspaceId,
    where: and(listVisibleTo(ctx, lists.id), kind ? eq(lists.kind, kind) : undefined),
    order: [
      { key: 'createdAt', direction: 'asc' },
      { key: 'id', direction: 'asc' },
    ],
  };
}

/** A list's items in list order (position, then id), optionally only (un)completed ones. */
export function listItemsQuery(
  ctx: Context,
  completed: boolean | null | undefined,
): KeysetQuery<typeof listItems> {
  return {
    table: listItems,
    parentColumn: listItems.listId,
    where: and(
      listVisibleTo(ctx, listItems.listId),
      completed == null ? undefined : eq(listItems.isCompleted, completed),
    ),
    order: [
      { key: 'position', direction: 'asc' },
      { key: 'id', direction: 'asc' },
    ],
  };
}

/** A list's members (parent: the list) or a user's list memberships (parent: the user). */
export function listMembersQuery(
  ctx: Context,
  parent: 'list' | 'user',
  role: ListRole | null | undefined,
): KeysetQuery<typeof listMembers> {
  return {
    table: listMembers,
    parentColumn: parent === 'list' ? listMembers.listId : listMembers.userId,
    where: and(
      listVisibleTo(ctx, listMembers.listId),
      role ? eq(listMembers.role, role) : undefined,
    ),
    order: [
      { key: 'joinedAt', direction: 'asc' },
      { key: 'id', direction: 'asc' },
    ],
  };
}
