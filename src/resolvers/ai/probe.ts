import type { Context } from '../../context';
import { auditEntry } from '../admin/audit';
import { ValidationError } from '../errors';
import { type AiProvider, isValidModel } from './config';
import { InvalidAnswerError } from './errors';
import { attemptRemote, routerInputs } from './router';
import { remoteProvider } from './settings-admin';

export interface ProviderCheck {
  provider: AiProvider;
  model: string;
  ok: boolean;
  /** Why it failed (`http_401`, `timeout`, `invalid_answer`...); null when it worked. */
  errorCode: string | null;
  latencyMs: number;
}

/**
 * Makes one tiny call to a provider with its active key (enabled or not, so a key can be tried
 * before the provider is switched on), without fallback. It is logged and budgeted like any call.
 */
export async function checkProvider(
  ctx: Context,
  providerInput: AiProvider,
  modelInput: string | null | undefined,
): Promise<ProviderCheck> {
  const provider = remoteProvider('input.provider', providerInput);
  if (modelInput != null && !isValidModel(modelInput)) {
    throw ValidationError.of('input.model', 'is not a model name.');
  }
  const { config, dailyUsd } = await routerInputs(ctx);
  const settings = config[provider];
  if (!settings.activeKey) {
    throw ValidationError.of('input.provider', 'has no active key: add one first.');
  }
  const model = modelInput ?? settings.defaultModel;
  const started = Date.now();
  const result = await attemptRemote(
    ctx,
    { provider, model, timeoutMs: settings.timeoutMs, key: settings.activeKey },
    {
      feature: 'provider_check',
      system:
        'You check that an API works. Answer with the JSON object {"ok":true} and nothing else.',
      prompt: 'Reply with {"ok":true}.',
      maxOutputTokens: 16,
      parse: (answer) => {
        if ((answer as { ok?: unknown } | null)?.ok !== true) {
          throw new InvalidAnswerError('expected {"ok":true}.');
        }
        return true;
      },
      local: () => true,
    },
    'success',
    dailyUsd,
  );
  const check: ProviderCheck = result.ok
    ? { provider, model, ok: true, errorCode: null, latencyMs: Date.now() - started }
    : { provider, model, ok: false, errorCode: result.code, latencyMs: result.latencyMs };
  // An admin action like any other (a billed call with a stored key): audited with its outcome.
  await auditEntry(ctx, {
    action: 'ai_provider.test',
    targetType: 'AiProviderSettings',
    targetId: provider,
    changes: { model, ok: check.ok, errorCode: check.errorCode },
  });
  return check;
}
