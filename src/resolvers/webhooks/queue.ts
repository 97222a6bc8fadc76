import { logEvent } from '../../log';

/** A message of the webhook queue: one attempt of one delivery. */
export interface WebhookMessage {
  kind: 'webhook-delivery';
  deliveryId: string;
  /** The attempt this message is for (the delivery's `attempts` after it): a stale or duplicate message finds the delivery past it and is dropped. */
  attempt: number;
}

/** Cloudflare Queues send at most 100 messages per sendBatch. */
const SEND_BATCH = 100;

/**
 * Puts attempts on the webhook queue. A failure is logged, not thrown: the deliveries stay
 * `pending` with their time due, and the frequent cron sends what is overdue (at-least-once).
 */
export async function enqueueAttempts(
  env: Env,
  attempts: readonly { deliveryId: string; attempt: number; delaySeconds?: number }[],
): Promise<boolean> {
  try {
    for (let i = 0; i < attempts.length; i += SEND_BATCH) {
      await env.WEBHOOK_QUEUE.sendBatch(
        attempts.slice(i, i + SEND_BATCH).map(({ deliveryId, attempt, delaySeconds }) => ({
          body: { kind: 'webhook-delivery', deliveryId, attempt } satisfies WebhookMessage,
          contentType: 'json',
          ...(delaySeconds ? { delaySeconds } : {}),
        })),
      );
    }
    return true;
  } catch (error) {
    logEvent('error', 'webhook attempts not enqueued; the cron will send them', {
      count: attempts.length,
      error: error instanceof Error ? error.message : String(error),
    });
    return false;
  }
}

/** The message's shape, or null when it is not one of ours. */
export function webhookMessageOf(body: unknown): WebhookMessage | null {
  const message = body as Partial<WebhookMessage> | null;
  if (
    message?.kind !== 'webhook-delivery' ||
    typeof message.deliveryId !== 'string' ||
    typeof message.attempt !== 'number'
  ) {
    return null;
  }
  return message as WebhookMessage;
}
