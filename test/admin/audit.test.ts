import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { auditedWorkItems } from '../../src/resolvers/admin/user-data';
import { adminRemoveWorkspaceMember } from '../../src/resolvers/admin/workspaces';
import {
  AdminAuditTrailDocument,
  AdminGrantRoleDocument,
  AdminUpdateAiCostLimitDocument,
  AdminUserPrivateDataDocument,
  AdminUserPrivateWorkItemCountDocument,
} from '../generated/graphql';
import { contextAs } from '../helpers/context';
import { addMember, insertUser, insertWorkspace, uid } from '../helpers/seed';
import { auditRows, count, gid, gql, insertAdmin } from './helpers';

async function insertWorkItem(workspaceId: string, ownerId: string, title: string, scope: string) {
  await env.DB.prepare(
    'INSERT INTO work_items (id, workspace_id, owner_id, title, visibility_scope) VALUES (?, ?, ?, ?, ?)',
  )
    .bind(uid('wki'), workspaceId, ownerId, title, scope)
    .run();
}

describe('audit trail', () => {
  it('records an admin mutation with actor, target, changes and request id', async () => {
    const admin = await insertAdmin('admin');
    const result = await gql(AdminUpdateAiCostLimitDocument, { value: '2.5' }, { as: admin });
    expect(result.data?.updateSystemSetting).toMatchObject({ data: { value: '2.5' } });

    const rows = await auditRows({ actorId: admin });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: 'system_setting.update',
      target_type: 'SystemSetting',
      target_id: 'max_ai_cost_per_user_daily',
      request_id: result.extensions?.requestId,
    });
    expect(JSON.parse(rows[0]?.changes_json ?? '{}')).toMatchObject({ to: 2.5 });
    // The value it already has: nothing written, nothing audited.
    const same = await gql(AdminUpdateAiCostLimitDocument, { value: '2.50' }, { as: admin });
    expect(same.data?.updateSystemSetting).toMatchObject({ data: { value: '2.5' } });
    expect(await auditRows({ actorId: admin })).toHaveLength(1);
    await gql(AdminUpdateAiCostLimitDocument, { value: '1' }, { as: admin });
    // The change back says what it replaced.
    const back = await auditRows({ actorId: admin });
    expect(back.map((row) => JSON.parse(row.changes_json ?? '{}'))).toContainEqual({
      from: 2.5,
      to: 1,
    });
  });

  it('writes no audit row when the change is refused or invalid', async () => {
    const support = await insertAdmin('support');
    const admin = await insertAdmin('admin');
    const before = await count('SELECT count(*) AS n FROM audit_logs');
    const refused = await gql(AdminUpdateAiCostLimitDocument, { value: '3' }, { as: support });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const invalid = await gql(AdminUpdateAiCostLimitDocument, { value: '-1' }, { as: admin });
    expect(invalid.data?.updateSystemSetting).toMatchObject({ __typename: 'ValidationError' });
    expect(await count('SELECT count(*) AS n FROM audit_logs')).toBe(before);
  });

  it('writes no audit row when a conditional change does not apply (last owner)', async () => {
    // Make `owner` the only owner of this file's database.
    await env.DB.prepare("UPDATE admin_users SET role = 'admin' WHERE role = 'owner'").run();
    const owner = await insertAdmin('owner');
    const result = await gql(
      AdminGrantRoleDocument,
      { u: gid('User', owner), role: 'ADMIN' },
      { as: owner },
    );
    expect(result.data?.grantAdminRole).toEqual({
      __typename: 'LastOwnerError',
      code: 'LAST_OWNER',
    });
    expect(await auditRows({ actorId: owner })).toEqual([]);
    expect(
      await count(
        "SELECT count(*) AS n FROM admin_users WHERE user_id = ? AND role = 'owner'",
        owner,
      ),
    ).toBe(1);
  });

  it('leaves the change undone when its audit row cannot be written (same batch)', async () => {
    const owner = await insertUser();
    const member = await insertUser();
    const workspaceId = await insertWorkspace(owner);
    await addMember(workspaceId, member, 'member');
    // An actor who does not exist: the audit insert fails its foreign key, after the DELETE.
    await expect(
      adminRemoveWorkspaceMember(contextAs(uid('usr_ghost')), workspaceId, member),
    ).rejects.toThrow();
    expect(
      await count(
        'SELECT count(*) AS n FROM workspace_members WHERE workspace_id = ? AND user_id = ?',
        workspaceId,
        member,
      ),
    ).toBe(1);
    // The same call by an existing admin applies, with its audit row.
    const admin = await insertAdmin('admin');
    await adminRemoveWorkspaceMember(contextAs(admin), workspaceId, member);
    expect(
      await count('SELECT count(*) AS n FROM workspace_members WHERE user_id = ?', member),
    ).toBe(0);
    expect(await auditRows({ actorId: admin, action: 'workspace_member.remove' })).toHaveLength(1);
  });

  it("audits each admin read of a user's private data, and shows private items", async () => {
    const support = await insertAdmin('support');
    const user = await insertUser();
    const workspaceId = await insertWorkspace(user);
    await insertWorkItem(workspaceId, user, 'My secret plan', 'private');
    await insertWorkItem(workspaceId, user, 'Team task', 'squad');
    await env.DB.prepare('INSERT INTO inbox_items (id, user_id, title) VALUES (?, ?, ?)')
      .bind(uid('inb'), user, 'Hello')
      .run();

    const result = await gql(
      AdminUserPrivateDataDocument,
      { id: gid('User', user) },
      { as: support },
    );
    expect(result.errors).toBeUndefined();
    const profile = result.data?.adminUser;
    expect(profile?.email).toBe(`${user}@example.test`);
    expect(profile?.privateWorkItems.totalCount).toBe(2);
    expect(profile?.privateWorkItems.edges.map((e) => e.node.title)).toContain('My secret plan');
    expect(profile?.inbox.edges).toEqual([{ node: { title: 'Hello' } }]);

    const rows = await auditRows({ actorId: support, targetId: user });
    expect(rows.map((r) => r.action).sort()).toEqual([
      'user.email.read',
      'user.inbox.read',
      'user.work_items.read',
    ]);
    expect(rows.every((r) => r.request_id === result.extensions?.requestId)).toBe(true);
  });

  it('serves no private read whose audit row fails: read and record are one batch', async () => {
    const user = await insertUser();
    const ghost = contextAs(uid('usr_ghost'));
    await expect(auditedWorkItems(ghost, user, { first: 5 }, null)).rejects.toThrow();
    // One round trip carried both statements.
    expect(ghost.stats.roundTrips).toBe(1);
    expect(ghost.stats.statements).toBe(2);
  });

  it('refuses bad page arguments before reading, and records nothing', async () => {
    const support = await insertAdmin('support');
    const user = await insertUser();
    const result = await gql(
      AdminUserPrivateWorkItemCountDocument,
      { id: gid('User', user), first: 500 },
      { as: support },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
    expect(await auditRows({ actorId: support })).toEqual([]);
  });

  it('lists the trail newest first, filtered by actor, action, target and time', async () => {
    const admin = await insertAdmin('admin');
    const other = await insertAdmin('admin');
    const start = new Date().toISOString();
    await gql(AdminUpdateAiCostLimitDocument, { value: '1.25' }, { as: admin });
    await gql(AdminUpdateAiCostLimitDocument, { value: '1.5' }, { as: admin });
    await gql(AdminUpdateAiCostLimitDocument, { value: '1' }, { as: other });

    const mine = await gql(
      AdminAuditTrailDocument,
      {
        filter: {
          actorId: gid('User', admin),
          action: 'system_setting.update',
          targetType: 'SystemSetting',
          targetId: 'max_ai_cost_per_user_daily',
          from: start,
        },
      },
      { as: other },
    );
    expect(mine.errors).toBeUndefined();
    expect(mine.data?.auditLogs.totalCount).toBe(2);
    const changes = mine.data?.auditLogs.edges.map((e) => JSON.parse(e.node.changes ?? '{}').to);
    expect(changes).toEqual([1.5, 1.25]);

    const future = await gql(
      AdminAuditTrailDocument,
      { filter: { actorId: gid('User', admin), from: '2999-01-01T00:00:00Z' } },
      { as: other },
    );
    expect(future.data?.auditLogs.totalCount).toBe(0);
    const before = await gql(
      AdminAuditTrailDocument,
      { filter: { actorId: gid('User', admin), to: start } },
      { as: other },
    );
    expect(before.data?.auditLogs.totalCount).toBe(0);
  });
});
