import { type SQL, sql } from 'drizzle-orm';
import { alias, type SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../db/client';
import { inboxItems, threadInvites, threads } from '../../db/tables';
import { systemAuditRows } from '../admin/audit';
import { domainEventsFrom, subjectSql } from '../domain-events';
import { insertSelect, tableAs } from './sql-helpers';

/**
 * Minutes after its message was queued that an invite email still `queued` counts as lost (the
 * Worker died before sending, the send failed, the message vanished). Longer than the queue's own
 * retries take (5 attempts, 30 s to 4 min apart), so a message still being retried is left alone.
 */
export const INVITE_EMAIL_REQUEUE_AFTER_MINUTES = 30;
/** Hours after the invite was made that the cron gives up on an email never sent. */
export const INVITE_EMAIL_GIVE_UP_HOURS = 6;

/** Why an invite's email was never sent: the invite stopped waiting for it first. */
export const INVITE_CLOSED_BEFORE_EMAIL =
  'Not sent: the invite was answered or closed before its email went out.';
/** Why an invite's email was never sent: its 72 hours ran out first. */
export const INVITE_EXPIRED_BEFORE_EMAIL =
  'Not sent: the invite expired before its email went out.';
/** Who gave up on an invite email: the consumer's last attempt, the dead-letter queue, the cron. */
export type InviteEmailFailureSource = 'consumer' | 'dead_letter' | 'sweep';

/** The invite columns a filter may use: the table's, or an alias's. */
export type InviteColumns = Record<
  'id' | 'threadId' | 'status' | 'createdAt' | 'emailStatus',
  SQLiteColumn
>;

/** SQL choosing invites, over the invite columns it is given. */
export type InviteFilter = (invite: InviteColumns) => SQL;

const inv = alias(threadInvites, 'failed_invite');
const thr = alias(threads, 'failed_thread');

/** Where the invites' update sits among `failInviteEmails`'s statements (for its changes). */
export const FAILED_UPDATE_INDEX = 3;

/**
 * Ends the delivery of the invite emails that `which` selects and that are still `queued`:
 * `failed` with `reason`, each audited (no actor), and the thread's owner told in their inbox
 * when the invite still waits for an answer in an active thread (nobody saw it: the owner should
 * know), with its `inbox_item.created` event. Statements for ONE batch (the update last, at
 * `FAILED_UPDATE_INDEX`): the inserts come first and share the update's condition, so
 * inside the batch's transaction they record exactly the rows the update then changes, and a
 * second run finds nothing left to record.
 */
export function failInviteEmails(
  db: Db,
  which: InviteFilter,
  reason: string,
  source: InviteEmailFailureSource,
  now: string,
) {
  const stillQueued = (invite: InviteColumns) =>
    sql`${which(invite)} and ${invite.emailStatus} = 'queued'`;
  const toldOwner = sql`from ${tableAs(inv)} join ${tableAs(thr)} on ${thr.id} = ${inv.threadId} where ${stillQueued(inv)} and ${inv.status} = 'pending' and ${thr.status} = 'active'`;
  // Derived, not random, so that the notice's event can name it: one notice per invite and
  // failure time (an invite fails once per time it was queued).
  const noticeId = sql`'inb_' || substr(${inv.id}, 5) || '_' || ${String(Date.parse(now))}`;
  return [
    systemAuditRows(
      db,
      {
        action: 'thread_invite.email_failed',
        targetType: 'ThreadInvite',
        targetId: inv.id,
        changes: sql`json_object('emailStatus', json_object('from', 'queued', 'to', 'failed'), 'reason', ${reason}, 'source', ${source})`,
      },
      sql`from ${tableAs(inv)} where ${stillQueued(inv)}`,
      now,
    ),
    insertSelect(
      db,
      inboxItems,
      {
        id: noticeId,
        userId: thr.userId,
        kind: 'system',
        title: sql`'Your invite to ' || ${inv.candidateName} || ' could not be emailed'`,
        body: sql`'The email inviting ' || ${inv.candidateName} || ' to "' || ${thr.title} || '" could not be delivered, so they have not seen the invite. ' || ${reason}`,
        subjectType: 'thread',
        subjectId: thr.id,
        isRead: false,
        createdAt: now,
      },
      toldOwner,
    ),
    // Its event, under the same condition: the notice's id is known to SQL (`noticeId`).
    domainEventsFrom(
      db,
      {
        type: 'inbox_item.created',
        threadId: inv.threadId,
        userId: thr.userId,
        subjectId: subjectSql('InboxItem', noticeId),
        actorId: null,
        payload: { kind: 'invite_email_failed' },
      },
      toldOwner,
    ),
    db
      .update(threadInvites)
      .set({ emailStatus: 'failed', emailError: reason })
      .where(stillQueued(threadInvites)),
  ] as const;
}
