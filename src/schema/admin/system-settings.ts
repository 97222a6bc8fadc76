import {
  formatSettingValue,
  SETTING_DEFINITIONS,
  SETTING_KEYS,
  type SystemSettingKey,
  type SystemSettingsSnapshot,
  systemSettingsOf,
} from '../../resolvers/admin/settings';
import { builder } from '../builder';
import { User } from '../users/user';

export const SystemSettingKeyEnum = builder.enumType('SystemSettingKey', {
  description: 'A setting the gateway reads on every request.',
  values: {
    MAINTENANCE_MODE: {
      value: 'maintenance_mode',
      description: 'Boolean ("true"/"false"): when true, every request of a non-admin is refused.',
    },
    MAX_AI_COST_PER_USER_DAILY: {
      value: 'max_ai_cost_per_user_daily',
      description: 'Non-negative number of USD: the AI spend per user per UTC day.',
    },
    DEFAULT_RATE_LIMIT: {
      value: 'default_rate_limit',
      description: 'Integer 1-100000: requests per minute per viewer.',
    },
    ANALYTICS_RETENTION_DAYS: {
      value: 'analytics_retention_days',
      description: 'Integer 1-3650: days API analytics rollups are kept (default 90).',
    },
    ATTACHMENT_MAX_BYTES: {
      value: 'attachment_max_bytes',
      description: 'Integer 1-500000000: bytes one attachment may have.',
    },
    ATTACHMENT_ALLOWED_TYPES: {
      value: 'attachment_allowed_types',
      description:
        'Comma-separated media types attachments may have (a subset of the supported ones: see SystemSettings.attachmentAllowedTypes).',
    },
    WORKSPACE_STORAGE_QUOTA_BYTES: {
      value: 'workspace_storage_quota_bytes',
      description: 'Integer: bytes of attachments each workspace may hold.',
    },
  } as const,
});

/** A setting as shown: the stored row, or the built-in value when no row exists. */
export interface SettingView {
  key: SystemSettingKey;
  value: string;
  valueType: string;
  description: string;
  updatedBy: string | null;
  updatedAt: string | null;
}

const viewOf = (key: SystemSettingKey, snapshot: SystemSettingsSnapshot): SettingView => {
  const row = snapshot.rows.get(key);
  return {
    key,
    value: formatSettingValue(key, snapshot.values[key]),
    valueType: SETTING_DEFINITIONS[key].valueType,
    description: row?.description ?? SETTING_DEFINITIONS[key].description,
    updatedBy: row?.updatedBy ?? null,
    updatedAt: row?.updatedAt ?? null,
  };
};

export const SystemSetting = builder.objectRef<SettingView>('SystemSetting').implement({
  description: 'One system setting (admin fields only).',
  authScopes: { admin: 'support' },
  fields: (t) => ({
    key: t.expose('key', { type: SystemSettingKeyEnum, description: 'Which setting.' }),
    value: t.exposeString('value', {
      description:
        'The value in effect, as text (`true`, `1.5`, `120`, `image/png,application/pdf`).',
    }),
    valueType: t.exposeString('valueType', { description: 'boolean, number or string.' }),
    description: t.exposeString('description', { description: 'What it does.' }),
    updatedBy: t.field({
      type: User,
      nullable: true,
      description: 'The admin who last set it (null: never set through the API).',
      resolve: (view) => view.updatedBy,
    }),
    updatedAt: t.expose('updatedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it last changed (null when the row is missing and the default applies).',
    }),
  }),
});

export const SystemSettings = builder
  .objectRef<SystemSettingsSnapshot>('SystemSettings')
  .implement({
    description: 'The settings in effect, typed (admin fields only).',
    authScopes: { admin: 'support' },
    fields: (t) => ({
      maintenanceMode: t.boolean({
        description: 'When true, every non-admin operation is refused with MaintenanceModeError.',
        resolve: (s) => s.values.maintenance_mode,
      }),
      maxAiCostPerUserDaily: t.float({
        description: 'USD each user may spend on AI per UTC day (the AI router enforces it).',
        resolve: (s) => s.values.max_ai_cost_per_user_daily,
      }),
      defaultRateLimit: t.int({
        description: 'Requests per minute per viewer; past it the API answers 429.',
        resolve: (s) => s.values.default_rate_limit,
      }),
      analyticsRetentionDays: t.int({
        description:
          'Days API analytics (operationStats, fieldUsage) are kept; older rollups are deleted by the daily cron.',
        resolve: (s) => s.values.analytics_retention_days,
      }),
      attachmentMaxBytes: t.float({
        description: 'Bytes one attachment may have; createAttachmentUpload refuses larger ones.',
        resolve: (s) => s.values.attachment_max_bytes,
      }),
      attachmentAllowedTypes: t.stringList({
        description: 'Media types attachments may have; createAttachmentUpload refuses others.',
        resolve: (s) => s.values.attachment_allowed_types,
      }),
      workspaceStorageQuotaBytes: t.float({
        description:
          'Bytes of attachments each workspace may hold (pending uploads count until they expire).',
        resolve: (s) => s.values.workspace_storage_quota_bytes,
      }),
      entries: t.field({
        type: [SystemSetting],
        description: 'Every setting with who changed it and when.',
        resolve: (s) => SETTING_KEYS.map((key) => viewOf(key, s)),
      }),
    }),
  });

builder.queryField('systemSettings', (t) =>
  t.field({
    type: SystemSettings,
    description: 'The system settings in effect. Support and above.',
    authScopes: { admin: 'support' },
    resolve: (_root, _args, ctx) => systemSettingsOf(ctx),
  }),
);
