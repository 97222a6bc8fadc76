import { adminUserStats } from '../../resolvers/admin/filters';
import type { GroupRow } from '../../resolvers/filters/group';
import { builder } from '../builder';
import { AccountStatusEnum, AdminUserWhere } from './user-profile';

const AdminUserGroupByEnum = builder.enumType('AdminUserGroupBy', {
  description: 'What accounts are counted by.',
  values: {
    STATUS: { value: 'status', description: 'Their status.' },
    CREATED_WEEK: {
      value: 'createdWeek',
      description: 'The week (Monday, UTC) the account was made.',
    },
    CREATED_MONTH: { value: 'createdMonth', description: 'The month (UTC) the account was made.' },
  } as const,
});

const key = (row: GroupRow, name: string) => (row.keys[name] ?? null) as string | null;

export const AdminUserGroup = builder.objectRef<GroupRow>('AdminUserGroup').implement({
  description: 'How many accounts share a combination of keys; keys not grouped by are null.',
  fields: (t) => ({
    count: t.exposeInt('count', { description: 'Accounts in the group.' }),
    status: t.field({
      type: AccountStatusEnum,
      nullable: true,
      description: 'The status (grouped by STATUS).',
      resolve: (row) => key(row, 'status') as 'active' | null,
    }),
    createdWeek: t.string({
      nullable: true,
      description: 'The Monday (YYYY-MM-DD, UTC) of the creation week (grouped by CREATED_WEEK).',
      resolve: (row) => key(row, 'createdWeek'),
    }),
    createdMonth: t.string({
      nullable: true,
      description: 'The creation month (YYYY-MM, UTC; grouped by CREATED_MONTH).',
      resolve: (row) => key(row, 'createdMonth'),
    }),
  }),
});

builder.queryField('adminUserStats', (t) =>
  t.field({
    type: [AdminUserGroup],
    description:
      'Accounts counted by status or creation time; largest groups first, at most 500. Support and above.',
    authScopes: { admin: 'support' },
    args: {
      where: t.arg({ type: AdminUserWhere, description: 'Only accounts matching this filter.' }),
      groupBy: t.arg({
        type: [AdminUserGroupByEnum],
        required: true,
        description: 'The keys of a group: 1 to 3 of them.',
      }),
    },
    resolve: (_root, args, ctx) => adminUserStats(ctx, args),
  }),
);
