import { threadMessageDeliveries, threadMessages } from '../../db/tables';
import { loaderOptions } from '../../resolvers/loader-options';
import type { ConnectionArgs } from '../../resolvers/pagination/args';
import {
  loadThreadMessages,
  messageDeliveriesQuery,
  threadMessagesQuery,
  unreadCount,
} from '../../resolvers/threads/messages';
import type { ThreadMessageDeliveryRow, ThreadMessageRow } from '../../resolvers/threads/threads';
import { builder } from '../builder';
import { childPagesOnPage, loadConnection, readWithParents } from '../child-pages';
import { pageWithJoins } from '../page-joins';
import { startedWithParent } from '../started-pages';
import { User, userTarget } from '../users/user';
import { Thread } from './thread';

export const ThreadMessageStatusEnum = builder.enumType('ThreadMessageStatus', {
  description: 'The state of a message.',
  values: {
    SENT: { value: 'sent', description: 'As sent.' },
    EDITED: { value: 'edited', description: 'Changed after sending.' },
    DELETED: { value: 'deleted', description: 'Withdrawn by its sender.' },
  } as const,
});

export const MessageDeliveryStatusEnum = builder.enumType('MessageDeliveryStatus', {
  description: 'How far a message got with one recipient.',
  values: {
    PENDING: { value: 'pending', description: 'Sent, not yet fetched by the recipient.' },
    DELIVERED: { value: 'delivered', description: "On the recipient's device." },
    READ: { value: 'read', description: 'Read by the recipient.' },
    FAILED: { value: 'failed', description: 'Could not be delivered.' },
  } as const,
});

export const ThreadMessage = builder.loadableNode('ThreadMessage', {
  description: "A message in a thread. Seen by the thread's participants.",
  id: { resolve: (message: ThreadMessageRow) => message.id },
  loaderOptions,
  sort: (message) => message.id,
  load: (ids: string[], ctx) => loadThreadMessages(ctx, ids),
  fields: (t) => ({
    body: t.exposeString('body', { description: 'The text.' }),
    status: t.expose('status', { type: ThreadMessageStatusEnum, description: 'Its state.' }),
    sender: t.field({
      type: User,
      nullable: true,
      description: 'Who sent it (null when their account is gone).',
      resolve: (message) => message.senderUserId,
    }),
    thread: t.field({
      type: Thread,
      description: 'The thread it belongs to.',
      resolve: (message) => message.threadId,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was sent.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When it last changed.' }),
  }),
});

export const ThreadMessageDelivery = builder
  .objectRef<ThreadMessageDeliveryRow>('ThreadMessageDelivery')
  .implement({
    description: 'A message with one recipient: delivered and read receipts.',
    fields: (t) => ({
      status: t.expose('status', {
        type: MessageDeliveryStatusEnum,
        description: 'Pending, delivered, read or failed.',
      }),
      recipient: t.field({
        type: User,
        description: 'Who it was sent to.',
        resolve: (delivery) => delivery.recipientUserId,
      }),
      deliveredAt: t.expose('deliveredAt', {
        type: 'DateTime',
        nullable: true,
        description: 'When the recipient fetched it.',
      }),
      readAt: t.expose('readAt', {
        type: 'DateTime',
        nullable: true,
        description: 'When the recipient read it (the read receipt).',
      }),
    }),
  });

/** A message's deliveries, read with the page of messages that holds it (a thread's page). */
const messageDeliveries = readWithParents(
  'ThreadMessage',
  'deliveries',
  (ctx, _args: ConnectionArgs, info) =>
    pageWithJoins(
      ctx,
      info,
      'ThreadMessage.deliveries',
      threadMessageDeliveries,
      { recipient: [threadMessageDeliveries.recipientUserId, userTarget] },
      () => messageDeliveriesQuery(ctx),
    ),
);

builder.objectField(ThreadMessage, 'deliveries', (t) =>
  t.connection({
    type: ThreadMessageDelivery,
    description: 'One row per recipient (every participant but the sender).',
    resolve: (message, args, ctx, info) =>
      loadConnection(ctx, messageDeliveries(ctx, args, info), args, message.id),
  }),
);

builder.objectFields(Thread, (t) => ({
  messages: t.connection({
    type: ThreadMessage,
    description:
      'Messages, oldest first and newest last (`last: 20` gives the latest twenty). Participants only; empty for others.',
    resolve: startedWithParent('Thread', 'messages', (thread, args: ConnectionArgs, ctx, info) => {
      const page = pageWithJoins(
        ctx,
        info,
        'Thread.messages',
        threadMessages,
        { sender: [threadMessages.senderUserId, userTarget] },
        () => ({
          ...threadMessagesQuery(ctx),
          children: childPagesOnPage(ctx, info, 'ThreadMessage'),
        }),
      );
      return loadConnection(ctx, page, args, thread.id);
    }),
  }),
  unreadCount: t.int({
    description: 'Messages to the viewer in this thread they have not read yet.',
    resolve: (thread, _args, ctx) => unreadCount(ctx, thread.id),
  }),
}));
