import { viewerUserId } from '../../auth/viewer';
import type { Context } from '../../context';
import { users } from '../../db/tables';
import { everyUser, loadVisibleByIds } from '../access';

export type UserRow = typeof users.$inferSelect;

/**
 * Users by id, for the User loader (missing ids come back absent; the loader sorts). The viewer's
 * own row comes from the door's account check (`ctx.viewerAccount`), never read a second time.
 */
export async function loadUsers(ctx: Context, ids: readonly string[]): Promise<UserRow[]> {
  const own = viewerUserId(ctx.viewer);
  if (!ctx.viewerAccount || own === null || !ids.includes(own)) {
    return loadVisibleByIds(ctx, users, ids, everyUser());
  }
  const others = ids.filter((id) => id !== own);
  const [row, rest] = await Promise.all([
    ctx.viewerAccount,
    others.length > 0 ? loadVisibleByIds(ctx, users, others, everyUser()) : [],
  ]);
  return [row, ...rest];
}
