import { integer, primaryKey, real, sqliteTable, text, unique } from 'drizzle-orm/sqlite-core';
import { users } from './core';
import { isoNow, touch } from './defaults';

// Mirrors db/migrations 0005, 0006, 0016, 0017, 0018 and 0038.

export const aiUsageLogs = sqliteTable('ai_usage_logs', {
  id: text('id').primaryKey(),
  userId: text('user_id').references(() => users.id, { onDelete: 'set null' }),
  feature: text('feature').notNull(),
  provider: text('provider', { enum: ['gemini', 'openai', 'local'] }).notNull(),
  model: text('model').notNull(),
  inputTokens: integer('input_tokens').notNull().default(0),
  outputTokens: integer('output_tokens').notNull().default(0),
  costUsd: real('cost_usd').notNull().default(0),
  latencyMs: integer('latency_ms'),
  outcome: text('outcome', { enum: ['success', 'error', 'fallback', 'refused'] })
    .notNull()
    .default('success'),
  errorCode: text('error_code'),
  requestId: text('request_id'),
  createdAt: text('created_at').notNull().default(isoNow),
});

/**
 * AI usage summed per UTC day, feature and provider: kept by triggers on ai_usage_logs (0038) in
 * the same statement as each write, so the admin report reads a row per day and group.
 */
export const aiUsageDaily = sqliteTable(
  'ai_usage_daily',
  {
    day: text('day').notNull(),
    feature: text('feature').notNull(),
    provider: text('provider').notNull(),
    calls: integer('calls').notNull().default(0),
    successCalls: integer('success_calls').notNull().default(0),
    inFlightCalls: integer('in_flight_calls').notNull().default(0),
    fallbackCalls: integer('fallback_calls').notNull().default(0),
    errorCalls: integer('error_calls').notNull().default(0),
    refusedCalls: integer('refused_calls').notNull().default(0),
    inputTokens: integer('input_tokens').notNull().default(0),
    outputTokens: integer('output_tokens').notNull().default(0),
    costUsd: real('cost_usd').notNull().default(0),
  },
  (table) => [primaryKey({ columns: [table.day, table.feature, table.provider] })],
);

export const aiCostBudgets = sqliteTable(
  'ai_cost_budgets',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    period: text('period', { enum: ['daily', 'monthly'] })
      .notNull()
      .default('daily'),
    limitUsd: real('limit_usd').notNull(),
    createdAt: text('created_at').notNull().default(isoNow),
    updatedAt: text('updated_at').notNull().default(isoNow).$onUpdate(touch),
  },
  (t) => [unique().on(t.userId, t.period)],
);

export const aiProviderSettings = sqliteTable('ai_provider_settings', {
  id: text('id').primaryKey(),
  provider: text('provider', { enum: ['gemini', 'openai'] })
    .notNull()
    .unique(),
  isEnabled: integer('is_enabled', { mode: 'boolean' }).notNull().default(false),
  defaultModel: text('default_model').notNull(),
  fallbackProvider: text('fallback_provider', { enum: ['gemini', 'openai', 'local'] }),
  featureRoutingJson: text('feature_routing_json').notNull().default('{}'),
  timeoutMs: integer('timeout_ms').notNull().default(15000),
  createdAt: text('created_at').notNull().default(isoNow),
  updatedAt: text('updated_at').notNull().default(isoNow).$onUpdate(touch),
});

/** `encryptedKey` never leaves the Worker; only `maskedPreview` (first/last four chars) does. */
export const aiProviderKeys = sqliteTable('ai_provider_keys', {
  id: text('id').primaryKey(),
  provider: text('provider', { enum: ['gemini', 'openai'] }).notNull(),
  encryptedKey: text('encrypted_key').notNull(),
  maskedPreview: text('masked_preview').notNull(),
  isActive: integer('is_active', { mode: 'boolean' }).notNull().default(true),
  createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: text('created_at').notNull().default(isoNow),
  rotatedAt: text('rotated_at'),
});
