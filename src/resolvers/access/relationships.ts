import { eq, or, type SQL, sql } from 'drizzle-orm';
import { viewerUserId } from '../../auth/viewer';
import { relationshipRequests, relationships } from '../../db/tables';
import type { WithViewer } from './viewer-guards';

/** The one rule for who sees a relationship row: the user it belongs to and the related user. */
export function relationshipVisibleTo(ctx: WithViewer): SQL {
  const userId = viewerUserId(ctx.viewer);
  if (userId === null) return sql`0`;
  return or(eq(relationships.userId, userId), eq(relationships.relatedUserId, userId)) as SQL;
}

/** The one rule for who sees a relationship request: its two parties, sender and recipient. */
export function relationshipRequestVisibleTo(ctx: WithViewer): SQL {
  const userId = viewerUserId(ctx.viewer);
  if (userId === null) return sql`0`;
  return or(
    eq(relationshipRequests.fromUserId, userId),
    eq(relationshipRequests.toUserId, userId),
  ) as SQL;
}
