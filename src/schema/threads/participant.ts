import { threadParticipants } from '../../db/tables';
import { loaderOptions } from '../../resolvers/loader-options';
import type { ConnectionArgs } from '../../resolvers/pagination/args';
import {
  loadThreadParticipants,
  type ThreadParticipantRow,
  threadParticipantsQuery,
} from '../../resolvers/threads/threads';
import { builder } from '../builder';
import { loadConnection } from '../child-pages';
import { pageWithJoins } from '../page-joins';
import { startedWithParent } from '../started-pages';
import { User, userTarget } from '../users/user';
import { Thread } from './thread';

export const ThreadParticipantRoleEnum = builder.enumType('ThreadParticipantRole', {
  description: 'How a person takes part in a thread.',
  values: {
    OWNER: { value: 'owner', description: 'Opened the thread.' },
    MEMBER: { value: 'member', description: 'Joined by accepting an invite.' },
  } as const,
});

export const ThreadParticipant = builder.loadableNode('ThreadParticipant', {
  description:
    'A person in a thread: its owner or the stranger who accepted. Seen by participants.',
  id: { resolve: (participant: ThreadParticipantRow) => participant.id },
  loaderOptions,
  sort: (participant) => participant.id,
  load: (ids: string[], ctx) => loadThreadParticipants(ctx, ids),
  fields: (t) => ({
    role: t.expose('role', {
      type: ThreadParticipantRoleEnum,
      description: 'Owner or member.',
    }),
    joinedAt: t.expose('joinedAt', { type: 'DateTime', description: 'When they joined.' }),
    user: t.field({
      type: User,
      nullable: true,
      description: 'The participant, when they have an account (null for an email-only guest).',
      resolve: (participant) => participant.userId,
    }),
    thread: t.field({
      type: Thread,
      description: 'The thread.',
      resolve: (participant) => participant.threadId,
    }),
  }),
});

builder.objectField(Thread, 'participants', (t) =>
  t.connection({
    type: ThreadParticipant,
    description: 'Who takes part, the owner first. Empty unless the viewer is a participant.',
    resolve: startedWithParent(
      'Thread',
      'participants',
      (thread, args: ConnectionArgs, ctx, info) => {
        const page = pageWithJoins(
          ctx,
          info,
          'Thread.participants',
          threadParticipants,
          { user: [threadParticipants.userId, userTarget] },
          () => threadParticipantsQuery(ctx),
        );
        return loadConnection(ctx, page, args, thread.id);
      },
    ),
  }),
);
