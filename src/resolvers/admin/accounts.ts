import { and, eq, sql } from 'drizzle-orm';
import { viewerUserId } from '../../auth/viewer';
import type { Context } from '../../context';
import { adminUsers, users } from '../../db/tables';
import type { AdminRole } from '../access';
import { changes } from '../d1-errors';
import { ConflictError, NotFoundError } from '../errors';
import { newId, nowIso } from '../ids';
import type { KeysetQuery } from '../pagination/keyset';
import { auditIfChanged } from './audit';
import { LastOwnerError } from './errors';

export type AdminAccountRow = typeof adminUsers.$inferSelect;

/**
 * True while some OTHER admin than `userId` holds the owner role with an active account (a
 * suspended or deleted owner cannot sign in to manage roles): checked inside each write.
 */
const anotherOwnerExists = (userId: string) =>
  sql`exists (select 1 from ${adminUsers} join ${users} on ${users.id} = ${adminUsers.userId} where ${adminUsers.role} = 'owner' and ${adminUsers.userId} <> ${userId} and ${users.status} = 'active')`;

async function currentAccount(ctx: Context, userId: string) {
  const [account, user] = await Promise.all([
    ctx.reads.read(ctx.db.select().from(adminUsers).where(eq(adminUsers.userId, userId))),
    ctx.reads.read(
      ctx.db.select({ id: users.id, status: users.status }).from(users).where(eq(users.id, userId)),
    ),
  ]);
  if (!user[0]) throw new NotFoundError('User', userId);
  return { account: account[0] ?? null, active: user[0].status === 'active' };
}

/**
 * Gives a user an admin role, or changes it. Owners only (scope on the field). Demoting an owner
 * applies only while another owner remains, decided inside the statement.
 */
export async function grantAdminRole(
  ctx: Context,
  userId: string,
  role: AdminRole,
): Promise<AdminAccountRow> {
  const { account: before, active } = await currentAccount(ctx, userId);
  // The role they already have: nothing changes, so nothing is written or audited.
  if (before?.role === role) return before;
  // A suspended or deleted account cannot sign in: a role given to it would manage nothing, and
  // an owner that is not there would leave no one to manage roles.
  if (!active) throw new ConflictError('Only an active account can be given an admin role.');
  const now = nowIso();
  const row: AdminAccountRow = {
    id: before?.id ?? newId('adm'),
    userId,
    role,
    createdBy: before ? before.createdBy : viewerUserId(ctx.viewer),
    createdAt: before?.createdAt ?? now,
    updatedAt: now,
  };
  const [result] = await ctx.db.batch([
    ctx.db
      .insert(adminUsers)
      .values(row)
      .onConflictDoUpdate({
        target: adminUsers.userId,
        set: { role, updatedAt: now },
        setWhere:
          role === 'owner'
            ? undefined
            : sql`${adminUsers.role} <> 'owner' or ${anotherOwnerExists(userId)}`,
      }),
    auditIfChanged(ctx, {
      action: 'admin_role.grant',
      targetType: 'User',
      targetId: userId,
      changes: { from: before?.role ?? null, to: role },
    }),
  ]);
  if (changes(result) === 0) throw new LastOwnerError();
  return row;
}

/** Takes a user's admin role away. Owners only; the last owner stays. Returns the account. */
export async function revokeAdminRole(ctx: Context, userId: string): Promise<AdminAccountRow> {
  const { account: before } = await currentAccount(ctx, userId);
  if (!before) throw new NotFoundError('AdminAccount', userId);
  const [result] = await ctx.db.batch([
    ctx.db
      .delete(adminUsers)
      .where(
        and(
          eq(adminUsers.userId, userId),
          sql`(${adminUsers.role} <> 'owner' or ${anotherOwnerExists(userId)})`,
        ),
      ),
    auditIfChanged(ctx, {
      action: 'admin_role.revoke',
      targetType: 'User',
      targetId: userId,
      changes: { from: before.role, to: null },
    }),
  ]);
  if (changes(result) === 0) {
    if (before.role === 'owner') throw new LastOwnerError();
    throw new ConflictError('The admin role changed meanwhile; try again.');
  }
  return before;
}

/** Every admin account, oldest first, optionally of one role. */
export function adminAccountsQuery(
  role: AdminRole | null | undefined,
): KeysetQuery<typeof adminUsers> {
  return {
    table: adminUsers,
    where: role ? eq(adminUsers.role, role) : undefined,
    order: [
      { key: 'createdAt', direction: 'asc' },
      { key: 'id', direction: 'asc' },
    ],
  };
}

/** Any user's admin role (null when none), for admin views. */
export async function adminRoleOfUser(ctx: Context, userId: string): Promise<AdminRole | null> {
  const rows = await ctx.reads.read(
    ctx.db.select({ role: adminUsers.role }).from(adminUsers).where(eq(adminUsers.userId, userId)),
  );
  return rows[0]?.role ?? null;
}
