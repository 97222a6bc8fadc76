import { logEvent } from '../log';
import { deadInviteEmails, deliverInviteEmails } from './invite-email-queue';
import { deadListActivityEmails, deliverListActivityEmails } from './list-activity-emails';

/**
 * One kind of email message on the email queue. Every message body is a JSON object with a
 * `kind` naming its handler; the handler checks the rest of the shape, acks or retries each of
 * its messages on the main queue, and ends the delivery of those that reach the dead-letter queue.
 */
export interface EmailKind {
  deliver: (messages: readonly Message<unknown>[], env: Env) => Promise<void>;
  deadLetter: (messages: readonly Message<unknown>[], env: Env) => Promise<void>;
}

/** The kinds this Worker sends: add a kind here with its two handlers. */
export const EMAIL_KINDS: Record<string, EmailKind> = {
  'thread-invite': { deliver: deliverInviteEmails, deadLetter: deadInviteEmails },
  list_activity: { deliver: deliverListActivityEmails, deadLetter: deadListActivityEmails },
};

/**
 * Each environment's dead-letter queue is named after its queue (wrangler.toml:
 * `invite-emails-dlq`, `invite-emails-staging-dlq`).
 */
export function isDeadLetterQueue(queue: string): boolean {
  return queue.endsWith('-dlq');
}

function kindOf(body: unknown): string | null {
  const kind = (body as { kind?: unknown } | null)?.kind;
  return typeof kind === 'string' && Object.hasOwn(EMAIL_KINDS, kind) ? kind : null;
}

/**
 * Groups a batch by `kind` and hands each group to its kind's `stage` handler. A message of no
 * known kind can never be handled, so it is logged and acked.
 */
async function dispatchByKind(
  batch: MessageBatch<unknown>,
  env: Env,
  stage: keyof EmailKind,
): Promise<void> {
  const byKind = new Map<string, Message<unknown>[]>();
  for (const message of batch.messages) {
    const kind = kindOf(message.body);
    if (!kind) {
      logEvent('error', 'email message of no known kind; dropped', {
        queue: batch.queue,
        messageId: message.id,
      });
      message.ack();
      continue;
    }
    byKind.set(kind, [...(byKind.get(kind) ?? []), message]);
  }
  await Promise.all(
    [...byKind].map(([kind, messages]) => (EMAIL_KINDS[kind] as EmailKind)[stage](messages, env)),
  );
}

/** The email queue: sends each message's email. */
export function deliverEmails(batch: MessageBatch<unknown>, env: Env): Promise<void> {
  return dispatchByKind(batch, env, 'deliver');
}

/** The dead-letter queue: ends the delivery of what the email queue gave up on. */
export function endDeadLetters(batch: MessageBatch<unknown>, env: Env): Promise<void> {
  return dispatchByKind(batch, env, 'deadLetter');
}
