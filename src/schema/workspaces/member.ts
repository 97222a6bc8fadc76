import { workspaceMembers } from '../../db/tables';
import { loaderOptions } from '../../resolvers/loader-options';
import type { ConnectionArgs } from '../../resolvers/pagination/args';
import {
  loadWorkspaceMembers,
  userMembershipsQuery,
  type WorkspaceMemberRow,
  workspaceMembersQuery,
} from '../../resolvers/workspaces/workspaces';
import { builder } from '../builder';
import { childPagesOnPage, loadConnection, readWithParents } from '../child-pages';
import { pageWithJoins } from '../page-joins';
import { startedWithViewer } from '../started-pages';
import { User, userTarget } from '../users/user';
import { Workspace, workspaceTarget } from './workspace';

export const WorkspaceRoleEnum = builder.enumType('WorkspaceRole', {
  description: 'What a member may do in a workspace.',
  values: {
    OWNER: { value: 'owner', description: 'Owns the workspace; manages everything.' },
    ADMIN: { value: 'admin', description: 'Manages members and settings.' },
    MEMBER: { value: 'member', description: 'Works in the workspace.' },
    VIEWER: { value: 'viewer', description: 'Reads only.' },
  } as const,
});

export const WorkspaceMember = builder.loadableNode('WorkspaceMember', {
  description: "A user's membership of a workspace, with their role.",
  id: { resolve: (member: WorkspaceMemberRow) => member.id },
  loaderOptions,
  sort: (member) => member.id,
  load: (ids: string[], ctx) => loadWorkspaceMembers(ctx, ids),
  fields: (t) => ({
    role: t.expose('role', { type: WorkspaceRoleEnum, description: 'What the member may do.' }),
    joinedAt: t.expose('joinedAt', { type: 'DateTime', description: 'When they joined.' }),
    user: t.field({
      type: User,
      description: 'The member.',
      resolve: (member) => member.userId,
    }),
    workspace: t.field({
      type: Workspace,
      description: 'The workspace.',
      resolve: (member) => member.workspaceId,
    }),
  }),
});

/**
 * A workspace's members with their users when selected, read with the page or the refetched
 * node that holds the workspace; the users' memberships read with them.
 */
const workspaceMembersPage = readWithParents(
  'Workspace',
  'members',
  (ctx, args: ConnectionArgs & { role?: WorkspaceMemberRow['role'] | null }, info) =>
    pageWithJoins(
      ctx,
      info,
      'Workspace.members',
      workspaceMembers,
      { user: [workspaceMembers.userId, userTarget] },
      () => ({
        ...workspaceMembersQuery(ctx, args.role),
        children: childPagesOnPage(ctx, info, 'WorkspaceMember', { user: ['userId', 'User'] }),
      }),
    ),
);

builder.objectField(Workspace, 'members', (t) =>
  t.connection({
    type: WorkspaceMember,
    description: 'Members, oldest first.',
    args: {
      role: t.arg({ type: WorkspaceRoleEnum, description: 'Only members with this role.' }),
    },
    resolve: (workspace, args, ctx, info) =>
      loadConnection(ctx, workspaceMembersPage(ctx, args, info), args, workspace.id),
  }),
);

/**
 * A user's memberships with their workspaces when selected, read with the page of members that
 * holds the user; their workspaces' work items read with them (a dashboard in one round trip).
 */
const userMemberships = readWithParents(
  'User',
  'workspaceMemberships',
  (ctx, _args: ConnectionArgs, info) =>
    pageWithJoins(
      ctx,
      info,
      'User.workspaceMemberships',
      workspaceMembers,
      { workspace: [workspaceMembers.workspaceId, workspaceTarget] },
      () => ({
        ...userMembershipsQuery(ctx),
        children: childPagesOnPage(ctx, info, 'WorkspaceMember', {
          workspace: ['workspaceId', 'Workspace'],
        }),
      }),
    ),
);

builder.objectField(User, 'workspaceMemberships', (t) =>
  t.connection({
    type: WorkspaceMember,
    description:
      'The workspaces this user belongs to (as memberships), oldest first: only those the viewer shares.',
    resolve: startedWithViewer('workspaceMemberships', (user, args: ConnectionArgs, ctx, info) =>
      loadConnection(ctx, userMemberships(ctx, args, info), args, user.id),
    ),
  }),
);
