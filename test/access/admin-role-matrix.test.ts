import { describe, expect, it } from 'vitest';
import { type AdminRole, expectForbidden, gid, gql, roleUsers } from '../admin/helpers';
import { insertUser, insertWorkspace, uid } from '../helpers/seed';

interface Operation {
  field: string;
  /** The lowest role that may use it. */
  minimum: AdminRole;
  query: string;
  variables: () => Promise<Record<string, unknown>> | Record<string, unknown>;
}

const RESULT = '{ __typename ... on Error { code message } }';
const missingUser = () => gid('User', uid('usr_missing'));
const missingWorkspace = () => gid('Workspace', uid('wsp_missing'));

// Every admin root field. Mutations aim at ids that do not exist: a caller who passes the scope
// check gets a typed NotFound (or a real result), one who does not gets FORBIDDEN.
const OPERATIONS: Operation[] = [
  {
    field: 'admins',
    minimum: 'support',
    query: '{ admins { totalCount } }',
    variables: () => ({}),
  },
  {
    field: 'auditLogs',
    minimum: 'support',
    query: '{ auditLogs(first: 1) { totalCount } }',
    variables: () => ({}),
  },
  {
    field: 'systemSettings',
    minimum: 'support',
    query: '{ systemSettings { maintenanceMode defaultRateLimit } }',
    variables: () => ({}),
  },
  {
    field: 'adminUser',
    minimum: 'support',
    query: 'query($id: ID!) { adminUser(id: $id) { id privateWorkItems { totalCount } } }',
    variables: async () => ({ id: gid('User', await insertUser()) }),
  },
  {
    field: 'adminWorkspaces',
    minimum: 'support',
    query: '{ adminWorkspaces(first: 1) { totalCount } }',
    variables: () => ({}),
  },
  {
    field: 'adminWorkspace',
    minimum: 'support',
    query: 'query($id: ID!) { adminWorkspace(id: $id) { id members { totalCount } } }',
    variables: async () => ({ id: gid('Workspace', await insertWorkspace(await insertUser())) }),
  },
  {
    field: 'importSession',
    minimum: 'support',
    query: 'query($id: ID!) { importSession(id: $id) { id } }',
    variables: () => ({ id: gid('ImportSession', uid('imp')) }),
  },
  {
    field: 'importSessions',
    minimum: 'support',
    query: '{ importSessions(first: 1) { totalCount } }',
    variables: () => ({}),
  },
  {
    field: 'dailyLogSummaries',
    minimum: 'support',
    query: '{ dailyLogSummaries(from: "2020-01-01", to: "2020-01-31") { totalCount } }',
    variables: () => ({}),
  },
  {
    field: 'updateSystemSetting',
    minimum: 'admin',
    query: `mutation { updateSystemSetting(input: { key: DEFAULT_RATE_LIMIT, value: "120" }) ${RESULT} }`,
    variables: () => ({}),
  },
  {
    field: 'startImport',
    minimum: 'admin',
    query: `mutation($content: String!) { startImport(input: { kind: USERS, format: CSV, content: $content }) ${RESULT} }`,
    variables: () => ({ content: `email,displayName\n${uid('imp')}@example.test,Imported` }),
  },
  {
    field: 'adminSetWorkspaceMemberRole',
    minimum: 'admin',
    query: `mutation($w: ID!, $u: ID!) { adminSetWorkspaceMemberRole(input: { workspaceId: $w, userId: $u, role: MEMBER }) ${RESULT} }`,
    variables: () => ({ w: missingWorkspace(), u: missingUser() }),
  },
  {
    field: 'adminRemoveWorkspaceMember',
    minimum: 'admin',
    query: `mutation($w: ID!, $u: ID!) { adminRemoveWorkspaceMember(input: { workspaceId: $w, userId: $u }) ${RESULT} }`,
    variables: () => ({ w: missingWorkspace(), u: missingUser() }),
  },
  {
    field: 'adminTransferWorkspaceOwnership',
    minimum: 'admin',
    query: `mutation($w: ID!, $u: ID!) { adminTransferWorkspaceOwnership(input: { workspaceId: $w, newOwnerId: $u }) ${RESULT} }`,
    variables: () => ({ w: missingWorkspace(), u: missingUser() }),
  },
  {
    field: 'grantAdminRole',
    minimum: 'owner',
    query: `mutation($u: ID!) { grantAdminRole(input: { userId: $u, role: SUPPORT }) ${RESULT} }`,
    variables: () => ({ u: missingUser() }),
  },
  {
    field: 'revokeAdminRole',
    minimum: 'owner',
    query: `mutation($u: ID!) { revokeAdminRole(input: { userId: $u }) ${RESULT} }`,
    variables: () => ({ u: missingUser() }),
  },
];

const RANK: Record<AdminRole, number> = { support: 0, admin: 1, owner: 2 };

describe('admin role matrix', () => {
  it.each(OPERATIONS)('$field: $minimum and above pass, others get FORBIDDEN', async (op) => {
    const users = await roleUsers();
    const variables = await op.variables();

    for (const who of [undefined, users.user]) {
      const result = await gql(op.query, variables, who ? { as: who } : {});
      expectForbidden(result, op.field);
    }
    for (const role of ['support', 'admin', 'owner'] as const) {
      const result = await gql(op.query, variables, { as: users[role] });
      const allowed = RANK[role] >= RANK[op.minimum];
      if (allowed) {
        expect(result.errors, `${role} on ${op.field}`).toBeUndefined();
        const value = (result.data as Record<string, { __typename?: string } | null>)[op.field];
        expect(value?.__typename, `${role} on ${op.field}`).not.toBe('ForbiddenError');
      } else {
        expectForbidden(result, op.field);
      }
    }
  });

  it('tells a non-admin nothing about what exists', async () => {
    const user = await insertUser();
    const realUser = gid('User', await insertUser());
    const realWorkspace = gid('Workspace', await insertWorkspace(await insertUser()));
    const ask = async (query: string, variables: Record<string, unknown>) => {
      const { errors, data } = await gql(query, variables, { as: user });
      return { data, errors: errors?.map(({ message, extensions }) => ({ message, extensions })) };
    };
    const profile = 'query($id: ID!) { adminUser(id: $id) { id } }';
    expect(await ask(profile, { id: realUser })).toEqual(await ask(profile, { id: missingUser() }));
    const transfer = `mutation($w: ID!, $u: ID!) { adminTransferWorkspaceOwnership(input: { workspaceId: $w, newOwnerId: $u }) ${RESULT} }`;
    expect(await ask(transfer, { w: realWorkspace, u: realUser })).toEqual(
      await ask(transfer, { w: missingWorkspace(), u: missingUser() }),
    );
  });

  it("gives an integrator token none of its owner's admin powers", async () => {
    const { owner } = await roleUsers();
    const created = await gql<{ createApiToken: { data: { token: string } } }>(
      `mutation { createApiToken(input: { name: "CI", scopes: [READ, WRITE] }) {
        ... on CreateApiTokenSuccess { data { token } } } }`,
      {},
      { as: owner },
    );
    const token = created.data?.createApiToken.data.token as string;
    expect(token).toEqual(expect.any(String));
    expectForbidden(
      await gql('{ systemSettings { maintenanceMode } }', {}, { token }),
      'systemSettings',
    );
    const grant = await gql(
      `mutation($u: ID!) { grantAdminRole(input: { userId: $u, role: SUPPORT }) ${RESULT} }`,
      { u: gid('User', await insertUser()) },
      { token },
    );
    expectForbidden(grant, 'grantAdminRole');
  });
});
