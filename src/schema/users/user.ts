import { viewerUserId } from '../../auth/viewer';
import { users } from '../../db/tables';
import { everyUser, userPrivateFieldsVisibleTo } from '../../resolvers/access';
import { loaderOptions } from '../../resolvers/loader-options';
import { loadUsers, type UserRow } from '../../resolvers/users/users';
import { builder } from '../builder';
import type { JoinTarget } from '../page-joins';
import { startPages } from '../started-pages';

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
    resolve: (_root, _args, ctx, info) => {
      // An integrator's row came with its token lookup: only a user's waits for a round trip.
      if (ctx.viewer.kind === 'user') startPages(ctx, info, 'User', ctx.viewer.userId);
      return viewerUserId(ctx.viewer);
    },
  }),
);

/** Users, as a page reads them beside its rows (pageWithJoins): visible to every signed-in viewer. */
export const userTarget: JoinTarget = {
  table: users,
  visible: () => everyUser(),
  loader: (ctx) => User.getDataloader(ctx),
  type: 'User',
  // `email` is shown to its owner alone: the rule reads the id, the value the column.
  fieldColumns: { email: ['email'] },
};
