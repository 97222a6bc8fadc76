import { grantAdminRole, revokeAdminRole } from '../../resolvers/admin/accounts';
import { LastOwnerError } from '../../resolvers/admin/errors';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from '../../resolvers/admin/imports/parse';
import { startImport } from '../../resolvers/admin/imports/run';
import {
  SETTING_DEFINITIONS,
  type SystemSettingKey,
  type SystemSettingRow,
  updateSystemSetting,
} from '../../resolvers/admin/settings';
import {
  adminRemoveWorkspaceMember,
  adminSetWorkspaceMemberRole,
  adminTransferWorkspaceOwnership,
} from '../../resolvers/admin/workspaces';
import { ConflictError } from '../../resolvers/errors';
import { idOf } from '../../resolvers/global-id';
import { builder } from '../builder';
import { commonMutationErrors } from '../errors';
import { WorkspaceRoleEnum } from '../workspaces/member';
import { AdminAccount, AdminRoleEnum } from './account';
import { ImportFormatEnum, ImportKindEnum, ImportSession } from './import-session';
import { type SettingView, SystemSetting, SystemSettingKeyEnum } from './system-settings';
import { AdminWorkspace, AdminWorkspaceMember } from './workspace';

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
      'Gives a user an admin role or changes it. Owners only; demoting the last active OWNER ' +
      'fails with LastOwnerError; ConflictError for a suspended or deleted account. Audited.',
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
      'active OWNER cannot be removed (LastOwnerError). Audited.',
    authScopes: { admin: 'owner' },
    errors: adminAccountErrors,
    args: {
      input: t.arg({ type: RevokeAdminRoleInput, required: true, description: 'Whose role.' }),
    },
    resolve: (_root, { input }, ctx) =>
      revokeAdminRole(ctx, idOf('input.userId', input.userId, 'User')),
  }),
}));

const AdminWorkspaceMemberRoleInput = builder.inputType('AdminWorkspaceMemberRoleInput', {
  description: 'A user in any workspace and the role to give them.',
  fields: (t) => ({
    workspaceId: t.id({ required: true, description: 'The workspace.' }),
    userId: t.id({ required: true, description: 'The user; added as a member when not one.' }),
    role: t.field({
      type: WorkspaceRoleEnum,
      required: true,
      description: 'ADMIN, MEMBER or VIEWER (OWNER moves by adminTransferWorkspaceOwnership).',
    }),
  }),
});

const AdminRemoveWorkspaceMemberInput = builder.inputType('AdminRemoveWorkspaceMemberInput', {
  description: 'A member to remove from any workspace.',
  fields: (t) => ({
    workspaceId: t.id({ required: true, description: 'The workspace.' }),
    userId: t.id({ required: true, description: 'The member (not the owner).' }),
  }),
});

const AdminTransferWorkspaceOwnershipInput = builder.inputType(
  'AdminTransferWorkspaceOwnershipInput',
  {
    description: 'A workspace and the member who becomes its owner.',
    fields: (t) => ({
      workspaceId: t.id({ required: true, description: 'The workspace.' }),
      newOwnerId: t.id({ required: true, description: 'A current member (a User ID).' }),
    }),
  },
);

const repairErrors = { types: [...commonMutationErrors, ConflictError] };

builder.mutationFields((t) => ({
  adminSetWorkspaceMemberRole: t.field({
    type: AdminWorkspaceMember,
    description:
      "Sets a user's role in any workspace, adding them if needed. Admins and owners. Audited.",
    authScopes: { admin: 'admin' },
    errors: repairErrors,
    args: {
      input: t.arg({
        type: AdminWorkspaceMemberRoleInput,
        required: true,
        description: 'Who, where, which role.',
      }),
    },
    resolve: (_root, { input }, ctx) =>
      adminSetWorkspaceMemberRole(
        ctx,
        idOf('input.workspaceId', input.workspaceId, 'Workspace'),
        idOf('input.userId', input.userId, 'User'),
        input.role,
      ),
  }),
  adminRemoveWorkspaceMember: t.field({
    type: AdminWorkspaceMember,
    description:
      'Removes anyone but the owner from any workspace; returns the removed membership. ' +
      'Admins and owners. Audited.',
    authScopes: { admin: 'admin' },
    errors: repairErrors,
    args: {
      input: t.arg({
        type: AdminRemoveWorkspaceMemberInput,
        required: true,
        description: 'Who and where.',
      }),
    },
    resolve: (_root, { input }, ctx) =>
      adminRemoveWorkspaceMember(
        ctx,
        idOf('input.workspaceId', input.workspaceId, 'Workspace'),
        idOf('input.userId', input.userId, 'User'),
      ),
  }),
  adminTransferWorkspaceOwnership: t.field({
    type: AdminWorkspace,
    description:
      'Makes a member the owner, atomically: their role becomes OWNER, the previous owner ' +
      'becomes ADMIN, and the workspace records the new owner. Admins and owners. Audited.',
    authScopes: { admin: 'admin' },
    errors: repairErrors,
    args: {
      input: t.arg({
        type: AdminTransferWorkspaceOwnershipInput,
        required: true,
        description: 'Which workspace, which member.',
      }),
    },
    resolve: (_root, { input }, ctx) =>
      adminTransferWorkspaceOwnership(
        ctx,
        idOf('input.workspaceId', input.workspaceId, 'Workspace'),
        idOf('input.newOwnerId', input.newOwnerId, 'User'),
      ),
  }),
}));

const rowView = (row: SystemSettingRow): SettingView => ({
  ...row,
  key: row.key as SystemSettingKey,
  description: row.description ?? SETTING_DEFINITIONS[row.key as SystemSettingKey].description,
});

const UpdateSystemSettingInput = builder.inputType('UpdateSystemSettingInput', {
  description: 'A setting and its new value, validated by the rule of the key.',
  fields: (t) => ({
    key: t.field({ type: SystemSettingKeyEnum, required: true, description: 'Which setting.' }),
    value: t.string({
      required: true,
      description:
        'The new value as text: "true"/"false" for MAINTENANCE_MODE, a number >= 0 for ' +
        'MAX_AI_COST_PER_USER_DAILY, an integer 1-100000 for DEFAULT_RATE_LIMIT, an integer number of ' +
        'bytes for ATTACHMENT_MAX_BYTES and WORKSPACE_STORAGE_QUOTA_BYTES, comma-separated media ' +
        'types for ATTACHMENT_ALLOWED_TYPES.',
    }),
  }),
});

builder.mutationField('updateSystemSetting', (t) =>
  t.field({
    type: SystemSetting,
    description:
      'Changes a setting; it takes effect from the next request. Admins and owners. Audited.',
    authScopes: { admin: 'admin' },
    errors: { types: commonMutationErrors },
    args: {
      input: t.arg({
        type: UpdateSystemSettingInput,
        required: true,
        description: 'Key and value.',
      }),
    },
    resolve: async (_root, { input }, ctx) =>
      rowView(await updateSystemSetting(ctx, input.key, input.value)),
  }),
);

const StartImportInput = builder.inputType('StartImportInput', {
  description: `Content to import: at most ${MAX_IMPORT_BYTES.toLocaleString('en-US')} bytes and ${MAX_IMPORT_ROWS.toLocaleString('en-US')} data rows.`,
  fields: (t) => ({
    kind: t.field({ type: ImportKindEnum, required: true, description: 'What to create.' }),
    format: t.field({ type: ImportFormatEnum, required: true, description: 'CSV or JSON.' }),
    content: t.string({ required: true, description: 'The file itself, as text.' }),
  }),
});

builder.mutationField('startImport', (t) =>
  t.field({
    type: ImportSession,
    description:
      'Imports users or work items. Each row is validated on its own: good rows are written ' +
      'in batches, bad rows recorded with their number and reason; the session returned is ' +
      'complete. Running the same file again creates no duplicates. Admins and owners. Audited.',
    authScopes: { admin: 'admin' },
    errors: { types: commonMutationErrors },
    args: { input: t.arg({ type: StartImportInput, required: true, description: 'The content.' }) },
    resolve: (_root, { input }, ctx) => startImport(ctx, input.kind, input.format, input.content),
  }),
);
