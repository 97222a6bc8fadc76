import { sql } from 'drizzle-orm';
import { viewerUserId } from '../../auth/viewer';
import { loaderOptions } from '../../resolvers/loader-options';
import { loadPage, loadRootPage } from '../../resolvers/pagination/load-page';
import { WEBHOOK_EVENT_TYPES } from '../../resolvers/webhooks/event-types';
import {
  eventTypesOf,
  loadWebhookEndpoints,
  type WebhookEndpointRow,
  webhookEndpointsQuery,
} from '../../resolvers/webhooks/webhooks';
import { builder } from '../builder';
import { User } from '../users/user';
import { Workspace } from '../workspaces/workspace';

const enumName = (type: string) => type.replace('.', '_').toUpperCase();

export const WebhookEventTypeEnum = builder.enumType('WebhookEventType', {
  description:
    'An event a webhook endpoint may receive: a domain event of its workspace (`work_item.created`...).',
  values: Object.fromEntries(
    WEBHOOK_EVENT_TYPES.map((type) => [
      enumName(type),
      { value: type, description: `\`${type}\` (the payload's \`type\`).` },
    ]),
  ) as Record<string, { value: (typeof WEBHOOK_EVENT_TYPES)[number]; description: string }>,
});

export const WebhookEndpointStatusEnum = builder.enumType('WebhookEndpointStatus', {
  description: 'Whether an endpoint receives deliveries.',
  values: {
    ENABLED: { value: 'enabled', description: 'Receives deliveries.' },
    DISABLED: {
      value: 'disabled',
      description:
        'Receives nothing (turned off by a manager, or after too many failed deliveries in a row).',
    },
  } as const,
});

export const WebhookEndpoint = builder.loadableNode('WebhookEndpoint', {
  description:
    "A URL a workspace's events are POSTed to, signed (Standard Webhooks). Seen and managed by " +
    'the workspace owner and admins; the signing secret is shown only when created or rotated.',
  id: { resolve: (endpoint: WebhookEndpointRow) => endpoint.id },
  loaderOptions,
  sort: (endpoint) => endpoint.id,
  load: (ids: string[], ctx) => loadWebhookEndpoints(ctx, ids),
  fields: (t) => ({
    url: t.exposeString('url', { description: 'Where deliveries are POSTed.' }),
    description: t.exposeString('description', {
      nullable: true,
      description: 'What the endpoint is for.',
    }),
    events: t.field({
      type: [WebhookEventTypeEnum],
      description: 'The events it receives (besides `webhook.ping`).',
      resolve: (endpoint) => eventTypesOf(endpoint) as (typeof WEBHOOK_EVENT_TYPES)[number][],
    }),
    status: t.expose('status', {
      type: WebhookEndpointStatusEnum,
      description: 'Whether it receives deliveries.',
    }),
    disabledReason: t.exposeString('disabledReason', {
      nullable: true,
      description: 'Why it was disabled; null while enabled.',
    }),
    consecutiveFailures: t.exposeInt('consecutiveFailures', {
      description: 'Deliveries that failed in a row (a success resets it).',
    }),
    previousSecretExpiresAt: t.field({
      type: 'DateTime',
      nullable: true,
      description:
        'After a rotation: until when the previous secret still signs beside the new one; null otherwise.',
      resolve: (endpoint) =>
        endpoint.previousSecretExpiresAt &&
        endpoint.previousSecretExpiresAt > new Date().toISOString()
          ? endpoint.previousSecretExpiresAt
          : null,
    }),
    workspace: t.field({
      type: Workspace,
      description: 'The workspace whose events it receives.',
      resolve: (endpoint) => endpoint.workspaceId,
    }),
    owner: t.field({
      type: User,
      description: 'Who created it: payloads carry what this user may see at delivery time.',
      resolve: (endpoint) => endpoint.ownerId,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When it last changed.' }),
  }),
});

builder.objectField(Workspace, 'webhookEndpoints', (t) =>
  t.connection({
    type: WebhookEndpoint,
    description:
      "The workspace's webhook endpoints, newest first: for its owner and admins (empty for others).",
    resolve: (workspace, args, ctx) =>
      loadPage(ctx, 'Workspace.webhookEndpoints', args, workspace.id, () =>
        webhookEndpointsQuery(ctx),
      ),
  }),
);

builder.objectField(User, 'webhookEndpoints', (t) =>
  t.connection({
    type: WebhookEndpoint,
    description:
      'The webhook endpoints of every workspace the viewer manages (owner or admin), newest first. ' +
      'Only on the viewer themself: empty for anyone else.',
    resolve: (user, args, ctx) => {
      const { parentColumn: _all, ...query } = webhookEndpointsQuery(ctx);
      const own = user.id === viewerUserId(ctx.viewer);
      return loadRootPage(ctx, args, own ? query : { ...query, where: sql`0` });
    },
  }),
);
