import { sql } from 'drizzle-orm';
import { createDb } from '../../db/client';
import {
  domainEvents,
  webhookDeliveries,
  webhookDispatchCursor,
  webhookEndpoints,
} from '../../db/tables';
import { nowIso } from '../ids';
import { aliased } from '../sql-helpers';
import { insertSelect } from '../threads/sql-helpers';
import { enqueueAttempts } from './queue';

/** Events matched per run: a backlog is worked through by the next runs (the cron's too). */
const EVENTS_PER_RUN = 500;

const { columns: event, from: eventFrom } = aliased(domainEvents, 'dispatch_event');
const { columns: endpoint, from: endpointFrom } = aliased(webhookEndpoints, 'dispatch_endpoint');

/**
 * Matches the committed domain events after the dispatcher's cursor to the enabled endpoints of
 * their workspace subscribed to their type, creates one delivery per (endpoint, event) and
 * enqueues its first attempt; returns how many deliveries it created and whether
 * there were events to match (a full run means more may follow).
 *
 * One D1 batch (a transaction) inserts the deliveries and moves the cursor past the same events,
 * so two Workers running it at once cannot both take an event: the second sees the moved cursor,
 * and UNIQUE(endpoint_id, event_id) with ON CONFLICT DO NOTHING holds even if they overlap.
 * Enqueueing follows the commit; if the Worker dies in between, the deliveries stay `pending`
 * with their time due and the frequent cron sends them (src/jobs/webhook-sweep.ts): every
 * committed event reaches its endpoints at least once.
 */
export async function dispatchWebhookEvents(
  env: Env,
): Promise<{ deliveries: number; matchedEvents: boolean }> {
  const db = createDb(env.DB);
  const now = nowIso();
  const cursor = sql`(select ${webhookDispatchCursor.lastEventId} from ${webhookDispatchCursor} where ${webhookDispatchCursor.id} = 1)`;
  // The last event of this run: the EVENTS_PER_RUN-th after the cursor, or the log's end. A
  // batch is one transaction, so both statements below see the same value.
  const upTo = sql`(select max(id) from (select ${domainEvents.id} as id from ${domainEvents} where ${domainEvents.id} > ${cursor} order by ${domainEvents.id} limit ${EVENTS_PER_RUN}))`;
  const [created, moved] = await db.batch([
    insertSelect(
      db,
      webhookDeliveries,
      {
        id: sql`'msg_' || lower(hex(randomblob(12)))`,
        endpointId: endpoint.id,
        eventId: event.id,
        eventType: event.type,
        subjectId: event.subjectId,
        occurredAt: event.createdAt,
        status: 'pending',
        attempts: 0,
        roundStartedAt: now,
        nextAttemptAt: now,
        createdAt: now,
      },
      sql`from ${eventFrom} join ${endpointFrom} on ${endpoint.workspaceId} = ${event.workspaceId} and ${endpoint.status} = 'enabled' and ${event.createdAt} >= ${endpoint.createdAt} and exists (select 1 from json_each(${endpoint.eventTypes}) where json_each.value = ${event.type}) where ${event.id} > ${cursor} and ${event.id} <= ${upTo}`,
    )
      .onConflictDoNothing()
      .returning({ id: webhookDeliveries.id }),
    db
      .update(webhookDispatchCursor)
      .set({
        lastEventId: sql`coalesce(${upTo}, ${webhookDispatchCursor.lastEventId})`,
        updatedAt: now,
      })
      // No new event: no write at all (most mutations of a quiet gateway).
      .where(sql`${webhookDispatchCursor.id} = 1 and ${upTo} is not null`)
      .returning({ lastEventId: webhookDispatchCursor.lastEventId }),
  ]);
  if (created.length > 0) {
    await enqueueAttempts(
      env,
      created.map(({ id }) => ({ deliveryId: id, attempt: 1 })),
    );
  }
  return { deliveries: created.length, matchedEvents: moved.length > 0 };
}
