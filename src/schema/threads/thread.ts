import { loaderOptions } from '../../resolvers/loader-options';
import { loadPage } from '../../resolvers/pagination/load-page';
import { loadThreads, type ThreadRow, userThreadsQuery } from '../../resolvers/threads/threads';
import { builder } from '../builder';
import { startedWithViewer } from '../started-pages';
import { User } from '../users/user';
import { Workspace } from '../workspaces/workspace';

export const ThreadStatusEnum = builder.enumType('ThreadStatus', {
  description: 'Where a thread is in its life.',
  values: {
    ACTIVE: { value: 'active', description: 'Open: invites can be answered, messages sent.' },
    ARCHIVED: {
      value: 'archived',
      description: 'Closed by its owner: readable by its participants, takes nothing new.',
    },
    DELETED: {
      value: 'deleted',
      description: 'Deleted by its owner: hidden from everyone (only a filter value, never shown).',
    },
  } as const,
});

export const Thread = builder.loadableNode('Thread', {
  description:
    'A conversation a user opens to meet a stranger: three strangers are invited, the first to accept joins. Seen by its participants and, while their invite is open, by the invited.',
  id: { resolve: (thread: ThreadRow) => thread.id },
  loaderOptions,
  sort: (thread) => thread.id,
  load: (ids: string[], ctx) => loadThreads(ctx, ids),
  fields: (t) => ({
    title: t.exposeString('title', { description: 'What the thread is about, in a line.' }),
    description: t.exposeString('description', {
      nullable: true,
      description: 'More about it, for the invited.',
    }),
    status: t.expose('status', { type: ThreadStatusEnum, description: 'Active or archived.' }),
    owner: t.field({
      type: User,
      description: 'The user who opened the thread.',
      resolve: (thread) => thread.userId,
    }),
    workspace: t.field({
      type: Workspace,
      nullable: true,
      description: 'The workspace it was opened from, when the viewer is a member of it.',
      resolve: (thread) => thread.workspaceId,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was opened.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When it last changed.' }),
  }),
});

builder.objectField(User, 'threads', (t) =>
  t.connection({
    type: Thread,
    description:
      "The threads this user takes part in (as owner or member), most recently joined first. Only the viewer's own; empty for anyone else.",
    args: {
      status: t.arg({
        type: ThreadStatusEnum,
        description: 'Only threads in this status (deleted threads never appear).',
      }),
    },
    resolve: startedWithViewer('threads', async (user, args, ctx) => {
      const page = await loadPage(ctx, 'User.threads', args, user.id, () =>
        userThreadsQuery(ctx, args.status),
      );
      return {
        ...page,
        edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: edge.node.threadId })),
      };
    }),
  }),
);
