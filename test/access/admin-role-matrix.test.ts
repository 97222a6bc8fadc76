import { describe, expect, it } from 'vitest';
import { type AdminRole, expectForbidden, gid, gql, roleUsers } from '../admin/helpers';
import type { TypedDocumentString } from '../generated/graphql';
import * as docs from '../generated/graphql';
import { variant } from '../helpers/client';
import { insertUser, insertWorkspace, uid } from '../helpers/seed';

interface Operation {
  field: string;
  /** The lowest role that may use it. */
  minimum: AdminRole;
  /** A typed document of test/documents/access.graphql (sent as text: rows differ in type). */
  document: { toString(): string };
  variables: () => Promise<Record<string, unknown>> | Record<string, unknown>;
}

/** A row whose variables tsc checks against its document, then stored as any row's. */
const operation = <R, V extends Record<string, unknown>>({
  document,
  ...row
}: Omit<Operation, 'document' | 'variables'> & {
  document: TypedDocumentString<R, V>;
  variables: () => Promise<V> | V;
}): Operation => ({ ...row, document });
const missingUser = () => gid('User', uid('usr_missing'));
const missingWorkspace = () => gid('Workspace', uid('wsp_missing'));

// Every admin root field. Mutations aim at ids that do not exist: a caller who passes the scope
// check gets a typed NotFound (or a real result), one who does not gets FORBIDDEN.
const OPERATIONS: Operation[] = [
  operation({
    field: 'admins',
    minimum: 'support',
    document: docs.AccessAdminsCountDocument,
    variables: () => ({}),
  }),
  operation({
    field: 'auditLogs',
    minimum: 'support',
    document: docs.AccessAuditLogsCountDocument,
    variables: () => ({}),
  }),
  operation({
    field: 'systemSettings',
    minimum: 'support',
    document: docs.AccessSystemSettingsDocument,
    variables: () => ({}),
  }),
  operation({
    field: 'adminUser',
    minimum: 'support',
    document: docs.AccessAdminUserDocument,
    variables: async () => ({ id: gid('User', await insertUser()) }),
  }),
  operation({
    field: 'adminWorkspaces',
    minimum: 'support',
    document: docs.AccessAdminWorkspacesCountDocument,
    variables: () => ({}),
  }),
  operation({
    field: 'adminWorkspace',
    minimum: 'support',
    document: docs.AccessAdminWorkspaceDocument,
    variables: async () => ({ id: gid('Workspace', await insertWorkspace(await insertUser())) }),
  }),
  operation({
    field: 'importSession',
    minimum: 'support',
    document: docs.AccessImportSessionDocument,
    variables: () => ({ id: gid('ImportSession', uid('imp')) }),
  }),
  operation({
    field: 'importSessions',
    minimum: 'support',
    document: docs.AccessImportSessionsCountDocument,
    variables: () => ({}),
  }),
  operation({
    field: 'dailyLogSummaries',
    minimum: 'support',
    document: docs.AccessDailyLogSummariesCountDocument,
    variables: () => ({}),
  }),
  operation({
    field: 'operationStats',
    minimum: 'support',
    document: docs.AccessOperationStatsDocument,
    variables: () => ({}),
  }),
  operation({
    field: 'fieldUsage',
    minimum: 'support',
    document: docs.AccessFieldUsageDocument,
    variables: () => ({}),
  }),
  operation({
    field: 'usedFields',
    minimum: 'support',
    document: docs.AccessUsedFieldsDocument,
    variables: () => ({}),
  }),
  operation({
    field: 'unusedFields',
    minimum: 'support',
    document: docs.AccessUnusedFieldsDocument,
    variables: () => ({}),
  }),
  operation({
    field: 'deprecatedFieldUsage',
    minimum: 'support',
    document: docs.AccessDeprecatedFieldUsageDocument,
    variables: () => ({}),
  }),
  operation({
    field: 'updateSystemSetting',
    minimum: 'admin',
    document: docs.AccessUpdateSystemSettingDocument,
    variables: () => ({}),
  }),
  operation({
    field: 'startImport',
    minimum: 'admin',
    document: docs.AccessStartImportDocument,
    variables: () => ({ content: `email,displayName\n${uid('imp')}@example.test,Imported` }),
  }),
  operation({
    field: 'adminSetWorkspaceMemberRole',
    minimum: 'admin',
    document: docs.AccessAdminSetWorkspaceMemberRoleDocument,
    variables: () => ({ w: missingWorkspace(), u: missingUser() }),
  }),
  operation({
    field: 'adminRemoveWorkspaceMember',
    minimum: 'admin',
    document: docs.AccessAdminRemoveWorkspaceMemberDocument,
    variables: () => ({ w: missingWorkspace(), u: missingUser() }),
  }),
  operation({
    field: 'adminTransferWorkspaceOwnership',
    minimum: 'admin',
    document: docs.AccessAdminTransferWorkspaceOwnershipDocument,
    variables: () => ({ w: missingWorkspace(), u: missingUser() }),
  }),
  operation({
    field: 'grantAdminRole',
    minimum: 'owner',
    document: docs.AccessGrantAdminRoleDocument,
    variables: () => ({ u: missingUser() }),
  }),
  operation({
    field: 'revokeAdminRole',
    minimum: 'owner',
    document: docs.AccessRevokeAdminRoleDocument,
    variables: () => ({ u: missingUser() }),
  }),
];

const RANK: Record<AdminRole, number> = { support: 0, admin: 1, owner: 2 };

describe('admin role matrix', () => {
  it.each(OPERATIONS)('$field: $minimum and above pass, others get FORBIDDEN', async (op) => {
    const users = await roleUsers();
    const variables = await op.variables();

    for (const who of [undefined, users.user]) {
      const result = await gql(op.document.toString(), variables, who ? { as: who } : {});
      expectForbidden(result, op.field);
    }
    for (const role of ['support', 'admin', 'owner'] as const) {
      const result = await gql(op.document.toString(), variables, { as: users[role] });
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
    const ask = async <R, V>(document: TypedDocumentString<R, V>, variables: V) => {
      const { errors, data } = await gql(document, variables, { as: user });
      return { data, errors: errors?.map(({ message, extensions }) => ({ message, extensions })) };
    };
    const profile = docs.AccessAdminUserIdDocument;
    expect(await ask(profile, { id: realUser })).toEqual(await ask(profile, { id: missingUser() }));
    const transfer = docs.AccessAdminTransferWorkspaceOwnershipDocument;
    expect(await ask(transfer, { w: realWorkspace, u: realUser })).toEqual(
      await ask(transfer, { w: missingWorkspace(), u: missingUser() }),
    );
  });

  it("gives an integrator token none of its owner's admin powers", async () => {
    const { owner } = await roleUsers();
    const created = await gql(docs.AccessCreateApiTokenDocument, {}, { as: owner });
    const { token } = variant(created.data?.createApiToken, 'CreateApiTokenSuccess').data;
    expect(token).toEqual(expect.any(String));
    expectForbidden(await gql(docs.AccessSystemSettingsDocument, {}, { token }), 'systemSettings');
    const grant = await gql(
      docs.AccessGrantAdminRoleDocument,
      { u: gid('User', await insertUser()) },
      { token },
    );
    expectForbidden(grant, 'grantAdminRole');
  });
});
