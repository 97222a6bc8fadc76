import { afterEach, describe, expect, it } from 'vitest';
import {
  AdminCreateWorkspaceDocument,
  AdminPingDocument,
  AdminSetMaintenanceDocument,
  AdminViewerNameDocument,
} from '../generated/graphql';
import { insertUser } from '../helpers/seed';
import { count, gql, insertAdmin, setSetting } from './helpers';

describe('maintenance mode', () => {
  afterEach(() => setSetting('maintenance_mode', 'false'));

  it("refuses a user's mutations and queries with 503 before anything is written", async () => {
    const admin = await insertAdmin('admin');
    const user = await insertUser({ displayName: 'Busy User' });
    const on = await gql(AdminSetMaintenanceDocument, { value: 'true' }, { as: admin });
    expect(on.data?.updateSystemSetting).toMatchObject({ data: { value: 'true' } });

    const before = await count('SELECT count(*) AS n FROM workspaces');
    const refused = await gql(
      AdminCreateWorkspaceDocument,
      { name: 'During maintenance' },
      { as: user },
    );
    expect(refused.status).toBe(503);
    expect(refused.data ?? null).toBeNull();
    expect(refused.errors).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('maintenance mode'),
        extensions: expect.objectContaining({ code: 'MAINTENANCE_MODE' }),
      }),
    ]);
    expect(refused.extensions?.requestId).toEqual(expect.any(String));
    expect(await count('SELECT count(*) AS n FROM workspaces')).toBe(before);

    // Reads too: maintenance keeps everyone but admins out (docs/operators.md, "Maintenance mode").
    const read = await gql(AdminViewerNameDocument, {}, { as: user });
    expect(read.status).toBe(503);
    expect(read.errors?.[0]?.extensions?.code).toBe('MAINTENANCE_MODE');
    expect(read.data ?? null).toBeNull();
  });

  it("lets admins' mutations through, including turning it off", async () => {
    const admin = await insertAdmin('admin');
    const support = await insertAdmin('support');
    const user = await insertUser();
    await setSetting('maintenance_mode', 'true');

    const byAdmin = await gql(AdminCreateWorkspaceDocument, { name: 'Admin fix' }, { as: admin });
    expect(byAdmin.data?.createWorkspace).toEqual({
      __typename: 'CreateWorkspaceSuccess',
      data: { name: 'Admin fix' },
    });
    const bySupport = await gql(
      AdminCreateWorkspaceDocument,
      { name: 'Support fix' },
      { as: support },
    );
    expect(bySupport.data?.createWorkspace).toMatchObject({ __typename: 'CreateWorkspaceSuccess' });

    const off = await gql(AdminSetMaintenanceDocument, { value: 'false' }, { as: admin });
    expect(off.data?.updateSystemSetting).toMatchObject({ data: { value: 'false' } });
    const byUser = await gql(
      AdminCreateWorkspaceDocument,
      { name: 'After maintenance' },
      { as: user },
    );
    expect(byUser.data?.createWorkspace).toMatchObject({ __typename: 'CreateWorkspaceSuccess' });
  });

  it('refuses anonymous requests too, queries included', async () => {
    await setSetting('maintenance_mode', 'true');
    const anonymous = await gql(AdminCreateWorkspaceDocument, { name: 'x' });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('MAINTENANCE_MODE');
    const query = await gql(AdminPingDocument, {});
    expect(query.status).toBe(503);
    expect(query.errors?.[0]?.extensions?.code).toBe('MAINTENANCE_MODE');
  });
});
