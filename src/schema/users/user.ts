import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { GraphQLResolveInfo } from 'graphql';
import { viewerUserId } from '../../auth/viewer';
import type { Context } from '../../context';
import { userPrivateFieldsVisibleTo } from '../../resolvers/access';
import { loaderOptions } from '../../resolvers/loader-options';
import type { KeysetQuery } from '../../resolvers/pagination/keyset';
import { loadUsers, type UserRow } from '../../resolvers/users/users';
import { builder } from '../builder';
import { selectedOnNodes } from '../lookahead';

export const User = builder.loadableNode('User', {
  description: 'A person with an account. Visible to signed-in viewers; email only to its owner.',
  authScopes: { signedIn: true },
  id: { resolve: (user: UserRow) => user.id },
  loaderOptions,
  sort: (user) => user.id,
  load: (ids: string[], ctx) => loadUsers(ctx, ids),
  fields: (t) => ({
    displayName: t.exposeString('displayName', { description: 'The name shown to others.' }),
    email: t.string({
      nullable: true,
      description: 'The account email: only for the viewer themself, null for anyone else.',
      resolve: (user, _args, ctx) => (userPrivateFieldsVisibleTo(ctx, user) ? user.email : null),
    }),
    avatarUrl: t.exposeString('avatarUrl', {
      nullable: true,
      description: 'An image URL for the avatar.',
    }),
    bio: t.exposeString('bio', { nullable: true, description: 'A short self-description.' }),
    timezone: t.exposeString('timezone', {
      nullable: true,
      description: 'IANA time zone, like Europe/Paris.',
    }),
    status: t.exposeString('status', {
      description: 'Account status: active, suspended or deleted.',
    }),
    createdAt: t.expose('createdAt', {
      type: 'DateTime',
      description: 'When the account was made.',
    }),
  }),
});

builder.queryField('viewer', (t) =>
  t.field({
    type: User,
    nullable: true,
    description: 'The signed-in user (or the owner of the integrator token); null when anonymous.',
    resolve: (_root, _args, ctx) => viewerUserId(ctx.viewer),
  }),
);

/**
 * The users a connection's page reads along with its rows (KeysetQuery `users`): those of
 * `references` (node field -> the column holding the user's id) that the operation selects,
 * primed into the User loader as they arrive. `key` names the choice, for the page loader's key:
 * two selections of one connection with different fields page apart.
 */
export function usersOnPage(
  ctx: Context,
  info: GraphQLResolveInfo,
  references: Record<string, SQLiteColumn>,
): { key: string; users: KeysetQuery<never>['users'] } {
  const selected = selectedOnNodes(info, Object.keys(references));
  if (selected.length === 0) return { key: '', users: undefined };
  const loader = User.getDataloader(ctx);
  return {
    key: `+${selected.join(',')}`,
    users: {
      columns: selected.map((name) => references[name] as SQLiteColumn),
      withUser: (user) => {
        loader.prime(user.id, user);
      },
    },
  };
}
