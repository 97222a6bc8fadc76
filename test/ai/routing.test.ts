import { env } from 'cloudflare:workers';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { forgetCachedSettings } from '../../src/resolvers/admin/settings';
import { runAi } from '../../src/resolvers/ai/router';
import { aiCandidatePicker } from '../../src/resolvers/ai/thread-candidates';
import { localCandidatePicker } from '../../src/resolvers/threads/candidate-picker';
import { insertUser } from '../helpers/seed';
import {
  capturedLogs,
  configure,
  contextFor,
  insertAdmin,
  poolOf,
  RAW_KEYS,
  record,
  resetProviders,
  updateSettings,
  usageOf,
  watchForKeyLeaks,
} from './setup';
import { candidateModel, standIns } from './stand-ins';

watchForKeyLeaks();

let admin: string;
let stubs: ReturnType<typeof standIns> | null = null;
const install = (...args: Parameters<typeof standIns>) => {
  stubs = standIns(...args);
  return stubs;
};

beforeAll(async () => {
  admin = await insertAdmin('admin');
});
beforeEach(async () => {
  await resetProviders();
});
afterEach(() => {
  stubs?.restore();
  stubs = null;
});

const thread = { title: 'Weekend chess in the park', description: 'Casual games, all levels.' };

async function pick(ownerId: string, pool: Awaited<ReturnType<typeof poolOf>>, count = 3) {
  const ctx = contextFor(ownerId);
  const picks = await aiCandidatePicker(ctx, { ownerId, thread, pool, count });
  record(picks);
  return { picks, ctx };
}

describe('AI router: providers and routing', () => {
  it('answers with the local provider, offline, when nothing is configured', async () => {
    const { seen } = install({}, {});
    const owner = await insertUser();
    const pool = await poolOf(5);
    const { picks } = await pick(owner, pool);
    const expected = await localCandidatePicker(contextFor(owner), {
      ownerId: owner,
      thread,
      pool,
      count: 3,
    });
    expect(picks).toEqual(expected);
    expect(seen).toHaveLength(0);
    const rows = await usageOf(owner);
    expect(rows).toMatchObject([
      {
        feature: 'thread_candidates',
        provider: 'local',
        model: 'local-deterministic-v1',
        cost_usd: 0,
        outcome: 'success',
        error_code: null,
      },
    ]);
  });

  it('calls Gemini generateContent with the key, JSON output and the model, and logs tokens and cost', async () => {
    await configure(admin, { provider: 'GEMINI', defaultModel: 'gemini-2.0-flash' });
    const { seen } = install({ gemini: candidateModel }, { gemini: RAW_KEYS.gemini });
    const owner = await insertUser();
    const pool = await poolOf(4);
    const { picks, ctx } = await pick(owner, pool);

    expect(seen).toHaveLength(1);
    const request = seen[0];
    expect(request?.url).toBe(
      `${env.GEMINI_API_BASE}/v1beta/models/gemini-2.0-flash:generateContent`,
    );
    expect(request?.key).toBe(RAW_KEYS.gemini);
    expect(request?.body.generationConfig).toMatchObject({ responseMimeType: 'application/json' });
    expect(JSON.parse(request?.prompt ?? '')).toMatchObject({ count: 3, thread });
    expect(picks.map((p) => p.userId)).toEqual(pool.slice(0, 3).map((p) => p.userId));
    expect(picks[0]?.reason).toContain('gemini thinks');

    const rows = await usageOf(owner);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      provider: 'gemini',
      model: 'gemini-2.0-flash',
      input_tokens: 1000,
      output_tokens: 100,
      outcome: 'success',
      error_code: null,
      request_id: ctx.requestId,
    });
    // gemini-2.0-flash: $0.10 / $0.40 per million tokens.
    expect(rows[0]?.cost_usd).toBeCloseTo((1000 * 0.1 + 100 * 0.4) / 1e6, 12);
  });

  it('routes a feature to OpenAI chat completions (Bearer key, json_object) by feature_routing_json', async () => {
    await configure(admin, { provider: 'GEMINI' });
    await configure(admin, {
      provider: 'OPENAI',
      featureRoutes: [{ feature: 'thread_candidates', model: 'gpt-4.1-mini' }],
    });
    const { seen } = install(
      { gemini: candidateModel, openai: candidateModel },
      { gemini: RAW_KEYS.gemini, openai: RAW_KEYS.openai },
    );
    const owner = await insertUser();
    const { picks } = await pick(owner, await poolOf(3));

    expect(seen.map((r) => r.provider)).toEqual(['openai']);
    expect(seen[0]?.url).toBe(`${env.OPENAI_API_BASE}/v1/chat/completions`);
    expect(seen[0]?.key).toBe(RAW_KEYS.openai);
    expect(seen[0]?.body).toMatchObject({
      model: 'gpt-4.1-mini',
      response_format: { type: 'json_object' },
    });
    expect(picks[0]?.reason).toContain('openai thinks');
    const [row] = await usageOf(owner);
    expect(row).toMatchObject({ provider: 'openai', model: 'gpt-4.1-mini', outcome: 'success' });
    expect(row?.cost_usd).toBeCloseTo((1000 * 0.4 + 100 * 1.6) / 1e6, 12);
  });

  it('falls back to the fallback provider when the routed one times out', async () => {
    await configure(admin, { provider: 'GEMINI', timeoutMs: 100, fallbackProvider: 'OPENAI' });
    await configure(admin, { provider: 'OPENAI' });
    const { seen } = install(
      { gemini: () => 'hang', openai: candidateModel },
      { gemini: RAW_KEYS.gemini, openai: RAW_KEYS.openai },
    );
    const owner = await insertUser();
    const { picks } = await pick(owner, await poolOf(3));

    expect(seen.map((r) => r.provider)).toEqual(['gemini', 'openai']);
    expect(picks[0]?.reason).toContain('openai thinks');
    const rows = await usageOf(owner);
    expect(rows.map((r) => [r.provider, r.outcome, r.error_code])).toEqual([
      ['gemini', 'error', 'timeout'],
      ['openai', 'fallback', null],
    ]);
    // A timed-out call may have been billed: its estimate stays on the user's spend.
    expect(rows[0]?.cost_usd).toBeGreaterThan(0);
    expect(rows[0]?.latency_ms).toBeGreaterThanOrEqual(100);
  });

  it('falls back on an HTTP error, then to the local provider when the fallback fails too', async () => {
    await configure(admin, { provider: 'OPENAI', fallbackProvider: 'GEMINI' });
    await configure(admin, { provider: 'GEMINI', fallbackProvider: 'OPENAI' });
    await updateSettings(admin, {
      provider: 'OPENAI',
      featureRoutes: [{ feature: 'thread_candidates' }],
    });
    const { seen } = install(
      { gemini: () => ({ status: 503 }), openai: () => ({ status: 500 }) },
      { gemini: RAW_KEYS.gemini, openai: RAW_KEYS.openai },
    );
    const owner = await insertUser();
    const pool = await poolOf(4);
    const { picks } = await pick(owner, pool);

    expect(seen.map((r) => r.provider)).toEqual(['openai', 'gemini']);
    expect(picks).toEqual(
      await localCandidatePicker(contextFor(owner), { ownerId: owner, thread, pool, count: 3 }),
    );
    const rows = await usageOf(owner);
    expect(rows.map((r) => [r.provider, r.outcome, r.error_code, r.cost_usd])).toEqual([
      ['openai', 'error', 'http_500', 0],
      ['gemini', 'error', 'http_503', 0],
      ['local', 'fallback', null, 0],
    ]);
    // The failures were logged, naming the key by its masked preview only.
    const warnings = capturedLogs().filter((line) => line.includes('ai provider attempt failed'));
    expect(warnings.some((line) => line.includes('"key":"sk-R...ghij"'))).toBe(true);
    expect(warnings.some((line) => line.includes('"code":"http_500"'))).toBe(true);
  });

  it('treats an invalid answer as a failure and falls back (tokens of the bad answer are billed)', async () => {
    await configure(admin, { provider: 'GEMINI', fallbackProvider: 'OPENAI' });
    await configure(admin, { provider: 'OPENAI' });
    const owner = await insertUser();
    const pool = await poolOf(3);
    const outsider = await insertUser();
    const bad = [
      // An id from outside the pool.
      {
        candidates: [pool[0], pool[1], { userId: outsider }].map((p) => ({
          userId: p?.userId,
          reason: 'x',
        })),
      },
      // Too few.
      { candidates: [{ userId: pool[0]?.userId, reason: 'x' }] },
      // A repeat.
      { candidates: [pool[0], pool[0], pool[1]].map((p) => ({ userId: p?.userId, reason: 'x' })) },
      // A blank reason.
      { candidates: pool.map((p) => ({ userId: p.userId, reason: '  ' })) },
    ];
    for (const answer of bad) {
      const { seen } = install(
        {
          gemini: () => ({ answer: JSON.stringify(answer), inputTokens: 500, outputTokens: 50 }),
          openai: candidateModel,
        },
        { gemini: RAW_KEYS.gemini, openai: RAW_KEYS.openai },
      );
      const { picks } = await pick(owner, pool);
      stubs?.restore();
      expect(seen.map((r) => r.provider)).toEqual(['gemini', 'openai']);
      expect(picks.map((p) => p.userId)).toEqual(pool.map((p) => p.userId));
    }
    const rows = await usageOf(owner);
    expect(rows.filter((r) => r.provider === 'gemini').map((r) => r.error_code)).toEqual([
      'invalid_answer',
      'invalid_answer',
      'invalid_answer',
      'invalid_answer',
    ]);
    expect(rows.find((r) => r.provider === 'gemini')).toMatchObject({
      outcome: 'error',
      input_tokens: 500,
      output_tokens: 50,
    });
    expect(rows.filter((r) => r.provider === 'openai').map((r) => r.outcome)).toEqual([
      'fallback',
      'fallback',
      'fallback',
      'fallback',
    ]);
  });

  it('skips a disabled provider, and one without an active key, without calling it', async () => {
    await configure(admin, {
      provider: 'GEMINI',
      enabled: false,
      fallbackProvider: 'OPENAI',
      featureRoutes: [{ feature: 'thread_candidates' }],
    });
    await configure(admin, { provider: 'OPENAI' });
    const stub = install(
      { gemini: candidateModel, openai: candidateModel },
      { gemini: RAW_KEYS.gemini, openai: RAW_KEYS.openai },
    );
    const owner = await insertUser();
    await pick(owner, await poolOf(3));
    expect(stub.seen.map((r) => r.provider)).toEqual(['openai']);
    expect((await usageOf(owner)).map((r) => [r.provider, r.outcome])).toEqual([
      ['openai', 'fallback'],
    ]);

    // Enabled again but keyless: still skipped; the answer comes from the local provider.
    await updateSettings(admin, { provider: 'GEMINI', enabled: true, fallbackProvider: null });
    await env.DB.prepare(
      "UPDATE ai_provider_keys SET is_active = 0 WHERE provider = 'gemini'",
    ).run();
    const other = await insertUser();
    await pick(other, await poolOf(3));
    expect(stub.seen).toHaveLength(1);
    expect((await usageOf(other)).map((r) => [r.provider, r.outcome])).toEqual([
      ['local', 'fallback'],
    ]);
  });

  it('reads provider settings and keys once per request, however many calls it makes', async () => {
    await configure(admin, { provider: 'GEMINI' });
    install({ gemini: candidateModel }, { gemini: RAW_KEYS.gemini });
    const owner = await insertUser();
    const pool = await poolOf(3);

    // Each request reads the system settings: the isolate's copy dropped (it lives 5 s).
    forgetCachedSettings();
    const one = contextFor(owner);
    await aiCandidatePicker(one, { ownerId: owner, thread, pool, count: 2 });
    forgetCachedSettings();
    const two = contextFor(owner);
    await aiCandidatePicker(two, { ownerId: owner, thread, pool, count: 2 });
    await aiCandidatePicker(two, { ownerId: owner, thread, pool, count: 2 });
    // Per call: the reservation batch (3 statements) and the settlement (1); the settings,
    // keys and system settings reads (3) happen once per request.
    expect(one.stats.statements).toBe(3 + 4);
    expect(two.stats.statements).toBe(3 + 4 * 2);
  });

  it('runs any feature task through the same router (provider_check answered locally offline)', async () => {
    const owner = await insertUser();
    const answer = await runAi(contextFor(owner), {
      feature: 'provider_check',
      system: 'Answer with JSON.',
      prompt: '{}',
      maxOutputTokens: 10,
      parse: () => 'remote',
      local: () => 'local answer',
    });
    expect(answer).toEqual({
      value: 'local answer',
      provider: 'local',
      model: 'local-deterministic-v1',
      outcome: 'success',
    });
  });
});
