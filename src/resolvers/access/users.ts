import { eq, type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { viewerUserId } from '../../auth/viewer';
import type { WithViewer } from './viewer-guards';

/**
 * The one rule for who sees a user (name, avatar, bio): every signed-in viewer. The User type's
 * `signedIn` scope refuses anonymous viewers with FORBIDDEN before its loader runs; this is the
 * same rule for SQL (a mutation's user target, the loader).
 */
export function userVisibleTo(ctx: WithViewer): SQL {
  return viewerUserId(ctx.viewer) === null ? sql`0` : sql`1`;
}

/**
 * Who sees a user's private fields (email, AI spend): the user themself, signed in or through one
 * of their tokens. Everyone else reads null there.
 */
export function userPrivateFieldsVisibleTo(ctx: WithViewer, user: { id: string }): boolean {
  return viewerUserId(ctx.viewer) === user.id;
}

/**
 * The User loader's filter: every row. `userVisibleTo` refuses anonymous viewers through the User
 * type's `signedIn` scope, which runs on the loaded row: they get FORBIDDEN (the reason), where a
 * row filtered out here would answer a bare null.
 */
export function everyUser(): SQL {
  return sql`1`;
}

/**
 * The rule of connections that list only the viewer's own rows (requests sent and received,
 * threads taken part in, invites received): `userColumn` names the viewer. On any other user
 * they are empty, even where the viewer is the other party of a row.
 */
export function ownRowsVisibleTo(ctx: WithViewer, userColumn: SQLiteColumn): SQL {
  const userId = viewerUserId(ctx.viewer);
  if (userId === null) return sql`0`;
  return eq(userColumn, userId);
}
