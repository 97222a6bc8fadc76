import { encodeGlobalID } from '@pothos/plugin-relay';
import { requireUser } from '../../resolvers/access';
import { BudgetExceededError } from '../../resolvers/ai/errors';
import { ConflictError } from '../../resolvers/errors';
import { idOf } from '../../resolvers/global-id';
import { type CreateThreadResult, createThread } from '../../resolvers/threads/create-thread';
import { InviteExpiredError } from '../../resolvers/threads/errors';
import { inviteFailure, respondToInvite } from '../../resolvers/threads/invite-responses';
import {
  markThreadMessagesDelivered,
  markThreadRead,
  type ReceiptResult,
  sendThreadMessage,
} from '../../resolvers/threads/messages';
import { archiveThread, deleteThread } from '../../resolvers/threads/mutations';
import type { ThreadInviteRow } from '../../resolvers/threads/threads';
import { builder } from '../builder';
import { commonMutationErrors } from '../errors';
import { ThreadInvite } from './invite';
import { ThreadMessage } from './message';
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

const InviteAnswerInput = builder.inputType('InviteAnswerInput', {
  description: 'An invite addressed to the viewer (by account or by email).',
  fields: (t) => ({
    inviteId: t.id({ required: true, description: 'The invite.' }),
  }),
});

const inviteErrors = { types: [...commonMutationErrors, ConflictError, InviteExpiredError] };

async function answer(
  ctx: Parameters<typeof respondToInvite>[0],
  globalId: string,
  action: 'accept' | 'decline',
): Promise<ThreadInviteRow> {
  const userId = requireUser(ctx);
  const id = idOf('input.inviteId', globalId, 'ThreadInvite');
  const response = await respondToInvite(ctx, { id, userId }, action);
  if (!response.applied) throw inviteFailure(response, id);
  return response.view.invite;
}

builder.mutationFields((t) => ({
  acceptInvite: t.field({
    type: ThreadInvite,
    description:
      'Accepts an invite addressed to the viewer: they join the thread at once and its owner gets an inbox item. Only once, only while pending and unexpired, and only while nobody else has accepted.',
    errors: inviteErrors,
    args: {
      input: t.arg({
        type: InviteAnswerInput,
        required: true,
        description: 'The invite to answer.',
      }),
    },
    resolve: (_root, { input }, ctx) => answer(ctx, input.inviteId, 'accept'),
  }),
  declineInvite: t.field({
    type: ThreadInvite,
    description: 'Declines an invite addressed to the viewer, once, while it is pending.',
    errors: inviteErrors,
    args: {
      input: t.arg({
        type: InviteAnswerInput,
        required: true,
        description: 'The invite to answer.',
      }),
    },
    resolve: (_root, { input }, ctx) => answer(ctx, input.inviteId, 'decline'),
  }),
}));

const SendThreadMessageInput = builder.inputType('SendThreadMessageInput', {
  description: 'A message to a thread the viewer takes part in.',
  fields: (t) => ({
    threadId: t.id({ required: true, description: 'The thread.' }),
    body: t.string({ required: true, description: 'The text, 1-4,000 characters.' }),
  }),
});

const MarkThreadMessagesDeliveredInput = builder.inputType('MarkThreadMessagesDeliveredInput', {
  description: "Messages of a thread that reached the viewer's device.",
  fields: (t) => ({
    threadId: t.id({ required: true, description: 'The thread.' }),
    messageIds: t.idList({
      description:
        'Only these messages (up to 100; an empty list marks none); every pending one when omitted.',
    }),
  }),
});

const MarkThreadReadInput = builder.inputType('MarkThreadReadInput', {
  description: 'A thread whose messages the viewer has read.',
  fields: (t) => ({
    threadId: t.id({ required: true, description: 'The thread.' }),
  }),
});

const ThreadReceipts = builder.objectRef<ReceiptResult>('ThreadReceipts').implement({
  description: "What a receipt mutation changed in the viewer's deliveries.",
  fields: (t) => ({
    thread: t.field({
      type: Thread,
      description: 'The thread (its `unreadCount` is now current).',
      resolve: (result) => result.thread,
    }),
    changedCount: t.exposeInt('changedCount', {
      description: 'How many delivery rows changed.',
    }),
  }),
});

const messageErrors = { types: [...commonMutationErrors, ConflictError] };

builder.mutationFields((t) => ({
  sendThreadMessage: t.field({
    type: ThreadMessage,
    description:
      'Sends a message to an active thread the viewer takes part in; every other participant gets a pending delivery.',
    errors: messageErrors,
    args: {
      input: t.arg({
        type: SendThreadMessageInput,
        required: true,
        description: 'The thread and the text.',
      }),
    },
    resolve: (_root, { input }, ctx) =>
      sendThreadMessage(ctx, idOf('input.threadId', input.threadId, 'Thread'), input),
  }),
  markThreadMessagesDelivered: t.field({
    type: ThreadReceipts,
    description:
      "Marks the viewer's pending deliveries in a thread as delivered: all of them, or those of the messages named (NotFoundError, and nothing marked, when one is not a message of the thread).",
    errors: messageErrors,
    args: {
      input: t.arg({
        type: MarkThreadMessagesDeliveredInput,
        required: true,
        description: 'The thread, and optionally which of its messages.',
      }),
    },
    resolve: (_root, { input }, ctx) =>
      markThreadMessagesDelivered(
        ctx,
        idOf('input.threadId', input.threadId, 'Thread'),
        input.messageIds?.map((id, index) =>
          idOf(`input.messageIds.${index}`, String(id), 'ThreadMessage'),
        ),
      ),
  }),
  markThreadRead: t.field({
    type: ThreadReceipts,
    description: 'Marks every message of a thread read by the viewer (read receipts).',
    errors: messageErrors,
    args: {
      input: t.arg({ type: MarkThreadReadInput, required: true, description: 'The thread read.' }),
    },
    resolve: (_root, { input }, ctx) =>
      markThreadRead(ctx, idOf('input.threadId', input.threadId, 'Thread')),
  }),
}));
