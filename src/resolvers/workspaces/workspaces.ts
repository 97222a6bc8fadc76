import { and, eq } from 'drizzle-orm';
import type { Context } from '../../context';
import { workspaceMembers, workspaces } from '../../db/tables';
import { loadVisibleByIds, workspaceVisibleTo } from '../access';
import type { KeysetQuery } from '../pagination/keyset';

export type WorkspaceRow = typeof workspaces.$inferSelect;
export type WorkspaceMemberRow = typeof workspaceMembers.$inferSelect;
export type WorkspaceRole = WorkspaceMemberRow['role'];

export function loadWorkspaces(ctx: Context, ids: readonly string[]): Promise<WorkspaceRow[]> {
  return loadVisibleByIds(ctx, workspaces, ids, workspaceVisibleTo(ctx, workspaces.id));
}

export function loadWorkspaceMembers(
  ctx: Context,
  ids: readonly string[],
): Promise<WorkspaceMemberRow[]> {
  return loadVisibleByIds(
    ctx,
    workspaceMembers,
    ids,
    workspaceVisibleTo(ctx, workspaceMembers.workspaceId),
  );
}

/** A workspace's members, oldest first, optionally of one role. */
export function workspaceMembersQuery(
  ctx: Context,
  role: WorkspaceRole | null | undefined,
): KeysetQuery<typeof workspaceMembers> {
  return {
    table: workspaceMembers,
    parentColumn: workspaceMembers.workspaceId,
    where: and(
      workspaceVisibleTo(ctx, workspaceMembers.workspaceId),
      role ? eq(workspaceMembers.role, role) : undefined,
    ),
    order: [
      { key: 'joinedAt', direction: 'asc' },
      { key: 'id', direction: 'asc' },
    ],
  };
}

/** The workspaces a user belongs to, as memberships, oldest first. Only the viewer's own. */
export function userMembershipsQuery(ctx: Context): KeysetQuery<typeof workspaceMembers> {
  return {
    table: workspaceMembers,
    parentColumn: workspaceMembers.userId,
    where: workspaceVisibleTo(ctx, workspaceMembers.workspaceId),
    order: [
      { key: 'joinedAt', direction: 'asc' },
      { key: 'id', direction: 'asc' },
    ],
  };
}
