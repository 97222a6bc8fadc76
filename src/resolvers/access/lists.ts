import { type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { viewerUserId } from '../../auth/viewer';
import { listMembers, lists, workspaceMembers } from '../../db/tables';
import { aliased } from '../sql-helpers';
import { MANAGER_ROLES, memberOfWorkspace } from './membership';
import type { WithViewer } from './viewer-guards';

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
 * a column of the outer query or a value. Jobs ask it for a recipient with `asUser(id)`.
 * - CHECKLIST: every member of the list's workspace;
 * - QUEST (a shared list that may hold private quest work): only its list members and the
 *   workspace's owner and admins, not every workspace member;
 * - either kind: the list's owner while a member of its workspace, and its list members.
 * A list belongs to its workspace: an owner who leaves it (or is removed) no longer reads,
 * fills or manages it, as the other members' list memberships end then (workspaces/departure.ts).
 */
export function listVisibleTo(ctx: WithViewer, listId: SQLiteColumn | string): SQL {
  const userId = viewerUserId(ctx.viewer);
  if (userId === null) return sql`0`;
  // The workspace arm carries its own role test (owner of the list, or kind, or manager), so it
  // joins workspace_members itself rather than through `memberOfWorkspace`.
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
  return sql`exists (select 1 from ${eListFrom} where ${eList.id} = ${listId} and ((${eList.ownerId} = ${userId} and ${memberOfWorkspace(eList.workspaceId, userId)}) or exists (select 1 from ${eListMemberFrom} where ${eListMember.listId} = ${eList.id} and ${eListMember.userId} = ${userId} and ${eListMember.role} = 'owner')))`;
}

/** Who manages a list's members: its owners and the workspace's owner and admins. */
export function listManagedBy(userId: string, listId: string): SQL {
  return sql`(${listOwnedBy(userId, listId)} or exists (select 1 from ${eListFrom} where ${eList.id} = ${listId} and ${memberOfWorkspace(eList.workspaceId, userId, MANAGER_ROLES)}))`;
}

/** SQL: the user belongs to the list's workspace (list members are drawn from it). */
export function inListWorkspace(listId: string, userId: string): SQL {
  return sql`exists (select 1 from ${eListFrom} where ${eList.id} = ${listId} and ${memberOfWorkspace(eList.workspaceId, userId)})`;
}
