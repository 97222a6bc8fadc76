import { viewerUserId } from '../auth/viewer';
import { builder } from './builder';
import { User } from './users/user';

builder.queryField('viewer', (t) =>
  t.field({
    type: User,
    nullable: true,
    description: 'The signed-in user (or the owner of the integrator token); null when anonymous.',
    resolve: (_root, _args, ctx) => viewerUserId(ctx.viewer),
  }),
);
