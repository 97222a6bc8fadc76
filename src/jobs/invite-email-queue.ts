import { eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { createDb } from '../db/client';
import { threadInvites, threads, users } from '../db/tables';
import { EmailSendError, type EmailSender, emailSenderFor } from '../email';
import {
  type InviteEmailMessage,
  isInviteEmailMessage,
  renderInviteEmail,
} from '../email/invite-email';
import { logEvent } from '../log';
import {
  failInviteEmails,
  INVITE_CLOSED_BEFORE_EMAIL,
  INVITE_EXPIRED_BEFORE_EMAIL,
} from '../resolvers/threads/invite-delivery';
import { digestInviteToken, inviteTokenSigner } from '../resolvers/threads/tokens';
import { EMAIL_MAX_ATTEMPTS, retryDelaySeconds } from './email-retry';

const owner = alias(users, 'owner');

const UNDERIVABLE_REASON =
  'Its link cannot be made again (the invite predates derived tokens, or INVITE_TOKEN_SECRET changed).';

/** The well-formed invite messages; the others are logged and acked (no retry can help them). */
function inviteMessages(messages: readonly Message<unknown>[]): Message<InviteEmailMessage>[] {
  return messages.filter((message) => {
    if (isInviteEmailMessage(message.body)) return true;
    logEvent('error', 'invite email message malformed; dropped', { messageId: message.id });
    message.ack();
    return false;
  }) as Message<InviteEmailMessage>[];
}

/**
 * The invite emails of the email queue. Each message carries an invite id; the token is derived
 * again (INVITE_TOKEN_SECRET) and checked against the stored digest, the email is rendered with
 * the `/i/:token` link and sent. Logs name invite ids only. The last failed attempt ends the
 * delivery: `failed`, audited, the owner told.
 */
export async function deliverInviteEmails(
  messages: readonly Message<unknown>[],
  env: Env,
  sender: EmailSender = emailSenderFor(env),
): Promise<void> {
  const db = createDb(env.DB);
  const valid = inviteMessages(messages);
  if (valid.length === 0) return;
  let signer: ReturnType<typeof inviteTokenSigner> | null = null;
  // Messages queued before tokens were derived carry theirs; the others get it derived again.
  const tokenOf = async ({ inviteId, token }: InviteEmailMessage) => {
    if (token !== undefined) return token;
    signer ??= inviteTokenSigner(env);
    return (await signer)(inviteId);
  };

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
      const { inviteId } = message.body;
      const token = await tokenOf(message.body);
      const row = byId.get(inviteId);
      if (
        row &&
        message.body.token === undefined &&
        row.invite.token !== (await digestInviteToken(token))
      ) {
        // The invite's token cannot be made again (it predates derived tokens, or the secret
        // changed): no email can ever carry its link.
        await db.batch(
          failInviteEmails(
            db,
            (invite) => sql`${invite.id} = ${inviteId}`,
            UNDERIVABLE_REASON,
            'consumer',
            new Date().toISOString(),
          ),
        );
        logEvent('error', 'invite token cannot be derived again; invite email failed', {
          inviteId,
        });
        message.ack();
        return;
      }
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
        // Still `queued`: say now that it will not go (the owner saw QUEUED on an archived
        // thread for hours, until the sweep gave up on it).
        if (invite.emailStatus === 'queued') {
          await db.batch(
            failInviteEmails(
              db,
              (candidate) => sql`${candidate.id} = ${inviteId}`,
              invite.status === 'pending' && row.threadStatus === 'active'
                ? INVITE_EXPIRED_BEFORE_EMAIL
                : INVITE_CLOSED_BEFORE_EMAIL,
              'consumer',
              new Date().toISOString(),
            ),
          );
        }
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
        const last = !retryable || message.attempts >= EMAIL_MAX_ATTEMPTS;
        const attempted = db
          .update(threadInvites)
          .set({ emailAttempts: sql`${threadInvites.emailAttempts} + 1`, emailError: reason })
          .where(eq(threadInvites.id, inviteId));
        if (last) {
          await db.batch([
            attempted,
            ...failInviteEmails(
              db,
              (invite) => sql`${invite.id} = ${inviteId}`,
              reason,
              'consumer',
              new Date().toISOString(),
            ),
          ]);
          logEvent('error', 'invite email failed for good', {
            inviteId,
            attempts: message.attempts,
            error: reason,
          });
          message.ack();
        } else {
          await attempted;
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

const DEAD_LETTER_REASON = 'The email queue gave up on it after its retries (dead-letter queue).';

/**
 * Invite emails that reached the dead-letter queue: the queue will not deliver them again, so
 * each invite still `queued` ends as `failed`, audited, its owner told. One batch for all.
 */
export async function deadInviteEmails(
  messages: readonly Message<unknown>[],
  env: Env,
): Promise<void> {
  const valid = inviteMessages(messages);
  if (valid.length === 0) return;
  const db = createDb(env.DB);
  // A batch holds at most max_batch_size (10) messages: well under D1's 100 bound parameters.
  const ids = valid.map((message) => message.body.inviteId);
  await db.batch(
    failInviteEmails(
      db,
      (invite) => inArray(invite.id, ids),
      DEAD_LETTER_REASON,
      'dead_letter',
      new Date().toISOString(),
    ),
  );
  logEvent('error', 'dead-lettered invite emails marked failed', { inviteIds: ids });
  for (const message of valid) message.ack();
}
