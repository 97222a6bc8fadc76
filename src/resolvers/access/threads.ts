import { type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { viewerUserId } from '../../auth/viewer';
import {
  threadInvites,
  threadMessageDeliveries,
  threadMessages,
  threadParticipants,
  threads,
  users,
} from '../../db/tables';
import { isoNow } from '../../db/tables/defaults';
import { aliased } from '../sql-helpers';
import type { WithViewer } from './viewer-guards';
import { viewerRule } from './viewer-rule';

// Aliases for subqueries: a predicate may run inside a query over the same table, where an
// unaliased inner `threads.id` would shadow the outer one.
const { columns: visThread, from: visThreadFrom } = aliased(threads, 'vis_thread');
const { columns: visParticipant, from: visParticipantFrom } = aliased(
  threadParticipants,
  'vis_participant',
);
const { columns: visInvite, from: visInviteFrom } = aliased(threadInvites, 'vis_invite');
const { columns: visUser, from: visUserFrom } = aliased(users, 'vis_user');
const { columns: visMessage, from: visMessageFrom } = aliased(threadMessages, 'vis_message');

type InviteColumns = { invitedUserId: SQLiteColumn; email: SQLiteColumn };

/** SQL: the invite (its columns given) is addressed to the user, by user id or by email. */
export function inviteAddressedTo(userId: string, invite: InviteColumns = threadInvites): SQL {
  return sql`(${invite.invitedUserId} = ${userId} or lower(${invite.email}) = lower((select ${visUser.email} from ${visUserFrom} where ${visUser.id} = ${userId})))`;
}

/**
 * The rules for who sees what of a thread, as SQL over the column holding the thread id in the
 * query at hand. A deleted thread is seen by nobody.
 *
 * - `threadParticipantOf`: the owner and the people who joined (they see each other and the
 *   messages);
 * - `threadOwnedBy`: only the owner (invites and their delivery state);
 * - `threadVisibleTo`: participants, and strangers holding a pending, unexpired invite to an
 *   active thread (they may read what they are invited to before answering).
 */
export function threadParticipantOf(ctx: WithViewer, threadId: SQLiteColumn | string): SQL {
  const userId = viewerUserId(ctx.viewer);
  if (userId === null) return sql`0`;
  return viewerRule(
    'threadParticipantOf',
    threadId,
    userId,
    () =>
      sql`exists (select 1 from ${visThreadFrom} where ${visThread.id} = ${threadId} and ${visThread.status} != 'deleted' and (${visThread.userId} = ${userId} or exists (select 1 from ${visParticipantFrom} where ${visParticipant.threadId} = ${visThread.id} and ${visParticipant.userId} = ${userId})))`,
  );
}

export function threadOwnedBy(ctx: WithViewer, threadId: SQLiteColumn | string): SQL {
  const userId = viewerUserId(ctx.viewer);
  if (userId === null) return sql`0`;
  return viewerRule(
    'threadOwnedBy',
    threadId,
    userId,
    () =>
      sql`exists (select 1 from ${visThreadFrom} where ${visThread.id} = ${threadId} and ${visThread.status} != 'deleted' and ${visThread.userId} = ${userId})`,
  );
}

export function threadVisibleTo(ctx: WithViewer, threadId: SQLiteColumn | string): SQL {
  const userId = viewerUserId(ctx.viewer);
  if (userId === null) return sql`0`;
  // The invite's expiry is compared with SQLite's clock, not the Worker's: the rule then holds
  // no value of its own request and is kept per viewer (viewerRule) like the others; written per
  // request it was 2 % of a thread page's CPU (issue 18). Both clocks are UTC, in the same format.
  return viewerRule('threadVisibleTo', threadId, userId, () => {
    const invited = sql`exists (select 1 from ${visInviteFrom} join ${visThreadFrom} on ${visThread.id} = ${visInvite.threadId} where ${visInvite.threadId} = ${threadId} and ${visThread.status} = 'active' and ${visInvite.status} = 'pending' and ${visInvite.expiresAt} > ${isoNow} and ${inviteAddressedTo(userId, visInvite)})`;
    return sql`(${threadParticipantOf(ctx, threadId)} or ${invited})`;
  });
}

/** An invite (a row of `thread_invites` in scope) is seen by its thread's owner and its addressee. */
export function inviteVisibleTo(ctx: WithViewer): SQL {
  const userId = viewerUserId(ctx.viewer);
  if (userId === null) return sql`0`;
  return sql`(${threadOwnedBy(ctx, threadInvites.threadId)} or (${inviteAddressedTo(userId)} and exists (select 1 from ${visThreadFrom} where ${visThread.id} = ${threadInvites.threadId} and ${visThread.status} != 'deleted')))`;
}

/**
 * Who reads why an invite's email failed (`ThreadInvite.emailError`): the owner of its thread
 * (`thread`, loaded by the viewer's own rule: null when they cannot see it), as `threadOwnedBy`.
 */
export function inviteEmailErrorVisibleTo(
  ctx: WithViewer,
  thread: { userId: string } | null | undefined,
): boolean {
  const userId = viewerUserId(ctx.viewer);
  return userId !== null && thread?.userId === userId;
}

/** A message (a `thread_messages` row in scope) is seen by the participants of its thread. */
export function messageVisibleTo(ctx: WithViewer): SQL {
  return threadParticipantOf(ctx, threadMessages.threadId);
}

/** A message's delivery row (a `thread_message_deliveries` row in scope): seen with its message. */
export function messageDeliveryVisibleTo(ctx: WithViewer): SQL {
  const userId = viewerUserId(ctx.viewer);
  if (userId === null) return sql`0`;
  return viewerRule(
    'messageDeliveryVisibleTo',
    threadMessageDeliveries,
    userId,
    () =>
      sql`exists (select 1 from ${visMessageFrom} where ${visMessage.id} = ${threadMessageDeliveries.messageId} and ${threadParticipantOf(ctx, visMessage.threadId)})`,
  );
}
