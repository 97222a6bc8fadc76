import { and, count, eq, gte, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import type { Db } from '../../db/client';
import {
  auditLogs,
  inboxItems,
  webhookDeliveries,
  webhookDeliveryAttempts,
  webhookEndpoints,
} from '../../db/tables';
import { insertWhere } from '../conditional-insert';
import { domainEvent, subject } from '../domain-events';
import { newId } from '../ids';
import type { PostOutcome } from './post';
import type { WebhookDeliveryRow, WebhookEndpointRow } from './webhooks';

/** While an attempt runs, the sweep leaves its delivery alone this long (its POST times out well before). */
const ATTEMPT_LEASE_MS = 5 * 60_000;

const later = (now: Date, ms: number) => new Date(now.getTime() + ms).toISOString();

/**
 * Takes attempt `attempt` of a delivery: only while it is `pending` and that attempt is the
 * next (a duplicate or stale queue message finds it taken and gets null). Returns the delivery
 * and its endpoint, in one batch.
 */
export async function claimAttempt(
  db: Db,
  deliveryId: string,
  attempt: number,
  now: Date,
): Promise<{ delivery: WebhookDeliveryRow; endpoint: WebhookEndpointRow } | null> {
  const [claimed, endpoints] = await db.batch([
    db
      .update(webhookDeliveries)
      .set({ attempts: attempt, nextAttemptAt: later(now, ATTEMPT_LEASE_MS) })
      .where(
        and(
          eq(webhookDeliveries.id, deliveryId),
          eq(webhookDeliveries.status, 'pending'),
          eq(webhookDeliveries.attempts, attempt - 1),
        ),
      )
      .returning(),
    db
      .select()
      .from(webhookEndpoints)
      .where(
        sql`${webhookEndpoints.id} = (select ${webhookDeliveries.endpointId} from ${webhookDeliveries} where ${webhookDeliveries.id} = ${deliveryId})`,
      ),
  ]);
  const delivery = claimed[0];
  const endpoint = endpoints[0];
  return delivery && endpoint ? { delivery, endpoint } : null;
}

/** Attempts made to an endpoint since `since` (the per-endpoint rate). */
export async function attemptsSince(db: Db, endpointId: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(webhookDeliveryAttempts)
    .where(
      and(
        eq(webhookDeliveryAttempts.endpointId, endpointId),
        gte(webhookDeliveryAttempts.startedAt, since.toISOString()),
      ),
    );
  return row?.n ?? 0;
}

/** Gives a claimed attempt back without making it (the endpoint's rate is used up): due at `due`. */
export async function postponeAttempt(db: Db, delivery: WebhookDeliveryRow, due: Date) {
  await db
    .update(webhookDeliveries)
    .set({ attempts: delivery.attempts - 1, nextAttemptAt: due.toISOString() })
    .where(
      and(
        eq(webhookDeliveries.id, delivery.id),
        eq(webhookDeliveries.attempts, delivery.attempts),
        eq(webhookDeliveries.status, 'pending'),
      ),
    );
}

function attemptRow(delivery: WebhookDeliveryRow, startedAt: Date, outcome: PostOutcome) {
  return {
    id: newId('wha'),
    deliveryId: delivery.id,
    endpointId: delivery.endpointId,
    attempt: delivery.attempts,
    startedAt: startedAt.toISOString(),
    statusCode: outcome.statusCode,
    latencyMs: outcome.latencyMs,
    error: outcome.error,
    responseBody: outcome.responseBody,
  };
}

/** The delivery row as long as this attempt is still its latest (a redelivery did not restart it). */
const stillThisAttempt = (delivery: WebhookDeliveryRow) =>
  and(
    eq(webhookDeliveries.id, delivery.id),
    eq(webhookDeliveries.attempts, delivery.attempts),
    eq(webhookDeliveries.status, 'pending'),
  );

/** A 2xx: the delivery succeeded, and the endpoint's run of failed deliveries ends. */
export async function recordSuccess(
  db: Db,
  delivery: WebhookDeliveryRow,
  startedAt: Date,
  outcome: PostOutcome,
) {
  const now = new Date().toISOString();
  await db.batch([
    db.insert(webhookDeliveryAttempts).values(attemptRow(delivery, startedAt, outcome)),
    db
      .update(webhookDeliveries)
      .set({
        status: 'succeeded',
        lastStatusCode: outcome.statusCode,
        lastError: null,
        completedAt: now,
        nextAttemptAt: null,
      })
      .where(stillThisAttempt(delivery)),
    db
      .update(webhookEndpoints)
      .set({ consecutiveFailures: 0 })
      .where(eq(webhookEndpoints.id, delivery.endpointId)),
  ]);
}

/** A failed attempt with time left: the next one is due in `delaySeconds`. */
export async function recordRetry(
  db: Db,
  delivery: WebhookDeliveryRow,
  startedAt: Date,
  outcome: PostOutcome,
  delaySeconds: number,
) {
  await db.batch([
    db.insert(webhookDeliveryAttempts).values(attemptRow(delivery, startedAt, outcome)),
    db
      .update(webhookDeliveries)
      .set({
        lastStatusCode: outcome.statusCode,
        lastError: outcome.error,
        nextAttemptAt: later(new Date(), delaySeconds * 1000),
      })
      .where(stillThisAttempt(delivery)),
  ]);
}

/**
 * The delivery ends `failed` (its last attempt failed, or it could not be attempted): one more
 * failed delivery in a row for the endpoint; at `disableAfter` the endpoint is disabled and its
 * owner finds an inbox item (with its domain event) and the audit trail a row, all in the batch
 * of the change and only when this batch is the one that disabled it.
 */
export async function recordFailure(
  db: Db,
  delivery: WebhookDeliveryRow,
  endpoint: WebhookEndpointRow,
  attempt: { startedAt: Date; outcome: PostOutcome } | null,
  reason: string,
  disableAfter: number,
) {
  const now = new Date().toISOString();
  const inboxId = newId('inb');
  const disabledReason = `Disabled after ${disableAfter} failed deliveries in a row (last: ${reason})`;
  const thisEndpoint = eq(webhookEndpoints.id, endpoint.id);
  const statements: BatchItem<'sqlite'>[] = [
    ...(attempt
      ? [
          db
            .insert(webhookDeliveryAttempts)
            .values(attemptRow(delivery, attempt.startedAt, attempt.outcome)),
        ]
      : []),
    db
      .update(webhookDeliveries)
      .set({
        status: 'failed',
        lastStatusCode: attempt?.outcome.statusCode ?? null,
        lastError: reason,
        completedAt: now,
        nextAttemptAt: null,
      })
      .where(stillThisAttempt(delivery)),
    db
      .update(webhookEndpoints)
      .set({ consecutiveFailures: sql`${webhookEndpoints.consecutiveFailures} + 1` })
      .where(and(thisEndpoint, sql`changes() > 0`)),
    db
      .update(webhookEndpoints)
      .set({ status: 'disabled', disabledReason, updatedAt: now })
      .where(
        and(
          thisEndpoint,
          eq(webhookEndpoints.status, 'enabled'),
          gte(webhookEndpoints.consecutiveFailures, disableAfter),
        ),
      ),
    insertWhere(
      db,
      inboxItems,
      {
        id: inboxId,
        userId: endpoint.ownerId,
        kind: 'system',
        title: 'A webhook endpoint was disabled',
        body: `${endpoint.url}: ${disabledReason}. Fix the receiver, then enable it again (updateWebhookEndpoint) and redeliver what it missed.`,
        subjectType: 'webhook_endpoint',
        subjectId: endpoint.id,
        isRead: false,
        readAt: null,
        archivedAt: null,
        createdAt: now,
      },
      sql`changes() > 0`,
    ),
    domainEvent(db, {
      type: 'inbox_item.created',
      userId: endpoint.ownerId,
      subjectId: subject('InboxItem', inboxId),
      actorId: null,
      payload: { kind: 'system' },
    }),
    insertWhere(
      db,
      auditLogs,
      {
        id: newId('aud'),
        actorId: null,
        action: 'webhook_endpoint.disable',
        targetType: 'WebhookEndpoint',
        targetId: endpoint.id,
        changesJson: JSON.stringify({ status: { from: 'enabled', to: 'disabled' }, reason }),
        requestId: null,
        createdAt: now,
      },
      sql`exists (select 1 from ${inboxItems} where ${inboxItems.id} = ${inboxId})`,
    ),
  ];
  await db.batch(statements as [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]]);
}

/**
 * Ends a delivery without counting it against the endpoint: `skipped` (the owner may not see
 * the subject now, or it is gone), or `failed` when the endpoint was disabled meanwhile. The
 * attempt it claimed is given back (no POST was made): its log shows as many attempts as POSTs.
 */
export async function endDelivery(
  db: Db,
  delivery: WebhookDeliveryRow,
  status: 'skipped' | 'failed',
  reason: string,
) {
  await db
    .update(webhookDeliveries)
    .set({
      status,
      attempts: delivery.attempts - 1,
      lastError: reason,
      completedAt: new Date().toISOString(),
      nextAttemptAt: null,
    })
    .where(stillThisAttempt(delivery));
}
