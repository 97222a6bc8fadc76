import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/context';
import { adminTransferWorkspaceOwnership } from '../../src/resolvers/admin/workspaces';
import { ConflictError } from '../../src/resolvers/errors';
import {
  AdminInspectWorkspaceDocument,
  AdminRemoveMemberDocument,
  AdminSetMemberRoleDocument,
  AdminTransferOwnershipDocument,
  AdminWorkspaceCountByNameDocument,
  AdminWorkspacesByNameDocument,
} from '../generated/graphql';
import { addMember, insertUser, insertWorkspace, uid } from '../helpers/seed';
import { auditRows, count, gid, gql, insertAdmin } from './helpers';

async function roleOf(workspaceId: string, userId: string) {
  const row = await env.DB.prepare(
    'SELECT role FROM workspace_members WHERE workspace_id = ? AND user_id = ?',
  )
    .bind(workspaceId, userId)
    .first<{ role: string }>();
  return row?.role ?? null;
}

describe('admin workspace access', () => {
  it('lists every workspace (filtered by name) and inspects members, without being a member', async () => {
    const support = await insertAdmin('support');
    const owner = await insertUser();
    const member = await insertUser();
    const tag = uid('zebra').replace(/[^a-z0-9]/gi, '');
    const workspaceId = await insertWorkspace(owner, `Team ${tag} 50%`);
    await insertWorkspace(owner, 'Unrelated');
    await addMember(workspaceId, member, 'viewer');

    const list = await gql(
      AdminWorkspacesByNameDocument,
      { name: tag.toUpperCase() },
      { as: support },
    );
    expect(list.errors).toBeUndefined();
    expect(list.data?.adminWorkspaces).toEqual({
      totalCount: 1,
      edges: [{ node: { id: gid('Workspace', workspaceId), name: `Team ${tag} 50%` } }],
    });
    // `%` in the filter is a literal percent sign, not a wildcard.
    const literal = await gql(
      AdminWorkspaceCountByNameDocument,
      { name: `${tag} 50%` },
      { as: support },
    );
    expect(literal.data?.adminWorkspaces.totalCount).toBe(1);

    const inspect = await gql(
      AdminInspectWorkspaceDocument,
      { id: gid('Workspace', workspaceId) },
      { as: support },
    );
    expect(inspect.data?.adminWorkspace?.members).toEqual({
      totalCount: 2,
      edges: [
        { node: { role: 'OWNER', user: { id: gid('User', owner) } } },
        { node: { role: 'VIEWER', user: { id: gid('User', member) } } },
      ],
    });
  });

  it('sets a role (adding a non-member), removes a member, each audited', async () => {
    const admin = await insertAdmin('admin');
    const owner = await insertUser();
    const outsider = await insertUser();
    const workspaceId = await insertWorkspace(owner);
    const vars = { w: gid('Workspace', workspaceId), u: gid('User', outsider) };

    const added = await gql(AdminSetMemberRoleDocument, { ...vars, role: 'MEMBER' }, { as: admin });
    expect(added.data?.adminSetWorkspaceMemberRole).toMatchObject({ data: { role: 'MEMBER' } });
    const promoted = await gql(
      AdminSetMemberRoleDocument,
      { ...vars, role: 'ADMIN' },
      { as: admin },
    );
    expect(promoted.data?.adminSetWorkspaceMemberRole).toMatchObject({ data: { role: 'ADMIN' } });
    expect(await roleOf(workspaceId, outsider)).toBe('admin');
    // The role they already have: answered as it is, nothing written or audited.
    const again = await gql(AdminSetMemberRoleDocument, { ...vars, role: 'ADMIN' }, { as: admin });
    expect(again.data?.adminSetWorkspaceMemberRole).toMatchObject({ data: { role: 'ADMIN' } });

    const removed = await gql(AdminRemoveMemberDocument, vars, { as: admin });
    expect(removed.data?.adminRemoveWorkspaceMember).toMatchObject({ data: { role: 'ADMIN' } });
    expect(await roleOf(workspaceId, outsider)).toBeNull();

    const trail = await auditRows({ actorId: admin, targetId: workspaceId });
    expect(trail.map((r) => [r.action, JSON.parse(r.changes_json ?? '{}')])).toEqual([
      ['workspace_member.set_role', { userId: outsider, from: null, to: 'member' }],
      ['workspace_member.set_role', { userId: outsider, from: 'member', to: 'admin' }],
      ['workspace_member.remove', { userId: outsider, from: 'admin', to: null }],
    ]);
  });

  it('never demotes, removes or replaces the owner outside a transfer', async () => {
    const admin = await insertAdmin('admin');
    const owner = await insertUser();
    const workspaceId = await insertWorkspace(owner);
    const vars = { w: gid('Workspace', workspaceId), u: gid('User', owner) };
    const demote = await gql(
      AdminSetMemberRoleDocument,
      { ...vars, role: 'MEMBER' },
      { as: admin },
    );
    expect(demote.data?.adminSetWorkspaceMemberRole.__typename).toBe('ValidationError');
    const remove = await gql(AdminRemoveMemberDocument, vars, { as: admin });
    expect(remove.data?.adminRemoveWorkspaceMember.__typename).toBe('ValidationError');
    const grantOwner = await gql(
      AdminSetMemberRoleDocument,
      { w: vars.w, u: gid('User', await insertUser()), role: 'OWNER' },
      { as: admin },
    );
    expect(grantOwner.data?.adminSetWorkspaceMemberRole.__typename).toBe('ValidationError');
    expect(await roleOf(workspaceId, owner)).toBe('owner');
    expect(await auditRows({ actorId: admin })).toEqual([]);
  });

  it('transfers ownership atomically: new owner, old owner admin, owner_id, audit', async () => {
    const admin = await insertAdmin('admin');
    const owner = await insertUser();
    const heir = await insertUser();
    const workspaceId = await insertWorkspace(owner);
    await addMember(workspaceId, heir, 'member');

    const result = await gql(
      AdminTransferOwnershipDocument,
      { w: gid('Workspace', workspaceId), u: gid('User', heir) },
      { as: admin },
    );
    expect(result.data?.adminTransferWorkspaceOwnership).toMatchObject({
      data: { owner: { id: gid('User', heir) } },
    });
    expect(await roleOf(workspaceId, heir)).toBe('owner');
    expect(await roleOf(workspaceId, owner)).toBe('admin');
    expect(
      await count(
        'SELECT count(*) AS n FROM workspaces WHERE id = ? AND owner_id = ?',
        workspaceId,
        heir,
      ),
    ).toBe(1);
    const [entry, ...rest] = await auditRows({
      action: 'workspace.transfer_ownership',
      targetId: workspaceId,
    });
    expect(rest).toEqual([]);
    expect(JSON.parse(entry?.changes_json ?? '{}')).toEqual({
      from: owner,
      to: heir,
      newOwnerPreviousRole: 'member',
    });
  });

  it('changes nothing when the owner changed between the read and the write', async () => {
    const admin = await insertAdmin('admin');
    const owner = await insertUser();
    const heir = await insertUser();
    const rival = await insertUser();
    const workspaceId = await insertWorkspace(owner);
    await addMember(workspaceId, heir, 'member');
    await addMember(workspaceId, rival, 'admin');
    const ctx = createContext({
      requestId: uid('req'),
      env,
      viewer: { kind: 'user', userId: admin },
      waitUntil: () => undefined,
      clientIp: '203.0.113.1',
    });
    // A concurrent transfer to `rival` lands right after our reads, before our batch.
    const reads = ctx.reads;
    ctx.reads = {
      read: async (query: never) => {
        const rows = await reads.read(query);
        await env.DB.batch([
          env.DB.prepare('UPDATE workspaces SET owner_id = ? WHERE id = ?').bind(
            rival,
            workspaceId,
          ),
          env.DB.prepare(
            "UPDATE workspace_members SET role = CASE user_id WHEN ? THEN 'owner' ELSE 'admin' END WHERE workspace_id = ? AND user_id IN (?, ?)",
          ).bind(rival, workspaceId, rival, owner),
        ]);
        return rows;
      },
    } as unknown as typeof reads;
    await expect(adminTransferWorkspaceOwnership(ctx, workspaceId, heir)).rejects.toBeInstanceOf(
      ConflictError,
    );
    expect(await roleOf(workspaceId, heir)).toBe('member');
    expect(await roleOf(workspaceId, rival)).toBe('owner');
    expect(await roleOf(workspaceId, owner)).toBe('admin');
    expect(await auditRows({ actorId: admin })).toEqual([]);
  });

  it('refuses a transfer to a non-member or to the owner, changing nothing', async () => {
    const admin = await insertAdmin('admin');
    const owner = await insertUser();
    const stranger = await insertUser();
    const workspaceId = await insertWorkspace(owner);
    for (const target of [stranger, owner]) {
      const result = await gql(
        AdminTransferOwnershipDocument,
        { w: gid('Workspace', workspaceId), u: gid('User', target) },
        { as: admin },
      );
      expect(result.data?.adminTransferWorkspaceOwnership.__typename).toBe('ValidationError');
    }
    expect(await roleOf(workspaceId, owner)).toBe('owner');
    expect(await auditRows({ actorId: admin })).toEqual([]);
  });

  it('answers NotFound for a workspace or user that does not exist', async () => {
    const admin = await insertAdmin('admin');
    const result = await gql(
      AdminSetMemberRoleDocument,
      { w: gid('Workspace', uid('wsp')), u: gid('User', await insertUser()), role: 'MEMBER' },
      { as: admin },
    );
    expect(result.data?.adminSetWorkspaceMemberRole).toMatchObject({
      __typename: 'NotFoundError',
      code: 'NOT_FOUND',
    });
  });
});
