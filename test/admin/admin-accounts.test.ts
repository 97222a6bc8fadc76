import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import {
  AdminGrantRoleDocument,
  AdminMaintenanceFlagDocument,
  AdminRevokeRoleDocument,
  AdminSupportAccountsDocument,
} from '../generated/graphql';
import { variant } from '../helpers/client';
import { insertUser } from '../helpers/seed';
import { auditRows, count, expectForbidden, gid, gql, insertAdmin } from './helpers';

const ownerCount = () => count("SELECT count(*) AS n FROM admin_users WHERE role = 'owner'");

describe('admin accounts', () => {
  it('an owner grants, changes and revokes roles, each audited and effective at once', async () => {
    const owner = await insertAdmin('owner');
    const user = await insertUser();
    expectForbidden(await gql(AdminMaintenanceFlagDocument, {}, { as: user }), 'systemSettings');

    const granted = await gql(
      AdminGrantRoleDocument,
      { u: gid('User', user), role: 'SUPPORT' },
      { as: owner },
    );
    expect(granted.data?.grantAdminRole).toEqual({
      __typename: 'GrantAdminRoleSuccess',
      data: {
        role: 'SUPPORT',
        user: { id: gid('User', user) },
        createdBy: { id: gid('User', owner) },
      },
    });
    expect((await gql(AdminMaintenanceFlagDocument, {}, { as: user })).errors).toBeUndefined();

    const promoted = await gql(
      AdminGrantRoleDocument,
      { u: gid('User', user), role: 'ADMIN' },
      { as: owner },
    );
    expect(variant(promoted.data?.grantAdminRole, 'GrantAdminRoleSuccess').data.role).toBe('ADMIN');
    // The same role again: answered as it is, nothing written, nothing in the trail.
    const again = await gql(
      AdminGrantRoleDocument,
      { u: gid('User', user), role: 'ADMIN' },
      { as: owner },
    );
    expect(variant(again.data?.grantAdminRole, 'GrantAdminRoleSuccess').data.role).toBe('ADMIN');

    const revoked = await gql(AdminRevokeRoleDocument, { u: gid('User', user) }, { as: owner });
    expect(revoked.data?.revokeAdminRole).toEqual({
      __typename: 'RevokeAdminRoleSuccess',
      data: { role: 'ADMIN' },
    });
    expectForbidden(await gql(AdminMaintenanceFlagDocument, {}, { as: user }), 'systemSettings');

    const trail = await auditRows({ actorId: owner, targetId: user });
    expect(trail.map((r) => [r.action, JSON.parse(r.changes_json ?? '{}')])).toEqual([
      ['admin_role.grant', { from: null, to: 'support' }],
      ['admin_role.grant', { from: 'support', to: 'admin' }],
      ['admin_role.revoke', { from: 'admin', to: null }],
    ]);
  });

  it('keeps the last owner: neither revoked nor demoted, until another owner exists', async () => {
    await env.DB.prepare("UPDATE admin_users SET role = 'admin' WHERE role = 'owner'").run();
    const owner = await insertAdmin('owner');
    expect(await ownerCount()).toBe(1);

    const revokeSelf = await gql(AdminRevokeRoleDocument, { u: gid('User', owner) }, { as: owner });
    expect(revokeSelf.data?.revokeAdminRole).toEqual({
      __typename: 'LastOwnerError',
      code: 'LAST_OWNER',
    });
    const demoteSelf = await gql(
      AdminGrantRoleDocument,
      { u: gid('User', owner), role: 'SUPPORT' },
      { as: owner },
    );
    expect(demoteSelf.data?.grantAdminRole.__typename).toBe('LastOwnerError');
    expect(await ownerCount()).toBe(1);

    const successor = await insertUser();
    await gql(AdminGrantRoleDocument, { u: gid('User', successor), role: 'OWNER' }, { as: owner });
    const stepDown = await gql(AdminRevokeRoleDocument, { u: gid('User', owner) }, { as: owner });
    expect(stepDown.data?.revokeAdminRole.__typename).toBe('RevokeAdminRoleSuccess');
    expect(await ownerCount()).toBe(1);
    expect(
      await count(
        "SELECT count(*) AS n FROM admin_users WHERE user_id = ? AND role = 'owner'",
        successor,
      ),
    ).toBe(1);
  });

  it('counts only active owners: a suspended one neither keeps the last owner nor is made one', async () => {
    await env.DB.prepare("UPDATE admin_users SET role = 'admin' WHERE role = 'owner'").run();
    const owner = await insertAdmin('owner');
    const suspended = await insertUser();
    await env.DB.prepare("UPDATE users SET status = 'suspended' WHERE id = ?")
      .bind(suspended)
      .run();

    // No role for an account that cannot sign in: nothing written, nothing audited.
    const grant = await gql(
      AdminGrantRoleDocument,
      { u: gid('User', suspended), role: 'OWNER' },
      { as: owner },
    );
    expect(grant.data?.grantAdminRole).toEqual({ __typename: 'ConflictError', code: 'CONFLICT' });
    expect(await auditRows({ actorId: owner })).toEqual([]);

    // An owner row whose account was suspended since: it does not stand in for the last one.
    const formerOwner = await insertAdmin('owner');
    await env.DB.prepare("UPDATE users SET status = 'suspended' WHERE id = ?")
      .bind(formerOwner)
      .run();
    const demoteSelf = await gql(
      AdminGrantRoleDocument,
      { u: gid('User', owner), role: 'ADMIN' },
      { as: owner },
    );
    expect(demoteSelf.data?.grantAdminRole.__typename).toBe('LastOwnerError');
    const revokeSelf = await gql(AdminRevokeRoleDocument, { u: gid('User', owner) }, { as: owner });
    expect(revokeSelf.data?.revokeAdminRole.__typename).toBe('LastOwnerError');
    expect(
      await count(
        "SELECT count(*) AS n FROM admin_users WHERE user_id = ? AND role = 'owner'",
        owner,
      ),
    ).toBe(1);
    // The suspended owner's own role can still be taken away.
    const revokeFormer = await gql(
      AdminRevokeRoleDocument,
      { u: gid('User', formerOwner) },
      { as: owner },
    );
    expect(revokeFormer.data?.revokeAdminRole.__typename).toBe('RevokeAdminRoleSuccess');
  });

  it('answers NotFound for revoking a non-admin or granting to no such user', async () => {
    const owner = await insertAdmin('owner');
    const plain = await insertUser();
    const revoke = await gql(AdminRevokeRoleDocument, { u: gid('User', plain) }, { as: owner });
    expect(revoke.data?.revokeAdminRole).toEqual({
      __typename: 'NotFoundError',
      code: 'NOT_FOUND',
    });
    const grant = await gql(
      AdminGrantRoleDocument,
      { u: gid('User', 'usr_nobody_here'), role: 'ADMIN' },
      { as: owner },
    );
    expect(grant.data?.grantAdminRole.__typename).toBe('NotFoundError');
    expect(await auditRows({ actorId: owner })).toEqual([]);
  });

  it('lists admins for support, filtered by role', async () => {
    const support = await insertAdmin('support');
    const result = await gql(AdminSupportAccountsDocument, {}, { as: support });
    expect(result.errors).toBeUndefined();
    const nodes = result.data?.admins.edges.map((e) => e.node) ?? [];
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((n) => n.role === 'SUPPORT')).toBe(true);
    expect(nodes.map((n) => n.user.id)).toContain(gid('User', support));
  });
});
