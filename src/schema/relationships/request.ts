import { loaderOptions } from '../../resolvers/loader-options';
import { loadPage } from '../../resolvers/pagination/load-page';
import {
  loadRelationshipRequests,
  type RelationshipRequestRow,
  userRequestsQuery,
} from '../../resolvers/relationships/relationships';
import { builder } from '../builder';
import { startedWithViewer } from '../started-pages';
import { User } from '../users/user';

export const RelationshipRequestStatusEnum = builder.enumType('RelationshipRequestStatus', {
  description: 'Where a relationship request stands.',
  values: {
    PENDING: { value: 'pending', description: 'Waiting for the recipient to answer.' },
    ACCEPTED: { value: 'accepted', description: 'Accepted: the two users are now related.' },
    DECLINED: { value: 'declined', description: 'Declined by the recipient.' },
    CANCELLED: { value: 'cancelled', description: 'Withdrawn by the sender.' },
  } as const,
});

export const RelationshipRequest = builder.loadableNode('RelationshipRequest', {
  description: 'A request from one user to become related to another. Seen by those two only.',
  id: { resolve: (request: RelationshipRequestRow) => request.id },
  loaderOptions,
  sort: (request) => request.id,
  load: (ids: string[], ctx) => loadRelationshipRequests(ctx, ids),
  fields: (t) => ({
    status: t.expose('status', {
      type: RelationshipRequestStatusEnum,
      description: 'Where the request stands.',
    }),
    message: t.exposeString('message', {
      nullable: true,
      description: "The sender's note, if any.",
    }),
    respondedAt: t.expose('respondedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was accepted, declined or cancelled; null while pending.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was sent.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When it last changed.' }),
    fromUser: t.field({
      type: User,
      description: 'Who sent it.',
      resolve: (request) => request.fromUserId,
    }),
    toUser: t.field({
      type: User,
      description: 'Who it was sent to.',
      resolve: (request) => request.toUserId,
    }),
  }),
});

for (const [field, direction, description] of [
  ['incomingRequests', 'incoming', 'Requests sent to the user'],
  ['outgoingRequests', 'outgoing', 'Requests the user sent'],
] as const) {
  builder.objectField(User, field, (t) =>
    t.connection({
      type: RelationshipRequest,
      description: `${description}, newest first. Only on the viewer: an empty connection on any other user.`,
      args: {
        status: t.arg({
          type: RelationshipRequestStatusEnum,
          description: 'Only requests in this status (PENDING for the ones awaiting an answer).',
        }),
      },
      resolve: startedWithViewer(field, (user, args, ctx) =>
        loadPage(ctx, `User.${field}`, args, user.id, () =>
          userRequestsQuery(ctx, direction, args.status),
        ),
      ),
    }),
  );
}
