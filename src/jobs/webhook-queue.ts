import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { createDb } from '../db/client';
import { domainEvents, workspaceMembers } from '../db/tables';
import { logEvent } from '../log';
import { MANAGER_ROLES } from '../resolvers/access';
import { subject } from '../resolvers/domain-events';
import {
  attemptsSince,
  claimAttempt,
  endDelivery,
  postponeAttempt,
  recordFailure,
  recordRetry,
  recordSuccess,
} from '../resolvers/webhooks/attempts';
import { PING_EVENT_TYPE, TOMBSTONE_EVENT_TYPES } from '../resolvers/webhooks/event-types';
import { postWebhook } from '../resolvers/webhooks/post';
import {
  enqueueAttempts,
  type WebhookMessage,
  webhookMessageOf,
} from '../resolvers/webhooks/queue';
import { retryDelaySeconds } from '../resolvers/webhooks/schedule';
import { openSigningSecret } from '../resolvers/webhooks/secrets';
import { signedHeaders } from '../resolvers/webhooks/signing';
import { webhookUrlProblem } from '../resolvers/webhooks/url-safety';
import type { WebhookDeliveryRow, WebhookEndpointRow } from '../resolvers/webhooks/webhooks';
import { subjectAsOwner } from './webhook-payload';

/** The webhook queues are told apart from the email queues by name (wrangler.toml). */
export function isWebhookQueue(queue: string): boolean {
  return queue.startsWith('webhook-deliveries');
}

const numberVar = (value: string | undefined, fallback: number) => {
  const parsed = Number(value);
  return Number.isFinite(parsed) && parsed > 0 ? parsed : fallback;
};

/** The JSON body of a delivery, or why it is not sent (`skip`). */
type Payload = { body: string } | { skip: string };

async function payloadOf(
  env: Env,
  db: Db,
  delivery: WebhookDeliveryRow,
  endpoint: WebhookEndpointRow,
): Promise<Payload> {
  const workspaceId = subject('Workspace', endpoint.workspaceId);
  const envelope = (data: Record<string, unknown>) => ({
    body: JSON.stringify({
      id: delivery.id,
      type: delivery.eventType,
      timestamp: delivery.occurredAt,
      data,
    }),
  });
  if (delivery.eventType === PING_EVENT_TYPE) {
    return envelope({ workspaceId, endpointId: subject('WebhookEndpoint', endpoint.id) });
  }
  const [event] =
    delivery.eventId === null
      ? []
      : await db.select().from(domainEvents).where(eq(domainEvents.id, delivery.eventId));
  // An endpoint is a manager's (owner or admin): one who left, or was demoted since, can
  // neither see nor change it any more, so it must not go on receiving events through it.
  const [membership] = await db
    .select({ role: workspaceMembers.role })
    .from(workspaceMembers)
    .where(
      and(
        eq(workspaceMembers.workspaceId, endpoint.workspaceId),
        eq(workspaceMembers.userId, endpoint.ownerId),
      ),
    );
  if (!membership) {
    return { skip: "The endpoint's owner is no longer a member of its workspace." };
  }
  if (!MANAGER_ROLES.includes(membership.role)) {
    return { skip: "The endpoint's owner no longer manages its workspace (owner or admin)." };
  }
  let subjectData = await subjectAsOwner(
    env,
    endpoint.ownerId,
    delivery.subjectId ?? '',
    `webhook:${delivery.id}`,
  );
  if (TOMBSTONE_EVENT_TYPES.includes(delivery.eventType)) {
    // The subject is gone: its visibility can no longer be checked, so a deleted work item is
    // told only to an owner who deleted it (who knew it). A removed membership was visible to
    // every member.
    if (delivery.eventType === 'work_item.deleted' && event?.actorId !== endpoint.ownerId) {
      return { skip: "Deleted by someone else: no longer visible to the endpoint's owner." };
    }
    subjectData = { id: delivery.subjectId };
  }
  if (!subjectData) {
    return { skip: "The subject is not visible to the endpoint's owner at delivery time." };
  }
  return envelope({
    workspaceId,
    subject: subjectData,
    actorId: event?.actorId ? subject('User', event.actorId) : null,
    details: event ? JSON.parse(event.payload) : null,
  });
}

/** The secrets that sign now: the current one, and the previous one within its 24 hours. */
async function signingSecrets(env: Env, endpoint: WebhookEndpointRow, now: Date) {
  const secrets = [await openSigningSecret(env, endpoint.id, endpoint.encryptedSecret)];
  if (
    endpoint.previousEncryptedSecret &&
    endpoint.previousSecretExpiresAt &&
    endpoint.previousSecretExpiresAt > now.toISOString()
  ) {
    secrets.push(await openSigningSecret(env, endpoint.id, endpoint.previousEncryptedSecret));
  }
  return secrets;
}

/** One attempt of one delivery: claim it, build and sign its payload, POST, record the outcome. */
async function attemptDelivery(env: Env, message: WebhookMessage): Promise<void> {
  const db = createDb(env.DB);
  const now = new Date();
  const claim = await claimAttempt(db, message.deliveryId, message.attempt, now);
  // Deleted, already done, or a duplicate/stale message for an attempt already taken.
  if (!claim) return;
  try {
    await attemptClaimed(env, db, message, claim, now);
  } catch (error) {
    // Give the attempt back, so the queue's retry of this message can take it again.
    await postponeAttempt(db, claim.delivery, new Date(now.getTime() + 30_000));
    throw error;
  }
}

/** The claimed attempt: everything after the claim of `attemptDelivery`. */
async function attemptClaimed(
  env: Env,
  db: Db,
  message: WebhookMessage,
  { delivery, endpoint }: { delivery: WebhookDeliveryRow; endpoint: WebhookEndpointRow },
  now: Date,
): Promise<void> {
  if (endpoint.status !== 'enabled') {
    await endDelivery(db, delivery, 'failed', 'The endpoint is disabled.');
    return;
  }
  const perMinute = numberVar(env.WEBHOOK_MAX_DELIVERIES_PER_MINUTE, 300);
  if ((await attemptsSince(db, endpoint.id, new Date(now.getTime() - 60_000))) >= perMinute) {
    const due = new Date(now.getTime() + 60_000);
    await postponeAttempt(db, delivery, due);
    await enqueueAttempts(env, [
      { deliveryId: delivery.id, attempt: message.attempt, delaySeconds: 60 },
    ]);
    return;
  }
  const disableAfter = numberVar(env.WEBHOOK_DISABLE_AFTER_FAILURES, 5);
  const urlProblem = webhookUrlProblem(env, endpoint.url);
  if (urlProblem) {
    await recordFailure(db, delivery, endpoint, null, `URL refused: ${urlProblem}`, disableAfter);
    return;
  }
  const payload = await payloadOf(env, db, delivery, endpoint);
  if ('skip' in payload) {
    await endDelivery(db, delivery, 'skipped', payload.skip);
    return;
  }
  const startedAt = new Date();
  const headers = await signedHeaders(
    await signingSecrets(env, endpoint, startedAt),
    delivery.id,
    Math.floor(startedAt.getTime() / 1000),
    payload.body,
  );
  const outcome = await postWebhook(endpoint.url, headers, payload.body);
  if (outcome.ok) {
    await recordSuccess(db, delivery, startedAt, outcome);
    return;
  }
  const delay = retryDelaySeconds(
    new Date(delivery.roundStartedAt ?? delivery.createdAt),
    new Date(),
  );
  if (delay === null) {
    await recordFailure(
      db,
      delivery,
      endpoint,
      { startedAt, outcome },
      outcome.error ?? 'failed',
      disableAfter,
    );
    return;
  }
  await recordRetry(db, delivery, startedAt, outcome, delay);
  await enqueueAttempts(env, [
    { deliveryId: delivery.id, attempt: message.attempt + 1, delaySeconds: delay },
  ]);
}

/**
 * The webhook queue: one attempt per message. The consumer schedules retries itself (a new
 * message with the backoff delay), so a message is acked once its attempt is recorded; only the
 * consumer's own failures (D1 unavailable...) retry the message, and past the queue's
 * max_retries it lands in the dead-letter queue.
 */
export async function deliverWebhooks(batch: MessageBatch<unknown>, env: Env): Promise<void> {
  await Promise.all(
    batch.messages.map(async (queued) => {
      const message = webhookMessageOf(queued.body);
      if (!message) {
        logEvent('error', 'webhook message of an unknown shape; dropped', { messageId: queued.id });
        queued.ack();
        return;
      }
      try {
        await attemptDelivery(env, message);
        queued.ack();
      } catch (error) {
        logEvent('error', 'webhook attempt failed inside the gateway; retried', {
          deliveryId: message.deliveryId,
          error: error instanceof Error ? error.message : String(error),
        });
        queued.retry({ delaySeconds: 30 });
      }
    }),
  );
}

/**
 * The dead-letter queue: attempts the consumer could not run even after retries. The delivery
 * is left `pending`: once its lease is over, the frequent cron sends it again (webhook-sweep.ts).
 */
export async function endWebhookDeadLetters(batch: MessageBatch<unknown>): Promise<void> {
  for (const queued of batch.messages) {
    const message = webhookMessageOf(queued.body);
    logEvent('error', 'webhook attempt dead-lettered; the cron will send it again', {
      deliveryId: message?.deliveryId ?? null,
      messageId: queued.id,
    });
    queued.ack();
  }
}
