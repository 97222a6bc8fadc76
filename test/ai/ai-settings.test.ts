import { env } from 'cloudflare:workers';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { InvalidAnswerError } from '../../src/resolvers/ai/errors';
import { costUsd, priceOf } from '../../src/resolvers/ai/prices';
import {
  aiCandidatePicker,
  MAX_PROMPT_POOL,
  parseCandidates,
} from '../../src/resolvers/ai/thread-candidates';
import { TestAiProviderDetailedDocument } from '../generated/graphql';
import { variant } from '../helpers/client';
import { insertUser } from '../helpers/seed';
import {
  call,
  configure,
  contextFor,
  insertAdmin,
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
beforeAll(async () => {
  admin = await insertAdmin('owner');
});
beforeEach(async () => {
  await resetProviders();
});
afterEach(() => {
  stubs?.restore();
  stubs = null;
});

describe('provider settings', () => {
  it('creates settings with defaults, then changes only the fields given (audited)', async () => {
    const created = await updateSettings(admin, { provider: 'OPENAI', enabled: true });
    expect(created).toEqual({
      __typename: 'UpdateAiProviderSettingsSuccess',
      data: {
        provider: 'OPENAI',
        enabled: true,
        available: false,
        defaultModel: 'gpt-4o-mini',
        fallbackProvider: null,
        timeoutMs: 15000,
        featureRoutes: [],
      },
    });
    const changed = await updateSettings(admin, {
      provider: 'OPENAI',
      fallbackProvider: 'GEMINI',
      timeoutMs: 2500,
      featureRoutes: [
        { feature: 'thread_candidates', provider: 'GEMINI', model: 'gemini-2.5-flash' },
        { feature: 'provider_check' },
      ],
    });
    expect(changed).toMatchObject({
      data: {
        enabled: true,
        fallbackProvider: 'GEMINI',
        timeoutMs: 2500,
        featureRoutes: [
          { feature: 'thread_candidates', provider: 'GEMINI', model: 'gemini-2.5-flash' },
          { feature: 'provider_check', provider: 'OPENAI', model: null },
        ],
      },
    });
    const row = await env.DB.prepare(
      "SELECT feature_routing_json FROM ai_provider_settings WHERE provider = 'openai'",
    ).first<{ feature_routing_json: string }>();
    expect(JSON.parse(row?.feature_routing_json ?? '')).toEqual({
      thread_candidates: { provider: 'gemini', model: 'gemini-2.5-flash' },
      provider_check: { provider: 'openai' },
    });
    const cleared = await updateSettings(admin, { provider: 'OPENAI', fallbackProvider: null });
    expect(cleared).toMatchObject({ data: { fallbackProvider: null, timeoutMs: 2500 } });
    const audits = await env.DB.prepare(
      "SELECT count(*) AS n FROM audit_logs WHERE action = 'ai_provider_settings.update' AND actor_id = ?",
    )
      .bind(admin)
      .first<{ n: number }>();
    expect(audits?.n).toBe(3);
  });

  it('rejects invalid settings with a ValidationError per field, writing nothing', async () => {
    const result = await updateSettings(admin, {
      provider: 'GEMINI',
      fallbackProvider: 'GEMINI',
      timeoutMs: 5,
      defaultModel: 'bad model/name',
    });
    expect(variant(result, 'ValidationError').issues.map((i) => i.field)).toEqual([
      'input.defaultModel',
      'input.fallbackProvider',
      'input.timeoutMs',
    ]);
    const routes = await updateSettings(admin, {
      provider: 'GEMINI',
      featureRoutes: [
        { feature: 'no_such_feature' },
        { feature: 'thread_candidates', provider: 'LOCAL', model: 'x' },
        { feature: 'thread_candidates' },
      ],
    });
    expect(variant(routes, 'ValidationError').issues.map((i) => i.field)).toEqual([
      'input.featureRoutes.0.feature',
      'input.featureRoutes.1.model',
      'input.featureRoutes.2.feature',
    ]);
    const local = await updateSettings(admin, { provider: 'LOCAL' });
    expect(local).toMatchObject({ __typename: 'ValidationError' });
    const count = await env.DB.prepare('SELECT count(*) AS n FROM ai_provider_settings').first<{
      n: number;
    }>();
    expect(count?.n).toBe(0);
  });

  it('reports a provider check that fails, with its error code', async () => {
    await configure(admin, { provider: 'GEMINI' }, `${RAW_KEYS.gemini}-old`);
    stubs = standIns({ gemini: candidateModel }, { gemini: RAW_KEYS.gemini });
    const result = await call(
      TestAiProviderDetailedDocument,
      { input: { provider: 'GEMINI', model: 'gemini-2.0-flash' } },
      admin,
    );
    // The stand-in rejects the key the way Gemini does (400).
    expect(variant(result.data?.testAiProvider, 'TestAiProviderSuccess').data).toEqual({
      provider: 'GEMINI',
      ok: false,
      errorCode: 'http_400',
      model: 'gemini-2.0-flash',
    });
    expect((await usageOf(admin)).at(-1)).toMatchObject({
      feature: 'provider_check',
      outcome: 'error',
      error_code: 'http_400',
    });
    // Audited, with its outcome (never the key).
    const audited = await env.DB.prepare(
      "SELECT target_id, changes_json, request_id FROM audit_logs WHERE actor_id = ? AND action = 'ai_provider.test' ORDER BY created_at DESC LIMIT 1",
    )
      .bind(admin)
      .first<{ target_id: string; changes_json: string; request_id: string }>();
    expect(audited?.target_id).toBe('gemini');
    expect(JSON.parse(audited?.changes_json ?? '{}')).toEqual({
      model: 'gemini-2.0-flash',
      ok: false,
      errorCode: 'http_400',
    });
    expect(audited?.changes_json).not.toContain(RAW_KEYS.gemini);
  });
});

describe('thread candidates on the router', () => {
  const pool = [
    { userId: 'usr_a', displayName: 'A', bio: null },
    { userId: 'usr_b', displayName: 'B', bio: 'chess' },
    { userId: 'usr_c', displayName: 'C', bio: null },
  ];

  it('accepts exactly the asked number of distinct pool members with reasons', () => {
    const picks = parseCandidates(
      {
        candidates: [
          { userId: 'usr_b', reason: '  Plays chess.\n' },
          { userId: 'usr_a', reason: 'x'.repeat(400) },
        ],
      },
      pool,
      2,
    );
    expect(picks[0]).toEqual({ userId: 'usr_b', reason: 'Plays chess.' });
    expect(picks[1]?.reason).toHaveLength(280);
    // A bare list is accepted too; asking for more than the pool holds means the whole pool.
    expect(
      parseCandidates(
        pool.map((p) => ({ userId: p.userId, reason: 'ok' })),
        pool,
        5,
      ),
    ).toHaveLength(3);
  });

  it.each([
    ['no list', { people: [] }],
    ['too many', { candidates: pool.map((p) => ({ userId: p.userId, reason: 'r' })) }],
    [
      'an id from outside',
      {
        candidates: [
          { userId: 'usr_z', reason: 'r' },
          { userId: 'usr_a', reason: 'r' },
        ],
      },
    ],
    [
      'a repeat',
      {
        candidates: [
          { userId: 'usr_a', reason: 'r' },
          { userId: 'usr_a', reason: 'r' },
        ],
      },
    ],
    ['a missing reason', { candidates: [{ userId: 'usr_a' }, { userId: 'usr_b', reason: 'r' }] }],
  ])('rejects an answer with %s', (_name, answer) => {
    expect(() => parseCandidates(answer, pool, 2)).toThrow(InvalidAnswerError);
  });

  it('puts at most the bounded pool into the prompt and asks for at most its size', async () => {
    await configure(admin, { provider: 'OPENAI' });
    stubs = standIns({ openai: candidateModel }, { openai: RAW_KEYS.openai });
    const owner = await insertUser();
    const big = Array.from({ length: MAX_PROMPT_POOL + 20 }, (_, i) => ({
      userId: `usr_pool_${i}`,
      displayName: `P${i}`,
      bio: 'b'.repeat(1000),
    }));
    const picks = await aiCandidatePicker(contextFor(owner), {
      ownerId: owner,
      thread: { title: 'Big pool', description: null },
      pool: big,
      count: 3,
    });
    record(picks);
    const prompt = JSON.parse(stubs.seen[0]?.prompt ?? '{}') as {
      people: { bio: string }[];
      count: number;
    };
    expect(prompt.people).toHaveLength(MAX_PROMPT_POOL);
    expect(prompt.people[0]?.bio).toHaveLength(300);
    expect(picks).toHaveLength(3);

    const few = await aiCandidatePicker(contextFor(owner), {
      ownerId: owner,
      thread: { title: 'Small pool', description: null },
      pool: big.slice(0, 2),
      count: 3,
    });
    expect(few.map((p) => p.userId)).toEqual(['usr_pool_0', 'usr_pool_1']);
    expect(JSON.parse(stubs.seen[1]?.prompt ?? '{}').count).toBe(2);
    // Nothing to pick from: no call at all.
    const none = await aiCandidatePicker(contextFor(owner), {
      ownerId: owner,
      thread: { title: 'Empty', description: null },
      pool: [],
      count: 3,
    });
    expect(none).toEqual([]);
    expect(stubs.seen).toHaveLength(2);
  });
});

describe('price table', () => {
  it('prices dated model versions by their family and unknown models at the dearest rate', () => {
    expect(priceOf('openai', 'gpt-4o-mini-2024-07-18')).toEqual({ input: 0.15, output: 0.6 });
    expect(priceOf('gemini', 'gemini-2.5-flash-lite')).toEqual({ input: 0.1, output: 0.4 });
    expect(priceOf('openai', 'some-future-model')).toEqual({ input: 2.5, output: 10 });
    expect(costUsd('local', 'anything', 1e6, 1e6)).toBe(0);
    expect(costUsd('openai', 'gpt-4o-mini', 1_000_000, 1_000_000)).toBeCloseTo(0.75, 12);
  });
});
