import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Context } from '../../context';
import { users, workspaceMembers, workspaces } from '../../db/tables';
import {
  MANAGER_ROLES,
  memberOfWorkspace,
  requireUser,
  requireWorkspaceRole,
  workspaceMembershipOf,
} from '../access';
import { changes, mapConstraintError } from '../d1-errors';
import { domainEvent, subject } from '../domain-events';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../errors';
import { newId, nowIso, randomToken } from '../ids';
import { optionalText, requiredText } from '../validate';
import { departureStatements } from './departure';
import type { WorkspaceMemberRow, WorkspaceRole, WorkspaceRow } from './workspaces';

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$/;

function slugFrom(name: string): string {
  const base = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 36);
  return `${base || 'workspace'}-${randomToken(6)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, 'x')}`;
}

/** The viewer's membership when they manage the workspace; NotFound or Forbidden otherwise. */
function requireManager(ctx: Context, workspaceId: string, userId: string) {
  return requireWorkspaceRole(
    ctx,
    workspaceId,
    userId,
    MANAGER_ROLES,
    'Only the owner and admins of a workspace manage it.',
  );
}

/** SQL that is true while `userId` still manages the workspace: re-checked inside each write. */
function stillManages(workspaceId: string, userId: string) {
  return memberOfWorkspace(workspaceId, userId, MANAGER_ROLES);
}

export async function createWorkspace(
  ctx: Context,
  input: { name: string; slug?: string | null; description?: string | null },
): Promise<WorkspaceRow> {
  const userId = requireUser(ctx);
  const name = requiredText('input.name', input.name, 100);
  const description = optionalText('input.description', input.description, 2000);
  const slug = input.slug ?? slugFrom(name);
  if (!SLUG.test(slug)) {
    throw ValidationError.of('input.slug', 'must be 1-48 lowercase letters, digits or dashes.');
  }
  const now = nowIso();
  const row: WorkspaceRow = {
    id: newId('wsp'),
    name,
    slug,
    description,
    ownerId: userId,
    createdAt: now,
    updatedAt: now,
  };
  try {
    await ctx.db.batch([
      ctx.db.insert(workspaces).values(row),
      ctx.db.insert(workspaceMembers).values({
        id: newId('wsm'),
        workspaceId: row.id,
        userId,
        role: 'owner',
        joinedAt: now,
        updatedAt: now,
      }),
    ]);
  } catch (error) {
    mapConstraintError(error, `The slug "${slug}" is taken.`);
  }
  return row;
}

export async function renameWorkspace(
  ctx: Context,
  workspaceId: string,
  input: { name: string; description?: string | null },
): Promise<string> {
  const userId = requireUser(ctx);
  const name = requiredText('input.name', input.name, 100);
  const description = optionalText('input.description', input.description, 2000);
  await requireManager(ctx, workspaceId, userId);
  const [result] = await ctx.db.batch([
    ctx.db
      .update(workspaces)
      .set({
        name,
        ...(input.description !== undefined ? { description } : {}),
        updatedAt: nowIso(),
      })
      .where(and(eq(workspaces.id, workspaceId), stillManages(workspaceId, userId))),
  ]);
  if (changes(result) === 0) throw new ConflictError('Your role changed meanwhile; try again.');
  return workspaceId;
}

export async function addWorkspaceMember(
  ctx: Context,
  workspaceId: string,
  memberUserId: string,
  role: WorkspaceRole,
): Promise<WorkspaceMemberRow> {
  const userId = requireUser(ctx);
  const actor = await requireManager(ctx, workspaceId, userId);
  if (role === 'owner') {
    throw ValidationError.of('input.role', 'a workspace has one owner: transfer it instead.');
  }
  if (role === 'admin' && actor.role !== 'owner') {
    throw new ForbiddenError('Only the owner makes admins.');
  }
  const exists = await ctx.reads.read(
    ctx.db.select({ id: users.id }).from(users).where(eq(users.id, memberUserId)),
  );
  if (exists.length === 0) throw new NotFoundError('User', memberUserId);
  const now = nowIso();
  const row: WorkspaceMemberRow = {
    id: newId('wsm'),
    workspaceId,
    userId: memberUserId,
    role,
    addedBy: userId,
    joinedAt: now,
    updatedAt: now,
  };
  try {
    const [result] = await ctx.db.batch([
      ctx.db.insert(workspaceMembers).select(
        ctx.db
          .select({
            id: sql`${row.id}`.as('id'),
            workspaceId: sql`${workspaceId}`.as('workspace_id'),
            userId: sql`${memberUserId}`.as('user_id'),
            role: sql`${role}`.as('role'),
            addedBy: sql`${userId}`.as('added_by'),
            joinedAt: sql`${now}`.as('joined_at'),
            updatedAt: sql`${now}`.as('updated_at'),
          })
          .from(sql`(select 1)`)
          .where(stillManages(workspaceId, userId)),
      ),
      domainEvent(ctx.db, {
        type: 'workspace_member.added',
        workspaceId,
        userId: memberUserId,
        subjectId: subject('WorkspaceMember', row.id),
        actorId: userId,
        payload: { role },
      }),
    ]);
    if (changes(result) === 0) throw new ConflictError('Your role changed meanwhile; try again.');
  } catch (error) {
    if (error instanceof ConflictError) throw error;
    mapConstraintError(error, 'That user is already a member.');
  }
  return row;
}

/** Removes a member. Managers remove others (admins only members and viewers); anyone may leave. */
export async function removeWorkspaceMember(
  ctx: Context,
  workspaceId: string,
  memberUserId: string,
): Promise<string> {
  const userId = requireUser(ctx);
  const target = await workspaceMembershipOf(ctx, workspaceId, memberUserId);
  const self = memberUserId === userId;
  const actor = self ? target : await requireManager(ctx, workspaceId, userId);
  if (!target || !actor) throw new NotFoundError('WorkspaceMember', memberUserId);
  if (target.role === 'owner') {
    throw new ForbiddenError('The owner cannot leave or be removed: transfer ownership first.');
  }
  if (!self && target.role === 'admin' && actor.role !== 'owner') {
    throw new ForbiddenError('Only the owner removes admins.');
  }
  const guard = self ? sql`1` : stillManages(workspaceId, userId);
  const [result] = await ctx.db.batch([
    ctx.db.delete(workspaceMembers).where(
      and(
        eq(workspaceMembers.id, target.id),
        // The role read above: a promotion meanwhile (to admin) must not be removed unseen.
        eq(workspaceMembers.role, target.role),
        inArray(workspaceMembers.role, ['admin', 'member', 'viewer']),
        guard,
      ),
    ),
    domainEvent(ctx.db, {
      type: 'workspace_member.removed',
      workspaceId,
      userId: memberUserId,
      subjectId: subject('WorkspaceMember', target.id),
      actorId: userId,
      payload: { left: self },
    }),
    ...departureStatements(ctx, workspaceId, memberUserId),
  ]);
  if (changes(result) === 0)
    throw new ConflictError('The membership changed meanwhile; try again.');
  return target.id;
}

export async function changeWorkspaceMemberRole(
  ctx: Context,
  workspaceId: string,
  memberUserId: string,
  role: WorkspaceRole,
): Promise<WorkspaceMemberRow> {
  const userId = requireUser(ctx);
  const actor = await requireManager(ctx, workspaceId, userId);
  const target = await workspaceMembershipOf(ctx, workspaceId, memberUserId);
  if (!target) throw new NotFoundError('WorkspaceMember', memberUserId);
  if (role === 'owner' || target.role === 'owner') {
    throw ValidationError.of('input.role', 'ownership moves by transfer, not by a role change.');
  }
  if ((role === 'admin' || target.role === 'admin') && actor.role !== 'owner') {
    throw new ForbiddenError('Only the owner grants or removes the admin role.');
  }
  const updatedAt = nowIso();
  const [result] = await ctx.db.batch([
    ctx.db
      .update(workspaceMembers)
      .set({ role, updatedAt })
      .where(
        and(
          eq(workspaceMembers.id, target.id),
          eq(workspaceMembers.role, target.role),
          stillManages(workspaceId, userId),
        ),
      ),
  ]);
  if (changes(result) === 0)
    throw new ConflictError('The membership changed meanwhile; try again.');
  return { ...target, role, updatedAt };
}
