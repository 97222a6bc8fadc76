import { encodeGlobalID } from '@pothos/plugin-relay';
import { BudgetExceededError } from '../../resolvers/ai/errors';
import { ConflictError } from '../../resolvers/errors';
import { idOf } from '../../resolvers/global-id';
import { type CreateThreadResult, createThread } from '../../resolvers/threads/create-thread';
import { archiveThread, deleteThread } from '../../resolvers/threads/mutations';
import { builder } from '../builder';
import { commonMutationErrors } from '../errors';
import { ThreadInvite } from './invite';
import { Thread } from './thread';

export const CreateThreadInput = builder.inputType('CreateThreadInput', {
  description: 'A new thread; the viewer becomes its owner and three strangers are invited.',
  fields: (t) => ({
    title: t.string({ required: true, description: 'What it is about, 1-200 characters.' }),
    description: t.string({
      description: 'More about it, for the invited (up to 4,000 characters).',
    }),
    workspaceId: t.id({
      description: 'The workspace it is opened from (the viewer must be a member), if any.',
    }),
    idempotencyKey: t.string({
      description:
        'A key the client makes up for this request (1-255 printable ASCII characters, a UUID is fine), so that it can retry safely: a repeat by the same viewer with the same key within 24 hours returns the first result (`replayed: true`) without creating anything; the same key with another title, description or workspace is a `ConflictError`. `POST /api/threads` takes it as the `Idempotency-Key` header.',
    }),
  }),
});

const CreateThreadPayload = builder.objectRef<CreateThreadResult>('CreateThreadPayload').implement({
  description: 'The new thread, its invites, and whether fewer strangers than asked were found.',
  fields: (t) => ({
    thread: t.field({ type: Thread, description: 'The thread.', resolve: (r) => r.thread }),
    invites: t.field({
      type: [ThreadInvite],
      description: 'The invites made (their emails are queued).',
      resolve: (r) => r.invites,
    }),
    requestedCandidates: t.exposeInt('requestedCandidates', {
      description: 'How many strangers a thread invites (3).',
    }),
    invitedCount: t.exposeInt('invitedCount', {
      description: 'How many were invited: fewer than requested when not enough strangers exist.',
    }),
    shortfallReason: t.exposeString('shortfallReason', {
      nullable: true,
      description: 'Why fewer were invited than requested; null when all were.',
    }),
    replayed: t.exposeBoolean('replayed', {
      description:
        'True when this repeats the result of an earlier request with the same idempotency key (the thread and invites as they are now); false when the thread was created by this request.',
    }),
  }),
});

const ThreadIdInput = builder.inputType('ThreadIdInput', {
  description: 'A thread the viewer owns.',
  fields: (t) => ({ threadId: t.id({ required: true, description: 'The thread.' }) }),
});

const threadErrors = { types: [...commonMutationErrors, ConflictError] };

builder.mutationFields((t) => ({
  createThread: t.field({
    type: CreateThreadPayload,
    description:
      "Opens a thread and invites three strangers picked for it, each by an email with a link valid 72 hours. Over the viewer's AI budget it returns `BudgetExceededError` and creates nothing. Retry-safe with `input.idempotencyKey`. Also at `POST /api/threads`.",
    // Picking candidates is an AI call: over the viewer's budget, it is refused.
    errors: { types: [...threadErrors.types, BudgetExceededError] },
    args: {
      input: t.arg({
        type: CreateThreadInput,
        required: true,
        description: 'The title, description and workspace of the new thread.',
      }),
    },
    resolve: (_root, { input }, ctx) =>
      createThread(ctx, {
        title: input.title,
        description: input.description,
        workspaceId: input.workspaceId
          ? idOf('input.workspaceId', String(input.workspaceId), 'Workspace')
          : null,
        idempotencyKey: input.idempotencyKey,
      }),
  }),
  archiveThread: t.field({
    type: Thread,
    description:
      'Archives a thread the viewer owns: it stays readable, takes no new messages, and its pending invites close.',
    errors: threadErrors,
    args: { input: t.arg({ type: ThreadIdInput, required: true, description: 'The thread.' }) },
    resolve: (_root, { input }, ctx) =>
      archiveThread(ctx, idOf('input.threadId', String(input.threadId), 'Thread')),
  }),
  deleteThread: t.id({
    description:
      'Deletes a thread the viewer owns: it is hidden from everyone from then on. Returns its ID.',
    errors: threadErrors,
    args: { input: t.arg({ type: ThreadIdInput, required: true, description: 'The thread.' }) },
    resolve: async (_root, { input }, ctx) =>
      encodeGlobalID(
        'Thread',
        await deleteThread(ctx, idOf('input.threadId', String(input.threadId), 'Thread')),
      ),
  }),
}));
