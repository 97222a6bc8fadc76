import DataLoader from 'dataloader';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { viewerUserId } from '../../auth/viewer';
import { type Context, perRequest } from '../../context';
import {
  threadMessageDeliveries,
  threadMessages,
  threadParticipants,
  threads,
} from '../../db/tables';
import {
  loadVisibleByIds,
  messageDeliveryVisibleTo,
  messageVisibleTo,
  requireUser,
  threadParticipantOf,
} from '../access';
import { changes } from '../d1-errors';
import { domainEvent, subject } from '../domain-events';
import { ConflictError, NotFoundError, ValidationError } from '../errors';
import { nowIso, randomToken } from '../ids';
import { loaderOptions, readKeys } from '../loader-options';
import type { KeysetQuery } from '../pagination/keyset';
import { requiredText } from '../validate';
import { insertSelect } from './sql-helpers';
import { loadThreads, type ThreadMessageRow, type ThreadRow } from './threads';

export const MESSAGE_MAX_LENGTH = 4000;

/**
 * Message ids start with the time (base 36, fixed width), so that messages sent within the same
 * millisecond still list in the order they were sent (the id breaks created_at ties).
 */
function messageId(): string {
  return `tmg_${Date.now().toString(36).padStart(9, '0')}${randomToken(12)}`;
}

export function loadThreadMessages(
  ctx: Context,
  ids: readonly string[],
): Promise<ThreadMessageRow[]> {
  return loadVisibleByIds(ctx, threadMessages, ids, messageVisibleTo(ctx));
}

/** A thread's messages, oldest first (newest last): `last: n` gives the latest n. */
export function threadMessagesQuery(ctx: Context): KeysetQuery<typeof threadMessages> {
  return {
    table: threadMessages,
    parentColumn: threadMessages.threadId,
    where: messageVisibleTo(ctx),
    order: [
      { key: 'createdAt', direction: 'asc' },
      { key: 'id', direction: 'asc' },
    ],
  };
}

/** A message's delivery rows (one per recipient): seen by the thread's participants. */
export function messageDeliveriesQuery(ctx: Context): KeysetQuery<typeof threadMessageDeliveries> {
  const rule = messageDeliveryVisibleTo(ctx);
  return {
    table: threadMessageDeliveries,
    parentColumn: threadMessageDeliveries.messageId,
    where: rule,
    seenWithParent: rule,
    order: [
      { key: 'createdAt', direction: 'asc' },
      { key: 'id', direction: 'asc' },
    ],
  };
}

/** Messages of each thread the viewer has not read yet: one grouped statement per batch. */
export function unreadCount(ctx: Context, threadId: string): Promise<number> {
  const userId = viewerUserId(ctx.viewer);
  if (userId === null) return Promise.resolve(0);
  const loader = perRequest(
    ctx,
    'thread-unread-count',
    () =>
      new DataLoader<string, number>(
        async (ids) => {
          const rows = await readKeys(ctx, ids, (keys) =>
            ctx.reads.read(
              ctx.db
                .select({
                  threadId: threadMessages.threadId,
                  unread: sql<number>`count(*)`,
                })
                .from(threadMessageDeliveries)
                .innerJoin(threadMessages, eq(threadMessages.id, threadMessageDeliveries.messageId))
                .where(
                  and(
                    eq(threadMessageDeliveries.recipientUserId, userId),
                    inArray(threadMessageDeliveries.status, ['pending', 'delivered']),
                    inArray(threadMessages.threadId, [...keys]),
                  ),
                )
                .groupBy(threadMessages.threadId),
            ),
          );
          const counts = new Map(rows.map((row) => [row.threadId, Number(row.unread)]));
          return ids.map((id) => counts.get(id) ?? 0);
        },
        { ...loaderOptions },
      ),
  );
  return loader.load(threadId);
}

/** Why a participant-only write to a thread did not apply. */
async function explainThreadWrite(ctx: Context, threadId: string): Promise<never> {
  const [thread] = await loadThreads(ctx, [threadId]);
  const userId = viewerUserId(ctx.viewer);
  if (!thread) throw new NotFoundError('Thread', threadId);
  const [participant] = await ctx.reads.read(
    ctx.db
      .select({ id: threadParticipants.id })
      .from(threadParticipants)
      .where(
        and(eq(threadParticipants.threadId, threadId), eq(threadParticipants.userId, userId ?? '')),
      ),
  );
  if (!participant && thread.userId !== userId) throw new NotFoundError('Thread', threadId);
  throw new ConflictError(`The thread is ${thread.status}: it takes no new messages.`);
}

/**
 * Sends a message to a thread the viewer takes part in. The message and a delivery row for every
 * other registered participant are written in one batch; both inserts re-check in SQL that the
 * viewer is a participant and the thread is active.
 */
export async function sendThreadMessage(
  ctx: Context,
  threadId: string,
  input: { body: string },
): Promise<ThreadMessageRow> {
  const userId = requireUser(ctx);
  const body = requiredText('input.body', input.body, MESSAGE_MAX_LENGTH);
  const now = nowIso();
  const message: ThreadMessageRow = {
    id: messageId(),
    threadId,
    senderUserId: userId,
    body,
    status: 'sent',
    createdAt: now,
    updatedAt: now,
  };
  const mayPost = sql`exists (select 1 from ${threads} where ${threads.id} = ${threadId} and ${threads.status} = 'active') and exists (select 1 from ${threadParticipants} where ${threadParticipants.threadId} = ${threadId} and ${threadParticipants.userId} = ${userId})`;
  const sent = sql`exists (select 1 from ${threadMessages} where ${threadMessages.id} = ${message.id})`;
  const [inserted] = await ctx.db.batch([
    insertSelect(ctx.db, threadMessages, message, sql`where ${mayPost}`),
    insertSelect(
      ctx.db,
      threadMessageDeliveries,
      {
        id: sql`'tmd_' || lower(hex(randomblob(12)))`,
        messageId: message.id,
        recipientUserId: threadParticipants.userId,
        status: 'pending',
        createdAt: now,
      },
      sql`from ${threadParticipants} where ${threadParticipants.threadId} = ${threadId} and ${threadParticipants.userId} is not null and ${threadParticipants.userId} != ${userId} and ${sent} group by ${threadParticipants.userId}`,
    ),
    domainEvent(
      ctx.db,
      {
        type: 'thread_message.sent',
        threadId,
        subjectId: subject('ThreadMessage', message.id),
        actorId: userId,
      },
      sent,
    ),
  ]);
  if (changes(inserted) === 0) await explainThreadWrite(ctx, threadId);
  return message;
}

export interface ReceiptResult {
  thread: ThreadRow;
  changedCount: number;
}

const MAX_MESSAGE_IDS = 100;

/**
 * Marks the viewer's pending deliveries in a thread as delivered (all of them, or those of the
 * given messages). Only the viewer's own delivery rows change, so no one acknowledges for others.
 */
export async function markThreadMessagesDelivered(
  ctx: Context,
  threadId: string,
  messageIds: string[] | null | undefined,
): Promise<ReceiptResult> {
  if (messageIds && messageIds.length > MAX_MESSAGE_IDS) {
    throw ValidationError.of('input.messageIds', `at most ${MAX_MESSAGE_IDS} at once.`);
  }
  return receipt(ctx, threadId, messageIds, 'delivered');
}

/** Marks every message of the thread read by the viewer (read receipts: read_at). */
export function markThreadRead(ctx: Context, threadId: string): Promise<ReceiptResult> {
  return receipt(ctx, threadId, null, 'read');
}

async function receipt(
  ctx: Context,
  threadId: string,
  messageIds: string[] | null | undefined,
  to: 'delivered' | 'read',
): Promise<ReceiptResult> {
  const userId = requireUser(ctx);
  const now = nowIso();
  const named = messageIds?.length ? [...new Set(messageIds)] : null;
  // The ids as one JSON parameter: up to 100 of them beside the statement's other values would
  // pass D1's 100 bound parameters.
  const namedIds = named ? sql`(select value from json_each(${JSON.stringify(named)}))` : null;
  // Every id named is a message of this thread, or nothing changes (NotFoundError below).
  const namedCount = namedIds
    ? sql`(select count(*) from ${threadMessages} where ${threadMessages.threadId} = ${threadId} and ${threadMessages.id} in ${namedIds})`
    : null;
  // The thread as the visibility read below sees it (a participant's, not deleted), inside the
  // update too: a thread deleted or left keeps its delivery rows, which must not change (nor an
  // event be written) when the answer is NotFoundError.
  const inThread = sql`${threadMessageDeliveries.messageId} in (select ${threadMessages.id} from ${threadMessages} where ${threadMessages.threadId} = ${threadId}${
    namedIds ? sql` and ${threadMessages.id} in ${namedIds}` : sql``
  }) and ${threadParticipantOf(ctx, threadId)}${
    namedCount ? sql` and ${namedCount} = ${named?.length}` : sql``
  }`;
  const update =
    to === 'read'
      ? ctx.db
          .update(threadMessageDeliveries)
          .set({
            status: 'read',
            readAt: now,
            deliveredAt: sql`coalesce(${threadMessageDeliveries.deliveredAt}, ${now})`,
          })
          .where(
            sql`${threadMessageDeliveries.recipientUserId} = ${userId} and ${threadMessageDeliveries.readAt} is null and ${inThread}`,
          )
      : ctx.db
          .update(threadMessageDeliveries)
          .set({ status: 'delivered', deliveredAt: now })
          .where(
            sql`${threadMessageDeliveries.recipientUserId} = ${userId} and ${threadMessageDeliveries.status} = 'pending' and ${inThread}`,
          );
  const visible = ctx.db
    .select()
    .from(threads)
    .where(and(eq(threads.id, threadId), threadParticipantOf(ctx, threads.id)));
  // An empty list names no message: nothing to acknowledge, no event (leaving the list out is
  // what means every pending one).
  if (messageIds?.length === 0) {
    const [thread] = await visible;
    if (!thread) throw new NotFoundError('Thread', threadId);
    return { thread, changedCount: 0 };
  }
  // The visibility read and the update share one round trip; the update holds the same rule.
  const [rows, result, , ...checked] = await ctx.db.batch([
    visible,
    update,
    // One event per receipt (not per message): the viewer's deliveries in this thread changed.
    domainEvent(ctx.db, {
      type: to === 'read' ? 'thread_message.read' : 'thread_message.delivered',
      threadId,
      userId,
      subjectId: subject('Thread', threadId),
      actorId: userId,
      payload: {
        messageIds: named ? named.map((id) => subject('ThreadMessage', id)) : 'all',
      },
    }),
    ...(named
      ? [
          ctx.db
            .select({ id: threadMessages.id })
            .from(threadMessages)
            .where(
              and(eq(threadMessages.threadId, threadId), sql`${threadMessages.id} in ${namedIds}`),
            ),
        ]
      : []),
  ]);
  const thread = rows[0];
  if (!thread) throw new NotFoundError('Thread', threadId);
  const found = (checked[0] ?? []) as { id: string }[];
  const missing = named?.find((id) => !found.some((row) => row.id === id));
  if (missing !== undefined) throw new NotFoundError('ThreadMessage', missing);
  return { thread, changedCount: changes(result) };
}
