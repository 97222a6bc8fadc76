import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import {
  ChangeWorkspaceMemberRoleDetailedDocument,
  CreateWorkspaceDetailedDocument,
  ListsSeenDocument,
  RemoveWorkspaceMemberDetailedDocument,
  type WorkspaceRole,
} from '../generated/graphql';
import { gql, mutate, variant } from '../helpers/client';
import { addMember, insertUser, insertWorkspace } from '../helpers/seed';

const gid = (type: string, id: string) => btoa(`${type}:${id}`);

describe('workspace mutations', () => {
  it('creates a workspace with the viewer as its owner, in one batch', async () => {
    const userId = await insertUser({ displayName: 'Owner' });
    const result = await mutate(
      CreateWorkspaceDetailedDocument,
      { name: '  Rocket Team ', slug: 'rocket-team-1' },
      userId,
    );
    expect(result).toMatchObject({
      __typename: 'CreateWorkspaceSuccess',
      data: {
        name: 'Rocket Team',
        slug: 'rocket-team-1',
        owner: { displayName: 'Owner' },
        members: { totalCount: 1, edges: [{ node: { role: 'OWNER' } }] },
      },
    });
  });

  it('returns a ValidationError and writes nothing for a blank name', async () => {
    const userId = await insertUser();
    const before = await env.DB.prepare('SELECT count(*) AS n FROM workspaces').first<{
      n: number;
    }>();
    const result = await mutate(CreateWorkspaceDetailedDocument, { name: '   ' }, userId);
    expect(result).toMatchObject({
      __typename: 'ValidationError',
      code: 'VALIDATION_FAILED',
      issues: [{ field: 'input.name', message: 'must not be empty.' }],
    });
    const after = await env.DB.prepare('SELECT count(*) AS n FROM workspaces').first<{
      n: number;
    }>();
    expect(after?.n).toBe(before?.n);
  });

  it('returns a ConflictError for a taken slug', async () => {
    const userId = await insertUser();
    await mutate(CreateWorkspaceDetailedDocument, { name: 'A', slug: 'taken-slug' }, userId);
    const result = await mutate(
      CreateWorkspaceDetailedDocument,
      { name: 'B', slug: 'taken-slug' },
      userId,
    );
    expect(result).toMatchObject({ __typename: 'ConflictError' });
  });

  it('refuses anonymous callers with a FORBIDDEN error', async () => {
    const result = await gql(CreateWorkspaceDetailedDocument, { input: { name: 'Nope' } });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(result.data).toBeNull();
  });

  it('lets admins change member roles but not grant admin; members cannot manage', async () => {
    const owner = await insertUser();
    const admin = await insertUser();
    const member = await insertUser();
    const workspaceId = await insertWorkspace(owner);
    await addMember(workspaceId, admin, 'admin');
    await addMember(workspaceId, member, 'member');
    const input = (userId: string, role: WorkspaceRole) => ({
      workspaceId: gid('Workspace', workspaceId),
      userId: gid('User', userId),
      role,
    });

    const byAdmin = await mutate(
      ChangeWorkspaceMemberRoleDetailedDocument,
      input(member, 'VIEWER'),
      admin,
    );
    expect(byAdmin).toEqual({
      __typename: 'ChangeWorkspaceMemberRoleSuccess',
      data: { role: 'VIEWER' },
    });

    const adminGrants = await mutate(
      ChangeWorkspaceMemberRoleDetailedDocument,
      input(member, 'ADMIN'),
      admin,
    );
    expect(adminGrants.__typename).toBe('ForbiddenError');

    const byMember = await mutate(
      ChangeWorkspaceMemberRoleDetailedDocument,
      input(admin, 'MEMBER'),
      member,
    );
    expect(byMember.__typename).toBe('ForbiddenError');

    const row = await env.DB.prepare('SELECT role FROM workspace_members WHERE user_id = ?')
      .bind(admin)
      .first<{ role: string }>();
    expect(row?.role).toBe('admin');
  });

  it('hides workspaces from non-members: changing roles there is NotFound', async () => {
    const owner = await insertUser();
    const stranger = await insertUser();
    const workspaceId = await insertWorkspace(owner);
    const result = await mutate(
      ChangeWorkspaceMemberRoleDetailedDocument,
      { workspaceId: gid('Workspace', workspaceId), userId: gid('User', owner), role: 'MEMBER' },
      stranger,
    );
    expect(result.__typename).toBe('NotFoundError');
  });
});

describe('removing a workspace member', () => {
  it('also ends their room and quest access in that workspace, in the same batch', async () => {
    const { insertRoom, addRoomMember, insertList, addListMember, insertWorkItem } = await import(
      '../helpers/work-seed'
    );
    const owner = await insertUser();
    const member = await insertUser();
    const workspaceId = await insertWorkspace(owner);
    await addMember(workspaceId, member);
    const roomId = await insertRoom(workspaceId, { createdBy: owner });
    await addRoomMember(roomId, member);
    const listId = await insertList(workspaceId, owner);
    await addListMember(listId, member);
    const roomItem = await insertWorkItem({ workspaceId, ownerId: owner, roomId, scope: 'room' });
    const questItem = await insertWorkItem({ workspaceId, ownerId: owner, listId, scope: 'quest' });
    const ids = [gid('WorkItem', roomItem), gid('WorkItem', questItem)];
    const seen = async () =>
      (await gql(ListsSeenDocument, { ids }, { as: member })).data?.nodes.filter(Boolean).length;
    expect(await seen()).toBe(2);

    const removed = await mutate(
      RemoveWorkspaceMemberDetailedDocument,
      { workspaceId: gid('Workspace', workspaceId), userId: gid('User', member) },
      owner,
    );
    variant(removed, 'RemoveWorkspaceMemberSuccess');
    expect(await seen()).toBe(0);
    const left = await env.DB.prepare(
      `SELECT (SELECT count(*) FROM room_members WHERE user_id = ?1) + (SELECT count(*) FROM list_members WHERE user_id = ?1) AS n`,
    )
      .bind(member)
      .first<{ n: number }>();
    expect(left?.n).toBe(0);
  });
});
