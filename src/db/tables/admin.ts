import { integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from './core';
import { isoNow, touch } from './defaults';

// Mirrors db/migrations 0003, 0009, 0014, 0015, 0027 and 0031.

export const adminUsers = sqliteTable('admin_users', {
  id: text('id').primaryKey(),
  userId: text('user_id')
    .notNull()
    .unique()
    .references(() => users.id, { onDelete: 'cascade' }),
  role: text('role', { enum: ['owner', 'admin', 'support'] })
    .notNull()
    .default('support'),
  createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: text('created_at').notNull().default(isoNow),
  updatedAt: text('updated_at').notNull().default(isoNow).$onUpdate(touch),
});

export const auditLogs = sqliteTable('audit_logs', {
  id: text('id').primaryKey(),
  actorId: text('actor_id').references(() => users.id, { onDelete: 'set null' }),
  action: text('action').notNull(),
  targetType: text('target_type'),
  targetId: text('target_id'),
  changesJson: text('changes_json'),
  requestId: text('request_id'),
  createdAt: text('created_at').notNull().default(isoNow),
});

export const adminImportSessions = sqliteTable('admin_import_sessions', {
  id: text('id').primaryKey(),
  adminUserId: text('admin_user_id').references(() => users.id, { onDelete: 'set null' }),
  kind: text('kind', { enum: ['users', 'work_items'] }).notNull(),
  format: text('format', { enum: ['csv', 'json'] }).notNull(),
  status: text('status', { enum: ['pending', 'running', 'completed', 'failed'] })
    .notNull()
    .default('pending'),
  contentHash: text('content_hash').notNull(),
  totalRows: integer('total_rows').notNull().default(0),
  processedRows: integer('processed_rows').notNull().default(0),
  successRows: integer('success_rows').notNull().default(0),
  errorRows: integer('error_rows').notNull().default(0),
  createdAt: text('created_at').notNull().default(isoNow),
  updatedAt: text('updated_at').notNull().default(isoNow).$onUpdate(touch),
  completedAt: text('completed_at'),
  /** Why it ended `failed`: an unexpected error, or found stuck `running` by the sweep. */
  failureReason: text('failure_reason'),
});

export const adminImportErrors = sqliteTable('admin_import_errors', {
  id: text('id').primaryKey(),
  sessionId: text('session_id')
    .notNull()
    .references(() => adminImportSessions.id, { onDelete: 'cascade' }),
  rowNumber: integer('row_number').notNull(),
  reason: text('reason').notNull(),
  rawRow: text('raw_row'),
  createdAt: text('created_at').notNull().default(isoNow),
});

export const systemSettings = sqliteTable('system_settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  valueType: text('value_type', { enum: ['boolean', 'number', 'string', 'json'] })
    .notNull()
    .default('string'),
  description: text('description'),
  updatedBy: text('updated_by').references(() => users.id, { onDelete: 'set null' }),
  updatedAt: text('updated_at').notNull().default(isoNow).$onUpdate(touch),
});

/** One row per UTC day; `summaryDate` is YYYY-MM-DD. */
export const dailyLogSummaries = sqliteTable('daily_log_summaries', {
  id: text('id').primaryKey(),
  summaryDate: text('summary_date').notNull().unique(),
  aiCalls: integer('ai_calls').notNull().default(0),
  aiFailedCalls: integer('ai_failed_calls').notNull().default(0),
  aiCostUsd: real('ai_cost_usd').notNull().default(0),
  auditActions: integer('audit_actions').notNull().default(0),
  errorCount: integer('error_count').notNull().default(0),
  detailsJson: text('details_json'),
  createdAt: text('created_at').notNull().default(isoNow),
  updatedAt: text('updated_at').notNull().default(isoNow).$onUpdate(touch),
});

/** Integrator tokens: only the SHA-256 digest is stored; `scopes` is 'read' or 'read,write'. */
export const apiTokens = sqliteTable('api_tokens', {
  id: text('id').primaryKey(),
  userId: text('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  name: text('name').notNull(),
  tokenHash: text('token_hash').notNull().unique(),
  tokenPrefix: text('token_prefix').notNull(),
  scopes: text('scopes', { enum: ['read', 'read,write'] })
    .notNull()
    .default('read'),
  lastUsedAt: text('last_used_at'),
  expiresAt: text('expires_at'),
  revokedAt: text('revoked_at'),
  createdAt: text('created_at').notNull().default(isoNow),
});
