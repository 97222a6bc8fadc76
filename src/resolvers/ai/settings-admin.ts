import { and, eq, sql } from 'drizzle-orm';
import { viewerUserId } from '../../auth/viewer';
import type { Context } from '../../context';
import { aiProviderKeys, aiProviderSettings } from '../../db/tables';
import { auditEntry, auditIfChanged } from '../admin/audit';
import { changes } from '../d1-errors';
import { type FieldIssue, NotFoundError, ValidationError } from '../errors';
import { newId, nowIso } from '../ids';
import {
  AI_FEATURES,
  type AiProvider,
  aiConfig,
  DEFAULT_MODELS,
  forgetAiConfig,
  isValidModel,
  type ProviderKeyRow,
  type ProviderSettingsRow,
  type RemoteProvider,
} from './config';
import { encryptProviderKey, maskProviderKey } from './key-crypto';

export interface FeatureRouteInput {
  feature: string;
  provider?: AiProvider | null;
  model?: string | null;
}

export interface ProviderSettingsInput {
  provider: AiProvider;
  enabled?: boolean | null;
  defaultModel?: string | null;
  /** undefined keeps the current fallback; null removes it. */
  fallbackProvider?: AiProvider | null;
  featureRoutes?: FeatureRouteInput[] | null;
  timeoutMs?: number | null;
}

export const MIN_TIMEOUT_MS = 100;
export const MAX_TIMEOUT_MS = 120_000;

export function remoteProvider(field: string, provider: AiProvider): RemoteProvider {
  if (provider === 'local') {
    throw ValidationError.of(field, 'must be GEMINI or OPENAI: the local provider needs no setup.');
  }
  return provider;
}

/** Validates routes into what `feature_routing_json` stores. */
export function routesJson(provider: RemoteProvider, routes: FeatureRouteInput[]): string {
  const issues: FieldIssue[] = [];
  const out: Record<string, { provider: AiProvider; model?: string }> = {};
  for (const [index, route] of routes.entries()) {
    const field = `input.featureRoutes.${index}`;
    if (!(AI_FEATURES as readonly string[]).includes(route.feature)) {
      issues.push({
        field: `${field}.feature`,
        message: `must be one of ${AI_FEATURES.join(', ')}.`,
      });
    } else if (out[route.feature]) {
      issues.push({ field: `${field}.feature`, message: 'appears twice.' });
    }
    const target = route.provider ?? provider;
    if (route.model != null) {
      if (target === 'local') {
        issues.push({
          field: `${field}.model`,
          message: 'must be omitted for the local provider.',
        });
      } else if (!isValidModel(route.model)) {
        issues.push({ field: `${field}.model`, message: 'is not a model name.' });
      }
    }
    out[route.feature] = {
      provider: target,
      ...(route.model != null ? { model: route.model } : {}),
    };
  }
  if (issues.length > 0) throw new ValidationError(issues);
  return JSON.stringify(out);
}

/** Creates or changes one provider's settings, with its audit row, in one batch. */
export async function updateProviderSettings(
  ctx: Context,
  input: ProviderSettingsInput,
): Promise<ProviderSettingsRow> {
  const provider = remoteProvider('input.provider', input.provider);
  const issues: FieldIssue[] = [];
  if (input.defaultModel != null && !isValidModel(input.defaultModel)) {
    issues.push({
      field: 'input.defaultModel',
      message: 'is not a model name (letters, digits, . _ : -).',
    });
  }
  if (input.fallbackProvider === provider) {
    issues.push({ field: 'input.fallbackProvider', message: 'must differ from the provider.' });
  }
  if (
    input.timeoutMs != null &&
    (!Number.isInteger(input.timeoutMs) ||
      input.timeoutMs < MIN_TIMEOUT_MS ||
      input.timeoutMs > MAX_TIMEOUT_MS)
  ) {
    issues.push({
      field: 'input.timeoutMs',
      message: `must be from ${MIN_TIMEOUT_MS} to ${MAX_TIMEOUT_MS} milliseconds.`,
    });
  }
  if (issues.length > 0) throw new ValidationError(issues);
  const routing =
    input.featureRoutes != null ? routesJson(provider, input.featureRoutes) : undefined;

  const now = nowIso();
  const changed: Partial<ProviderSettingsRow> = {
    ...(input.enabled != null ? { isEnabled: input.enabled } : {}),
    ...(input.defaultModel != null ? { defaultModel: input.defaultModel } : {}),
    ...(input.fallbackProvider !== undefined ? { fallbackProvider: input.fallbackProvider } : {}),
    ...(routing !== undefined ? { featureRoutingJson: routing } : {}),
    ...(input.timeoutMs != null ? { timeoutMs: input.timeoutMs } : {}),
  };
  const before = (await aiConfig(ctx))[provider].row;
  const [rows] = await ctx.db.batch([
    ctx.db
      .insert(aiProviderSettings)
      .values({
        id: newId('aip'),
        provider,
        defaultModel: DEFAULT_MODELS[provider],
        ...changed,
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoUpdate({
        target: aiProviderSettings.provider,
        set: { ...changed, updatedAt: sql`excluded.updated_at` },
      })
      .returning(),
    auditEntry(ctx, {
      action: 'ai_provider_settings.update',
      targetType: 'AiProviderSettings',
      targetId: provider,
      changes: { from: before ? settingsSummary(before) : null, to: changed },
    }),
  ]);
  forgetAiConfig(ctx);
  return rows[0] as ProviderSettingsRow;
}

function settingsSummary(row: ProviderSettingsRow) {
  return {
    isEnabled: row.isEnabled,
    defaultModel: row.defaultModel,
    fallbackProvider: row.fallbackProvider,
    featureRoutingJson: row.featureRoutingJson,
    timeoutMs: row.timeoutMs,
  };
}

// Printable ASCII without spaces: what both providers' keys are made of. The message never
// quotes the value.
const KEY = /^[\x21-\x7E]{20,512}$/;

function checkedKey(key: string): string {
  if (!KEY.test(key)) {
    throw ValidationError.of('input.key', 'must be 20 to 512 printable characters without spaces.');
  }
  return key;
}

/** Stores a new key (encrypted) as the provider's active one; older keys become inactive. */
export async function addProviderKey(
  ctx: Context,
  providerInput: AiProvider,
  key: string,
): Promise<ProviderKeyRow> {
  const provider = remoteProvider('input.provider', providerInput);
  const plain = checkedKey(key);
  const row: ProviderKeyRow = {
    id: newId('aik'),
    provider,
    encryptedKey: await encryptProviderKey(ctx, provider, plain),
    maskedPreview: maskProviderKey(plain),
    isActive: true,
    createdBy: viewerUserId(ctx.viewer),
    createdAt: nowIso(),
    rotatedAt: null,
  };
  await ctx.db.batch([
    ctx.db
      .update(aiProviderKeys)
      .set({ isActive: false })
      .where(and(eq(aiProviderKeys.provider, provider), eq(aiProviderKeys.isActive, true))),
    ctx.db.insert(aiProviderKeys).values(row),
    auditEntry(ctx, {
      action: 'ai_provider_key.add',
      targetType: 'AiProviderKey',
      targetId: row.id,
      changes: { provider, maskedPreview: row.maskedPreview },
    }),
  ]);
  forgetAiConfig(ctx);
  return row;
}

async function existingKey(ctx: Context, keyId: string): Promise<ProviderKeyRow> {
  const config = await aiConfig(ctx);
  const key = [...config.gemini.keys, ...config.openai.keys].find((row) => row.id === keyId);
  if (!key) throw new NotFoundError('AiProviderKey', keyId);
  return key;
}

/** Replaces a key's secret in place (same id, same active state), stamping `rotated_at`. */
export async function rotateProviderKey(
  ctx: Context,
  keyId: string,
  key: string,
): Promise<ProviderKeyRow> {
  const plain = checkedKey(key);
  const current = await existingKey(ctx, keyId);
  const next: ProviderKeyRow = {
    ...current,
    encryptedKey: await encryptProviderKey(ctx, current.provider, plain),
    maskedPreview: maskProviderKey(plain),
    rotatedAt: nowIso(),
  };
  const [result] = await ctx.db.batch([
    ctx.db
      .update(aiProviderKeys)
      .set({
        encryptedKey: next.encryptedKey,
        maskedPreview: next.maskedPreview,
        rotatedAt: next.rotatedAt,
      })
      .where(and(eq(aiProviderKeys.id, keyId), eq(aiProviderKeys.provider, current.provider))),
    auditIfChanged(ctx, {
      action: 'ai_provider_key.rotate',
      targetType: 'AiProviderKey',
      targetId: keyId,
      changes: { provider: current.provider, from: current.maskedPreview, to: next.maskedPreview },
    }),
  ]);
  forgetAiConfig(ctx);
  if (changes(result) === 0) throw new NotFoundError('AiProviderKey', keyId);
  return next;
}

/** Deletes a key for good; the provider is skipped until it has an active key again. */
export async function deleteProviderKey(ctx: Context, keyId: string): Promise<string> {
  const current = await existingKey(ctx, keyId);
  const [result] = await ctx.db.batch([
    ctx.db.delete(aiProviderKeys).where(eq(aiProviderKeys.id, keyId)),
    auditIfChanged(ctx, {
      action: 'ai_provider_key.delete',
      targetType: 'AiProviderKey',
      targetId: keyId,
      changes: { provider: current.provider, maskedPreview: current.maskedPreview },
    }),
  ]);
  forgetAiConfig(ctx);
  if (changes(result) === 0) throw new NotFoundError('AiProviderKey', keyId);
  return keyId;
}
