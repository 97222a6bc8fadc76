import { integer, sqliteTable, text, unique } from 'drizzle-orm/sqlite-core';
import { users, workspaces } from './core';
import { isoNow } from './defaults';

// Mirrors db/migrations 0034.

/** A workspace's webhook endpoint: where deliveries go, and its signing secret (encrypted). */
export const webhookEndpoints = sqliteTable('webhook_endpoints', {
  id: text('id').primaryKey(),
  workspaceId: text('workspace_id')
    .notNull()
    .references(() => workspaces.id, { onDelete: 'cascade' }),
  ownerId: text('owner_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  url: text('url').notNull(),
  description: text('description'),
  /** JSON array of the event types it receives. */
  eventTypes: text('event_types').notNull().default('[]'),
  status: text('status', { enum: ['enabled', 'disabled'] })
    .notNull()
    .default('enabled'),
  disabledReason: text('disabled_reason'),
  encryptedSecret: text('encrypted_secret').notNull(),
  previousEncryptedSecret: text('previous_encrypted_secret'),
  previousSecretExpiresAt: text('previous_secret_expires_at'),
  consecutiveFailures: integer('consecutive_failures').notNull().default(0),
  createdAt: text('created_at').notNull().default(isoNow),
  updatedAt: text('updated_at').notNull().default(isoNow),
});

export const WEBHOOK_DELIVERY_STATUSES = ['pending', 'succeeded', 'failed', 'skipped'] as const;

/** One event (or ping) to one endpoint; its id is the `webhook-id` of every attempt. */
export const webhookDeliveries = sqliteTable(
  'webhook_deliveries',
  {
    id: text('id').primaryKey(),
    endpointId: text('endpoint_id')
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: 'cascade' }),
    eventId: integer('event_id'),
    eventType: text('event_type').notNull(),
    subjectId: text('subject_id'),
    occurredAt: text('occurred_at').notNull(),
    status: text('status', { enum: WEBHOOK_DELIVERY_STATUSES }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    roundStartedAt: text('round_started_at'),
    nextAttemptAt: text('next_attempt_at'),
    lastStatusCode: integer('last_status_code'),
    lastError: text('last_error'),
    completedAt: text('completed_at'),
    createdAt: text('created_at').notNull().default(isoNow),
  },
  (t) => [unique().on(t.endpointId, t.eventId)],
);

/** One POST of a delivery: what came back, how long it took. */
export const webhookDeliveryAttempts = sqliteTable('webhook_delivery_attempts', {
  id: text('id').primaryKey(),
  deliveryId: text('delivery_id')
    .notNull()
    .references(() => webhookDeliveries.id, { onDelete: 'cascade' }),
  endpointId: text('endpoint_id').notNull(),
  attempt: integer('attempt').notNull(),
  startedAt: text('started_at').notNull(),
  statusCode: integer('status_code'),
  latencyMs: integer('latency_ms').notNull(),
  error: text('error'),
  responseBody: text('response_body'),
});

/** The dispatcher's place in domain_events (one row, id 1). */
export const webhookDispatchCursor = sqliteTable('webhook_dispatch_cursor', {
  id: integer('id').primaryKey(),
  lastEventId: integer('last_event_id').notNull(),
  updatedAt: text('updated_at').notNull().default(isoNow),
});
