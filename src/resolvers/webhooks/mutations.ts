import { and, eq, ne, type SQL, sql } from 'drizzle-orm';
import type { Context } from '../../context';
import { webhookDeliveries, webhookEndpoints } from '../../db/tables';
import {
  MANAGER_ROLES,
  memberOfWorkspace,
  requireUser,
  requireWorkspaceRole,
  webhookEndpointVisibleTo,
} from '../access';
import { auditIfChanged, auditWhere } from '../admin/audit';
import { insertWhere } from '../conditional-insert';
import { changes } from '../d1-errors';
import { ConflictError, NotFoundError, ValidationError } from '../errors';
import { newId, nowIso } from '../ids';
import { optionalText } from '../validate';
import { PING_EVENT_TYPE, type WebhookEventType } from './event-types';
import { enqueueAttempts } from './queue';
import { sealSigningSecret } from './secrets';
import { newSigningSecret } from './signing';
import { webhookUrlProblem } from './url-safety';
import {
  loadWebhookDeliveries,
  loadWebhookEndpoints,
  type WebhookDeliveryRow,
  type WebhookEndpointRow,
} from './webhooks';

/** A workspace may have this many endpoints. */
export const MAX_ENDPOINTS_PER_WORKSPACE = 20;
/** After a rotation, the old secret keeps signing beside the new one this long. */
export const PREVIOUS_SECRET_HOURS = 24;
const REFUSAL = 'Only the owner and admins of a workspace manage its webhooks.';

export interface CreateWebhookEndpointInput {
  workspaceId: string;
  url: string;
  events: readonly WebhookEventType[];
  description?: string | null;
}

export interface UpdateWebhookEndpointInput {
  url?: string | null;
  events?: readonly WebhookEventType[] | null;
  description?: string | null;
  enabled?: boolean | null;
}

/** An endpoint with its signing secret: the only time the secret is shown. */
export interface EndpointWithSecret {
  secret: string;
  endpoint: WebhookEndpointRow;
}

function checkedUrl(ctx: Context, url: string): string {
  const trimmed = url.trim();
  const problem = webhookUrlProblem(ctx.env, trimmed);
  if (problem) throw ValidationError.of('input.url', problem);
  return trimmed;
}

function checkedEvents(events: readonly WebhookEventType[]): string {
  if (events.length === 0)
    throw ValidationError.of('input.events', 'must name at least one event.');
  return JSON.stringify([...new Set(events)].sort());
}

/** The endpoint, when the viewer manages it; hidden or missing: NotFound. */
async function managedEndpoint(ctx: Context, endpointId: string, globalId: string) {
  const [endpoint] = await loadWebhookEndpoints(ctx, [endpointId]);
  if (!endpoint) throw new NotFoundError('WebhookEndpoint', globalId);
  return endpoint;
}

/** SQL: the viewer still manages the endpoint's workspace (re-checked inside each write). */
function stillManaged(ctx: Context, endpointId: string): SQL {
  return and(eq(webhookEndpoints.id, endpointId), webhookEndpointVisibleTo(ctx)) as SQL;
}

const exists = (endpointId: string) =>
  sql`exists (select 1 from ${webhookEndpoints} where ${webhookEndpoints.id} = ${endpointId})`;

/**
 * A ping delivery for a new endpoint, in its batch: the first thing it receives, so its owner
 * sees at once whether the URL answers and the signature verifies.
 */
function pingDelivery(ctx: Context, endpointId: string, now: string) {
  const row: WebhookDeliveryRow = {
    id: newId('msg'),
    endpointId,
    eventId: null,
    eventType: PING_EVENT_TYPE,
    subjectId: null,
    occurredAt: now,
    status: 'pending',
    attempts: 0,
    roundStartedAt: now,
    nextAttemptAt: now,
    lastStatusCode: null,
    lastError: null,
    completedAt: null,
    createdAt: now,
  };
  return { row, statement: insertWhere(ctx.db, webhookDeliveries, row, exists(endpointId)) };
}

/**
 * Registers an endpoint for a workspace the viewer manages; returns its secret once. The role
 * and the per-workspace cap are checked inside the INSERT; the ping and the audit row follow in
 * the same batch, written only when the endpoint was.
 */
export async function createWebhookEndpoint(
  ctx: Context,
  input: CreateWebhookEndpointInput,
): Promise<EndpointWithSecret> {
  const userId = requireUser(ctx);
  await requireWorkspaceRole(ctx, input.workspaceId, userId, MANAGER_ROLES, REFUSAL);
  const url = checkedUrl(ctx, input.url);
  const eventTypes = checkedEvents(input.events);
  const description = optionalText('input.description', input.description, 500);
  const secret = newSigningSecret();
  const now = nowIso();
  const endpoint: WebhookEndpointRow = {
    id: newId('whe'),
    workspaceId: input.workspaceId,
    ownerId: userId,
    url,
    description,
    eventTypes,
    status: 'enabled',
    disabledReason: null,
    encryptedSecret: '',
    previousEncryptedSecret: null,
    previousSecretExpiresAt: null,
    consecutiveFailures: 0,
    createdAt: now,
    updatedAt: now,
  };
  endpoint.encryptedSecret = await sealSigningSecret(ctx.env, endpoint.id, secret);
  const count = sql`(select count(*) from ${webhookEndpoints} where ${webhookEndpoints.workspaceId} = ${input.workspaceId})`;
  const ping = pingDelivery(ctx, endpoint.id, now);
  const [inserted] = await ctx.db.batch([
    insertWhere(
      ctx.db,
      webhookEndpoints,
      endpoint,
      sql`${memberOfWorkspace(input.workspaceId, userId, MANAGER_ROLES)} and ${count} < ${MAX_ENDPOINTS_PER_WORKSPACE}`,
    ),
    ping.statement,
    auditWhere(
      ctx,
      {
        action: 'webhook_endpoint.create',
        targetType: 'WebhookEndpoint',
        targetId: endpoint.id,
        changes: { workspaceId: input.workspaceId, url, events: JSON.parse(eventTypes) },
      },
      exists(endpoint.id),
    ),
  ]);
  if (changes(inserted) === 0) {
    // The role was checked just before: what failed is the cap, or a role lost meanwhile.
    throw new ConflictError(
      `A workspace has at most ${MAX_ENDPOINTS_PER_WORKSPACE} webhook endpoints (or your role changed meanwhile).`,
    );
  }
  await enqueueAttempts(ctx.env, [{ deliveryId: ping.row.id, attempt: 1 }]);
  return { secret, endpoint };
}

/**
 * Changes an endpoint's URL, events, description, or turns it on or off. Turning a disabled
 * endpoint on clears its failure count. Audited with what changed.
 */
export async function updateWebhookEndpoint(
  ctx: Context,
  endpointId: string,
  globalId: string,
  input: UpdateWebhookEndpointInput,
): Promise<WebhookEndpointRow> {
  const endpoint = await managedEndpoint(ctx, endpointId, globalId);
  const set: Partial<WebhookEndpointRow> = { updatedAt: nowIso() };
  if (input.url != null) set.url = checkedUrl(ctx, input.url);
  if (input.events != null) set.eventTypes = checkedEvents(input.events);
  if (input.description !== undefined) {
    set.description = optionalText('input.description', input.description, 500);
  }
  if (input.enabled != null) {
    set.status = input.enabled ? 'enabled' : 'disabled';
    set.disabledReason = input.enabled ? null : 'Disabled by a manager.';
    if (input.enabled && endpoint.status === 'disabled') set.consecutiveFailures = 0;
  }
  const changedKeys = Object.keys(set).filter(
    (key) => !['updatedAt', 'disabledReason'].includes(key),
  ) as (keyof WebhookEndpointRow)[];
  // What each changed field was and became, as every audited change records it.
  const pick = (row: Partial<WebhookEndpointRow>) =>
    Object.fromEntries(changedKeys.map((key) => [key, row[key] ?? null]));
  const [rows] = await ctx.db.batch([
    ctx.db.update(webhookEndpoints).set(set).where(stillManaged(ctx, endpointId)).returning(),
    auditIfChanged(ctx, {
      action: 'webhook_endpoint.update',
      targetType: 'WebhookEndpoint',
      targetId: endpointId,
      changes: { from: pick(endpoint), to: pick(set) },
    }),
  ]);
  const updated = rows[0];
  if (!updated) throw new NotFoundError('WebhookEndpoint', globalId);
  return updated;
}

/** Deletes an endpoint with its delivery log. Returns its id. */
export async function deleteWebhookEndpoint(
  ctx: Context,
  endpointId: string,
  globalId: string,
): Promise<void> {
  const endpoint = await managedEndpoint(ctx, endpointId, globalId);
  // The audit row first, on the same condition as the DELETE after it.
  const [, result] = await ctx.db.batch([
    auditWhere(
      ctx,
      {
        action: 'webhook_endpoint.delete',
        targetType: 'WebhookEndpoint',
        targetId: endpointId,
        changes: { workspaceId: endpoint.workspaceId, url: endpoint.url },
      },
      sql`exists (select 1 from ${webhookEndpoints} where ${stillManaged(ctx, endpointId)})`,
    ),
    ctx.db.delete(webhookEndpoints).where(stillManaged(ctx, endpointId)),
  ]);
  if (changes(result) === 0) throw new NotFoundError('WebhookEndpoint', globalId);
}

/**
 * A new signing secret, shown once. The old one keeps signing beside it for
 * PREVIOUS_SECRET_HOURS, so receivers can switch without dropping deliveries.
 */
export async function rotateWebhookSecret(
  ctx: Context,
  endpointId: string,
  globalId: string,
): Promise<EndpointWithSecret> {
  const before = await managedEndpoint(ctx, endpointId, globalId);
  const secret = newSigningSecret();
  const now = new Date();
  const previousSecretExpiresAt = new Date(
    now.getTime() + PREVIOUS_SECRET_HOURS * 3600_000,
  ).toISOString();
  const [rows] = await ctx.db.batch([
    ctx.db
      .update(webhookEndpoints)
      .set({
        // SQLite reads the old value on the right of every assignment.
        previousEncryptedSecret: sql`${webhookEndpoints.encryptedSecret}`,
        previousSecretExpiresAt,
        encryptedSecret: await sealSigningSecret(ctx.env, endpointId, secret),
        updatedAt: now.toISOString(),
      })
      .where(stillManaged(ctx, endpointId))
      .returning(),
    // Never a secret: when the old one stops signing, and whether an older one was cut short.
    auditIfChanged(ctx, {
      action: 'webhook_endpoint.rotate_secret',
      targetType: 'WebhookEndpoint',
      targetId: endpointId,
      changes: {
        previousSecretExpiresAt,
        endedEarlier:
          before.previousSecretExpiresAt !== null &&
          before.previousSecretExpiresAt > now.toISOString(),
      },
    }),
  ]);
  const endpoint = rows[0];
  if (!endpoint) throw new NotFoundError('WebhookEndpoint', globalId);
  return { secret, endpoint };
}

/**
 * Sends a delivery again, with the same `webhook-id` (a new round of attempts, its payload read
 * anew). A delivery still being attempted is a conflict.
 */
export async function redeliverWebhookEvent(
  ctx: Context,
  deliveryId: string,
  globalId: string,
): Promise<WebhookDeliveryRow> {
  const [delivery] = await loadWebhookDeliveries(ctx, [deliveryId]);
  if (!delivery) throw new NotFoundError('WebhookDelivery', globalId);
  const now = nowIso();
  const [rows] = await ctx.db.batch([
    ctx.db
      .update(webhookDeliveries)
      .set({ status: 'pending', roundStartedAt: now, nextAttemptAt: now, completedAt: null })
      .where(
        and(
          eq(webhookDeliveries.id, deliveryId),
          ne(webhookDeliveries.status, 'pending'),
          webhookEndpointVisibleTo(ctx, webhookDeliveries.endpointId),
        ),
      )
      .returning(),
    auditIfChanged(ctx, {
      action: 'webhook_delivery.redeliver',
      targetType: 'WebhookDelivery',
      targetId: deliveryId,
      changes: { endpointId: delivery.endpointId, from: delivery.status },
    }),
  ]);
  const updated = rows[0];
  if (!updated) {
    throw new ConflictError('This delivery is still being attempted; wait for its outcome.');
  }
  await enqueueAttempts(ctx.env, [{ deliveryId, attempt: updated.attempts + 1 }]);
  return updated;
}
