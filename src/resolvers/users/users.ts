import type { Context } from '../../context';
import { users } from '../../db/tables';
import { everyUser, loadVisibleByIds } from '../access';

export type UserRow = typeof users.$inferSelect;

/** Users by id, for the User loader (missing ids come back absent; the loader sorts). */
export function loadUsers(ctx: Context, ids: readonly string[]): Promise<UserRow[]> {
  return loadVisibleByIds(ctx, users, ids, everyUser());
}
