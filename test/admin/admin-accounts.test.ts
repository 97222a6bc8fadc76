import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { insertUser } from '../helpers/seed';
import { auditRows, count, expectForbidden, gid, gql, insertAdmin, type Json } from './helpers';

const GRANT = `mutation($u: ID!, $role: AdminRole!) {
  grantAdminRole(input: { userId: $u, role: $role }) {
    __typename ... on Error { code } ... on GrantAdminRoleSuccess { data { role user { id } createdBy { id } } }
  }
}`;
const REVOKE = `mutation($u: ID!) {
  revokeAdminRole(input: { userId: $u }) {
    __typename ... on Error { code } ... on RevokeAdminRoleSuccess { data { role } }
  }
}`;
const SETTINGS = '{ systemSettings { maintenanceMode } }';

const ownerCount = () => count("SELECT count(*) AS n FROM admin_users WHERE role = 'owner'");

describe('admin accounts', () => {
  it('an owner grants, changes and revokes roles, each audited and effective at once', async () => {
    const owner = await insertAdmin('owner');
    const user = await insertUser();
    expectForbidden(await gql(SETTINGS, {}, { as: user }), 'systemSettings');

    const granted = await gql<{ grantAdminRole: Json }>(
      GRANT,
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
    expect((await gql(SETTINGS, {}, { as: user })).errors).toBeUndefined();

    const promoted = await gql<{ grantAdminRole: Json }>(
      GRANT,
      { u: gid('User', user), role: 'ADMIN' },
      { as: owner },
    );
    expect(promoted.data?.grantAdminRole.data.role).toBe('ADMIN');

    const revoked = await gql<{ revokeAdminRole: Json }>(
      REVOKE,
      { u: gid('User', user) },
      { as: owner },
    );
    expect(revoked.data?.revokeAdminRole).toEqual({
      __typename: 'RevokeAdminRoleSuccess',
      data: { role: 'ADMIN' },
    });
    expectForbidden(await gql(SETTINGS, {}, { as: user }), 'systemSettings');

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

    const revokeSelf = await gql<{ revokeAdminRole: Json }>(
      REVOKE,
      { u: gid('User', owner) },
      { as: owner },
    );
    expect(revokeSelf.data?.revokeAdminRole).toEqual({
      __typename: 'LastOwnerError',
      code: 'LAST_OWNER',
    });
    const demoteSelf = await gql<{ grantAdminRole: Json }>(
      GRANT,
      { u: gid('User', owner), role: 'SUPPORT' },
      { as: owner },
    );
    expect(demoteSelf.data?.grantAdminRole.__typename).toBe('LastOwnerError');
    expect(await ownerCount()).toBe(1);

    const successor = await insertUser();
    await gql(GRANT, { u: gid('User', successor), role: 'OWNER' }, { as: owner });
    const stepDown = await gql<{ revokeAdminRole: Json }>(
      REVOKE,
      { u: gid('User', owner) },
      { as: owner },
    );
    expect(stepDown.data?.revokeAdminRole.__typename).toBe('RevokeAdminRoleSuccess');
    expect(await ownerCount()).toBe(1);
    expect(
      await count(
        "SELECT count(*) AS n FROM admin_users WHERE user_id = ? AND role = 'owner'",
        successor,
      ),
    ).toBe(1);
  });

  it('answers NotFound for revoking a non-admin or granting to no such user', async () => {
    const owner = await insertAdmin('owner');
    const plain = await insertUser();
    const revoke = await gql<{ revokeAdminRole: Json }>(
      REVOKE,
      { u: gid('User', plain) },
      { as: owner },
    );
    expect(revoke.data?.revokeAdminRole).toEqual({
      __typename: 'NotFoundError',
      code: 'NOT_FOUND',
    });
    const grant = await gql<{ grantAdminRole: Json }>(
      GRANT,
      { u: gid('User', 'usr_nobody_here'), role: 'ADMIN' },
      { as: owner },
    );
    expect(grant.data?.grantAdminRole.__typename).toBe('NotFoundError');
    expect(await auditRows({ actorId: owner })).toEqual([]);
  });

  it('lists admins for support, filtered by role', async () => {
    const support = await insertAdmin('support');
    const result = await gql<{ admins: Json }>(
      '{ admins(role: SUPPORT, first: 100) { totalCount edges { node { role user { id } } } } }',
      {},
      { as: support },
    );
    expect(result.errors).toBeUndefined();
    const nodes = result.data?.admins.edges.map((e: Json) => e.node);
    expect(nodes.every((n: Json) => n.role === 'SUPPORT')).toBe(true);
    expect(nodes.map((n: Json) => n.user.id)).toContain(gid('User', support));
  });
});
