import { and, eq, ne, sql } from 'drizzle-orm';
import { viewerUserId } from '../../auth/viewer';
import type { Context } from '../../context';
import { users, workspaceMembers, workspaces } from '../../db/tables';
import { memberOfWorkspace, workspaceMembershipOf } from '../access';
import { changes } from '../d1-errors';
import { domainEvent, subject } from '../domain-events';
import { ConflictError, NotFoundError, ValidationError } from '../errors';
import { textContains } from '../filters/text-match';
import { newId, nowIso } from '../ids';
import type { KeysetQuery } from '../pagination/keyset';
import { optionalText } from '../validate';
import { departureStatements } from '../workspaces/departure';
import type { WorkspaceMemberRow, WorkspaceRole, WorkspaceRow } from '../workspaces/workspaces';
import { auditIfChanged } from './audit';

/** Every workspace, whatever the viewer's membership (admin fields only), oldest first. */
export function adminWorkspacesQuery(
  name: string | null | undefined,
): KeysetQuery<typeof workspaces> {
  const search = optionalText('filter.name', name, 100);
  return {
    table: workspaces,
    where: search ? textContains(workspaces.name, search) : undefined,
    order: [
      { key: 'createdAt', direction: 'asc' },
      { key: 'id', direction: 'asc' },
    ],
  };
}

/** A workspace's members, oldest first, optionally of one role (admin view: no visibility rule). */
export function adminWorkspaceMembersQuery(
  role: WorkspaceRole | null | undefined,
): KeysetQuery<typeof workspaceMembers> {
  return {
    table: workspaceMembers,
    parentColumn: workspaceMembers.workspaceId,
    where: role ? eq(workspaceMembers.role, role) : undefined,
    order: [
      { key: 'joinedAt', direction: 'asc' },
      { key: 'id', direction: 'asc' },
    ],
  };
}

export async function loadAnyWorkspace(ctx: Context, id: string): Promise<WorkspaceRow | null> {
  const rows = await ctx.reads.read(ctx.db.select().from(workspaces).where(eq(workspaces.id, id)));
  return rows[0] ?? null;
}

/** The workspace, the user's membership, and whether the user exists: one round trip. */
async function lookUp(ctx: Context, workspaceId: string, userId: string) {
  const [workspace, membership, user] = await Promise.all([
    loadAnyWorkspace(ctx, workspaceId),
    workspaceMembershipOf(ctx, workspaceId, userId),
    ctx.reads.read(ctx.db.select({ id: users.id }).from(users).where(eq(users.id, userId))),
  ]);
  if (!workspace) throw new NotFoundError('Workspace', workspaceId);
  if (user.length === 0) throw new NotFoundError('User', userId);
  return { workspace, membership };
}

/** True while `userId` is not the workspace's owner: re-checked inside the write. */
const notOwnerOf = (workspaceId: string, userId: string) =>
  sql`not exists (select 1 from ${workspaces} where ${workspaces.id} = ${workspaceId} and ${workspaces.ownerId} = ${userId})`;

/**
 * Sets a user's role in any workspace, adding them when they are not a member (a repair). Not
 * OWNER (ownership is transferred) and not on the owner. Audited in the same batch.
 */
export async function adminSetWorkspaceMemberRole(
  ctx: Context,
  workspaceId: string,
  userId: string,
  role: WorkspaceRole,
): Promise<WorkspaceMemberRow> {
  if (role === 'owner') {
    throw ValidationError.of(
      'input.role',
      'ownership moves by transfer: use adminTransferWorkspaceOwnership.',
    );
  }
  const { workspace, membership } = await lookUp(ctx, workspaceId, userId);
  if (workspace.ownerId === userId || membership?.role === 'owner') {
    throw ValidationError.of('input.userId', 'is the owner: transfer ownership first.');
  }
  // The role they already have: nothing changes, so nothing is written or audited.
  if (membership?.role === role) return membership;
  const now = nowIso();
  const row: WorkspaceMemberRow = membership
    ? { ...membership, role, updatedAt: now }
    : {
        id: newId('wsm'),
        workspaceId,
        userId,
        role,
        addedBy: viewerUserId(ctx.viewer),
        joinedAt: now,
        updatedAt: now,
      };
  const [result] = await ctx.db.batch([
    ctx.db
      .insert(workspaceMembers)
      .select(
        sql`select ${row.id}, ${workspaceId}, ${userId}, ${role}, ${row.addedBy}, ${row.joinedAt}, ${now} where ${notOwnerOf(workspaceId, userId)}`,
      )
      .onConflictDoUpdate({
        target: [workspaceMembers.workspaceId, workspaceMembers.userId],
        set: { role, updatedAt: now },
        setWhere: sql`${workspaceMembers.role} <> 'owner'`,
      }),
    auditIfChanged(ctx, {
      action: 'workspace_member.set_role',
      targetType: 'Workspace',
      targetId: workspaceId,
      changes: { userId, from: membership?.role ?? null, to: role },
    }),
    // A user added (not a role changed) is an arrival, as `addWorkspaceMember`'s: webhooks and
    // streams hear of it. Only when this insert made the row (a concurrent add upserts theirs).
    ...(membership
      ? []
      : [
          domainEvent(
            ctx.db,
            {
              type: 'workspace_member.added',
              workspaceId,
              userId,
              subjectId: subject('WorkspaceMember', row.id),
              actorId: viewerUserId(ctx.viewer),
              payload: { role },
            },
            sql`exists (select 1 from ${workspaceMembers} where ${workspaceMembers.id} = ${row.id})`,
          ),
        ]),
  ]);
  if (changes(result) === 0)
    throw new ConflictError('The membership changed meanwhile; try again.');
  return row;
}

/** Removes anyone but the owner from any workspace. Returns the removed membership. */
export async function adminRemoveWorkspaceMember(
  ctx: Context,
  workspaceId: string,
  userId: string,
): Promise<WorkspaceMemberRow> {
  const { workspace, membership } = await lookUp(ctx, workspaceId, userId);
  if (!membership) throw new NotFoundError('WorkspaceMember', userId);
  if (workspace.ownerId === userId || membership.role === 'owner') {
    throw ValidationError.of('input.userId', 'is the owner: transfer ownership first.');
  }
  const [result] = await ctx.db.batch([
    ctx.db
      .delete(workspaceMembers)
      .where(
        and(
          eq(workspaceMembers.id, membership.id),
          ne(workspaceMembers.role, 'owner'),
          notOwnerOf(workspaceId, userId),
        ),
      ),
    auditIfChanged(ctx, {
      action: 'workspace_member.remove',
      targetType: 'Workspace',
      targetId: workspaceId,
      changes: { userId, from: membership.role, to: null },
    }),
    // Written when the audit row was (changes() of it: the delete removed the membership), so
    // that a member removed by an admin is heard of as one who leaves: webhooks, and their
    // own streams of the workspace end.
    domainEvent(ctx.db, {
      type: 'workspace_member.removed',
      workspaceId,
      userId,
      subjectId: subject('WorkspaceMember', membership.id),
      actorId: viewerUserId(ctx.viewer),
      payload: { left: false },
    }),
    // After the audit row: it reads changes() of the delete above.
    ...departureStatements(ctx, workspaceId, userId),
  ]);
  if (changes(result) === 0)
    throw new ConflictError('The membership changed meanwhile; try again.');
  return membership;
}

/**
 * Moves ownership to an existing member, atomically: the new owner's membership becomes
 * `owner`, the previous owner's becomes `admin`, `workspaces.owner_id` follows, and the audit
 * row is written, all in one batch. Every statement re-checks that the owner is still the one
 * read here, so a concurrent transfer makes the whole batch a no-op (a ConflictError).
 */
export async function adminTransferWorkspaceOwnership(
  ctx: Context,
  workspaceId: string,
  newOwnerId: string,
): Promise<WorkspaceRow> {
  const { workspace, membership } = await lookUp(ctx, workspaceId, newOwnerId);
  if (workspace.ownerId === newOwnerId) {
    throw ValidationError.of('input.newOwnerId', 'already owns this workspace.');
  }
  if (!membership) {
    throw ValidationError.of(
      'input.newOwnerId',
      'must be a member first (adminSetWorkspaceMemberRole adds them).',
    );
  }
  const previousOwnerId = workspace.ownerId;
  const now = nowIso();
  // Both member updates also need the new owner to still be a member: else the first would
  // demote the owner while the others change nothing, leaving the workspace without one.
  const ownerUnchanged = sql`exists (select 1 from ${workspaces} where ${workspaces.id} = ${workspaceId} and ${workspaces.ownerId} = ${previousOwnerId}) and ${memberOfWorkspace(workspaceId, newOwnerId)}`;
  const [, , result] = await ctx.db.batch([
    // Every membership holding the owner role (normally the previous owner's) becomes admin.
    ctx.db
      .update(workspaceMembers)
      .set({ role: 'admin', updatedAt: now })
      .where(
        and(
          eq(workspaceMembers.workspaceId, workspaceId),
          eq(workspaceMembers.role, 'owner'),
          ne(workspaceMembers.userId, newOwnerId),
          ownerUnchanged,
        ),
      ),
    ctx.db
      .update(workspaceMembers)
      .set({ role: 'owner', updatedAt: now })
      .where(
        and(
          eq(workspaceMembers.workspaceId, workspaceId),
          eq(workspaceMembers.userId, newOwnerId),
          ownerUnchanged,
        ),
      ),
    ctx.db
      .update(workspaces)
      .set({ ownerId: newOwnerId, updatedAt: now })
      .where(
        and(
          eq(workspaces.id, workspaceId),
          eq(workspaces.ownerId, previousOwnerId),
          memberOfWorkspace(workspaceId, newOwnerId, ['owner']),
        ),
      ),
    auditIfChanged(ctx, {
      action: 'workspace.transfer_ownership',
      targetType: 'Workspace',
      targetId: workspaceId,
      changes: { from: previousOwnerId, to: newOwnerId, newOwnerPreviousRole: membership.role },
    }),
  ]);
  if (changes(result) === 0) {
    // Only reachable when the owner changed meanwhile: then the two updates above did not apply
    // either (they carry the same condition), so nothing changed.
    throw new ConflictError('The workspace changed owner meanwhile; try again.');
  }
  return { ...workspace, ownerId: newOwnerId, updatedAt: now };
}
