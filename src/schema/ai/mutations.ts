import { encodeGlobalID } from '@pothos/plugin-relay';
import {
  addProviderKey,
  deleteProviderKey,
  rotateProviderKey,
} from '../../resolvers/ai/settings-admin';
import { ForbiddenError, NotFoundError, ValidationError } from '../../resolvers/errors';
import { idOf } from '../../resolvers/global-id';
import { builder } from '../builder';
import { AiProviderKey } from './provider-settings';
import { AiProviderEnum } from './usage-report';

const adminErrors = { types: [ValidationError, NotFoundError, ForbiddenError] };

const AddAiProviderKeyInput = builder.inputType('AddAiProviderKeyInput', {
  description: 'A new API key for a provider.',
  fields: (t) => ({
    provider: t.field({ type: AiProviderEnum, required: true, description: 'GEMINI or OPENAI.' }),
    key: t.string({
      required: true,
      description: 'The secret key: stored encrypted, never shown again (only masked).',
    }),
  }),
});

builder.mutationField('addAiProviderKey', (t) =>
  t.field({
    type: AiProviderKey,
    authScopes: { admin: 'admin' },
    description: "Admins: adds a key; it becomes the provider's active key (audited, masked).",
    errors: adminErrors,
    args: {
      input: t.arg({
        type: AddAiProviderKeyInput,
        required: true,
        description: 'The provider and its key.',
      }),
    },
    resolve: (_root, { input }, ctx) => addProviderKey(ctx, input.provider, input.key),
  }),
);

const RotateAiProviderKeyInput = builder.inputType('RotateAiProviderKeyInput', {
  description: "A key's new secret.",
  fields: (t) => ({
    keyId: t.id({ required: true, description: 'The key to rotate.' }),
    key: t.string({ required: true, description: 'The new secret: stored encrypted.' }),
  }),
});

builder.mutationField('rotateAiProviderKey', (t) =>
  t.field({
    type: AiProviderKey,
    authScopes: { admin: 'admin' },
    description: "Admins: replaces a key's secret in place (audited, masked).",
    errors: adminErrors,
    args: {
      input: t.arg({
        type: RotateAiProviderKeyInput,
        required: true,
        description: 'The key and its new secret.',
      }),
    },
    resolve: (_root, { input }, ctx) =>
      rotateProviderKey(ctx, idOf('input.keyId', input.keyId, 'AiProviderKey'), input.key),
  }),
);

const DeleteAiProviderKeyInput = builder.inputType('DeleteAiProviderKeyInput', {
  description: 'A key to delete.',
  fields: (t) => ({ keyId: t.id({ required: true, description: 'The key.' }) }),
});

builder.mutationField('deleteAiProviderKey', (t) =>
  t.id({
    authScopes: { admin: 'admin' },
    description: 'Admins: deletes a key (audited). Returns its ID.',
    errors: adminErrors,
    args: {
      input: t.arg({
        type: DeleteAiProviderKeyInput,
        required: true,
        description: 'The key to delete.',
      }),
    },
    resolve: async (_root, { input }, ctx) =>
      encodeGlobalID(
        'AiProviderKey',
        await deleteProviderKey(ctx, idOf('input.keyId', input.keyId, 'AiProviderKey')),
      ),
  }),
);
