import { encodeGlobalID } from '@pothos/plugin-relay';
import {
  type AdminAccountRow,
  adminAccountsQuery,
  grantAdminRole,
  revokeAdminRole,
} from '../../resolvers/admin/accounts';
import { LastOwnerError } from '../../resolvers/admin/errors';
import { ConflictError } from '../../resolvers/errors';
import { idOf } from '../../resolvers/global-id';
import { loadRootPage } from '../../resolvers/pagination/load-page';
import { builder } from '../builder';
import { commonMutationErrors } from '../errors';
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

const GrantAdminRoleInput = builder.inputType('GrantAdminRoleInput', {
  description: 'A user and the admin role to give them.',
  fields: (t) => ({
    userId: t.id({ required: true, description: 'The user (a User ID).' }),
    role: t.field({ type: AdminRoleEnum, required: true, description: 'The role to give.' }),
  }),
});

const RevokeAdminRoleInput = builder.inputType('RevokeAdminRoleInput', {
  description: 'The admin whose role is taken away.',
  fields: (t) => ({
    userId: t.id({ required: true, description: 'The admin (a User ID).' }),
  }),
});

const adminAccountErrors = { types: [...commonMutationErrors, ConflictError, LastOwnerError] };

builder.mutationFields((t) => ({
  grantAdminRole: t.field({
    type: AdminAccount,
    description:
      'Gives a user an admin role or changes it. Owners only; demoting the last OWNER fails ' +
      'with LastOwnerError. Audited.',
    authScopes: { admin: 'owner' },
    errors: adminAccountErrors,
    args: {
      input: t.arg({
        type: GrantAdminRoleInput,
        required: true,
        description: 'Who and which role.',
      }),
    },
    resolve: (_root, { input }, ctx) =>
      grantAdminRole(ctx, idOf('input.userId', input.userId, 'User'), input.role),
  }),
  revokeAdminRole: t.field({
    type: AdminAccount,
    description:
      "Takes a user's admin role away; returns the account as it was. Owners only; the last " +
      'OWNER cannot be removed (LastOwnerError). Audited.',
    authScopes: { admin: 'owner' },
    errors: adminAccountErrors,
    args: {
      input: t.arg({ type: RevokeAdminRoleInput, required: true, description: 'Whose role.' }),
    },
    resolve: (_root, { input }, ctx) =>
      revokeAdminRole(ctx, idOf('input.userId', input.userId, 'User')),
  }),
}));
