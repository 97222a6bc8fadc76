import { loaderOptions } from '../../resolvers/loader-options';
import type { ConnectionArgs } from '../../resolvers/pagination/args';
import { loadPage } from '../../resolvers/pagination/load-page';
import {
  loadRelationships,
  type RelationshipRow,
  userRelationshipsQuery,
} from '../../resolvers/relationships/relationships';
import { builder } from '../builder';
import { startedWithViewer } from '../started-pages';
import { User } from '../users/user';

export const RelationshipKindEnum = builder.enumType('RelationshipKind', {
  description: 'How two users know each other.',
  values: {
    FRIEND: { value: 'friend', description: 'A friend (what an accepted request creates).' },
    COLLEAGUE: { value: 'colleague', description: 'A colleague.' },
  } as const,
});

export const Relationship = builder.loadableNode('Relationship', {
  description:
    'One direction of a connection between two users (an accepted request creates both directions). Seen by the two users only.',
  id: { resolve: (relationship: RelationshipRow) => relationship.id },
  loaderOptions,
  sort: (relationship) => relationship.id,
  load: (ids: string[], ctx) => loadRelationships(ctx, ids),
  fields: (t) => ({
    kind: t.expose('kind', {
      type: RelationshipKindEnum,
      description: 'How they know each other.',
    }),
    createdAt: t.expose('createdAt', {
      type: 'DateTime',
      description: 'When they became related.',
    }),
    user: t.field({
      type: User,
      description: 'The user this relationship belongs to.',
      resolve: (relationship) => relationship.userId,
    }),
    relatedUser: t.field({
      type: User,
      description: 'The other user.',
      resolve: (relationship) => relationship.relatedUserId,
    }),
  }),
});

builder.objectField(User, 'relationships', (t) =>
  t.connection({
    type: Relationship,
    description:
      "The user's relationships, oldest first. On the viewer: all of them; on another user: only the one pointing to the viewer, if any.",
    resolve: startedWithViewer('relationships', (user, args: ConnectionArgs, ctx) =>
      loadPage(ctx, 'User.relationships', args, user.id, () => userRelationshipsQuery(ctx)),
    ),
  }),
);
