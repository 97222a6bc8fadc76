import { eq, type SQL, sql } from 'drizzle-orm';
import { viewerUserId } from '../../auth/viewer';
import { inboxItems } from '../../db/tables';
import type { WithViewer } from './viewer-guards';

/**
 * The one rule for who sees an inbox item: its owner, nobody else (not even through another
 * user's `inbox` field, which is therefore always empty unless it is the viewer's own).
 */
export function inboxItemVisibleTo(ctx: WithViewer): SQL {
  const userId = viewerUserId(ctx.viewer);
  if (userId === null) return sql`0`;
  return eq(inboxItems.userId, userId);
}
