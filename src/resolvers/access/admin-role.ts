import { and, eq, inArray, type Placeholder, type SQL, sql } from 'drizzle-orm';
import { type Context, perRequest } from '../../context';
import { adminUsers } from '../../db/tables';
import { ForbiddenError } from '../errors';
import { aliased } from '../sql-helpers';

export const ADMIN_ROLES = ['support', 'admin', 'owner'] as const;
/** support reads, admin writes, owner also manages admins: each includes the powers before it. */
export type AdminRole = (typeof ADMIN_ROLES)[number];

export function hasAdminRole(actual: AdminRole | null, required: AdminRole): boolean {
  return actual !== null && ADMIN_ROLES.indexOf(actual) >= ADMIN_ROLES.indexOf(required);
}

/** The viewer's admin role as the door reads it with the account (no second read). */
export function knownAdminRole(ctx: Context, role: Promise<string | null>): void {
  const known = role.then((value) =>
    ctx.viewer.kind === 'user' ? (ADMIN_ROLES.find((r) => r === value) ?? null) : null,
  );
  known.catch(() => undefined);
  ctx.cache.set('adminRole', known);
}

/** The viewer's admin role, looked up once per request (unless the door read it: knownAdminRole). */
export function adminRoleOf(ctx: Context): Promise<AdminRole | null> {
  return perRequest(ctx, 'adminRole', async () => {
    // Integrator tokens never carry admin powers, even when their owner is an admin.
    if (ctx.viewer.kind !== 'user') return null;
    const rows = await ctx.reads.read(
      ctx.db
        .select({ role: adminUsers.role })
        .from(adminUsers)
        .where(eq(adminUsers.userId, ctx.viewer.userId)),
    );
    return (rows[0]?.role as AdminRole | undefined) ?? null;
  });
}

/** What a viewer below a field's scope is told, by the scope or by `readAsAdmin`. */
export function notAllowed(ctx: Context): ForbiddenError {
  return new ForbiddenError(
    ctx.viewer.kind === 'anonymous'
      ? 'Sign in to do this: send "Authorization: Bearer <token>".'
      : 'You are not allowed to do this.',
  );
}

/** Who an admin read is for (`readAsAdmin`): the role it needs and the signed-in user's id. */
export interface AdminGuard {
  role: AdminRole;
  userId: string;
}

/** True, in SQL, only while `userId` (a value or a placeholder) holds `role` or above. */
export function adminRoleSql(userId: string | SQL | Placeholder, role: AdminRole): SQL {
  const enough = ADMIN_ROLES.slice(ADMIN_ROLES.indexOf(role));
  const { columns: a, from: aFrom } = aliased(adminUsers, 'role_a');
  return sql`exists (select 1 from ${aFrom} where ${and(
    eq(a.userId, userId),
    inArray(a.role, enough),
  )})`;
}

/**
 * An admin read sent beside the role check instead of after it: the scope would wait for the
 * account row (round trip one) before the read could go (round trip two). The read carries the
 * role in its WHERE (`adminRoleSql(guard.userId, guard.role)`), so for anyone below it reads next
 * to nothing; its answer waits for the role, and anyone below gets the scope's FORBIDDEN whatever
 * the read did (its validation errors included: a non-admin learns nothing of the field).
 */
export async function readAsAdmin<T>(
  ctx: Context,
  role: AdminRole,
  read: (guard: AdminGuard) => Promise<T>,
): Promise<T> {
  // Integrators and anonymous viewers never hold a role: nothing to read for them.
  if (ctx.viewer.kind !== 'user') throw notAllowed(ctx);
  let answer: Promise<T>;
  try {
    // Called in this tick: the read joins the batch that carries the account check.
    answer = read({ role, userId: ctx.viewer.userId });
  } catch (error) {
    answer = Promise.reject(error);
  }
  answer.catch(() => undefined);
  if (!hasAdminRole(await adminRoleOf(ctx), role)) throw notAllowed(ctx);
  return answer;
}
