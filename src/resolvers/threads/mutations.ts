import { eq, sql } from 'drizzle-orm';
import type { Context } from '../../context';
import { threadInvites, threads } from '../../db/tables';
import { requireUser } from '../access';
import {
  deleteAttachmentsOfThread,
  ofThreadMessages,
  removeObjectsNow,
} from '../attachments/objects';
import { changes } from '../d1-errors';
import { ConflictError, ForbiddenError, NotFoundError } from '../errors';
import { nowIso } from '../ids';
import { expiredEvents } from './invite-responses';
import { loadThreads, type ThreadRow, type ThreadStatus } from './threads';

/**
 * Moves a thread the viewer owns from one of `from` to `to`, and closes its pending invites in
 * the same batch (an archived or deleted thread takes nobody new).
 */
async function moveThread(
  ctx: Context,
  threadId: string,
  from: ThreadStatus[],
  to: ThreadStatus,
): Promise<ThreadRow> {
  const userId = requireUser(ctx);
  const now = nowIso();
  // The thread's pending invites, once this batch has moved it (its status is `to` by then).
  const closedInvites = sql`${threadInvites.threadId} = ${threadId} and ${threadInvites.status} = 'pending' and exists (select 1 from ${threads} where ${threads.id} = ${threadId} and ${threads.status} = ${to})`;
  const [result, rows] = await ctx.db.batch([
    ctx.db
      .update(threads)
      .set({ status: to, updatedAt: now })
      .where(
        sql`${threads.id} = ${threadId} and ${threads.userId} = ${userId} and ${threads.status} in ${from}`,
      ),
    ctx.db.select().from(threads).where(eq(threads.id, threadId)),
    // Invitees hear that their invites closed, as when another accepted or the time ran out.
    expiredEvents(ctx.db, closedInvites, 'closed', userId),
    ctx.db.update(threadInvites).set({ status: 'expired' }).where(closedInvites),
    // A deleted thread's files go with it (its messages are seen by nobody from then on).
    deleteAttachmentsOfThread(
      ctx.db,
      threadId,
      sql`${to} = 'deleted' and exists (select 1 from ${threads} where ${threads.id} = ${threadId} and ${threads.status} = 'deleted')`,
    ),
  ]);
  const thread = rows[0];
  if (changes(result) === 1 && thread) return thread;
  // Not changed: explain with what the viewer may know.
  const [visible] = await loadThreads(ctx, [threadId]);
  if (!visible) throw new NotFoundError('Thread', threadId);
  if (visible.userId !== userId)
    throw new ForbiddenError('Only the owner of a thread may do this.');
  throw new ConflictError(`The thread is ${visible.status} already.`);
}

export function archiveThread(ctx: Context, threadId: string): Promise<ThreadRow> {
  return moveThread(ctx, threadId, ['active'], 'archived');
}

/** Marks the thread deleted: hidden from everyone from then on (rows stay for the record; its
 * files are deleted, bytes too). */
export async function deleteThread(ctx: Context, threadId: string): Promise<string> {
  const thread = await moveThread(ctx, threadId, ['active', 'archived'], 'deleted');
  await removeObjectsNow(ctx.env, ctx.db, ofThreadMessages(threadId));
  return thread.id;
}
