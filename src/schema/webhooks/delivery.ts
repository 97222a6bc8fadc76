import { idOf } from '../../resolvers/global-id';
import { loaderOptions } from '../../resolvers/loader-options';
import { loadRootPage } from '../../resolvers/pagination/load-page';
import {
  attemptsOf,
  loadWebhookDeliveries,
  type WebhookDeliveryAttemptRow,
  type WebhookDeliveryRow,
  webhookDeliveriesQuery,
} from '../../resolvers/webhooks/webhooks';
import { builder } from '../builder';
import { WebhookEndpoint } from './endpoint';

export const WebhookDeliveryStatusEnum = builder.enumType('WebhookDeliveryStatus', {
  description: 'Where a delivery stands.',
  values: {
    PENDING: { value: 'pending', description: 'Being attempted, or waiting for its next attempt.' },
    SUCCEEDED: { value: 'succeeded', description: 'The endpoint answered 2xx.' },
    FAILED: {
      value: 'failed',
      description: 'Every attempt for about 24 hours failed (or the endpoint was disabled).',
    },
    SKIPPED: {
      value: 'skipped',
      description:
        "Not sent: the endpoint's owner could not see the subject at delivery time (or it was gone).",
    },
  } as const,
});

const WebhookDeliveryAttempt = builder
  .objectRef<WebhookDeliveryAttemptRow>('WebhookDeliveryAttempt')
  .implement({
    description: 'One POST of a delivery, and what came back.',
    fields: (t) => ({
      attempt: t.exposeInt('attempt', { description: 'Which attempt of the delivery (1, 2...).' }),
      startedAt: t.expose('startedAt', { type: 'DateTime', description: 'When it was sent.' }),
      statusCode: t.exposeInt('statusCode', {
        nullable: true,
        description: "The answer's HTTP status; null when none came (timeout, network error).",
      }),
      latencyMs: t.exposeInt('latencyMs', { description: 'Milliseconds until the answer.' }),
      error: t.exposeString('error', {
        nullable: true,
        description: 'Why it failed; null for a success.',
      }),
      responseBody: t.exposeString('responseBody', {
        nullable: true,
        description: "The answer's body, cut to 1 KB.",
      }),
    }),
  });

export const WebhookDelivery = builder.loadableNode('WebhookDelivery', {
  description:
    'One event sent (or to be sent) to one endpoint. Its id is the `webhook-id` header of every ' +
    'attempt, so receivers can drop duplicates.',
  id: { resolve: (delivery: WebhookDeliveryRow) => delivery.id },
  loaderOptions,
  sort: (delivery) => delivery.id,
  load: (ids: string[], ctx) => loadWebhookDeliveries(ctx, ids),
  fields: (t) => ({
    webhookId: t.exposeString('id', {
      description: "The `webhook-id` header (and the payload's `id`) of its attempts.",
    }),
    endpoint: t.field({
      type: WebhookEndpoint,
      description: 'Where it goes.',
      resolve: (delivery) => delivery.endpointId,
    }),
    eventType: t.exposeString('eventType', {
      description:
        "The payload's `type`: a WebhookEventType value in lower case, or `webhook.ping`.",
    }),
    subjectId: t.id({
      nullable: true,
      description:
        "The global ID of what the event is about, once a payload about it was sent (the endpoint's owner could see it); null for a ping, for a delivery not attempted yet, and for a skipped one.",
      // A delivery is created for every endpoint of the workspace before anyone checks that its
      // owner may see the subject (the queue does, building the payload): until a payload was
      // sent, its subject may be a member's private item, which the log must not name to the
      // workspace's managers (hidden is missing).
      resolve: (delivery) =>
        delivery.status === 'skipped' || delivery.attempts === 0 ? null : delivery.subjectId,
    }),
    occurredAt: t.expose('occurredAt', {
      type: 'DateTime',
      description: "When the event happened (the payload's `timestamp`).",
    }),
    status: t.expose('status', {
      type: WebhookDeliveryStatusEnum,
      description: 'Where it stands.',
    }),
    attemptCount: t.exposeInt('attempts', { description: 'POSTs made so far.' }),
    attempts: t.field({
      type: [WebhookDeliveryAttempt],
      description: 'Every POST made, in order, with what came back.',
      resolve: (delivery, _args, ctx) => attemptsOf(ctx, delivery.id),
    }),
    nextAttemptAt: t.expose('nextAttemptAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it is next attempted, while pending.',
    }),
    lastStatusCode: t.exposeInt('lastStatusCode', {
      nullable: true,
      description: 'The HTTP status of the last attempt.',
    }),
    lastError: t.exposeString('lastError', {
      nullable: true,
      description: 'Why the last attempt failed, or why it was skipped.',
    }),
    completedAt: t.expose('completedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it succeeded, failed or was skipped.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was created.' }),
  }),
});

builder.queryField('webhookDeliveries', (t) =>
  t.connection({
    type: WebhookDelivery,
    description:
      "An endpoint's delivery log, newest first: for the workspace's owner and admins (empty " +
      'for anyone else).',
    args: {
      endpointId: t.arg.id({ required: true, description: 'The WebhookEndpoint.' }),
      status: t.arg({
        type: WebhookDeliveryStatusEnum,
        description: 'Only deliveries in this state.',
      }),
    },
    resolve: (_root, args, ctx) =>
      loadRootPage(
        ctx,
        args,
        webhookDeliveriesQuery(
          ctx,
          idOf('endpointId', args.endpointId, 'WebhookEndpoint'),
          args.status,
        ),
      ),
  }),
);
