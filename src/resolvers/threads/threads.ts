import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { Context } from '../../context';
import {
  threadInvites,
  type threadMessageDeliveries,
  type threadMessages,
  threadParticipants,
  threads,
} from '../../db/tables';
import {
  inviteVisibleTo,
  loadVisibleByIds,
  ownRowsVisibleTo,
  threadOwnedBy,
  threadParticipantOf,
  threadVisibleTo,
} from '../access';
import { nowIso } from '../ids';
import type { KeysetQuery } from '../pagination/keyset';

export type ThreadRow = typeof threads.$inferSelect;
export type ThreadStatus = ThreadRow['status'];
export type ThreadInviteRow = typeof threadInvites.$inferSelect;
export type ThreadInviteStatus = ThreadInviteRow['status'];
export type ThreadParticipantRow = typeof threadParticipants.$inferSelect;
export type ThreadMessageRow = typeof threadMessages.$inferSelect;
export type ThreadMessageDeliveryRow = typeof threadMessageDeliveries.$inferSelect;

/** An invite's status as of now: a pending invite past its expiry reads as expired everywhere. */
export function effectiveInviteStatus(
  invite: Pick<ThreadInviteRow, 'status' | 'expiresAt'>,
  now = nowIso(),
): ThreadInviteStatus {
  return invite.status === 'pending' && invite.expiresAt <= now ? 'expired' : invite.status;
}

export function loadThreads(ctx: Context, ids: readonly string[]): Promise<ThreadRow[]> {
  return loadVisibleByIds(ctx, threads, ids, threadVisibleTo(ctx, threads.id));
}

export function loadThreadInvites(
  ctx: Context,
  ids: readonly string[],
): Promise<ThreadInviteRow[]> {
  return loadVisibleByIds(ctx, threadInvites, ids, inviteVisibleTo(ctx));
}

export function loadThreadParticipants(
  ctx: Context,
  ids: readonly string[],
): Promise<ThreadParticipantRow[]> {
  return loadVisibleByIds(
    ctx,
    threadParticipants,
    ids,
    threadParticipantOf(ctx, threadParticipants.threadId),
  );
}

/** SQL filter for an invite status as clients see it (expiry applied). */
function inviteStatusFilter(status: ThreadInviteStatus | null | undefined): SQL | undefined {
  if (!status) return undefined;
  const now = nowIso();
  if (status === 'pending') {
    return sql`(${threadInvites.status} = 'pending' and ${threadInvites.expiresAt} > ${now})`;
  }
  if (status === 'expired') {
    return sql`(${threadInvites.status} = 'expired' or (${threadInvites.status} = 'pending' and ${threadInvites.expiresAt} <= ${now}))`;
  }
  return eq(threadInvites.status, status);
}

/** The threads a user takes part in (as owner or member), newest first: only the viewer's own. */
export function userThreadsQuery(
  ctx: Context,
  status: ThreadStatus | null | undefined,
): KeysetQuery<typeof threadParticipants> {
  const threadFilter = status
    ? sql`${threads.status} = ${status}`
    : sql`${threads.status} != 'deleted'`;
  return {
    table: threadParticipants,
    parentColumn: threadParticipants.userId,
    where: and(
      ownRowsVisibleTo(ctx, threadParticipants.userId),
      sql`exists (select 1 from ${threads} where ${threads.id} = ${threadParticipants.threadId} and ${threadFilter} and ${threads.status} != 'deleted')`,
    ),
    order: [
      { key: 'joinedAt', direction: 'desc' },
      { key: 'id', direction: 'desc' },
    ],
  };
}

/** A thread's participants, the owner first then by joining time. Participants only. */
export function threadParticipantsQuery(ctx: Context): KeysetQuery<typeof threadParticipants> {
  return {
    table: threadParticipants,
    parentColumn: threadParticipants.threadId,
    where: threadParticipantOf(ctx, threadParticipants.threadId),
    order: [
      { key: 'joinedAt', direction: 'asc' },
      { key: 'id', direction: 'asc' },
    ],
  };
}

/** A thread's invites, oldest first. The owner only. */
export function threadInvitesQuery(
  ctx: Context,
  status: ThreadInviteStatus | null | undefined,
): KeysetQuery<typeof threadInvites> {
  return {
    table: threadInvites,
    parentColumn: threadInvites.threadId,
    where: and(threadOwnedBy(ctx, threadInvites.threadId), inviteStatusFilter(status)),
    order: [
      { key: 'createdAt', direction: 'asc' },
      { key: 'id', direction: 'asc' },
    ],
  };
}

/** Invites addressed to a user, newest first: only the viewer's own. */
export function receivedInvitesQuery(
  ctx: Context,
  status: ThreadInviteStatus | null | undefined,
): KeysetQuery<typeof threadInvites> {
  return {
    table: threadInvites,
    parentColumn: threadInvites.invitedUserId,
    where: and(
      ownRowsVisibleTo(ctx, threadInvites.invitedUserId),
      sql`exists (select 1 from ${threads} where ${threads.id} = ${threadInvites.threadId} and ${threads.status} != 'deleted')`,
      inviteStatusFilter(status),
    ),
    order: [
      { key: 'createdAt', direction: 'desc' },
      { key: 'id', direction: 'desc' },
    ],
  };
}
