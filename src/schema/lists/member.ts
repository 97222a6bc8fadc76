import { type ListMemberRow, listMembersQuery, loadListMembers } from '../../resolvers/lists/lists';
import { loaderOptions } from '../../resolvers/loader-options';
import { loadPage } from '../../resolvers/pagination/load-page';
import { builder } from '../builder';
import { startedWithViewer } from '../started-pages';
import { User } from '../users/user';
import { List } from './list';

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
    resolve: startedWithViewer('listMemberships', (user, args, ctx) =>
      loadPage(ctx, 'User.listMemberships', args, user.id, () =>
        listMembersQuery(ctx, 'user', args.role),
      ),
    ),
  }),
);
