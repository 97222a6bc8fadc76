import { scopesOf } from '../../auth/api-tokens';
import {
  type ApiTokenRow,
  loadApiTokens,
  userApiTokensQuery,
} from '../../resolvers/api-tokens/api-tokens';
import { loaderOptions } from '../../resolvers/loader-options';
import { loadPage } from '../../resolvers/pagination/load-page';
import { builder } from '../builder';
import { User } from '../users/user';

export const ApiTokenScopeEnum = builder.enumType('ApiTokenScope', {
  description: 'What an integrator API token may do.',
  values: {
    READ: { value: 'read', description: 'Run queries as the token owner.' },
    WRITE: { value: 'write', description: 'Also run mutations as the token owner (implies READ).' },
  } as const,
});

export const ApiTokenStatusEnum = builder.enumType('ApiTokenStatus', {
  description: 'Whether an API token is accepted now.',
  values: {
    ACTIVE: { value: 'active', description: 'Accepted.' },
    EXPIRED: { value: 'expired', description: 'Past its expiry: refused with TOKEN_EXPIRED.' },
    REVOKED: { value: 'revoked', description: 'Revoked by its owner: refused with TOKEN_REVOKED.' },
  } as const,
});

function statusOf(token: ApiTokenRow): 'active' | 'expired' | 'revoked' {
  if (token.revokedAt !== null) return 'revoked';
  if (token.expiresAt !== null && Date.parse(token.expiresAt) <= Date.now()) return 'expired';
  return 'active';
}

export const ApiToken = builder.loadableNode('ApiToken', {
  description:
    'An integrator API token of the viewer. The token itself is shown once, at creation: only a ' +
    'SHA-256 digest is stored, and only its first characters are shown here.',
  id: { resolve: (token: ApiTokenRow) => token.id },
  loaderOptions,
  sort: (token) => token.id,
  load: (ids: string[], ctx) => loadApiTokens(ctx, ids),
  fields: (t) => ({
    name: t.exposeString('name', { description: 'What the owner called it.' }),
    tokenPrefix: t.exposeString('tokenPrefix', {
      description: 'The first characters of the token (like `gwt_AbC123`), to recognise it.',
    }),
    scopes: t.field({
      type: [ApiTokenScopeEnum],
      description: 'What the token may do.',
      resolve: (token) => scopesOf(token.scopes),
    }),
    status: t.field({
      type: ApiTokenStatusEnum,
      description: 'Whether the token is accepted now.',
      resolve: statusOf,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was created.' }),
    expiresAt: t.expose('expiresAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it stops working; null: never.',
    }),
    lastUsedAt: t.expose('lastUsedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was last used (recorded to the minute); null: never.',
    }),
    revokedAt: t.expose('revokedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was revoked; null while it is not.',
    }),
  }),
});

builder.objectField(User, 'apiTokens', (t) =>
  t.connection({
    type: ApiToken,
    nullable: true,
    description:
      "The viewer's integrator API tokens, newest first. Only for the viewer themself signed in " +
      'as a user (not through a token): empty for anyone else.',
    authScopes: { user: true },
    args: {
      includeRevoked: t.arg.boolean({
        defaultValue: false,
        required: true,
        description: 'Also list revoked tokens.',
      }),
    },
    resolve: (user, args, ctx) =>
      loadPage(ctx, 'User.apiTokens', args, user.id, () =>
        userApiTokensQuery(ctx, args.includeRevoked),
      ),
  }),
);
