import { encodeGlobalID } from '@pothos/plugin-relay';
import { adminRoleOfUser } from '../../resolvers/admin/accounts';
import { adminUsersQuery } from '../../resolvers/admin/filters';
import {
  type AdminInboxItemRow,
  type AdminWorkItemRow,
  auditedEmail,
  auditedInbox,
  auditedWorkItems,
  loadAdminUser,
} from '../../resolvers/admin/user-data';
import { idOf } from '../../resolvers/global-id';
import { loadRootPage } from '../../resolvers/pagination/load-page';
import type { UserRow } from '../../resolvers/users/users';
import { builder } from '../builder';
import { DateTimeFilter, enumFilter, orderByInput, StringFilter, whereInput } from '../filters';
import { User } from '../users/user';
import { AdminRoleEnum } from './account';

export const AdminWorkItem = builder.objectRef<AdminWorkItemRow>('AdminWorkItem').implement({
  description: 'A work item as admins see it, whatever its visibility (admin fields only).',
  authScopes: { admin: 'support' },
  fields: (t) => ({
    id: t.id({
      description: "The work item's global ID (the same as `WorkItem.id`).",
      resolve: (row) => encodeGlobalID('WorkItem', row.id),
    }),
    title: t.exposeString('title', { description: 'The title.' }),
    description: t.exposeString('description', { nullable: true, description: 'The details.' }),
    type: t.exposeString('type', { description: 'task or scheduled.' }),
    status: t.exposeString('status', { description: 'todo, in_progress, done or cancelled.' }),
    visibilityScope: t.exposeString('visibilityScope', {
      description: 'private, room, quest or squad: who else sees it.',
    }),
    workspaceId: t.id({
      description: 'Its workspace (a Workspace ID).',
      resolve: (row) => encodeGlobalID('Workspace', row.workspaceId),
    }),
    owner: t.field({ type: User, description: 'Who owns it.', resolve: (row) => row.ownerId }),
    assignee: t.field({
      type: User,
      nullable: true,
      description: 'Who it is assigned to.',
      resolve: (row) => row.assigneeId,
    }),
    dueAt: t.expose('dueAt', { type: 'DateTime', nullable: true, description: 'When it is due.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was created.' }),
  }),
});

export const AdminInboxItem = builder.objectRef<AdminInboxItemRow>('AdminInboxItem').implement({
  description: "An item of a user's inbox, as admins see it (admin fields only).",
  authScopes: { admin: 'support' },
  fields: (t) => ({
    id: t.id({
      description: "The inbox item's global ID.",
      resolve: (row) => encodeGlobalID('InboxItem', row.id),
    }),
    kind: t.exposeString('kind', {
      description:
        'system, assignment, mention, relationship_request, invite_accepted, thread_message or event.',
    }),
    title: t.exposeString('title', { description: 'The headline.' }),
    body: t.exposeString('body', { nullable: true, description: 'The text.' }),
    subjectType: t.exposeString('subjectType', {
      nullable: true,
      description: 'The kind of thing it is about.',
    }),
    subjectId: t.exposeString('subjectId', { nullable: true, description: 'Its row id.' }),
    isRead: t.exposeBoolean('isRead', { description: 'Whether the user has read it.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it arrived.' }),
  }),
});

const WorkItemScopeFilter = builder.enumType('AdminWorkItemVisibilityFilter', {
  description: 'A visibility scope to filter work items by.',
  values: {
    PRIVATE: { value: 'private', description: 'Only its owner and assignee see it.' },
    ROOM: { value: 'room', description: "Members of the item's room." },
    QUEST: { value: 'quest', description: "Members of the item's quest list." },
    SQUAD: { value: 'squad', description: "Members of the item's workspace." },
  } as const,
});

export const AdminUserProfile = builder.objectRef<UserRow>('AdminUserProfile').implement({
  description:
    "A user's account as admins see it, with their private data. Reading the email, the work " +
    'items or the inbox writes an audit entry (user.email.read, user.work_items.read, ' +
    'user.inbox.read) in the same D1 batch as the read.',
  authScopes: { admin: 'support' },
  fields: (t) => ({
    id: t.id({
      description: "The user's global ID (the same as `User.id`).",
      resolve: (row) => encodeGlobalID('User', row.id),
    }),
    user: t.field({ type: User, description: 'The public profile.', resolve: (row) => row.id }),
    email: t.string({
      nullable: true,
      description: 'The account email. Audited.',
      authScopes: { admin: 'support' },
      resolve: (row, _args, ctx) => auditedEmail(ctx, row.id),
    }),
    status: t.exposeString('status', { description: 'active, suspended or deleted.' }),
    adminRole: t.field({
      type: AdminRoleEnum,
      nullable: true,
      description: 'Their admin role, if any.',
      resolve: (row, _args, ctx) => adminRoleOfUser(ctx, row.id),
    }),
    createdAt: t.expose('createdAt', {
      type: 'DateTime',
      description: 'When the account was made.',
    }),
  }),
});

builder.objectField(AdminUserProfile, 'privateWorkItems', (t) =>
  t.connection({
    type: AdminWorkItem,
    description:
      'Every work item the user owns or is assigned to, private ones included, newest first. ' +
      'Support and above. Audited (user.work_items.read).',
    authScopes: { admin: 'support' },
    args: {
      visibilityScope: t.arg({
        type: WorkItemScopeFilter,
        description: 'Only items of this visibility scope.',
      }),
    },
    resolve: (user, args, ctx) => auditedWorkItems(ctx, user.id, args, args.visibilityScope),
  }),
);

builder.objectField(AdminUserProfile, 'inbox', (t) =>
  t.connection({
    type: AdminInboxItem,
    description: "The user's inbox, newest first. Support and above. Audited (user.inbox.read).",
    authScopes: { admin: 'support' },
    args: {
      unreadOnly: t.arg.boolean({
        defaultValue: false,
        description: 'Only items the user has not read.',
      }),
    },
    resolve: (user, args, ctx) => auditedInbox(ctx, user.id, args, args.unreadOnly ?? false),
  }),
);

builder.queryField('adminUser', (t) =>
  t.field({
    type: AdminUserProfile,
    nullable: true,
    description:
      "Any user's account, with admin-only access to their private data (each read audited). " +
      'Null when no such user. Support and above.',
    authScopes: { admin: 'support' },
    args: { id: t.arg.id({ required: true, description: 'The user (a User ID).' }) },
    resolve: (_root, args, ctx) => loadAdminUser(ctx, idOf('id', args.id, 'User')),
  }),
);

export const AccountStatusEnum = builder.enumType('AccountStatus', {
  description: 'Where an account stands.',
  values: {
    ACTIVE: { value: 'active', description: 'In use.' },
    SUSPENDED: { value: 'suspended', description: 'Suspended by an admin: cannot sign in.' },
    DELETED: { value: 'deleted', description: 'Deleted (kept for history).' },
  } as const,
});

export const AdminUserWhere = whereInput('AdminUserWhere', 'user accounts', {
  displayName: { type: StringFilter, description: 'The display name.' },
  status: {
    type: enumFilter('AccountStatusFilter', AccountStatusEnum, 'an account status'),
    description: 'The account status.',
  },
  createdAt: { type: DateTimeFilter, description: 'When the account was made.' },
  updatedAt: { type: DateTimeFilter, description: 'When the account last changed.' },
});

const AdminUserOrderFieldEnum = builder.enumType('AdminUserOrderField', {
  description: 'What the list of accounts can be sorted by.',
  values: {
    CREATED_AT: { value: 'createdAt', description: 'When the account was made.' },
    UPDATED_AT: { value: 'updatedAt', description: 'When it last changed.' },
    DISPLAY_NAME: { value: 'displayName', description: 'The display name, by code point.' },
  } as const,
});

const AdminUserOrderBy = orderByInput('AdminUserOrderBy', AdminUserOrderFieldEnum, 'accounts');

builder.queryField('adminUsers', (t) =>
  t.connection({
    type: AdminUserProfile,
    description:
      'Every account, oldest first by default, whatever its status. Support and above. Listing reads no private data (email, items, inbox stay audited per user).',
    authScopes: { admin: 'support' },
    args: {
      where: t.arg({ type: AdminUserWhere, description: 'Only accounts matching this filter.' }),
      orderBy: t.arg({
        type: [AdminUserOrderBy],
        description: 'Sort keys, up to 3, the id appended as the last tie-breaker.',
      }),
    },
    resolve: (_root, { where, orderBy, ...page }, ctx) =>
      loadRootPage(ctx, page, adminUsersQuery({ where, orderBy })),
  }),
);
