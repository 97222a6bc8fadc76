import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { viewerUserId } from '../auth/viewer';
import type { Context } from '../context';
import { listItems, listMembers, lists, workspaceMembers } from '../db/tables';
import type { KeysetQuery } from './pagination/keyset';
import { aliased } from './sql-helpers';

export type ListRow = typeof lists.$inferSelect;
export type ListItemRow = typeof listItems.$inferSelect;
export type ListMemberRow = typeof listMembers.$inferSelect;
export type ListKind = ListRow['kind'];
export type ListRole = ListMemberRow['role'];
export type DeliveryPreference = ListMemberRow['deliveryPreference'];

// Aliases: the rules below are subqueries that may run inside a query over the same tables, and
// an unaliased inner table would shadow the outer row's columns.
const { columns: vList, from: vListFrom } = aliased(lists, 'vis_list');
const { columns: vListMember, from: vListMemberFrom } = aliased(listMembers, 'vis_list_member');
const { columns: vWorkspaceMember, from: vWorkspaceMemberFrom } = aliased(
  workspaceMembers,
  'vis_list_wsm',
);

/**
 * The one rule for who sees a list (and so its items and members). `listId` is the list's id:
 * a column of the outer query or a value.
 * - CHECKLIST: every member of the list's workspace;
 * - QUEST (a shared list that may hold private quest work): only its list members and the
 *   workspace's owner and admins, not every workspace member;
 * - either kind: the list's owner while a member of its workspace, and its list members.
 * A list belongs to its workspace: an owner who leaves it (or is removed) no longer reads,
 * fills or manages it, as the other members' list memberships end then (workspace-departure.ts).
 */
export function listVisibleTo(ctx: Context, listId: SQLiteColumn | string): SQL {
  const userId = viewerUserId(ctx.viewer);
  if (userId === null) return sql`0`;
  return listVisibleToUser(userId, listId);
}

/** `listVisibleTo` for a given user rather than the request's viewer (emails, jobs). */
export function listVisibleToUser(userId: string, listId: SQLiteColumn | string): SQL {
  return sql`exists (select 1 from ${vListFrom} where ${vList.id} = ${listId} and (exists (select 1 from ${vListMemberFrom} where ${vListMember.listId} = ${vList.id} and ${vListMember.userId} = ${userId}) or exists (select 1 from ${vWorkspaceMemberFrom} where ${vWorkspaceMember.workspaceId} = ${vList.workspaceId} and ${vWorkspaceMember.userId} = ${userId} and (${vList.ownerId} = ${vWorkspaceMember.userId} or ${vList.kind} = 'checklist' or ${vWorkspaceMember.role} in ('owner', 'admin')))))`;
}

const { columns: eList, from: eListFrom } = aliased(lists, 'edit_list');
const { columns: eListMember, from: eListMemberFrom } = aliased(listMembers, 'edit_list_member');
const { columns: eWorkspaceMember, from: eWorkspaceMemberFrom } = aliased(
  workspaceMembers,
  'edit_list_wsm',
);

/**
 * Who may change a list's items: its owner (while a workspace member, any role), list members
 * with role OWNER or EDITOR, the workspace's owner and admins, and (checklists only) the
 * workspace's MEMBERs. VIEWERs read only.
 */
export function listEditableBy(userId: string, listId: string): SQL {
  return sql`exists (select 1 from ${eListFrom} where ${eList.id} = ${listId} and (exists (select 1 from ${eListMemberFrom} where ${eListMember.listId} = ${eList.id} and ${eListMember.userId} = ${userId} and ${eListMember.role} in ('owner', 'editor')) or exists (select 1 from ${eWorkspaceMemberFrom} where ${eWorkspaceMember.workspaceId} = ${eList.workspaceId} and ${eWorkspaceMember.userId} = ${userId} and (${eList.ownerId} = ${eWorkspaceMember.userId} or ${eWorkspaceMember.role} in ('owner', 'admin') or (${eWorkspaceMember.role} = 'member' and ${eList.kind} = 'checklist')))))`;
}

/** The list's owners: its `owner` (while a workspace member) and list members with role OWNER. */
export function listOwnedBy(userId: string, listId: string): SQL {
  return sql`exists (select 1 from ${eListFrom} where ${eList.id} = ${listId} and ((${eList.ownerId} = ${userId} and exists (select 1 from ${eWorkspaceMemberFrom} where ${eWorkspaceMember.workspaceId} = ${eList.workspaceId} and ${eWorkspaceMember.userId} = ${userId})) or exists (select 1 from ${eListMemberFrom} where ${eListMember.listId} = ${eList.id} and ${eListMember.userId} = ${userId} and ${eListMember.role} = 'owner')))`;
}

/** Who manages a list's members: its owners and the workspace's owner and admins. */
export function listManagedBy(userId: string, listId: string): SQL {
  return sql`(${listOwnedBy(userId, listId)} or exists (select 1 from ${eListFrom} join ${eWorkspaceMemberFrom} on ${eWorkspaceMember.workspaceId} = ${eList.workspaceId} where ${eList.id} = ${listId} and ${eWorkspaceMember.userId} = ${userId} and ${eWorkspaceMember.role} in ('owner', 'admin')))`;
}

export function loadLists(ctx: Context, ids: readonly string[]): Promise<ListRow[]> {
  return ctx.reads.read(
    ctx.db
      .select()
      .from(lists)
      .where(and(inArray(lists.id, [...ids]), listVisibleTo(ctx, lists.id))),
  );
}

export function loadListItems(ctx: Context, ids: readonly string[]): Promise<ListItemRow[]> {
  return ctx.reads.read(
    ctx.db
      .select()
      .from(listItems)
      .where(and(inArray(listItems.id, [...ids]), listVisibleTo(ctx, listItems.listId))),
  );
}

export function loadListMembers(ctx: Context, ids: readonly string[]): Promise<ListMemberRow[]> {
  return ctx.reads.read(
    ctx.db
      .select()
      .from(listMembers)
      .where(and(inArray(listMembers.id, [...ids]), listVisibleTo(ctx, listMembers.listId))),
  );
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
