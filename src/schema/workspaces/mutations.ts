import { encodeGlobalID } from '@pothos/plugin-relay';
import { ConflictError } from '../../resolvers/errors';
import { idOf } from '../../resolvers/global-id';
import {
  addWorkspaceMember,
  changeWorkspaceMemberRole,
  createWorkspace,
  removeWorkspaceMember,
  renameWorkspace,
} from '../../resolvers/workspaces/mutations';
import { builder } from '../builder';
import { commonMutationErrors } from '../errors';
import { WorkspaceMember, WorkspaceRoleEnum } from './member';
import { Workspace } from './workspace';

const mutationErrors = { types: [...commonMutationErrors, ConflictError] };

const CreateWorkspaceInput = builder.inputType('CreateWorkspaceInput', {
  description: 'A new workspace; the viewer becomes its owner.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Display name, 1-100 characters.' }),
    slug: t.string({
      description:
        'Unique URL-safe name (lowercase letters, digits, dashes); derived from the name when omitted.',
    }),
    description: t.string({ description: 'What the workspace is for (up to 2,000 characters).' }),
  }),
});

const RenameWorkspaceInput = builder.inputType('RenameWorkspaceInput', {
  description: 'New name (and optionally description) for a workspace.',
  fields: (t) => ({
    workspaceId: t.id({ required: true, description: 'The workspace.' }),
    name: t.string({ required: true, description: 'The new name, 1-100 characters.' }),
    description: t.string({
      description: 'The new description; null clears it, omitted keeps it.',
    }),
  }),
});

const WorkspaceMemberInput = builder.inputType('WorkspaceMemberInput', {
  description: 'A user in a workspace, and the role to give them.',
  fields: (t) => ({
    workspaceId: t.id({ required: true, description: 'The workspace.' }),
    userId: t.id({ required: true, description: 'The user.' }),
    role: t.field({
      type: WorkspaceRoleEnum,
      required: true,
      description: 'The role (not OWNER: ownership is transferred, not granted).',
    }),
  }),
});

const RemoveWorkspaceMemberInput = builder.inputType('RemoveWorkspaceMemberInput', {
  description: 'A member to remove from a workspace (yourself, to leave it).',
  fields: (t) => ({
    workspaceId: t.id({ required: true, description: 'The workspace.' }),
    userId: t.id({ required: true, description: 'The member to remove.' }),
  }),
});

builder.mutationFields((t) => ({
  createWorkspace: t.field({
    type: Workspace,
    description: 'Creates a workspace owned by the viewer.',
    errors: mutationErrors,
    args: {
      input: t.arg({ type: CreateWorkspaceInput, required: true, description: 'What to change.' }),
    },
    resolve: (_root, { input }, ctx) => createWorkspace(ctx, input),
  }),
  renameWorkspace: t.field({
    type: Workspace,
    description: 'Renames a workspace. Owners and admins only.',
    errors: mutationErrors,
    args: {
      input: t.arg({ type: RenameWorkspaceInput, required: true, description: 'What to change.' }),
    },
    resolve: (_root, { input }, ctx) =>
      renameWorkspace(ctx, idOf('input.workspaceId', input.workspaceId, 'Workspace'), input),
  }),
  addWorkspaceMember: t.field({
    type: WorkspaceMember,
    description: 'Adds a user to a workspace. Owners and admins; only the owner adds admins.',
    errors: mutationErrors,
    args: {
      input: t.arg({ type: WorkspaceMemberInput, required: true, description: 'What to change.' }),
    },
    resolve: (_root, { input }, ctx) =>
      addWorkspaceMember(
        ctx,
        idOf('input.workspaceId', input.workspaceId, 'Workspace'),
        idOf('input.userId', input.userId, 'User'),
        input.role,
      ),
  }),
  changeWorkspaceMemberRole: t.field({
    type: WorkspaceMember,
    description:
      "Changes a member's role. Owners and admins; only the owner grants or removes ADMIN.",
    errors: mutationErrors,
    args: {
      input: t.arg({ type: WorkspaceMemberInput, required: true, description: 'What to change.' }),
    },
    resolve: (_root, { input }, ctx) =>
      changeWorkspaceMemberRole(
        ctx,
        idOf('input.workspaceId', input.workspaceId, 'Workspace'),
        idOf('input.userId', input.userId, 'User'),
        input.role,
      ),
  }),
  removeWorkspaceMember: t.id({
    description:
      'Removes a member (or leaves, when it is yourself). Returns the removed membership ID.',
    errors: mutationErrors,
    args: {
      input: t.arg({
        type: RemoveWorkspaceMemberInput,
        required: true,
        description: 'What to change.',
      }),
    },
    resolve: async (_root, { input }, ctx) => {
      const id = await removeWorkspaceMember(
        ctx,
        idOf('input.workspaceId', input.workspaceId, 'Workspace'),
        idOf('input.userId', input.userId, 'User'),
      );
      return encodeGlobalID('WorkspaceMember', id);
    },
  }),
}));
