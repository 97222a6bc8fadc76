import { ConflictError } from '../../resolvers/errors';
import { idOf } from '../../resolvers/global-id';
import {
  acceptRelationshipRequest,
  closeRelationshipRequest,
  sendRelationshipRequest,
} from '../../resolvers/relationships/mutations';
import { builder } from '../builder';
import { commonMutationErrors } from '../errors';
import { Relationship } from './relationship';
import { RelationshipRequest } from './request';

const mutationErrors = { types: [...commonMutationErrors, ConflictError] };

const SendRelationshipRequestInput = builder.inputType('SendRelationshipRequestInput', {
  description: 'A request to become related to another user.',
  fields: (t) => ({
    toUserId: t.id({ required: true, description: 'The user to ask (not yourself).' }),
    message: t.string({ description: 'A note for them, up to 500 characters.' }),
  }),
});

const RelationshipRequestInput = builder.inputType('RelationshipRequestInput', {
  description: 'A relationship request to answer or withdraw.',
  fields: (t) => ({
    requestId: t.id({ required: true, description: 'The request.' }),
  }),
});

const requestId = (input: { requestId: string | number }) =>
  idOf('input.requestId', String(input.requestId), 'RelationshipRequest');

builder.mutationFields((t) => ({
  sendRelationshipRequest: t.field({
    type: RelationshipRequest,
    description:
      'Asks another user to become related; they get an inbox item. ValidationError for yourself, NotFoundError for an unknown user, ConflictError when you are already related, a request between you is pending (either way), they declined one of yours within 30 days, or you sent them 3 requests in the last 24 hours.',
    errors: mutationErrors,
    args: {
      input: t.arg({
        type: SendRelationshipRequestInput,
        required: true,
        description: 'What to change.',
      }),
    },
    resolve: (_root, { input }, ctx) =>
      sendRelationshipRequest(ctx, idOf('input.toUserId', String(input.toUserId), 'User'), input),
  }),
  acceptRelationshipRequest: t.field({
    type: Relationship,
    description:
      'Accepts a pending request sent to you: creates the relationship in both directions (once, however many accepts race) and tells the sender through their inbox. Returns your side of it. ForbiddenError for the sender, ConflictError when no longer pending.',
    errors: mutationErrors,
    args: {
      input: t.arg({
        type: RelationshipRequestInput,
        required: true,
        description: 'What to change.',
      }),
    },
    resolve: (_root, { input }, ctx) => acceptRelationshipRequest(ctx, requestId(input)),
  }),
  declineRelationshipRequest: t.field({
    type: RelationshipRequest,
    description:
      'Declines a pending request sent to you. ForbiddenError for the sender, ConflictError when no longer pending.',
    errors: mutationErrors,
    args: {
      input: t.arg({
        type: RelationshipRequestInput,
        required: true,
        description: 'What to change.',
      }),
    },
    resolve: (_root, { input }, ctx) => closeRelationshipRequest(ctx, requestId(input), 'decline'),
  }),
  cancelRelationshipRequest: t.field({
    type: RelationshipRequest,
    description:
      "Withdraws a pending request you sent; its item leaves the recipient's inbox (archived). ForbiddenError for the recipient, ConflictError when no longer pending.",
    errors: mutationErrors,
    args: {
      input: t.arg({
        type: RelationshipRequestInput,
        required: true,
        description: 'What to change.',
      }),
    },
    resolve: (_root, { input }, ctx) => closeRelationshipRequest(ctx, requestId(input), 'cancel'),
  }),
}));
