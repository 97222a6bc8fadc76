import { viewerUserId } from '../../auth/viewer';
import { type Context, perRequest } from '../../context';
import { logEvent } from '../../log';
import { systemSettingsOf } from '../admin/settings';
import { logUsage, type Reservation, reserve, settle, type UsageOutcome } from './budget';
import {
  type AiConfig,
  type AiFeature,
  type AiProvider,
  aiConfig,
  LOCAL_MODEL,
  type ProviderKeyRow,
} from './config';
import { InvalidAnswerError, ProviderError } from './errors';
import { decryptProviderKey } from './key-crypto';
import { costUsd } from './prices';
import {
  type Completion,
  type CompletionRequest,
  geminiComplete,
  openAiComplete,
} from './providers';
import { type Attempt, planAttempts } from './routing';

/** One thing a feature asks a model, and how to check and replace its answer. */
export interface AiTask<T> {
  feature: AiFeature;
  /** Instructions; must ask for a JSON object (OpenAI's JSON mode requires the word). */
  system: string;
  prompt: string;
  /** Caps the answer, and with it the cost estimate the budget reserves. */
  maxOutputTokens: number;
  /** Turns the model's JSON into the feature's value; throws InvalidAnswerError when unusable. */
  parse: (answer: unknown) => T;
  /** The local provider's deterministic answer, computed without any model. */
  local: () => Promise<T> | T;
  /** Whose budget pays; defaults to the viewer. null: nobody's (scheduled jobs). */
  userId?: string | null;
}

export interface AiAnswer<T> {
  value: T;
  provider: AiProvider;
  model: string;
  /** `fallback` when the routed provider did not answer (failed, disabled or keyless). */
  outcome: Extract<UsageOutcome, 'success' | 'fallback'>;
}

const COMPLETE: Record<
  Exclude<AiProvider, 'local'>,
  (r: CompletionRequest) => Promise<Completion>
> = {
  gemini: geminiComplete,
  openai: openAiComplete,
};

const encoder = new TextEncoder();
/** An upper bound of the prompt's tokens: no tokenizer emits more tokens than UTF-8 bytes. */
const inputTokenBound = (task: AiTask<unknown>) =>
  encoder.encode(task.system).length + encoder.encode(task.prompt).length + 16;
/** A rough count for the local provider's rows (about four characters a token). */
const roughTokens = (text: string) => Math.ceil(text.length / 4);

function baseUrl(ctx: Context, provider: 'gemini' | 'openai'): string {
  return provider === 'gemini' ? ctx.env.GEMINI_API_BASE : ctx.env.OPENAI_API_BASE;
}

/** The plain key of a key row, decrypted at most once per request. */
function plainKey(ctx: Context, key: ProviderKeyRow): Promise<string> {
  return perRequest(ctx, `ai:key:${key.id}`, () =>
    decryptProviderKey(ctx, key.provider, key.encryptedKey).catch(() => {
      throw new ProviderError('key_unreadable', 'The provider key cannot be decrypted.');
    }),
  );
}

/** Models sometimes fence JSON in Markdown even in JSON mode. */
function parseJson(text: string): unknown {
  const trimmed = text.trim();
  const fenced = /^```(?:json)?\s*([\s\S]*?)\s*```$/.exec(trimmed);
  return JSON.parse(fenced ? (fenced[1] as string) : trimmed);
}

export type RemoteAttempt = Extract<Attempt, { key: ProviderKeyRow }>;

/**
 * One remote call: reserve its estimate (or be refused: BudgetExceededError), call, check the
 * answer, and settle the usage row with what happened. A failure returns its code so the caller
 * falls back; it is logged with the key's masked preview only.
 */
export async function attemptRemote<T>(
  ctx: Context,
  attempt: RemoteAttempt,
  task: AiTask<T>,
  outcome: AiAnswer<T>['outcome'],
  defaultDailyUsd: number,
): Promise<{ ok: true; answer: AiAnswer<T> } | { ok: false; code: string; latencyMs: number }> {
  const { provider, model } = attempt;
  const estimateUsd = costUsd(provider, model, inputTokenBound(task), task.maxOutputTokens);
  const reservation: Reservation = await reserve(ctx, {
    userId: task.userId === undefined ? viewerUserId(ctx.viewer) : task.userId,
    feature: task.feature,
    provider,
    model,
    estimateUsd,
    defaultDailyUsd,
  });
  const started = Date.now();
  try {
    const completion = await COMPLETE[provider]({
      baseUrl: baseUrl(ctx, provider),
      apiKey: await plainKey(ctx, attempt.key),
      model,
      system: task.system,
      prompt: task.prompt,
      maxOutputTokens: task.maxOutputTokens,
      timeoutMs: attempt.timeoutMs,
    });
    const usage = { inputTokens: completion.inputTokens, outputTokens: completion.outputTokens };
    let value: T;
    try {
      value = task.parse(parseJson(completion.text));
    } catch (error) {
      const reason = error instanceof InvalidAnswerError ? error.message : 'not valid JSON';
      throw new ProviderError('invalid_answer', `Unusable answer: ${reason}`, usage);
    }
    await settle(ctx, reservation, {
      ...usage,
      costUsd: costUsd(provider, model, usage.inputTokens, usage.outputTokens),
      latencyMs: Date.now() - started,
      outcome,
      errorCode: null,
    });
    return { ok: true, answer: { value, provider, model, outcome } };
  } catch (error) {
    if (!(error instanceof ProviderError)) throw error;
    const latencyMs = Date.now() - started;
    // What a failed call cost: what the provider reported; after a timeout, nothing was reported
    // but the provider may well have billed, so the estimate stays on the user's spend.
    const usage = error.usage ?? { inputTokens: 0, outputTokens: 0 };
    const spent = error.usage
      ? costUsd(provider, model, usage.inputTokens, usage.outputTokens)
      : error.code === 'timeout'
        ? reservation.estimateUsd
        : 0;
    await settle(ctx, reservation, {
      ...usage,
      costUsd: spent,
      latencyMs,
      outcome: 'error',
      errorCode: error.code,
    });
    logEvent('warn', 'ai provider attempt failed', {
      requestId: ctx.requestId,
      feature: task.feature,
      provider,
      model,
      key: attempt.key.maskedPreview,
      code: error.code,
      reason: error.message,
      latencyMs,
    });
    return { ok: false, code: error.code, latencyMs };
  }
}

/**
 * The local provider's answer, logged like any call (provider `local`, tokens estimated, cost 0).
 * The router's last step; also what a feature uses when the router itself could not answer.
 */
export async function answerLocally<T>(
  ctx: Context,
  task: AiTask<T>,
  outcome: AiAnswer<T>['outcome'],
  model: string = LOCAL_MODEL,
): Promise<AiAnswer<T>> {
  const started = Date.now();
  const value = await task.local();
  await logUsage(ctx, {
    userId: task.userId === undefined ? viewerUserId(ctx.viewer) : task.userId,
    feature: task.feature,
    provider: 'local',
    model,
    inputTokens: roughTokens(task.system + task.prompt),
    outputTokens: roughTokens(JSON.stringify(value) ?? ''),
    costUsd: 0,
    latencyMs: Date.now() - started,
    outcome,
    errorCode: null,
  });
  return { value, provider: 'local', model, outcome };
}

/** Settings, keys and the default daily limit: read once per request, whatever asks. */
export async function routerInputs(ctx: Context): Promise<{ config: AiConfig; dailyUsd: number }> {
  const [config, settings] = await Promise.all([aiConfig(ctx), systemSettingsOf(ctx)]);
  return { config, dailyUsd: settings.values.max_ai_cost_per_user_daily };
}

/**
 * The one way a feature calls a model. The feature's route picks the provider and model; a
 * provider that is disabled or has no active key is skipped; a failure (HTTP error, timeout,
 * unusable answer) falls back to the provider's `fallback_provider`, then to the local provider,
 * which always answers. Every call made writes an `ai_usage_logs` row. A call that could pass the
 * user's budget is not made: a `refused` row is written and BudgetExceededError thrown.
 */
export async function runAi<T>(ctx: Context, task: AiTask<T>): Promise<AiAnswer<T>> {
  const { config, dailyUsd } = await routerInputs(ctx);
  const plan = planAttempts(config, task.feature);
  for (const [index, attempt] of plan.entries()) {
    const outcome = index === 0 ? 'success' : 'fallback';
    if (attempt.provider === 'local') return answerLocally(ctx, task, outcome, attempt.model);
    if ('skipped' in attempt) continue;
    const result = await attemptRemote(ctx, attempt, task, outcome, dailyUsd);
    if (result.ok) return result.answer;
  }
  // planAttempts always ends with the local provider.
  throw new Error('The AI plan had no local step.');
}
