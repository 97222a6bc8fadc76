import { activeAccount } from '../../auth/active-account';
import { AuthenticationError } from '../../auth/viewer';
import type { Context } from '../../context';

/**
 * `ctx` acting as user `userId` if that account is still active, else null. A capability URL (a
 * signed download, an upload URL) is used with its user's rights as they are when it is used,
 * not as they were when it was made: the result's rules are that user's own.
 */
export async function actingAs(ctx: Context, userId: string): Promise<Context | null> {
  const acting = Object.assign(Object.create(ctx) as Context, {
    viewer: { kind: 'user', userId } as const,
  });
  try {
    await activeAccount(acting, userId);
  } catch (error) {
    if (error instanceof AuthenticationError) return null;
    throw error;
  }
  return acting;
}
