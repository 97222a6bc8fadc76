import { and, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import { viewerUserId } from '../auth/viewer';
import type { Context } from '../context';
import { relationshipRequests, relationships } from '../db/tables';
import type { KeysetQuery } from './pagination/keyset';

export type RelationshipRow = typeof relationships.$inferSelect;
export type RelationshipRequestRow = typeof relationshipRequests.$inferSelect;
export type RelationshipRequestStatus = RelationshipRequestRow['status'];

/** The one rule for who sees a relationship row: the user it belongs to and the related user. */
export function relationshipVisibleTo(ctx: Context): SQL {
  const userId = viewerUserId(ctx.viewer);
  if (userId === null) return sql`0`;
  return or(eq(relationships.userId, userId), eq(relationships.relatedUserId, userId)) as SQL;
}

/** The one rule for who sees a relationship request: its two parties, sender and recipient. */
export function relationshipRequestVisibleTo(ctx: Context): SQL {
  const userId = viewerUserId(ctx.viewer);
  if (userId === null) return sql`0`;
  return or(
    eq(relationshipRequests.fromUserId, userId),
    eq(relationshipRequests.toUserId, userId),
  ) as SQL;
}

export function loadRelationships(
  ctx: Context,
  ids: readonly string[],
): Promise<RelationshipRow[]> {
  return ctx.reads.read(
    ctx.db
      .select()
      .from(relationships)
      .where(and(inArray(relationships.id, [...ids]), relationshipVisibleTo(ctx))),
  );
}

export function loadRelationshipRequests(
  ctx: Context,
  ids: readonly string[],
): Promise<RelationshipRequestRow[]> {
  return ctx.reads.read(
    ctx.db
      .select()
      .from(relationshipRequests)
      .where(and(inArray(relationshipRequests.id, [...ids]), relationshipRequestVisibleTo(ctx))),
  );
}

/** A user's relationships (rows with user_id = the user), oldest first. */
export function userRelationshipsQuery(ctx: Context): KeysetQuery<typeof relationships> {
  return {
    table: relationships,
    parentColumn: relationships.userId,
    where: relationshipVisibleTo(ctx),
    order: [
      { key: 'createdAt', direction: 'asc' },
      { key: 'id', direction: 'asc' },
    ],
  };
}

/**
 * Requests received (`incoming`) or sent (`outgoing`) by a user, newest first. Only the viewer's
 * own: on any other user the connection is empty, even where the viewer is the other party.
 */
export function userRequestsQuery(
  ctx: Context,
  direction: 'incoming' | 'outgoing',
  status: RelationshipRequestStatus | null | undefined,
): KeysetQuery<typeof relationshipRequests> {
  const parentColumn =
    direction === 'incoming' ? relationshipRequests.toUserId : relationshipRequests.fromUserId;
  const userId = viewerUserId(ctx.viewer);
  return {
    table: relationshipRequests,
    parentColumn,
    where: and(
      relationshipRequestVisibleTo(ctx),
      userId === null ? sql`0` : eq(parentColumn, userId),
      status ? eq(relationshipRequests.status, status) : undefined,
    ),
    order: [
      { key: 'createdAt', direction: 'desc' },
      { key: 'id', direction: 'desc' },
    ],
  };
}
