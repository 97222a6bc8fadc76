import type { DomainEventRow } from '../../realtime/feeds';
import { eventPayload } from '../../realtime/feeds';
import { builder } from '../builder';
import { User } from '../users/user';
import { Thread } from './thread';

export const ThreadActivityKindEnum = builder.enumType('ThreadActivityKind', {
  description: 'What happened in a thread, besides a new message.',
  values: {
    MESSAGES_DELIVERED: {
      value: 'thread_message.delivered',
      description: "A participant's client fetched messages (delivery receipts).",
    },
    MESSAGES_READ: {
      value: 'thread_message.read',
      description: 'A participant read the thread (read receipts).',
    },
    PARTICIPANT_JOINED: {
      value: 'invite.accepted',
      description: 'An invitee accepted and joined the thread.',
    },
  } as const,
});

/**
 * One thing that happened in a thread besides a message, as its event in the log (receipts,
 * joins): what `Subscription.threadActivity` delivers.
 */
export const ThreadActivity = builder.objectRef<DomainEventRow>('ThreadActivity').implement({
  description:
    'Something that happened in a thread besides a new message: receipts and joins, in order.',
  fields: (t) => ({
    kind: t.field({
      type: ThreadActivityKindEnum,
      description: 'What happened.',
      resolve: (event) => event.type as 'thread_message.read',
    }),
    thread: t.field({
      type: Thread,
      description: 'The thread it happened in.',
      resolve: (event) => event.threadId as string,
    }),
    user: t.field({
      type: User,
      nullable: true,
      description: 'Who did it: the reader, or the participant who joined.',
      resolve: (event) => event.actorId ?? event.userId,
    }),
    messageIds: t.idList({
      nullable: true,
      description:
        'For receipts, the messages they cover; null when they cover every message so far (or for a join).',
      resolve: (event) => {
        const ids = eventPayload(event).messageIds;
        return Array.isArray(ids) ? (ids as string[]) : null;
      },
    }),
    occurredAt: t.expose('createdAt', { type: 'DateTime', description: 'When it happened.' }),
  }),
});
