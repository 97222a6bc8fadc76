import { eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { createDb } from '../db/client';
import { threadInvites, threads, users } from '../db/tables';
import { EmailSendError, type EmailSender, emailSenderFor } from '../email';
import { isInviteEmailMessage, renderInviteEmail } from '../email/invite-email';
import {
  isListActivityEmailMessage,
  type ListActivityEmailMessage,
} from '../email/list-activity-email';
import { logEvent } from '../log';
import { digestInviteToken } from '../resolvers/threads/tokens';
import { handleListActivityEmails } from './list-activity-emails';

/**
 * Attempts per email before the invite is marked failed. Keep it equal to `max_retries` of the
 * invite-emails consumer in wrangler.toml, so the last attempt we make is the last one the queue
 * would deliver.
 */
export const INVITE_EMAIL_MAX_ATTEMPTS = 5;
const BACKOFF_BASE_SECONDS = 30;
const BACKOFF_MAX_SECONDS = 3600;

/** Exponential backoff: 30 s, 60 s, 120 s ... up to an hour. */
export function retryDelaySeconds(attempt: number): number {
  return Math.min(BACKOFF_BASE_SECONDS * 2 ** Math.max(0, attempt - 1), BACKOFF_MAX_SECONDS);
}

const owner = alias(users, 'owner');

/**
 * The Worker's queue consumer for invite emails. Each message carries an invite id and the raw
 * token; the email is rendered with the `/i/:token` link and sent. Logs name invite ids only.
 */
export async function handleInviteEmailBatch(
  batch: MessageBatch<unknown>,
  env: Env,
  sender: EmailSender = emailSenderFor(env),
): Promise<void> {
  const db = createDb(env.DB);
  // List activity emails share this queue (src/jobs/list-activity-emails.ts).
  const listActivity = batch.messages.filter((message) =>
    isListActivityEmailMessage(message.body),
  ) as Message<ListActivityEmailMessage>[];
  if (listActivity.length > 0) await handleListActivityEmails(listActivity, env, sender);
  const valid = batch.messages.filter((message) => {
    if (isInviteEmailMessage(message.body)) return true;
    if (isListActivityEmailMessage(message.body)) return false;
    logEvent('error', 'invite email message malformed; dropped', { messageId: message.id });
    message.ack();
    return false;
  }) as Message<{ inviteId: string; token: string }>[];
  if (valid.length === 0) return;

  const rows = await db
    .select({
      invite: threadInvites,
      threadTitle: threads.title,
      threadDescription: threads.description,
      threadStatus: threads.status,
      ownerName: owner.displayName,
    })
    .from(threadInvites)
    .innerJoin(threads, eq(threads.id, threadInvites.threadId))
    .innerJoin(owner, eq(owner.id, threads.userId))
    .where(
      inArray(
        threadInvites.id,
        valid.map((message) => message.body.inviteId),
      ),
    );
  const byId = new Map(rows.map((row) => [row.invite.id, row]));
  const origin = env.PUBLIC_ORIGIN.replace(/\/+$/, '');

  await Promise.all(
    valid.map(async (message) => {
      const { inviteId, token } = message.body;
      const row = byId.get(inviteId);
      if (!row || row.invite.token !== (await digestInviteToken(token))) {
        logEvent('error', 'invite email for an unknown invite; dropped', { inviteId });
        message.ack();
        return;
      }
      const { invite } = row;
      if (
        invite.emailStatus === 'sent' ||
        invite.status !== 'pending' ||
        invite.expiresAt <= new Date().toISOString() ||
        row.threadStatus !== 'active'
      ) {
        logEvent('info', 'invite email not needed any more; skipped', {
          inviteId,
          status: invite.status,
          emailStatus: invite.emailStatus,
        });
        message.ack();
        return;
      }
      const email = renderInviteEmail({
        inviteId,
        to: invite.email,
        candidateName: invite.candidateName,
        reason: invite.candidateReason,
        ownerName: row.ownerName,
        threadTitle: row.threadTitle,
        threadDescription: row.threadDescription,
        expiresAt: invite.expiresAt,
        link: `${origin}/i/${token}`,
      });
      try {
        await sender.send(email);
        await db
          .update(threadInvites)
          .set({
            emailStatus: 'sent',
            emailAttempts: sql`${threadInvites.emailAttempts} + 1`,
            emailError: null,
          })
          .where(eq(threadInvites.id, inviteId));
        logEvent('info', 'invite email sent', { inviteId, sender: sender.kind });
        message.ack();
      } catch (error) {
        const retryable = !(error instanceof EmailSendError) || error.retryable;
        // Provider messages are short and ours; still, never let the token reach a log or row.
        const reason = (error instanceof Error ? error.message : String(error))
          .replaceAll(token, '[token]')
          .slice(0, 300);
        const last = !retryable || message.attempts >= INVITE_EMAIL_MAX_ATTEMPTS;
        await db
          .update(threadInvites)
          .set({
            emailAttempts: sql`${threadInvites.emailAttempts} + 1`,
            emailError: reason,
            ...(last ? { emailStatus: 'failed' as const } : {}),
          })
          .where(eq(threadInvites.id, inviteId));
        if (last) {
          logEvent('error', 'invite email failed for good', {
            inviteId,
            attempts: message.attempts,
            error: reason,
          });
          message.ack();
        } else {
          const delaySeconds = retryDelaySeconds(message.attempts);
          logEvent('warn', 'invite email failed; retrying', {
            inviteId,
            attempts: message.attempts,
            delaySeconds,
            error: reason,
          });
          message.retry({ delaySeconds });
        }
      }
    }),
  );
}
