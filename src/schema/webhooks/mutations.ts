import { encodeGlobalID } from '@pothos/plugin-relay';
import { ConflictError } from '../../resolvers/errors';
import { idOf } from '../../resolvers/global-id';
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  type EndpointWithSecret,
  redeliverWebhookEvent,
  rotateWebhookSecret,
  updateWebhookEndpoint,
} from '../../resolvers/webhooks/mutations';
import { builder } from '../builder';
import { commonMutationErrors } from '../errors';
import { WebhookDelivery } from './delivery';
import { WebhookEndpoint, WebhookEventTypeEnum } from './endpoint';

const mutationErrors = { types: [...commonMutationErrors, ConflictError] };

const CreateWebhookEndpointInput = builder.inputType('CreateWebhookEndpointInput', {
  description: 'A new webhook endpoint for a workspace the viewer manages.',
  fields: (t) => ({
    workspaceId: t.id({ required: true, description: 'The workspace whose events it receives.' }),
    url: t.string({
      required: true,
      description:
        'Where to POST: https:// (http:// to loopback in development), not a private, loopback ' +
        'or link-local address.',
    }),
    events: t.field({
      type: [WebhookEventTypeEnum],
      required: true,
      description: 'The events it receives; at least one.',
    }),
    description: t.string({ description: 'What it is for (up to 500 characters).' }),
  }),
});

const UpdateWebhookEndpointInput = builder.inputType('UpdateWebhookEndpointInput', {
  description: 'What to change on an endpoint; omitted fields stay as they are.',
  fields: (t) => ({
    endpointId: t.id({ required: true, description: 'The WebhookEndpoint.' }),
    url: t.string({ description: 'A new URL (same rules as at creation).' }),
    events: t.field({ type: [WebhookEventTypeEnum], description: 'The events it receives.' }),
    description: t.string({ description: 'A new description; null clears it.' }),
    enabled: t.boolean({
      description: 'Turn it on or off; turning a disabled endpoint on clears its failure count.',
    }),
  }),
});

const WebhookEndpointIdInput = builder.inputType('WebhookEndpointIdInput', {
  description: 'One endpoint.',
  fields: (t) => ({
    endpointId: t.id({ required: true, description: 'The WebhookEndpoint.' }),
  }),
});

const RedeliverWebhookEventInput = builder.inputType('RedeliverWebhookEventInput', {
  description: 'A delivery to send again.',
  fields: (t) => ({
    deliveryId: t.id({ required: true, description: 'The WebhookDelivery.' }),
  }),
});

const WebhookEndpointWithSecret = builder
  .objectRef<EndpointWithSecret>('WebhookEndpointWithSecret')
  .implement({
    description: 'An endpoint and its signing secret: the only time the secret is shown.',
    fields: (t) => ({
      secret: t.exposeString('secret', {
        description:
          'The signing secret (`whsec_...`) to verify `webhook-signature` with. Store it now: it ' +
          'is never shown again.',
      }),
      endpoint: t.field({
        type: WebhookEndpoint,
        description: 'The endpoint.',
        resolve: (created) => created.endpoint,
      }),
    }),
  });

const endpointIdOf = (input: { endpointId: string }) =>
  idOf('input.endpointId', input.endpointId, 'WebhookEndpoint');

builder.mutationFields((t) => ({
  createWebhookEndpoint: t.field({
    type: WebhookEndpointWithSecret,
    description:
      'Registers a webhook endpoint for a workspace (its owner and admins; an integrator token ' +
      'needs WRITE). A `webhook.ping` is sent to it at once. At most 20 per workspace. Audited.',
    errors: mutationErrors,
    args: {
      input: t.arg({
        type: CreateWebhookEndpointInput,
        required: true,
        description: 'The endpoint.',
      }),
    },
    resolve: (_root, { input }, ctx) =>
      createWebhookEndpoint(ctx, {
        ...input,
        workspaceId: idOf('input.workspaceId', input.workspaceId, 'Workspace'),
      }),
  }),
  updateWebhookEndpoint: t.field({
    type: WebhookEndpoint,
    description:
      "Changes an endpoint's URL, events or description, or turns it on or off. Audited.",
    errors: mutationErrors,
    args: {
      input: t.arg({
        type: UpdateWebhookEndpointInput,
        required: true,
        description: 'What to change.',
      }),
    },
    resolve: (_root, { input }, ctx) =>
      updateWebhookEndpoint(ctx, endpointIdOf(input), input.endpointId, input),
  }),
  deleteWebhookEndpoint: t.id({
    description: 'Deletes an endpoint and its delivery log. Returns its ID. Audited.',
    errors: mutationErrors,
    args: {
      input: t.arg({ type: WebhookEndpointIdInput, required: true, description: 'The endpoint.' }),
    },
    resolve: async (_root, { input }, ctx) => {
      await deleteWebhookEndpoint(ctx, endpointIdOf(input), input.endpointId);
      return encodeGlobalID('WebhookEndpoint', endpointIdOf(input));
    },
  }),
  rotateWebhookSecret: t.field({
    type: WebhookEndpointWithSecret,
    description:
      'Gives an endpoint a new signing secret, shown once. For 24 hours the old secret signs ' +
      'beside it (two `v1,` signatures), so receivers can switch without losing a delivery. Audited.',
    errors: mutationErrors,
    args: {
      input: t.arg({ type: WebhookEndpointIdInput, required: true, description: 'The endpoint.' }),
    },
    resolve: (_root, { input }, ctx) =>
      rotateWebhookSecret(ctx, endpointIdOf(input), input.endpointId),
  }),
  redeliverWebhookEvent: t.field({
    type: WebhookDelivery,
    description:
      'Sends a delivery again (a new round of attempts, same `webhook-id`, payload read anew). ' +
      'Not while it is still pending. Audited.',
    errors: mutationErrors,
    args: {
      input: t.arg({
        type: RedeliverWebhookEventInput,
        required: true,
        description: 'The delivery.',
      }),
    },
    resolve: (_root, { input }, ctx) =>
      redeliverWebhookEvent(
        ctx,
        idOf('input.deliveryId', input.deliveryId, 'WebhookDelivery'),
        input.deliveryId,
      ),
  }),
}));
