import { type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { viewerUserId } from '../../auth/viewer';
import { memberOfWorkspace } from './membership';
import type { WithViewer } from './viewer-guards';
import { viewerRule } from './viewer-rule';

/**
 * The one rule for who sees a workspace (and so its memberships): its members. `workspaceId` is
 * the column holding the workspace's id in the query at hand, or an id. Anonymous viewers see none.
 */
export function workspaceVisibleTo(ctx: WithViewer, workspaceId: SQLiteColumn | string): SQL {
  const userId = viewerUserId(ctx.viewer);
  if (userId === null) return sql`0`;
  return viewerRule('workspaceVisibleTo', workspaceId, userId, () =>
    memberOfWorkspace(workspaceId, userId),
  );
}
