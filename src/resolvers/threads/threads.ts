import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { alias, type SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { viewerUserId } from '../../auth/viewer';
import type { Context } from '../../context';
import {
  threadInvites,
  type threadMessageDeliveries,
  type threadMessages,
  threadParticipants,
  threads,
  users,
} from '../../db/tables';
import { nowIso } from '../ids';
import type { KeysetQuery } from '../pagination/keyset';
import { tableAs } from './sql-helpers';

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

// Aliases for subqueries: a predicate may run inside a query over the same table, where an
// unaliased inner `threads.id` would shadow the outer one.
const visThread = alias(threads, 'vis_thread');
const visParticipant = alias(threadParticipants, 'vis_participant');
const visInvite = alias(threadInvites, 'vis_invite');
const visUser = alias(users, 'vis_user');

type InviteColumns = { invitedUserId: SQLiteColumn; email: SQLiteColumn };

/** SQL: the invite (its columns given) is addressed to the user, by user id or by email. */
export function inviteAddressedTo(userId: string, invite: InviteColumns = threadInvites): SQL {
  return sql`(${invite.invitedUserId} = ${userId} or lower(${invite.email}) = lower((select ${visUser.email} from ${tableAs(visUser)} where ${visUser.id} = ${userId})))`;
}

/**
 * The rules for who sees what of a thread, as SQL over the column holding the thread id in the
 * query at hand. A deleted thread is seen by nobody.
 *
 * - `participant`: the owner and the people who joined (they see each other and the messages);
 * - `owner`: only the owner (invites and their delivery state);
 * - `visible`: participants, and strangers holding a pending, unexpired invite to an active
 *   thread (they may read what they are invited to before answering).
 */
export function threadParticipantOf(ctx: Context, threadId: SQLiteColumn | string): SQL {
  const userId = viewerUserId(ctx.viewer);
  if (userId === null) return sql`0`;
  return sql`exists (select 1 from ${tableAs(visThread)} where ${visThread.id} = ${threadId} and ${visThread.status} != 'deleted' and (${visThread.userId} = ${userId} or exists (select 1 from ${tableAs(visParticipant)} where ${visParticipant.threadId} = ${visThread.id} and ${visParticipant.userId} = ${userId})))`;
}

export function threadOwnedBy(ctx: Context, threadId: SQLiteColumn | string): SQL {
  const userId = viewerUserId(ctx.viewer);
  if (userId === null) return sql`0`;
  return sql`exists (select 1 from ${tableAs(visThread)} where ${visThread.id} = ${threadId} and ${visThread.status} != 'deleted' and ${visThread.userId} = ${userId})`;
}

export function threadVisibleTo(ctx: Context, threadId: SQLiteColumn | string): SQL {
  const userId = viewerUserId(ctx.viewer);
  if (userId === null) return sql`0`;
  const invited = sql`exists (select 1 from ${tableAs(visInvite)} join ${tableAs(visThread)} on ${visThread.id} = ${visInvite.threadId} where ${visInvite.threadId} = ${threadId} and ${visThread.status} = 'active' and ${visInvite.status} = 'pending' and ${visInvite.expiresAt} > ${nowIso()} and ${inviteAddressedTo(userId, visInvite)})`;
  return sql`(${threadParticipantOf(ctx, threadId)} or ${invited})`;
}

/** An invite (a row of `thread_invites` in scope) is seen by its thread's owner and its addressee. */
export function inviteVisibleTo(ctx: Context): SQL {
  const userId = viewerUserId(ctx.viewer);
  if (userId === null) return sql`0`;
  return sql`(${threadOwnedBy(ctx, threadInvites.threadId)} or (${inviteAddressedTo(userId)} and exists (select 1 from ${tableAs(visThread)} where ${visThread.id} = ${threadInvites.threadId} and ${visThread.status} != 'deleted')))`;
}

export function loadThreads(ctx: Context, ids: readonly string[]): Promise<ThreadRow[]> {
  return ctx.reads.read(
    ctx.db
      .select()
      .from(threads)
      .where(and(inArray(threads.id, [...ids]), threadVisibleTo(ctx, threads.id))),
  );
}

export function loadThreadInvites(
  ctx: Context,
  ids: readonly string[],
): Promise<ThreadInviteRow[]> {
  return ctx.reads.read(
    ctx.db
      .select()
      .from(threadInvites)
      .where(and(inArray(threadInvites.id, [...ids]), inviteVisibleTo(ctx))),
  );
}

export function loadThreadParticipants(
  ctx: Context,
  ids: readonly string[],
): Promise<ThreadParticipantRow[]> {
  return ctx.reads.read(
    ctx.db
      .select()
      .from(threadParticipants)
      .where(
        and(
          inArray(threadParticipants.id, [...ids]),
          threadParticipantOf(ctx, threadParticipants.threadId),
        ),
      ),
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
  const userId = viewerUserId(ctx.viewer);
  const threadFilter = status
    ? sql`${threads.status} = ${status}`
    : sql`${threads.status} != 'deleted'`;
  return {
    table: threadParticipants,
    parentColumn: threadParticipants.userId,
    where: and(
      userId === null ? sql`0` : eq(threadParticipants.userId, userId),
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
  const userId = viewerUserId(ctx.viewer);
  return {
    table: threadInvites,
    parentColumn: threadInvites.invitedUserId,
    where: and(
      userId === null ? sql`0` : eq(threadInvites.invitedUserId, userId),
      sql`exists (select 1 from ${threads} where ${threads.id} = ${threadInvites.threadId} and ${threads.status} != 'deleted')`,
      inviteStatusFilter(status),
    ),
    order: [
      { key: 'createdAt', direction: 'desc' },
      { key: 'id', direction: 'desc' },
    ],
  };
}
