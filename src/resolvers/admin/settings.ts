import { eq, sql } from 'drizzle-orm';
import { type Context, perRequest } from '../../context';
import type { Db } from '../../db/client';
import { systemSettings } from '../../db/tables';
import { logEvent } from '../../log';
import {
  isSupportedContentType,
  SUPPORTED_CONTENT_TYPES,
  type SupportedContentType,
} from '../attachments/content-types';
import { ValidationError } from '../errors';
import { nowIso } from '../ids';
import { auditIfChanged } from './audit';

export type SystemSettingRow = typeof systemSettings.$inferSelect;

/** The settings the gateway reads, by key, with their typed values. */
export interface SystemSettingValues {
  maintenance_mode: boolean;
  max_ai_cost_per_user_daily: number;
  default_rate_limit: number;
  analytics_retention_days: number;
  attachment_max_bytes: number;
  attachment_allowed_types: SupportedContentType[];
  workspace_storage_quota_bytes: number;
}
export type SystemSettingKey = keyof SystemSettingValues;

type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

interface SettingDefinition<T> {
  valueType: 'boolean' | 'number' | 'string';
  /** Characters the raw value may have (64 unless said). */
  maxLength?: number;
  /** The value as stored and shown (`String(value)` unless said). */
  format?: (value: T) => string;
  /** Used when the row is missing or holds a value that no longer parses. */
  fallback: T;
  description: string;
  parse: (raw: string) => Parsed<T>;
}

const NUMBER = /^\d+(\.\d+)?$/;
const INTEGER = /^\d+$/;

/** An integer number of bytes from `min` to `max`. */
function byteCount(min: number, max: number) {
  return (raw: string): Parsed<number> => {
    const value = raw.trim();
    const number = Number(value);
    if (!INTEGER.test(value) || number < min || number > max) {
      return { ok: false, message: `must be an integer number of bytes from ${min} to ${max}.` };
    }
    return { ok: true, value: number };
  };
}

/** Bytes one upload may have at most: R2 takes 5 GB in one put, Workers bodies far less. */
export const ATTACHMENT_MAX_BYTES_LIMIT = 500_000_000;

/** Each key's type and rule: the one place that decides what a valid value is. */
export const SETTING_DEFINITIONS: {
  [K in SystemSettingKey]: SettingDefinition<SystemSettingValues[K]>;
} = {
  maintenance_mode: {
    valueType: 'boolean',
    fallback: false,
    description: 'When true, the API rejects non-admin requests, reads included.',
    parse: (raw) => {
      const value = raw.trim().toLowerCase();
      if (value === 'true' || value === 'false') return { ok: true, value: value === 'true' };
      return { ok: false, message: 'must be "true" or "false".' };
    },
  },
  max_ai_cost_per_user_daily: {
    valueType: 'number',
    fallback: 1,
    description: 'Maximum AI spend per user per UTC day, in USD (the AI router refuses past it).',
    parse: (raw) => {
      const value = raw.trim();
      const number = Number(value);
      if (!NUMBER.test(value) || !Number.isFinite(number) || number > 1_000_000) {
        return { ok: false, message: 'must be a non-negative number of USD (at most 1000000).' };
      }
      return { ok: true, value: number };
    },
  },
  default_rate_limit: {
    valueType: 'number',
    fallback: 120,
    description: 'Requests per minute per viewer (user, API token, or IP address when anonymous).',
    parse: (raw) => {
      const value = raw.trim();
      const number = Number(value);
      if (!INTEGER.test(value) || number < 1 || number > 100_000) {
        return { ok: false, message: 'must be an integer from 1 to 100000.' };
      }
      return { ok: true, value: number };
    },
  },
  analytics_retention_days: {
    valueType: 'number',
    fallback: 90,
    description:
      'Days API analytics rollups are kept (the daily cron deletes older rows; hours older than 14 days are kept as days).',
    parse: (raw) => {
      const value = raw.trim();
      const number = Number(value);
      if (!INTEGER.test(value) || number < 1 || number > 3650) {
        return { ok: false, message: 'must be an integer from 1 to 3650 (days).' };
      }
      return { ok: true, value: number };
    },
  },
  attachment_max_bytes: {
    valueType: 'number',
    fallback: 100_000_000,
    description: 'Bytes one attachment may have (the Workers request body limit caps it too).',
    parse: byteCount(1, ATTACHMENT_MAX_BYTES_LIMIT),
  },
  attachment_allowed_types: {
    valueType: 'string',
    maxLength: 400,
    fallback: SUPPORTED_CONTENT_TYPES,
    format: (types) => types.join(','),
    description: `Comma-separated media types attachments may have, among: ${SUPPORTED_CONTENT_TYPES.join(', ')}.`,
    parse: (raw) => {
      const types = raw
        .split(',')
        .map((type) => type.trim().toLowerCase())
        .filter((type) => type !== '');
      const unknown = types.filter((type) => !isSupportedContentType(type));
      if (types.length === 0 || unknown.length > 0) {
        return {
          ok: false,
          message: `must list media types among ${SUPPORTED_CONTENT_TYPES.join(', ')}${unknown.length > 0 ? ` (not ${unknown.join(', ')})` : ''}.`,
        };
      }
      return { ok: true, value: [...new Set(types)] as SupportedContentType[] };
    },
  },
  workspace_storage_quota_bytes: {
    valueType: 'number',
    fallback: 10_000_000_000,
    description:
      "Bytes of attachments each workspace may hold (a thread without a workspace: its uploader's).",
    // Up to 1 PB: well inside the integers a double holds exactly (2^53).
    parse: byteCount(0, 1_000_000_000_000_000),
  },
};

/** A setting's value as text, as stored and shown. */
export function formatSettingValue<K extends SystemSettingKey>(
  key: K,
  value: SystemSettingValues[K],
): string {
  const definition = SETTING_DEFINITIONS[key] as SettingDefinition<SystemSettingValues[K]>;
  return definition.format ? definition.format(value) : String(value);
}

export const SETTING_KEYS = Object.keys(SETTING_DEFINITIONS) as SystemSettingKey[];

export interface SystemSettingsSnapshot {
  values: SystemSettingValues;
  /**
   * The snapshot's version: the latest `updated_at` of its rows (every change through
   * `updateSystemSetting` writes it). A cache never replaces a snapshot with an older one.
   */
  version: string;
  /** The stored rows of the known keys (absent when the row is missing). */
  rows: Map<SystemSettingKey, SystemSettingRow>;
}

const isKnownKey = (key: string): key is SystemSettingKey => key in SETTING_DEFINITIONS;

function snapshotOf(rows: SystemSettingRow[]): SystemSettingsSnapshot {
  const values = Object.fromEntries(
    SETTING_KEYS.map((key) => [key, SETTING_DEFINITIONS[key].fallback]),
  ) as unknown as SystemSettingValues;
  const known = new Map<SystemSettingKey, SystemSettingRow>();
  let version = '';
  for (const row of rows) {
    if (row.updatedAt > version) version = row.updatedAt;
    if (!isKnownKey(row.key)) continue;
    known.set(row.key, row);
    const parsed = SETTING_DEFINITIONS[row.key].parse(row.value);
    if (parsed.ok) (values as unknown as Record<string, unknown>)[row.key] = parsed.value;
    else logEvent('warn', 'invalid system setting ignored', { key: row.key, value: row.value });
  }
  return { values, rows: known, version };
}

/** The system settings, read outside a request (the cron's jobs). */
export async function readSystemSettings(db: Db): Promise<SystemSettingsSnapshot> {
  return snapshotOf(await db.select().from(systemSettings));
}

/**
 * How long an isolate answers from the settings it last read, in ms: a change made elsewhere
 * takes effect everywhere within this bound (plus the read under way when it was made); in the
 * isolate that made it, at once. A short bound keeps "maintenance on" prompt, and still spares
 * nearly every request the read (docs/pending/performance.md).
 */
export const SETTINGS_CACHE_TTL_MS = 5_000;

/** The isolate's last snapshot: settings are the same for every viewer, so sharing is safe. */
let isolateSettings: { snapshot: SystemSettingsSnapshot; readAt: number } | null = null;

function remember(snapshot: SystemSettingsSnapshot, readAt: number): void {
  // Reads may land out of order (two requests refreshing, a replica behind): newest wins.
  if (isolateSettings && snapshot.version < isolateSettings.snapshot.version) return;
  isolateSettings = { snapshot, readAt };
}

/** Drops the isolate's snapshot: the next request reads the settings (tests that write rows). */
export function forgetCachedSettings(): void {
  isolateSettings = null;
}

/**
 * The system settings, one snapshot per request: the isolate's when it is younger than
 * SETTINGS_CACHE_TTL_MS (no statement), else read (one statement, batched with the reads of its
 * tick: the token lookup or the account check). The rate limiter, the maintenance check and the
 * AI router all read them from here.
 */
export function systemSettingsOf(ctx: Context): Promise<SystemSettingsSnapshot> {
  return perRequest(ctx, 'systemSettings', async () => {
    const cached = isolateSettings;
    if (cached && Date.now() - cached.readAt < SETTINGS_CACHE_TTL_MS) return cached.snapshot;
    const readAt = Date.now();
    const snapshot = snapshotOf(await ctx.reads.read(ctx.db.select().from(systemSettings)));
    remember(snapshot, readAt);
    return snapshot;
  });
}

/** Validates a value for a key: the typed value, or a ValidationError naming the rule. */
export function parseSettingValue<K extends SystemSettingKey>(
  key: K,
  raw: string,
): SystemSettingValues[K] {
  const maxLength = SETTING_DEFINITIONS[key].maxLength ?? 64;
  if (raw.length > maxLength) {
    throw ValidationError.of('input.value', `must be at most ${maxLength} characters.`);
  }
  const parsed = SETTING_DEFINITIONS[key].parse(raw);
  if (!parsed.ok) throw ValidationError.of('input.value', `${key} ${parsed.message}`);
  return parsed.value;
}

/** Sets one setting and records it in the audit trail, in one batch. */
export async function updateSystemSetting(
  ctx: Context,
  key: SystemSettingKey,
  raw: string,
): Promise<SystemSettingRow> {
  const value = parseSettingValue(key, raw);
  const definition = SETTING_DEFINITIONS[key];
  // The row as stored now (not the isolate's snapshot, up to seconds old): what the audit
  // says it replaced, and whether anything changes at all.
  const [stored, before] = await Promise.all([
    ctx.reads.read(ctx.db.select().from(systemSettings).where(eq(systemSettings.key, key))),
    systemSettingsOf(ctx),
  ]);
  const current = snapshotOf(stored);
  const text = formatSettingValue(key, value);
  // The value it already has: nothing is written or audited (as for an admin role).
  if (stored[0]?.value === text) return stored[0];
  const row: SystemSettingRow = {
    key,
    value: text,
    valueType: definition.valueType,
    description: stored[0]?.description ?? definition.description,
    updatedBy: ctx.viewer.kind === 'user' ? ctx.viewer.userId : null,
    updatedAt: nowIso(),
  };
  await ctx.db.batch([
    ctx.db
      .insert(systemSettings)
      .values(row)
      .onConflictDoUpdate({
        target: systemSettings.key,
        set: {
          value: row.value,
          valueType: row.valueType,
          updatedBy: row.updatedBy,
          updatedAt: sql`excluded.updated_at`,
        },
        // Set to the same value meanwhile by another request: no change, so no audit row.
        setWhere: sql`${systemSettings.value} is not excluded.value`,
      }),
    auditIfChanged(ctx, {
      action: 'system_setting.update',
      targetType: 'SystemSetting',
      targetId: key,
      changes: { from: current.values[key], to: value },
    }),
  ]);
  // Later fields of this request, and the isolate's next requests, see the new value.
  const rows = [...before.rows.values()].filter((r) => r.key !== key);
  const snapshot = snapshotOf([...rows, row]);
  ctx.cache.set('systemSettings', Promise.resolve(snapshot));
  remember(snapshot, Date.now());
  return row;
}
