import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Context } from '../context';
import { workspaceMembers } from '../db/tables';
import type { WorkspaceRole } from './workspaces';

/** Roles that may add rooms and work items to a workspace: everyone but VIEWER (read-only). */
export const CONTRIBUTOR_ROLES: readonly WorkspaceRole[] = ['owner', 'admin', 'member'];
export const ANY_ROLE: readonly WorkspaceRole[] = ['owner', 'admin', 'member', 'viewer'];

/** A user's role in a workspace, or null when they are not a member. */
export async function workspaceRoleOf(
  ctx: Context,
  workspaceId: string,
  userId: string,
): Promise<WorkspaceRole | null> {
  const rows = await ctx.reads.read(
    ctx.db
      .select({ role: workspaceMembers.role })
      .from(workspaceMembers)
      .where(
        and(eq(workspaceMembers.workspaceId, workspaceId), eq(workspaceMembers.userId, userId)),
      ),
  );
  return rows[0]?.role ?? null;
}

/**
 * SQL that holds while `userId` is a member of the workspace with one of `roles`: re-checked inside
 * each write, since a membership read before it could be stale by then. Roles are literals from
 * the closed list above, not client text.
 */
export function hasWorkspaceRole(
  workspaceId: string | SQLiteColumn,
  userId: string,
  roles: readonly WorkspaceRole[],
): SQL {
  const list = sql.raw(roles.map((role) => `'${role}'`).join(', '));
  return sql`exists (select 1 from ${workspaceMembers} where ${workspaceMembers.workspaceId} = ${workspaceId} and ${workspaceMembers.userId} = ${userId} and ${workspaceMembers.role} in (${list}))`;
}
