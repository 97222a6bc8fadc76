import { encodeGlobalID } from '@pothos/plugin-relay';
import { type AdminAccountRow, adminAccountsQuery } from '../../resolvers/admin/accounts';
import { loadRootPage } from '../../resolvers/pagination/load-page';
import { builder } from '../builder';
import { User } from '../users/user';

export const AdminRoleEnum = builder.enumType('AdminRole', {
  description: 'What an admin may do; each role includes the powers of the ones below it.',
  values: {
    OWNER: { value: 'owner', description: 'Everything, and manages admins (grant and revoke).' },
    ADMIN: { value: 'admin', description: 'Reads and changes: settings, workspaces, imports.' },
    SUPPORT: { value: 'support', description: 'Reads only: admin fields, audit trail, data.' },
  } as const,
});

export const AdminAccount = builder.objectRef<AdminAccountRow>('AdminAccount').implement({
  description: 'A user with an admin role (admin fields only).',
  authScopes: { admin: 'support' },
  fields: (t) => ({
    id: t.id({
      description: 'Opaque ID of this admin account.',
      resolve: (row) => encodeGlobalID('AdminAccount', row.id),
    }),
    user: t.field({ type: User, description: 'The admin.', resolve: (row) => row.userId }),
    role: t.expose('role', { type: AdminRoleEnum, description: 'Their admin role.' }),
    createdBy: t.field({
      type: User,
      nullable: true,
      description: 'Who granted the first role (null when unknown or deleted).',
      resolve: (row) => row.createdBy,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When they became admin.' }),
    updatedAt: t.expose('updatedAt', {
      type: 'DateTime',
      description: 'When the role last changed.',
    }),
  }),
});

builder.queryField('admins', (t) =>
  t.connection({
    type: AdminAccount,
    description: 'Every admin account, oldest first. Support and above.',
    authScopes: { admin: 'support' },
    args: { role: t.arg({ type: AdminRoleEnum, description: 'Only admins with this role.' }) },
    resolve: (_root, args, ctx) => loadRootPage(ctx, args, adminAccountsQuery(args.role)),
  }),
);
