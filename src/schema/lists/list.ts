import {
  type ListItemRow,
  type ListMemberRow,
  type ListRow,
  listItemsQuery,
  listMembersQuery,
  loadListItems,
  loadListMembers,
  loadLists,
  workspaceListsQuery,
} from '../../resolvers/lists/lists';
import { loaderOptions } from '../../resolvers/loader-options';
import { loadPage } from '../../resolvers/pagination/load-page';
import { builder } from '../builder';
import { User } from '../users/user';
import { Workspace } from '../workspaces/workspace';

export const ListKindEnum = builder.enumType('ListKind', {
  description: 'What a list is for.',
  values: {
    CHECKLIST: {
      value: 'checklist',
      description: 'A checklist of the workspace: every workspace member sees it.',
    },
    QUEST: {
      value: 'quest',
      description:
        'A shared quest: seen by its list members and the workspace owner and admins only.',
    },
  } as const,
});

export const ListRoleEnum = builder.enumType('ListRole', {
  description: 'What a list member may do.',
  values: {
    OWNER: { value: 'owner', description: 'Owns the list: manages its members.' },
    EDITOR: { value: 'editor', description: 'Adds, completes and removes items.' },
    VIEWER: { value: 'viewer', description: 'Reads only.' },
  } as const,
});

export const DeliveryPreferenceEnum = builder.enumType('DeliveryPreference', {
  description:
    'How a list member hears, by email, of entries others add to the list or check off (never of their own changes).',
  values: {
    INSTANT: {
      value: 'instant',
      description: 'One email per change, sent within moments of it.',
    },
    DAILY_DIGEST: {
      value: 'daily_digest',
      description:
        'One email a day (sent shortly after 00:15 UTC) listing the previous UTC day’s changes on every list where the member chose this.',
    },
    NONE: { value: 'none', description: 'No emails about this list.' },
  } as const,
});

export const List = builder.loadableNode('List', {
  description:
    "A shared list of a workspace: a checklist (seen by the workspace's members) or a quest (seen by its list members and the workspace's owner and admins). Its owner and list members always see it.",
  id: { resolve: (list: ListRow) => list.id },
  loaderOptions,
  sort: (list) => list.id,
  load: (ids: string[], ctx) => loadLists(ctx, ids),
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The display name.' }),
    description: t.exposeString('description', {
      nullable: true,
      description: 'What the list is for.',
    }),
    kind: t.expose('kind', { type: ListKindEnum, description: 'Checklist or quest.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When it last changed.' }),
    owner: t.field({
      type: User,
      description: 'The user who created and owns the list.',
      resolve: (list) => list.ownerId,
    }),
    workspace: t.field({
      type: Workspace,
      nullable: true,
      description:
        "The list's workspace; null when the viewer sees the list (as a list member) but is not a member of its workspace.",
      resolve: (list) => list.workspaceId,
    }),
  }),
});

export const ListItem = builder.loadableNode('ListItem', {
  description: 'An entry of a list. Seen by whoever sees the list.',
  id: { resolve: (item: ListItemRow) => item.id },
  loaderOptions,
  sort: (item) => item.id,
  load: (ids: string[], ctx) => loadListItems(ctx, ids),
  fields: (t) => ({
    title: t.exposeString('title', { description: 'What the entry says.' }),
    isCompleted: t.exposeBoolean('isCompleted', { description: 'Whether it is checked off.' }),
    completedAt: t.expose('completedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was checked off; null while open.',
    }),
    completedBy: t.field({
      type: User,
      nullable: true,
      description: 'Who checked it off; null while open (or when that account is gone).',
      resolve: (item) => item.completedBy,
    }),
    position: t.exposeInt('position', {
      description: 'Its place in the list (ascending; ties are ordered by id).',
    }),
    createdBy: t.field({
      type: User,
      nullable: true,
      description: 'Who added it (null when that account is gone).',
      resolve: (item) => item.createdBy,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was added.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When it last changed.' }),
    list: t.field({
      type: List,
      description: 'The list it is on.',
      resolve: (item) => item.listId,
    }),
  }),
});

export const ListMember = builder.loadableNode('ListMember', {
  description: "A user's membership of a list, with their role and delivery preference.",
  id: { resolve: (member: ListMemberRow) => member.id },
  loaderOptions,
  sort: (member) => member.id,
  load: (ids: string[], ctx) => loadListMembers(ctx, ids),
  fields: (t) => ({
    role: t.expose('role', { type: ListRoleEnum, description: 'What the member may do.' }),
    deliveryPreference: t.expose('deliveryPreference', {
      type: DeliveryPreferenceEnum,
      description: 'How the member hears about changes to the list.',
    }),
    joinedAt: t.expose('joinedAt', { type: 'DateTime', description: 'When they joined.' }),
    user: t.field({ type: User, description: 'The member.', resolve: (member) => member.userId }),
    list: t.field({ type: List, description: 'The list.', resolve: (member) => member.listId }),
  }),
});

builder.objectField(Workspace, 'lists', (t) =>
  t.connection({
    type: List,
    description: 'The lists of the workspace the viewer sees, oldest first.',
    args: { kind: t.arg({ type: ListKindEnum, description: 'Only lists of this kind.' }) },
    resolve: (workspace, args, ctx) =>
      loadPage(ctx, 'Workspace.lists', args, workspace.id, () =>
        workspaceListsQuery(ctx, args.kind),
      ),
  }),
);

builder.objectField(List, 'items', (t) =>
  t.connection({
    type: ListItem,
    description: 'The entries, in list order (position, then id).',
    args: {
      completed: t.arg.boolean({
        description: 'true: only checked-off entries; false: only open ones.',
      }),
    },
    resolve: (list, args, ctx) =>
      loadPage(ctx, 'List.items', args, list.id, () => listItemsQuery(ctx, args.completed)),
  }),
);

builder.objectField(List, 'members', (t) =>
  t.connection({
    type: ListMember,
    description: 'The members, oldest first.',
    args: { role: t.arg({ type: ListRoleEnum, description: 'Only members with this role.' }) },
    resolve: (list, args, ctx) =>
      loadPage(ctx, 'List.members', args, list.id, () => listMembersQuery(ctx, 'list', args.role)),
  }),
);

builder.objectField(User, 'listMemberships', (t) =>
  t.connection({
    type: ListMember,
    description: "The user's list memberships, oldest first: only of lists the viewer sees.",
    args: { role: t.arg({ type: ListRoleEnum, description: 'Only memberships with this role.' }) },
    resolve: (user, args, ctx) =>
      loadPage(ctx, 'User.listMemberships', args, user.id, () =>
        listMembersQuery(ctx, 'user', args.role),
      ),
  }),
);
