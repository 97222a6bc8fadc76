import { eventsQuery, type HostedEventRow, loadHostedEvents } from '../../resolvers/events/events';
import { loaderOptions } from '../../resolvers/loader-options';
import { loadPage } from '../../resolvers/pagination/load-page';
import { builder } from '../builder';
import { startedWithViewer } from '../started-pages';
import { User } from '../users/user';
import { Workspace } from '../workspaces/workspace';

export const HostedEventStatusEnum = builder.enumType('HostedEventStatus', {
  description: 'Where an event stands.',
  values: {
    SCHEDULED: { value: 'scheduled', description: 'Coming up (or under way): open to join.' },
    CANCELLED: { value: 'cancelled', description: 'Called off.' },
    COMPLETED: { value: 'completed', description: 'Over.' },
  } as const,
});

export const HostedEvent = builder.loadableNode('HostedEvent', {
  description:
    "An event a user hosts. An event of a workspace is seen by the workspace's members; one without a workspace by its participants (it is unlisted: whoever has its ID may join). Its host always sees it.",
  id: { resolve: (event: HostedEventRow) => event.id },
  loaderOptions,
  sort: (event) => event.id,
  load: (ids: string[], ctx) => loadHostedEvents(ctx, ids),
  fields: (t) => ({
    title: t.exposeString('title', { description: 'The name of the event.' }),
    description: t.exposeString('description', {
      nullable: true,
      description: 'What it is about.',
    }),
    location: t.exposeString('location', { nullable: true, description: 'Where it happens.' }),
    startsAt: t.expose('startsAt', { type: 'DateTime', description: 'When it starts.' }),
    endsAt: t.expose('endsAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it ends, if known (always after startsAt).',
    }),
    capacity: t.exposeInt('capacity', {
      nullable: true,
      description: 'How many may be GOING at most; null for no limit.',
    }),
    status: t.expose('status', { type: HostedEventStatusEnum, description: 'Where it stands.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When it last changed.' }),
    host: t.field({
      type: User,
      description: 'The user who hosts it.',
      resolve: (event) => event.hostId,
    }),
    workspace: t.field({
      type: Workspace,
      nullable: true,
      description:
        'The workspace it belongs to; null when it has none or the viewer (its host) is no longer a member.',
      resolve: (event) => event.workspaceId,
    }),
  }),
});

const rangeArgs = {
  from: { description: 'Only events starting at or after this moment.' },
  to: { description: 'Only events starting before this moment.' },
} as const;

builder.objectField(Workspace, 'events', (t) =>
  t.connection({
    type: HostedEvent,
    description: 'The events of the workspace, by start time (earliest first).',
    args: {
      from: t.arg({ type: 'DateTime', description: rangeArgs.from.description }),
      to: t.arg({ type: 'DateTime', description: rangeArgs.to.description }),
    },
    resolve: (workspace, args, ctx) =>
      loadPage(ctx, 'Workspace.events', args, workspace.id, () =>
        eventsQuery(ctx, 'workspace', args),
      ),
  }),
);

builder.objectField(User, 'hostedEvents', (t) =>
  t.connection({
    type: HostedEvent,
    description: 'The events the user hosts that the viewer sees, by start time.',
    args: {
      from: t.arg({ type: 'DateTime', description: rangeArgs.from.description }),
      to: t.arg({ type: 'DateTime', description: rangeArgs.to.description }),
    },
    resolve: startedWithViewer('hostedEvents', (user, args, ctx) =>
      loadPage(ctx, 'User.hostedEvents', args, user.id, () => eventsQuery(ctx, 'host', args)),
    ),
  }),
);
