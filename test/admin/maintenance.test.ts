import { afterEach, describe, expect, it } from 'vitest';
import { insertUser } from '../helpers/seed';
import { count, gql, insertAdmin, setSetting } from './helpers';

const CREATE_WORKSPACE = `mutation($name: String!) {
  createWorkspace(input: { name: $name }) { __typename ... on CreateWorkspaceSuccess { data { name } } }
}`;

const SET_MAINTENANCE = `mutation($value: String!) {
  updateSystemSetting(input: { key: MAINTENANCE_MODE, value: $value }) {
    __typename ... on UpdateSystemSettingSuccess { data { value } }
  }
}`;

describe('maintenance mode', () => {
  afterEach(() => setSetting('maintenance_mode', 'false'));

  it("refuses a user's mutations and queries with 503 before anything is written", async () => {
    const admin = await insertAdmin('admin');
    const user = await insertUser({ displayName: 'Busy User' });
    const on = await gql(SET_MAINTENANCE, { value: 'true' }, { as: admin });
    expect(on.data?.updateSystemSetting).toMatchObject({ data: { value: 'true' } });

    const before = await count('SELECT count(*) AS n FROM workspaces');
    const refused = await gql(CREATE_WORKSPACE, { name: 'During maintenance' }, { as: user });
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
    const read = await gql('{ viewer { displayName } }', {}, { as: user });
    expect(read.status).toBe(503);
    expect(read.errors?.[0]?.extensions?.code).toBe('MAINTENANCE_MODE');
    expect(read.data ?? null).toBeNull();
  });

  it("lets admins' mutations through, including turning it off", async () => {
    const admin = await insertAdmin('admin');
    const support = await insertAdmin('support');
    const user = await insertUser();
    await setSetting('maintenance_mode', 'true');

    const byAdmin = await gql(CREATE_WORKSPACE, { name: 'Admin fix' }, { as: admin });
    expect(byAdmin.data?.createWorkspace).toEqual({
      __typename: 'CreateWorkspaceSuccess',
      data: { name: 'Admin fix' },
    });
    const bySupport = await gql(CREATE_WORKSPACE, { name: 'Support fix' }, { as: support });
    expect(bySupport.data?.createWorkspace).toMatchObject({ __typename: 'CreateWorkspaceSuccess' });

    const off = await gql(SET_MAINTENANCE, { value: 'false' }, { as: admin });
    expect(off.data?.updateSystemSetting).toMatchObject({ data: { value: 'false' } });
    const byUser = await gql(CREATE_WORKSPACE, { name: 'After maintenance' }, { as: user });
    expect(byUser.data?.createWorkspace).toMatchObject({ __typename: 'CreateWorkspaceSuccess' });
  });

  it('refuses anonymous requests too, queries included', async () => {
    await setSetting('maintenance_mode', 'true');
    const anonymous = await gql(CREATE_WORKSPACE, { name: 'x' });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('MAINTENANCE_MODE');
    const query = await gql('{ __typename }');
    expect(query.status).toBe(503);
    expect(query.errors?.[0]?.extensions?.code).toBe('MAINTENANCE_MODE');
  });
});
