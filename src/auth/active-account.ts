import { eq } from 'drizzle-orm';
import type { Context } from '../context';
import { users } from '../db/tables';
import { AuthenticationError } from './viewer';

/**
 * A signed JWT proves who the caller was when it was issued, not that the account may still act:
 * a suspended, deleted or missing account is refused (401) like a bad token. Read through the
 * request's read batcher, so it shares a round trip with the other reads of its tick.
 * (Integrator tokens check their account when they are looked up.)
 */
export async function requireActiveAccount(ctx: Context): Promise<void> {
  if (ctx.viewer.kind !== 'user') return;
  const [account] = await ctx.reads.read(
    ctx.db.select({ status: users.status }).from(users).where(eq(users.id, ctx.viewer.userId)),
  );
  if (!account) throw new AuthenticationError('The token names no existing account.');
  if (account.status !== 'active') {
    throw new AuthenticationError(`This account is ${account.status}: it cannot be used.`);
  }
}
