import { and, asc, eq, gte, isNull, lt, ne, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { createDb, type Db } from '../db/client';
import {
  listActivity,
  listActivityDigests,
  listItems,
  listMembers,
  lists,
  users,
} from '../db/tables';
import { EmailSendError, type EmailSender, emailSenderFor, type OutgoingEmail } from '../email';
import {
  DIGEST_MAX_ENTRIES,
  isListActivityEmailMessage,
  type ListActivityEmailMessage,
  type ListActivityFacts,
  type Recipient,
  renderListActivityDigest,
  renderListActivityEmail,
} from '../email/list-activity-email';
import { logEvent } from '../log';
import { asUser, listVisibleTo } from '../resolvers/access';
import { utcDayBounds } from '../resolvers/admin/daily-summaries';
import { newId, nowIso } from '../resolvers/ids';
import type { DeliveryPreference } from '../resolvers/lists/lists';
import { EMAIL_MAX_ATTEMPTS, retryDelaySeconds } from './email-retry';

const actor = alias(users, 'activity_actor');

/** An email ready to go, and what to record once it went (the digest's row). */
interface Ready {
  email: OutgoingEmail;
  afterSend?: () => Promise<unknown>;
}

/**
 * The change's rows as `recipientId` may read them: only while they are still a member of the
 * list with delivery preference `preference`, still see the list, and the entry still exists (a
 * removed entry is never named). List entries are seen by whoever sees their list: the list rule
 * (`listVisibleTo`, asked for the recipient) is checked even though members see their lists
 * today, so emails follow that one rule if it ever narrows.
 */
function visibleActivity(
  db: Db,
  recipientId: string,
  preference: DeliveryPreference,
  where: ReturnType<typeof and>,
) {
  return db
    .select({
      id: listActivity.id,
      kind: listActivity.kind,
      at: listActivity.createdAt,
      itemTitle: listItems.title,
      listId: lists.id,
      listName: lists.name,
      actorName: actor.displayName,
      // Every matching row, before any LIMIT: a digest lists the first ones and counts them all.
      total: sql<number>`count(*) over ()`.as('activity_total'),
    })
    .from(listActivity)
    .innerJoin(listItems, eq(listItems.id, listActivity.listItemId))
    .innerJoin(lists, eq(lists.id, listActivity.listId))
    .innerJoin(
      listMembers,
      and(
        eq(listMembers.listId, listActivity.listId),
        eq(listMembers.userId, recipientId),
        eq(listMembers.deliveryPreference, preference),
      ),
    )
    .leftJoin(actor, eq(actor.id, listActivity.actorId))
    .where(
      and(
        where,
        // Nobody hears of their own changes.
        or(isNull(listActivity.actorId), ne(listActivity.actorId, recipientId)),
        listVisibleTo(asUser(recipientId), listActivity.listId),
      ),
    );
}

async function recipientOf(db: Db, id: string): Promise<Recipient | null> {
  const rows = await db
    .select({ id: users.id, email: users.email, name: users.displayName })
    .from(users)
    .where(eq(users.id, id));
  return rows[0] ?? null;
}

/** The email of one change, or null when it is no longer due (see `visibleActivity`). */
async function instantEmail(
  db: Db,
  recipientId: string,
  activityId: string,
): Promise<Ready | null> {
  const [recipient, rows] = await Promise.all([
    recipientOf(db, recipientId),
    visibleActivity(db, recipientId, 'instant', eq(listActivity.id, activityId)),
  ]);
  const fact = rows[0];
  if (!recipient || !fact) return null;
  return { email: renderListActivityEmail(recipient, activityId, fact as ListActivityFacts) };
}

/**
 * The digest of one UTC day for one user: every change of that day on the lists where they
 * chose `daily_digest`, or null when there is none or their digest of that day already went.
 */
async function digestEmail(db: Db, recipientId: string, day: string): Promise<Ready | null> {
  const { start, end } = utcDayBounds(day);
  const inDay = and(gte(listActivity.createdAt, start), lt(listActivity.createdAt, end));
  const [recipient, sent, rows] = await Promise.all([
    recipientOf(db, recipientId),
    db
      .select({ id: listActivityDigests.id })
      .from(listActivityDigests)
      .where(
        and(eq(listActivityDigests.userId, recipientId), eq(listActivityDigests.digestDate, day)),
      ),
    visibleActivity(db, recipientId, 'daily_digest', inDay)
      .orderBy(asc(lists.name), asc(lists.id), asc(listActivity.createdAt), asc(listActivity.id))
      .limit(DIGEST_MAX_ENTRIES),
  ]);
  const total = Number(rows[0]?.total ?? 0);
  if (!recipient || sent.length > 0 || total === 0) return null;
  return {
    email: renderListActivityDigest(recipient, day, rows as ListActivityFacts[], total),
    afterSend: () =>
      db
        .insert(listActivityDigests)
        .values({
          id: newId('lad'),
          userId: recipientId,
          digestDate: day,
          activityCount: total,
          sentAt: nowIso(),
        })
        .onConflictDoNothing(),
  };
}

/**
 * The queue consumer's part for list activity messages (`kind: 'list_activity'`): renders each
 * email from the rows as they are now and sends it; failures retry with the invite emails'
 * backoff, and give up (logged) after the queue's last attempt or on a permanent error.
 */
export async function handleListActivityEmails(
  messages: readonly Message<ListActivityEmailMessage>[],
  env: Env,
  sender: EmailSender,
): Promise<void> {
  const db = createDb(env.DB);
  await Promise.all(
    messages.map(async (message) => {
      const body = message.body;
      const about =
        'activityId' in body
          ? { recipientId: body.recipientId, activityId: body.activityId }
          : { recipientId: body.recipientId, digestDay: body.digestDay };
      const ready =
        'activityId' in body
          ? await instantEmail(db, body.recipientId, body.activityId)
          : await digestEmail(db, body.recipientId, body.digestDay);
      if (!ready) {
        logEvent('info', 'list activity email not due any more; skipped', about);
        message.ack();
        return;
      }
      try {
        await sender.send(ready.email);
        await ready.afterSend?.();
        logEvent('info', 'list activity email sent', { ...about, sender: sender.kind });
        message.ack();
      } catch (error) {
        const retryable = !(error instanceof EmailSendError) || error.retryable;
        const reason = (error instanceof Error ? error.message : String(error)).slice(0, 300);
        if (retryable && message.attempts < EMAIL_MAX_ATTEMPTS) {
          const delaySeconds = retryDelaySeconds(message.attempts);
          logEvent('warn', 'list activity email failed; retrying', {
            ...about,
            attempts: message.attempts,
            delaySeconds,
            error: reason,
          });
          message.retry({ delaySeconds });
        } else {
          logEvent('error', 'list activity email failed for good', {
            ...about,
            attempts: message.attempts,
            error: reason,
          });
          message.ack();
        }
      }
    }),
  );
}

/** The email queue's handler for `kind: 'list_activity'` (src/jobs/email-queue.ts). */
export async function deliverListActivityEmails(
  messages: readonly Message<unknown>[],
  env: Env,
  sender: EmailSender = emailSenderFor(env),
): Promise<void> {
  const valid = messages.filter((message) => {
    if (isListActivityEmailMessage(message.body)) return true;
    logEvent('error', 'list activity email message malformed; dropped', { messageId: message.id });
    message.ack();
    return false;
  }) as Message<ListActivityEmailMessage>[];
  if (valid.length > 0) await handleListActivityEmails(valid, env, sender);
}

/**
 * The dead-letter queue's handler for list activity: nothing waits on these emails (the activity
 * is in the list itself), so the loss is logged, with ids only, and the message acked.
 */
export async function deadListActivityEmails(messages: readonly Message<unknown>[]): Promise<void> {
  for (const message of messages) {
    logEvent('error', 'list activity email given up by the queue', { messageId: message.id });
    message.ack();
  }
}
