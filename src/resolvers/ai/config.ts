import { type Context, perRequest } from '../../context';
import { aiProviderKeys, aiProviderSettings } from '../../db/tables';

export const AI_PROVIDERS = ['gemini', 'openai', 'local'] as const;
export type AiProvider = (typeof AI_PROVIDERS)[number];
export type RemoteProvider = Exclude<AiProvider, 'local'>;
export const REMOTE_PROVIDERS: readonly RemoteProvider[] = ['gemini', 'openai'];

/** The features that call a model through the router; routing entries must name one of them. */
export const AI_FEATURES = ['thread_candidates', 'provider_check'] as const;
export type AiFeature = (typeof AI_FEATURES)[number];

/** The model a provider uses when its settings row does not exist yet. */
export const DEFAULT_MODELS: Record<RemoteProvider, string> = {
  gemini: 'gemini-2.5-flash-lite',
  openai: 'gpt-4o-mini',
};
export const LOCAL_MODEL = 'local-deterministic-v1';
export const DEFAULT_TIMEOUT_MS = 15000;

/** One `feature_routing_json` entry: which provider (default: the row's) and model answer. */
export interface FeatureRoute {
  provider: AiProvider;
  model: string | null;
}

export type ProviderSettingsRow = typeof aiProviderSettings.$inferSelect;
export type ProviderKeyRow = typeof aiProviderKeys.$inferSelect;

export interface ProviderConfig {
  provider: RemoteProvider;
  /** The stored row, or null when the provider was never configured. */
  row: ProviderSettingsRow | null;
  enabled: boolean;
  defaultModel: string;
  fallbackProvider: AiProvider | null;
  routes: Record<string, FeatureRoute>;
  timeoutMs: number;
  /** Every key of the provider, newest first (active or not). */
  keys: ProviderKeyRow[];
  /** The key calls use: the newest active one. */
  activeKey: ProviderKeyRow | null;
}

export type AiConfig = Record<RemoteProvider, ProviderConfig>;

const MODEL = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;
export const isValidModel = (model: string) => MODEL.test(model);

/**
 * Routing entries as stored. Rows written by this gateway are validated on the way in; anything
 * else found in the column (older data, hand edits) is read leniently: bad entries are ignored.
 */
export function parseRoutes(json: string, own: RemoteProvider): Record<string, FeatureRoute> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return {};
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
  const routes: Record<string, FeatureRoute> = {};
  for (const [feature, value] of Object.entries(parsed as Record<string, unknown>)) {
    if (!value || typeof value !== 'object') continue;
    const { provider, model } = value as { provider?: unknown; model?: unknown };
    const target = provider === undefined ? own : provider;
    if (!AI_PROVIDERS.includes(target as AiProvider)) continue;
    if (
      model !== undefined &&
      model !== null &&
      (typeof model !== 'string' || !isValidModel(model))
    )
      continue;
    routes[feature] = {
      provider: target as AiProvider,
      model: (model as string | undefined) ?? null,
    };
  }
  return routes;
}

function providerConfig(
  provider: RemoteProvider,
  row: ProviderSettingsRow | undefined,
  keys: ProviderKeyRow[],
): ProviderConfig {
  const own = keys.filter((key) => key.provider === provider);
  return {
    provider,
    row: row ?? null,
    enabled: row?.isEnabled ?? false,
    defaultModel: row?.defaultModel ?? DEFAULT_MODELS[provider],
    fallbackProvider: row?.fallbackProvider ?? null,
    routes: row ? parseRoutes(row.featureRoutingJson, provider) : {},
    timeoutMs: row?.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    keys: own,
    activeKey: own.find((key) => key.isActive) ?? null,
  };
}

/**
 * Provider settings and keys, read once per request (two reads in one D1 round trip) however
 * many AI calls and admin fields ask. Writes to them drop this cache (`forgetAiConfig`).
 */
export function aiConfig(ctx: Context): Promise<AiConfig> {
  return perRequest(ctx, 'ai:config', async () => {
    const [rows, keys] = await Promise.all([
      ctx.reads.read(ctx.db.select().from(aiProviderSettings)),
      ctx.reads.read(ctx.db.select().from(aiProviderKeys)),
    ]);
    const ordered = [...keys].sort(
      (a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id),
    );
    const byProvider = new Map(rows.map((row) => [row.provider, row]));
    return {
      gemini: providerConfig('gemini', byProvider.get('gemini'), ordered),
      openai: providerConfig('openai', byProvider.get('openai'), ordered),
    };
  });
}

export function forgetAiConfig(ctx: Context): void {
  ctx.cache.delete('ai:config');
}
