import { eq } from 'drizzle-orm';
import { type Context, perRequest } from '../../context';
import { adminUsers } from '../../db/tables';

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
