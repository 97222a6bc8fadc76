import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { viewerUserId } from '../auth/viewer';
import type { Context } from '../context';
import { workspaceMembers, workspaces } from '../db/tables';
import type { KeysetQuery } from './pagination/keyset';
import { aliased } from './sql-helpers';

export type WorkspaceRow = typeof workspaces.$inferSelect;
export type WorkspaceMemberRow = typeof workspaceMembers.$inferSelect;
export type WorkspaceRole = WorkspaceMemberRow['role'];

/**
 * The one rule for who sees a workspace: its members. `workspaceId` is the column holding the
 * workspace's id in the query at hand, or an id. Anonymous viewers see none.
 */
export function workspaceVisibleTo(ctx: Context, workspaceId: SQLiteColumn | string): SQL {
  const userId = viewerUserId(ctx.viewer);
  if (userId === null) return sql`0`;
  // Aliased: the outer query may itself be over workspace_members, whose columns an unaliased
  // inner table would shadow (making this "a member of any workspace").
  const { columns: vm, from } = aliased(workspaceMembers, 'visible_wm');
  return sql`exists (select 1 from ${from} where ${vm.workspaceId} = ${workspaceId} and ${vm.userId} = ${userId})`;
}

export function loadWorkspaces(ctx: Context, ids: readonly string[]): Promise<WorkspaceRow[]> {
  return ctx.reads.read(
    ctx.db
      .select()
      .from(workspaces)
      .where(and(inArray(workspaces.id, [...ids]), workspaceVisibleTo(ctx, workspaces.id))),
  );
}

export function loadWorkspaceMembers(
  ctx: Context,
  ids: readonly string[],
): Promise<WorkspaceMemberRow[]> {
  return ctx.reads.read(
    ctx.db
      .select()
      .from(workspaceMembers)
      .where(
        and(
          inArray(workspaceMembers.id, [...ids]),
          workspaceVisibleTo(ctx, workspaceMembers.workspaceId),
        ),
      ),
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
