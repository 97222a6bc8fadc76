import { inArray } from 'drizzle-orm';
import type { Context } from '../context';
import { users } from '../db/tables';

export type UserRow = typeof users.$inferSelect;

/** Users by id, for the User loader (missing ids come back absent; the loader sorts). */
export function loadUsers(ctx: Context, ids: readonly string[]): Promise<UserRow[]> {
  return ctx.reads.read(
    ctx.db
      .select()
      .from(users)
      .where(inArray(users.id, [...ids])),
  );
}
