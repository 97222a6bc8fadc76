import { eq, getTableColumns, sql } from 'drizzle-orm';
import type { Context } from '../context';
import { compileRead } from '../db/fast-batch';
import { adminUsers, users } from '../db/tables';
import { AuthenticationError } from './viewer';

export type AccountRow = typeof users.$inferSelect;

/** Every signed-in request sends it: built once per isolate (src/db/fast-batch.ts). */
const accountRead = compileRead((db) =>
  db
    .select({ ...getTableColumns(users), adminRole: adminUsers.role })
    .from(users)
    .leftJoin(adminUsers, eq(adminUsers.userId, users.id))
    .where(eq(users.id, sql.placeholder('userId'))),
);

/**
 * A signed JWT proves who the caller was when it was issued, not that the account may still act:
 * a suspended, deleted or missing account is refused (401) like a bad token. Reads the viewer's
 * whole row and gateway admin role in one statement (the caller primes the User loader and the
 * role with them, so neither is read a second time), through the request's read batcher: it
 * shares a round trip with the settings read. (Integrator tokens check their account when they
 * are looked up, and never carry an admin role.)
 */
export async function activeAccount(
  ctx: Context,
  userId: string,
): Promise<{ row: AccountRow; adminRole: string | null }> {
  const [found] = await ctx.reads.read(accountRead({ userId }));
  if (!found) throw new AuthenticationError('The token names no existing account.');
  if (found.status !== 'active') {
    throw new AuthenticationError(`This account is ${found.status}: it cannot be used.`);
  }
  const { adminRole, ...row } = found;
  return { row, adminRole };
}
