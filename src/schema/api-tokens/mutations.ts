import type { ApiTokenRow } from '../../resolvers/api-tokens/api-tokens';
import { createApiToken, revokeApiToken } from '../../resolvers/api-tokens/mutations';
import { ConflictError } from '../../resolvers/errors';
import { idOf } from '../../resolvers/global-id';
import { builder } from '../builder';
import { commonMutationErrors } from '../errors';
import { ApiToken, ApiTokenScopeEnum } from './api-token';

const CreateApiTokenInput = builder.inputType('CreateApiTokenInput', {
  description: 'A new integrator API token for the viewer.',
  fields: (t) => ({
    name: t.string({
      required: true,
      description: 'What the token is for, 1-100 characters (like "CI deploys").',
    }),
    scopes: t.field({
      type: [ApiTokenScopeEnum],
      required: true,
      description: 'READ, or WRITE (which includes READ). At least one.',
    }),
    expiresAt: t.field({
      type: 'DateTime',
      description: 'When the token stops working (in the future); omitted: never.',
    }),
  }),
});

const RevokeApiTokenInput = builder.inputType('RevokeApiTokenInput', {
  description: 'A token of the viewer to revoke.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The ApiToken.' }),
  }),
});

interface CreatedApiTokenShape {
  token: string;
  apiToken: ApiTokenRow;
}

const CreatedApiToken = builder.objectRef<CreatedApiTokenShape>('CreatedApiToken').implement({
  description: 'A token just created: the only time the token itself is shown.',
  fields: (t) => ({
    token: t.exposeString('token', {
      description:
        'The token, for `Authorization: Bearer <token>`. Store it now: it is never shown again.',
    }),
    apiToken: t.field({
      type: ApiToken,
      description: 'The token as listed from now on.',
      resolve: (created) => created.apiToken,
    }),
  }),
});

builder.mutationFields((t) => ({
  createApiToken: t.field({
    type: CreatedApiToken,
    description:
      'Creates an integrator API token for the viewer (signed in as a user, not through a token). ' +
      'At most 50 active tokens per user.',
    authScopes: { user: true },
    errors: { types: [...commonMutationErrors, ConflictError] },
    args: {
      input: t.arg({ type: CreateApiTokenInput, required: true, description: 'The new token.' }),
    },
    resolve: (_root, { input }, ctx) => createApiToken(ctx, input),
  }),
  revokeApiToken: t.field({
    type: ApiToken,
    description:
      "Revokes one of the viewer's API tokens: requests with it fail at once (401 TOKEN_REVOKED). " +
      'Revoking a revoked token returns it unchanged.',
    authScopes: { user: true },
    errors: { types: commonMutationErrors },
    args: {
      input: t.arg({
        type: RevokeApiTokenInput,
        required: true,
        description: 'The token to revoke.',
      }),
    },
    resolve: (_root, { input }, ctx) =>
      revokeApiToken(ctx, idOf('input.id', input.id, 'ApiToken'), input.id),
  }),
}));
