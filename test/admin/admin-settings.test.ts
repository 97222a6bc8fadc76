import { describe, expect, it } from 'vitest';
import { gql, insertAdmin, type Json } from './helpers';

const SETTINGS = `{
  systemSettings {
    maintenanceMode maxAiCostPerUserDaily defaultRateLimit
    entries { key value valueType description updatedAt updatedBy { id } }
  }
}`;

const UPDATE = `mutation($key: SystemSettingKey!, $value: String!) {
  updateSystemSetting(input: { key: $key, value: $value }) {
    __typename
    ... on UpdateSystemSettingSuccess { data { key value valueType updatedBy { id } } }
    ... on ValidationError { issues { field message } }
  }
}`;

describe('system settings', () => {
  it('reads the seeded settings, typed', async () => {
    const support = await insertAdmin('support');
    const result = await gql<{ systemSettings: Json }>(SETTINGS, {}, { as: support });
    expect(result.errors).toBeUndefined();
    expect(result.data?.systemSettings).toMatchObject({
      maintenanceMode: false,
      maxAiCostPerUserDaily: 1,
      defaultRateLimit: 120,
    });
    expect(result.data?.systemSettings.entries.map((e: Json) => [e.key, e.valueType])).toEqual([
      ['MAINTENANCE_MODE', 'boolean'],
      ['MAX_AI_COST_PER_USER_DAILY', 'number'],
      ['DEFAULT_RATE_LIMIT', 'number'],
    ]);
  });

  it.each([
    ['MAINTENANCE_MODE', 'yes'],
    ['MAINTENANCE_MODE', '1'],
    ['MAX_AI_COST_PER_USER_DAILY', '-1'],
    ['MAX_AI_COST_PER_USER_DAILY', 'ten'],
    ['MAX_AI_COST_PER_USER_DAILY', 'Infinity'],
    ['DEFAULT_RATE_LIMIT', '0'],
    ['DEFAULT_RATE_LIMIT', '100001'],
    ['DEFAULT_RATE_LIMIT', '1.5'],
    ['DEFAULT_RATE_LIMIT', ''],
  ])('refuses %s = "%s" with a ValidationError', async (key, value) => {
    const admin = await insertAdmin('admin');
    const result = await gql<{ updateSystemSetting: Json }>(UPDATE, { key, value }, { as: admin });
    expect(result.data?.updateSystemSetting).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ field: 'input.value' }],
    });
  });

  it('stores valid values in canonical form, records who, and the next request sees them', async () => {
    const admin = await insertAdmin('admin');
    const changed = await gql<{ updateSystemSetting: Json }>(
      UPDATE,
      { key: 'MAX_AI_COST_PER_USER_DAILY', value: ' 0.50 ' },
      { as: admin },
    );
    expect(changed.data?.updateSystemSetting).toMatchObject({
      __typename: 'UpdateSystemSettingSuccess',
      data: { key: 'MAX_AI_COST_PER_USER_DAILY', value: '0.5', valueType: 'number' },
    });
    const read = await gql<{ systemSettings: Json }>(SETTINGS, {}, { as: admin });
    expect(read.data?.systemSettings.maxAiCostPerUserDaily).toBe(0.5);
    const entry = read.data?.systemSettings.entries.find(
      (e: Json) => e.key === 'MAX_AI_COST_PER_USER_DAILY',
    );
    expect(entry.updatedBy.id).toBe(btoa(`User:${admin}`));

    const zero = await gql<{ updateSystemSetting: Json }>(
      UPDATE,
      { key: 'MAX_AI_COST_PER_USER_DAILY', value: '0' },
      { as: admin },
    );
    expect(zero.data?.updateSystemSetting.data.value).toBe('0');
    await gql(UPDATE, { key: 'MAX_AI_COST_PER_USER_DAILY', value: '1' }, { as: admin });
  });
});
