import DataLoader from 'dataloader';
import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import { type Context, perRequest } from '../../context';
import { webhookDeliveries, webhookDeliveryAttempts, webhookEndpoints } from '../../db/tables';
import { loadVisibleByIds, webhookEndpointVisibleTo } from '../access';
import { loaderOptions, readKeys } from '../loader-options';
import type { KeysetQuery } from '../pagination/keyset';

export type WebhookEndpointRow = typeof webhookEndpoints.$inferSelect;
export type WebhookDeliveryRow = typeof webhookDeliveries.$inferSelect;
export type WebhookDeliveryAttemptRow = typeof webhookDeliveryAttempts.$inferSelect;

const newestFirst = [
  { key: 'createdAt', direction: 'desc' },
  { key: 'id', direction: 'desc' },
] as const;

export function loadWebhookEndpoints(ctx: Context, ids: readonly string[]) {
  return loadVisibleByIds(ctx, webhookEndpoints, ids, webhookEndpointVisibleTo(ctx));
}

export function loadWebhookDeliveries(ctx: Context, ids: readonly string[]) {
  return loadVisibleByIds(
    ctx,
    webhookDeliveries,
    ids,
    webhookEndpointVisibleTo(ctx, webhookDeliveries.endpointId),
  );
}

/** A workspace's endpoints (`parentColumn`), or all the viewer manages; newest first. */
export function webhookEndpointsQuery(ctx: Context): KeysetQuery<typeof webhookEndpoints> {
  return {
    table: webhookEndpoints,
    parentColumn: webhookEndpoints.workspaceId,
    where: webhookEndpointVisibleTo(ctx),
    order: [...newestFirst],
  };
}

/** One endpoint's deliveries, newest first, of one status when given. */
export function webhookDeliveriesQuery(
  ctx: Context,
  endpointId: string,
  status: WebhookDeliveryRow['status'] | null | undefined,
): KeysetQuery<typeof webhookDeliveries> {
  const conditions: SQL[] = [
    eq(webhookDeliveries.endpointId, endpointId) as SQL,
    webhookEndpointVisibleTo(ctx, webhookDeliveries.endpointId),
  ];
  if (status) conditions.push(eq(webhookDeliveries.status, status) as SQL);
  return { table: webhookDeliveries, where: and(...conditions), order: [...newestFirst] };
}

/**
 * The attempts of a delivery, in order (its parent was loaded through the visibility rule, so
 * its attempts are the viewer's to see). One statement per batch of deliveries.
 */
export function attemptsOf(ctx: Context, deliveryId: string) {
  const loader = perRequest(
    ctx,
    'webhooks:attempts',
    () =>
      new DataLoader<string, WebhookDeliveryAttemptRow[]>(async (ids) => {
        const rows = await readKeys(ctx, ids, (keys) =>
          ctx.reads.read(
            ctx.db
              .select()
              .from(webhookDeliveryAttempts)
              .where(inArray(webhookDeliveryAttempts.deliveryId, [...keys]))
              .orderBy(
                asc(webhookDeliveryAttempts.attempt),
                asc(webhookDeliveryAttempts.startedAt),
              ),
          ),
        );
        return ids.map((id) => rows.filter((row) => row.deliveryId === id));
      }, loaderOptions),
  );
  return loader.load(deliveryId);
}

/** The event types an endpoint receives (stored as a JSON array). */
export function eventTypesOf(endpoint: Pick<WebhookEndpointRow, 'eventTypes'>): string[] {
  return JSON.parse(endpoint.eventTypes) as string[];
}
