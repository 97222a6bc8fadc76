import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Context } from '../../context';
import { workspaceMembers } from '../../db/tables';
import { ForbiddenError, NotFoundError } from '../errors';
import { aliased } from '../sql-helpers';

type WorkspaceMemberRow = typeof workspaceMembers.$inferSelect;
type WorkspaceRole = WorkspaceMemberRow['role'];

/** Roles that may add rooms, lists, events and work items: everyone but VIEWER (read-only). */
export const CONTRIBUTOR_ROLES: readonly WorkspaceRole[] = ['owner', 'admin', 'member'];
/** Roles that manage a workspace (its name, its members) and edit any of its work items. */
export const MANAGER_ROLES: readonly WorkspaceRole[] = ['owner', 'admin'];

// Aliased: these run inside queries over workspace_members itself (a role change, a removal),
// whose columns an unaliased inner table would shadow.
const { columns: member, from: memberFrom } = aliased(workspaceMembers, 'access_wsm');
const { columns: own, from: ownFrom } = aliased(workspaceMembers, 'access_own_wsm');

/**
 * THE membership check, as SQL: `userId` is a member of the workspace, with one of `roles` when
 * given (any role otherwise). Either side is a value or a column (or expression) of the outer
 * query. Re-checked inside each write: a membership read before it could be stale by then. Roles
 * are literals from the closed lists above, not client text.
 */
export function memberOfWorkspace(
  workspaceId: string | SQLiteColumn | SQL,
  userId: string | SQLiteColumn,
  roles?: readonly WorkspaceRole[],
): SQL {
  const role = roles ? sql` and ${member.role} in (${roleList(roles)})` : sql``;
  return sql`exists (select 1 from ${memberFrom} where ${member.workspaceId} = ${workspaceId} and ${member.userId} = ${userId}${role})`;
}

/**
 * SQL: the workspaces `userId` belongs to, as a non-correlated subquery for `workspace_id in
 * (...)`: SQLite reads it once per statement, where a correlated EXISTS would run per row (the
 * shape the work-item rule needs, test/bench/query-plans.test.ts).
 */
export function workspacesOf(userId: string): SQL {
  return sql`(select ${own.workspaceId} from ${ownFrom} where ${own.userId} = ${userId})`;
}

function roleList(roles: readonly WorkspaceRole[]): SQL {
  return sql.raw(roles.map((role) => `'${role}'`).join(', '));
}

/** A user's membership of a workspace, or null when they are not a member. */
export async function workspaceMembershipOf(
  ctx: Context,
  workspaceId: string,
  userId: string,
): Promise<WorkspaceMemberRow | null> {
  const rows = await ctx.reads.read(
    ctx.db
      .select()
      .from(workspaceMembers)
      .where(
        and(eq(workspaceMembers.workspaceId, workspaceId), eq(workspaceMembers.userId, userId)),
      ),
  );
  return rows[0] ?? null;
}

/** A user's role in a workspace, or null when they are not a member. */
export async function workspaceRoleOf(
  ctx: Context,
  workspaceId: string,
  userId: string,
): Promise<WorkspaceRole | null> {
  return (await workspaceMembershipOf(ctx, workspaceId, userId))?.role ?? null;
}

/**
 * The user's membership when their role is one of `roles`. Not a member: NotFound (a workspace
 * one cannot see answers as a missing one); a member with another role: Forbidden, `refusal`.
 */
export async function requireWorkspaceRole(
  ctx: Context,
  workspaceId: string,
  userId: string,
  roles: readonly WorkspaceRole[],
  refusal: string,
): Promise<WorkspaceMemberRow> {
  const membership = await workspaceMembershipOf(ctx, workspaceId, userId);
  if (!membership) throw new NotFoundError('Workspace', workspaceId);
  if (!roles.includes(membership.role)) throw new ForbiddenError(refusal);
  return membership;
}
