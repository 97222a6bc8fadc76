import { encodeGlobalID } from '@pothos/plugin-relay';
import { type InboxItemRow, loadInboxItems, userInboxQuery } from '../../resolvers/inbox/inbox';
import { loaderOptions } from '../../resolvers/loader-options';
import { loadPage } from '../../resolvers/pagination/load-page';
import { builder } from '../builder';
import { startedWithViewer } from '../started-pages';
import { User } from '../users/user';

export const InboxItemKindEnum = builder.enumType('InboxItemKind', {
  description: 'What an inbox item is about.',
  values: {
    SYSTEM: { value: 'system', description: 'A notice from the app itself.' },
    ASSIGNMENT: { value: 'assignment', description: 'A work item was assigned to you.' },
    MENTION: { value: 'mention', description: 'Someone mentioned you.' },
    RELATIONSHIP_REQUEST: {
      value: 'relationship_request',
      description: 'A relationship request was sent to you, or yours was accepted.',
    },
    INVITE_ACCEPTED: {
      value: 'invite_accepted',
      description: 'Someone accepted an invite to one of your threads.',
    },
    THREAD_MESSAGE: { value: 'thread_message', description: 'A new message in a thread.' },
    EVENT: { value: 'event', description: 'News about an event.' },
  } as const,
});

/** Subject types stored in inbox items that name a GraphQL type: their IDs become global. */
const SUBJECT_TYPENAMES: Record<string, string> = {
  relationship_request: 'RelationshipRequest',
  relationship: 'Relationship',
  list: 'List',
  list_item: 'ListItem',
  hosted_event: 'HostedEvent',
  event: 'HostedEvent',
  work_item: 'WorkItem',
  room: 'Room',
  workspace: 'Workspace',
  thread: 'Thread',
  webhook_endpoint: 'WebhookEndpoint',
};

export const InboxItem = builder.loadableNode('InboxItem', {
  description: "A notification in a user's inbox. Only its owner ever sees it.",
  id: { resolve: (item: InboxItemRow) => item.id },
  loaderOptions,
  sort: (item) => item.id,
  load: (ids: string[], ctx) => loadInboxItems(ctx, ids),
  fields: (t) => ({
    kind: t.expose('kind', { type: InboxItemKindEnum, description: 'What the item is about.' }),
    title: t.exposeString('title', { description: 'A one-line summary.' }),
    body: t.exposeString('body', { nullable: true, description: 'More detail, if any.' }),
    subjectType: t.exposeString('subjectType', {
      nullable: true,
      description:
        'The kind of thing the item is about, as stored (like `relationship_request`), if any.',
    }),
    subjectId: t.exposeString('subjectId', {
      nullable: true,
      description: 'The raw id of the thing the item is about, if any. See `subjectNodeId`.',
    }),
    subjectNodeId: t.id({
      nullable: true,
      description:
        'The global ID of the subject, for `node(id:)`, when its kind is a type of this API.',
      resolve: (item) => {
        const typename = item.subjectType ? SUBJECT_TYPENAMES[item.subjectType] : undefined;
        return typename && item.subjectId ? encodeGlobalID(typename, item.subjectId) : null;
      },
    }),
    isRead: t.exposeBoolean('isRead', { description: 'Whether the owner has read it.' }),
    readAt: t.expose('readAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was (last) marked read; null while unread.',
    }),
    archivedAt: t.expose('archivedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was archived; null while in the inbox.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it arrived.' }),
    user: t.field({
      type: User,
      description: 'The owner of the item (always the viewer).',
      resolve: (item) => item.userId,
    }),
  }),
});

const InboxFilter = builder.inputType('InboxFilter', {
  description: 'Narrows an inbox; omitted fields do not filter.',
  fields: (t) => ({
    read: t.boolean({ description: 'true: only read items; false: only unread ones.' }),
    archived: t.boolean({ description: 'true: only archived items; false: only unarchived ones.' }),
  }),
});

builder.objectField(User, 'inbox', (t) =>
  t.connection({
    type: InboxItem,
    description:
      "The user's inbox, newest first. Only the viewer's own: for any other user it is an empty connection (not an error), as inbox items are visible to their owner alone.",
    args: { filter: t.arg({ type: InboxFilter, description: 'Read and archived filters.' }) },
    resolve: startedWithViewer('inbox', (user, args, ctx) =>
      loadPage(ctx, 'User.inbox', args, user.id, () => userInboxQuery(ctx, args.filter)),
    ),
  }),
);
