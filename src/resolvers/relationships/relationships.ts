import { and, eq } from 'drizzle-orm';
import type { Context } from '../../context';
import { relationshipRequests, relationships } from '../../db/tables';
import {
  loadVisibleByIds,
  ownRowsVisibleTo,
  relationshipRequestVisibleTo,
  relationshipVisibleTo,
} from '../access';
import type { KeysetQuery } from '../pagination/keyset';

export type RelationshipRow = typeof relationships.$inferSelect;
export type RelationshipRequestRow = typeof relationshipRequests.$inferSelect;
export type RelationshipRequestStatus = RelationshipRequestRow['status'];

export function loadRelationships(
  ctx: Context,
  ids: readonly string[],
): Promise<RelationshipRow[]> {
  return loadVisibleByIds(ctx, relationships, ids, relationshipVisibleTo(ctx));
}

export function loadRelationshipRequests(
  ctx: Context,
  ids: readonly string[],
): Promise<RelationshipRequestRow[]> {
  return loadVisibleByIds(ctx, relationshipRequests, ids, relationshipRequestVisibleTo(ctx));
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
  return {
    table: relationshipRequests,
    parentColumn,
    where: and(
      relationshipRequestVisibleTo(ctx),
      ownRowsVisibleTo(ctx, parentColumn),
      status ? eq(relationshipRequests.status, status) : undefined,
    ),
    order: [
      { key: 'createdAt', direction: 'desc' },
      { key: 'id', direction: 'desc' },
    ],
  };
}
