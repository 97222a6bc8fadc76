import { describe, expect, it } from 'vitest';
import {
  AdminSettingsDetailedDocument,
  AdminUpdateSettingDetailedDocument,
  type SystemSettingKey,
} from '../generated/graphql';
import { variant } from '../helpers/client';
import { gql, insertAdmin } from './helpers';

describe('system settings', () => {
  it('reads the seeded settings, typed', async () => {
    const support = await insertAdmin('support');
    const result = await gql(AdminSettingsDetailedDocument, {}, { as: support });
    expect(result.errors).toBeUndefined();
    expect(result.data?.systemSettings).toMatchObject({
      maintenanceMode: false,
      maxAiCostPerUserDaily: 1,
      defaultRateLimit: 120,
    });
    expect(result.data?.systemSettings.entries.map((e) => [e.key, e.valueType])).toEqual([
      ['MAINTENANCE_MODE', 'boolean'],
      ['MAX_AI_COST_PER_USER_DAILY', 'number'],
      ['DEFAULT_RATE_LIMIT', 'number'],
      ['ANALYTICS_RETENTION_DAYS', 'number'],
      ['ATTACHMENT_MAX_BYTES', 'number'],
      ['ATTACHMENT_ALLOWED_TYPES', 'string'],
      ['WORKSPACE_STORAGE_QUOTA_BYTES', 'number'],
    ]);
  });

  it.each<[SystemSettingKey, string]>([
    ['MAINTENANCE_MODE', 'yes'],
    ['MAINTENANCE_MODE', '1'],
    ['MAX_AI_COST_PER_USER_DAILY', '-1'],
    ['MAX_AI_COST_PER_USER_DAILY', 'ten'],
    ['MAX_AI_COST_PER_USER_DAILY', 'Infinity'],
    ['DEFAULT_RATE_LIMIT', '0'],
    ['DEFAULT_RATE_LIMIT', '100001'],
    ['DEFAULT_RATE_LIMIT', '1.5'],
    ['DEFAULT_RATE_LIMIT', ''],
    ['ATTACHMENT_MAX_BYTES', '0'],
    ['ATTACHMENT_MAX_BYTES', '500000001'],
    ['ATTACHMENT_ALLOWED_TYPES', 'image/svg+xml'],
    ['WORKSPACE_STORAGE_QUOTA_BYTES', '-1'],
  ])('refuses %s = "%s" with a ValidationError', async (key, value) => {
    const admin = await insertAdmin('admin');
    const result = await gql(AdminUpdateSettingDetailedDocument, { key, value }, { as: admin });
    expect(result.data?.updateSystemSetting).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ field: 'input.value' }],
    });
  });

  it('stores valid values in canonical form, records who, and the next request sees them', async () => {
    const admin = await insertAdmin('admin');
    const changed = await gql(
      AdminUpdateSettingDetailedDocument,
      { key: 'MAX_AI_COST_PER_USER_DAILY', value: ' 0.50 ' },
      { as: admin },
    );
    expect(changed.data?.updateSystemSetting).toMatchObject({
      __typename: 'UpdateSystemSettingSuccess',
      data: { key: 'MAX_AI_COST_PER_USER_DAILY', value: '0.5', valueType: 'number' },
    });
    const read = await gql(AdminSettingsDetailedDocument, {}, { as: admin });
    expect(read.data?.systemSettings.maxAiCostPerUserDaily).toBe(0.5);
    const entry = read.data?.systemSettings.entries.find(
      (e) => e.key === 'MAX_AI_COST_PER_USER_DAILY',
    );
    expect(entry?.updatedBy?.id).toBe(btoa(`User:${admin}`));

    const zero = await gql(
      AdminUpdateSettingDetailedDocument,
      { key: 'MAX_AI_COST_PER_USER_DAILY', value: '0' },
      { as: admin },
    );
    expect(variant(zero.data?.updateSystemSetting, 'UpdateSystemSettingSuccess').data.value).toBe(
      '0',
    );
    await gql(
      AdminUpdateSettingDetailedDocument,
      { key: 'MAX_AI_COST_PER_USER_DAILY', value: '1' },
      { as: admin },
    );
  });
});
