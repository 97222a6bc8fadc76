import { encodeGlobalID } from '@pothos/plugin-relay';
import { ADMIN_WORKSPACE_FILTERS } from '../../resolvers/admin/filters';
import {
  adminWorkspaceMembersQuery,
  adminWorkspacesQuery,
  loadAnyWorkspace,
} from '../../resolvers/admin/workspaces';
import { withWhereAndOrder } from '../../resolvers/filters/query';
import { idOf } from '../../resolvers/global-id';
import { loadPage, loadRootPage } from '../../resolvers/pagination/load-page';
import type { WorkspaceMemberRow, WorkspaceRow } from '../../resolvers/workspaces/workspaces';
import { builder } from '../builder';
import { DateTimeFilter, IdFilter, orderByInput, StringFilter, whereInput } from '../filters';
import { User } from '../users/user';
import { WorkspaceRoleEnum } from '../workspaces/member';

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

const AdminWorkspaceWhere = whereInput('AdminWorkspaceWhere', 'workspaces', {
  name: { type: StringFilter, description: 'The name.' },
  slug: { type: StringFilter, description: 'The slug.' },
  owner: { type: IdFilter, description: 'The owner (User IDs).' },
  createdAt: { type: DateTimeFilter, description: 'When it was made.' },
  updatedAt: { type: DateTimeFilter, description: 'When it last changed.' },
});

const AdminWorkspaceOrderFieldEnum = builder.enumType('AdminWorkspaceOrderField', {
  description: 'What the list of workspaces can be sorted by.',
  values: {
    CREATED_AT: { value: 'createdAt', description: 'When it was made.' },
    UPDATED_AT: { value: 'updatedAt', description: 'When it last changed.' },
    NAME: { value: 'name', description: 'The name, by code point.' },
  } as const,
});

const AdminWorkspaceOrderBy = orderByInput(
  'AdminWorkspaceOrderBy',
  AdminWorkspaceOrderFieldEnum,
  'workspaces',
);

builder.queryFields((t) => ({
  adminWorkspaces: t.connection({
    type: AdminWorkspace,
    description: 'Every workspace, oldest first, whoever its members. Support and above.',
    authScopes: { admin: 'support' },
    args: {
      filter: t.arg({
        type: AdminWorkspaceFilter,
        description: 'Which workspaces.',
        deprecationReason: 'Use `where` (AdminWorkspaceWhere), e.g. `{ name: { contains: "x" } }`.',
      }),
      where: t.arg({
        type: AdminWorkspaceWhere,
        description: 'Only workspaces matching this filter.',
      }),
      orderBy: t.arg({
        type: [AdminWorkspaceOrderBy],
        description: 'Sort keys, up to 3, the id appended (default: oldest first).',
      }),
    },
    resolve: (_root, args, ctx) =>
      loadRootPage(
        ctx,
        args,
        withWhereAndOrder(adminWorkspacesQuery(args.filter?.name), ADMIN_WORKSPACE_FILTERS, args),
      ),
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
