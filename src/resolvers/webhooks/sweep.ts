import { and, eq, inArray, isNotNull, lt } from 'drizzle-orm';
import { createDb } from '../../db/client';
import { webhookDeliveries } from '../../db/tables';
import { dispatchWebhookEvents } from './dispatch';
import { enqueueAttempts } from './queue';

/** Runs of the dispatcher per cron tick at most (each matches up to 500 events). */
const DISPATCH_RUNS = 20;
/** A pending delivery this far past its time lost its queue message (or its Worker). */
const OVERDUE_MS = 10 * 60_000;
const RESENT_PER_RUN = 500;

/**
 * The frequent cron's catch-up: matches events no request dispatched (a Worker that stopped
 * between commit and dispatch), then sends again every pending delivery well past its time (its
 * enqueue failed, its message was dead-lettered, its Worker died mid-attempt). Its time moves
 * on in the same statement, so the next run does not send it twice; a duplicate message is
 * harmless anyway (an attempt is claimed once).
 */
export async function catchUpWebhooks(env: Env, now: Date): Promise<void> {
  for (let run = 0; run < DISPATCH_RUNS; run++) {
    if (!(await dispatchWebhookEvents(env)).matchedEvents) break;
  }
  const db = createDb(env.DB);
  const overdue = db
    .select({ id: webhookDeliveries.id })
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.status, 'pending'),
        lt(webhookDeliveries.nextAttemptAt, new Date(now.getTime() - OVERDUE_MS).toISOString()),
      ),
    )
    .limit(RESENT_PER_RUN);
  const resent = await db
    .update(webhookDeliveries)
    .set({ nextAttemptAt: now.toISOString() })
    .where(inArray(webhookDeliveries.id, overdue))
    .returning({ id: webhookDeliveries.id, attempts: webhookDeliveries.attempts });
  await enqueueAttempts(
    env,
    resent.map(({ id, attempts }) => ({ deliveryId: id, attempt: attempts + 1 })),
  );
}

/** Days a finished delivery (and its attempts) stays in the log. */
export const WEBHOOK_DELIVERY_RETENTION_DAYS = 30;

/** Deletes finished deliveries older than the retention (their attempts go with them). */
export async function pruneWebhookDeliveries(env: Env, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - WEBHOOK_DELIVERY_RETENTION_DAYS * 86_400_000);
  const result = await createDb(env.DB)
    .delete(webhookDeliveries)
    .where(
      and(
        isNotNull(webhookDeliveries.completedAt),
        lt(webhookDeliveries.completedAt, cutoff.toISOString()),
      ),
    );
  return Number(result.meta.changes ?? 0);
}
