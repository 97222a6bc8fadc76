import {
  type AiConfig,
  type AiProvider,
  type FeatureRoute,
  LOCAL_MODEL,
  type ProviderKeyRow,
  REMOTE_PROVIDERS,
  type RemoteProvider,
} from './config';

/** One step of a call's plan: who answers, with which model, or why that step is skipped. */
export type Attempt =
  | { provider: 'local'; model: string }
  | {
      provider: RemoteProvider;
      model: string;
      timeoutMs: number;
      key: ProviderKeyRow;
    }
  | { provider: RemoteProvider; model: string; skipped: 'disabled' | 'no_active_key' };

/** Whether a remote provider can be called: enabled, with an active key. */
export function isAvailable(config: AiConfig, provider: RemoteProvider): boolean {
  const settings = config[provider];
  return settings.enabled && settings.activeKey !== null;
}

/**
 * The route for a feature: the first routing entry naming it, looking at enabled providers'
 * settings first (then gemini before openai); with no entry anywhere, the first available
 * provider with its default model; with none available, the local provider.
 */
export function routeFor(config: AiConfig, feature: string): FeatureRoute {
  const rows = [...REMOTE_PROVIDERS].sort(
    (a, b) => Number(config[b].enabled) - Number(config[a].enabled),
  );
  for (const provider of rows) {
    const route = config[provider].routes[feature];
    if (route) return route;
  }
  const first = REMOTE_PROVIDERS.find((provider) => isAvailable(config, provider));
  return { provider: first ?? 'local', model: null };
}

function attemptFor(config: AiConfig, provider: AiProvider, model: string | null): Attempt {
  if (provider === 'local') return { provider, model: LOCAL_MODEL };
  const settings = config[provider];
  const chosen = model ?? settings.defaultModel;
  if (!settings.enabled) return { provider, model: chosen, skipped: 'disabled' };
  if (!settings.activeKey) return { provider, model: chosen, skipped: 'no_active_key' };
  return { provider, model: chosen, timeoutMs: settings.timeoutMs, key: settings.activeKey };
}

/**
 * Who answers a feature, in order: the routed provider, its `fallback_provider`, then the local
 * provider, which always answers. Providers that are disabled or have no active key stay in the
 * plan marked `skipped`, so a later answer is known to be a fallback.
 */
export function planAttempts(config: AiConfig, feature: string): Attempt[] {
  const route = routeFor(config, feature);
  const plan: Attempt[] = [attemptFor(config, route.provider, route.model)];
  if (route.provider !== 'local') {
    const fallback = config[route.provider].fallbackProvider;
    if (fallback && fallback !== route.provider && fallback !== 'local') {
      plan.push(attemptFor(config, fallback, null));
    }
    plan.push(attemptFor(config, 'local', null));
  }
  return plan;
}
