import { encodeGlobalID } from '@pothos/plugin-relay';
import {
  adminRemoveWorkspaceMember,
  adminSetWorkspaceMemberRole,
  adminTransferWorkspaceOwnership,
  adminWorkspaceMembersQuery,
  adminWorkspacesQuery,
  loadAnyWorkspace,
} from '../../resolvers/admin/workspaces';
import { ConflictError } from '../../resolvers/errors';
import { idOf } from '../../resolvers/global-id';
import { loadPage, loadRootPage } from '../../resolvers/pagination/load-page';
import type { WorkspaceMemberRow, WorkspaceRow } from '../../resolvers/workspaces/workspaces';
import { builder } from '../builder';
import { commonMutationErrors } from '../errors';
import { User } from '../users/user';
import { WorkspaceRoleEnum } from '../workspaces/workspace';

export const AdminWorkspaceMember = builder
  .objectRef<WorkspaceMemberRow>('AdminWorkspaceMember')
  .implement({
    description: 'A membership of any workspace, as admins see it (admin fields only).',
    authScopes: { admin: 'support' },
    fields: (t) => ({
      id: t.id({
        description: "The membership's global ID (the same as `WorkspaceMember.id`).",
        resolve: (row) => encodeGlobalID('WorkspaceMember', row.id),
      }),
      role: t.expose('role', { type: WorkspaceRoleEnum, description: 'What the member may do.' }),
      user: t.field({ type: User, description: 'The member.', resolve: (row) => row.userId }),
      addedBy: t.field({
        type: User,
        nullable: true,
        description: 'Who added them (null when unknown).',
        resolve: (row) => row.addedBy,
      }),
      joinedAt: t.expose('joinedAt', { type: 'DateTime', description: 'When they joined.' }),
      updatedAt: t.expose('updatedAt', {
        type: 'DateTime',
        description: 'When the membership last changed.',
      }),
    }),
  });

export const AdminWorkspace = builder.objectRef<WorkspaceRow>('AdminWorkspace').implement({
  description: 'Any workspace, as admins see it, members included (admin fields only).',
  authScopes: { admin: 'support' },
  fields: (t) => ({
    id: t.id({
      description: "The workspace's global ID (the same as `Workspace.id`).",
      resolve: (row) => encodeGlobalID('Workspace', row.id),
    }),
    name: t.exposeString('name', { description: 'The display name.' }),
    slug: t.exposeString('slug', { description: 'The unique URL-safe name.' }),
    description: t.exposeString('description', {
      nullable: true,
      description: 'What the workspace is for.',
    }),
    owner: t.field({ type: User, description: 'The owner.', resolve: (row) => row.ownerId }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When it last changed.' }),
  }),
});

builder.objectField(AdminWorkspace, 'members', (t) =>
  t.connection({
    type: AdminWorkspaceMember,
    description: 'Every member with their role, oldest first. Support and above.',
    authScopes: { admin: 'support' },
    args: {
      role: t.arg({ type: WorkspaceRoleEnum, description: 'Only members with this role.' }),
    },
    resolve: (workspace, args, ctx) =>
      loadPage(ctx, 'AdminWorkspace.members', args, workspace.id, () =>
        adminWorkspaceMembersQuery(args.role),
      ),
  }),
);

const AdminWorkspaceFilter = builder.inputType('AdminWorkspaceFilter', {
  description: 'Narrows the list of workspaces.',
  fields: (t) => ({
    name: t.string({ description: 'Only workspaces whose name contains this text (any case).' }),
  }),
});

builder.queryFields((t) => ({
  adminWorkspaces: t.connection({
    type: AdminWorkspace,
    description: 'Every workspace, oldest first, whoever its members. Support and above.',
    authScopes: { admin: 'support' },
    args: { filter: t.arg({ type: AdminWorkspaceFilter, description: 'Which workspaces.' }) },
    resolve: (_root, args, ctx) => loadRootPage(ctx, args, adminWorkspacesQuery(args.filter?.name)),
  }),
  adminWorkspace: t.field({
    type: AdminWorkspace,
    nullable: true,
    description: 'Any workspace by ID, members included; null when none. Support and above.',
    authScopes: { admin: 'support' },
    args: { id: t.arg.id({ required: true, description: 'The workspace (a Workspace ID).' }) },
    resolve: (_root, args, ctx) => loadAnyWorkspace(ctx, idOf('id', args.id, 'Workspace')),
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
