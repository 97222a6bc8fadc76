import { sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { createDb } from '../db/client';
import { threadInvites, threads } from '../db/tables';
import { inviteEmailMessage } from '../email/invite-email';
import { logEvent } from '../log';
import { changes } from '../resolvers/d1-errors';
import {
  FAILED_UPDATE_INDEX,
  failInviteEmails,
  INVITE_CLOSED_BEFORE_EMAIL,
  INVITE_EMAIL_GIVE_UP_HOURS,
  INVITE_EMAIL_REQUEUE_AFTER_MINUTES,
  type InviteColumns,
} from '../resolvers/threads/invite-delivery';
import { tableAs } from '../resolvers/threads/sql-helpers';
import type { ScheduledJob } from './job';

/** Messages per sendBatch (a Queues limit) and invites claimed per statement. */
const REQUEUE_CHUNK = 100;
/** Chunks per run: a backlog larger than this waits for the next run. */
const MAX_REQUEUE_CHUNKS = 10;

const thr = alias(threads, 'sweep_thread');

const TIMED_OUT_REASON = `Not sent within ${INVITE_EMAIL_GIVE_UP_HOURS} hours: the email could not be queued or delivered.`;

/**
 * Gives up on invite emails still `queued` past the maximum age: `failed` with the reason,
 * audited, the owner told when the invite still waits for an answer. One batch.
 */
async function giveUp(env: Env, now: Date): Promise<number> {
  const db = createDb(env.DB);
  const before = new Date(now.getTime() - INVITE_EMAIL_GIVE_UP_HOURS * 3600_000).toISOString();
  const at = now.toISOString();
  const old = (invite: InviteColumns) => sql`${invite.createdAt} <= ${before}`;
  const results = await db.batch([
    ...failInviteEmails(
      db,
      (invite) => sql`${old(invite)} and ${invite.status} = 'pending'`,
      TIMED_OUT_REASON,
      'sweep',
      at,
    ),
    ...failInviteEmails(
      db,
      (invite) => sql`${old(invite)} and ${invite.status} != 'pending'`,
      INVITE_CLOSED_BEFORE_EMAIL,
      'sweep',
      at,
    ),
  ]);
  // Two calls' statements in a row: each has its update at FAILED_UPDATE_INDEX.
  const second = FAILED_UPDATE_INDEX + 1;
  return changes(results[FAILED_UPDATE_INDEX]) + changes(results[second + FAILED_UPDATE_INDEX]);
}

/**
 * Re-enqueues invite emails still `queued` a while after their message was queued, for invites
 * still open. Each chunk is claimed first (its `email_queued_at` moved to now, in SQL, so two
 * runs cannot both take it) and then sent; a Worker dying in between leaves the chunk for a run
 * after the timeout again. The messages carry invite ids only: the consumer derives the tokens.
 */
async function requeue(env: Env, now: Date): Promise<number> {
  const db = createDb(env.DB);
  const at = now.toISOString();
  const lostBefore = new Date(
    now.getTime() - INVITE_EMAIL_REQUEUE_AFTER_MINUTES * 60_000,
  ).toISOString();
  const youngerThan = new Date(now.getTime() - INVITE_EMAIL_GIVE_UP_HOURS * 3600_000).toISOString();
  const lost = sql`${threadInvites.emailStatus} = 'queued' and ${threadInvites.status} = 'pending'
    and ${threadInvites.expiresAt} > ${at} and ${threadInvites.createdAt} > ${youngerThan}
    and coalesce(${threadInvites.emailQueuedAt}, ${threadInvites.createdAt}) <= ${lostBefore}
    and exists (select 1 from ${tableAs(thr)} where ${thr.id} = ${threadInvites.threadId} and ${thr.status} = 'active')`;
  let requeued = 0;
  for (let chunk = 0; chunk < MAX_REQUEUE_CHUNKS; chunk++) {
    const claimed = await db
      .update(threadInvites)
      .set({ emailQueuedAt: at })
      .where(
        sql`${threadInvites.id} in (select ${threadInvites.id} from ${threadInvites} where ${lost} limit ${REQUEUE_CHUNK})`,
      )
      .returning({ id: threadInvites.id });
    if (claimed.length === 0) break;
    try {
      await env.EMAIL_QUEUE.sendBatch(
        claimed.map(({ id }) => ({ body: inviteEmailMessage(id), contentType: 'json' as const })),
      );
      requeued += claimed.length;
    } catch (error) {
      // Claimed but not sent: they come up again after the timeout.
      logEvent('error', 'lost invite emails could not be queued again', {
        inviteIds: claimed.map(({ id }) => id),
        error: error instanceof Error ? error.message : String(error),
      });
      break;
    }
    if (claimed.length < REQUEUE_CHUNK) break;
  }
  return requeued;
}

/** The cron's sweep of invite emails left `queued`: re-enqueue the lost, give up on the old. */
export async function sweepInviteDeliveries(env: Env, now: Date) {
  const failed = await giveUp(env, now);
  const requeued = await requeue(env, now);
  logEvent('info', 'invite email sweep', { requeued, failed });
  return { requeued, failed };
}

export const inviteDeliverySweepJob: ScheduledJob = {
  name: 'invite-delivery-sweep',
  cadence: 'frequent',
  run: async (env, scheduledTime) => {
    await sweepInviteDeliveries(env, scheduledTime);
  },
};
