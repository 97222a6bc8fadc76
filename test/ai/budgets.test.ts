import { env } from 'cloudflare:workers';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BudgetExceededError } from '../../src/resolvers/ai/errors';
import { costUsd } from '../../src/resolvers/ai/prices';
import { aiCandidatePicker } from '../../src/resolvers/ai/thread-candidates';
import { TestAiProviderDetailedDocument } from '../generated/graphql';
import { variant } from '../helpers/client';
import { insertUser, uid } from '../helpers/seed';
import {
  call,
  configure,
  contextFor,
  insertAdmin,
  poolOf,
  RAW_KEYS,
  record,
  resetProviders,
  usageOf,
  watchForKeyLeaks,
} from './setup';
import { candidateModel, standIns, workingModel } from './stand-ins';

watchForKeyLeaks();

let admin: string;
let stubs: ReturnType<typeof standIns> | null = null;

beforeAll(async () => {
  admin = await insertAdmin('admin');
});
beforeEach(async () => {
  await resetProviders();
  await configure(admin, { provider: 'GEMINI', defaultModel: 'gemini-2.0-flash' });
});
afterEach(() => {
  stubs?.restore();
  stubs = null;
});

const thread = { title: 'Budget thread', description: null };

async function setBudget(userId: string, period: 'daily' | 'monthly', limit: number) {
  await env.DB.prepare(
    `INSERT INTO ai_cost_budgets (id, user_id, period, limit_usd) VALUES (?, ?, ?, ?)
     ON CONFLICT (user_id, period) DO UPDATE SET limit_usd = excluded.limit_usd`,
  )
    .bind(uid('aib'), userId, period, limit)
    .run();
}

async function spend(userId: string, cost: number, createdAt: string) {
  await env.DB.prepare(
    `INSERT INTO ai_usage_logs (id, user_id, feature, provider, model, cost_usd, outcome, created_at)
     VALUES (?, ?, 'thread_candidates', 'openai', 'gpt-4o-mini', ?, 'success', ?)`,
  )
    .bind(uid('aiu'), userId, cost, createdAt)
    .run();
}

/** Runs the candidate picker; returns the picks or the error it threw. */
async function attempt(userId: string, pool: Awaited<ReturnType<typeof poolOf>>) {
  try {
    const picks = await aiCandidatePicker(contextFor(userId), {
      ownerId: userId,
      thread,
      pool,
      count: 2,
    });
    record(picks);
    return picks;
  } catch (error) {
    record(String(error));
    return error;
  }
}

describe('AI budgets', () => {
  it('refuses a call that would pass the daily budget: no request, a refused row, BudgetExceededError', async () => {
    stubs = standIns({ gemini: candidateModel }, { gemini: RAW_KEYS.gemini });
    const user = await insertUser();
    await setBudget(user, 'daily', 0.01);
    await spend(user, 0.00999, new Date().toISOString());
    const error = await attempt(user, await poolOf(3));

    expect(error).toBeInstanceOf(BudgetExceededError);
    expect(error).toMatchObject({
      period: 'daily',
      limitUsd: 0.01,
      spentUsd: 0.00999,
      code: 'AI_BUDGET_EXCEEDED',
    });
    expect((error as BudgetExceededError).estimateUsd).toBeGreaterThan(0.00001);
    // Amounts under a cent are written to the millionth, all three alike.
    expect((error as Error).message).toMatch(
      /\$0\.009990 spent of \$0\.010000, and the call may cost up to \$\d\.\d{6}\./,
    );
    expect(stubs.seen).toHaveLength(0);
    const rows = await usageOf(user);
    expect(rows.at(-1)).toMatchObject({
      provider: 'gemini',
      outcome: 'refused',
      error_code: 'budget_daily',
      cost_usd: 0,
    });
  });

  it('counts only today (UTC) against the daily budget, and the month against a monthly one', async () => {
    stubs = standIns({ gemini: candidateModel }, { gemini: RAW_KEYS.gemini });
    const user = await insertUser();
    const pool = await poolOf(3);
    await setBudget(user, 'daily', 0.01);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString();
    await spend(user, 5, yesterday);
    expect(Array.isArray(await attempt(user, pool))).toBe(true);

    // A monthly budget used up by spend on the 1st alone (yesterday may be last month), with the
    // daily budget out of the way: on the 1st, that spend is today's too.
    const firstOfMonth = `${new Date().toISOString().slice(0, 7)}-01T00:00:00.000Z`;
    await spend(user, 10, firstOfMonth);
    await setBudget(user, 'daily', 1000);
    await setBudget(user, 'monthly', 9);
    const error = await attempt(user, pool);
    expect(error).toBeInstanceOf(BudgetExceededError);
    expect(error).toMatchObject({ period: 'monthly', limitUsd: 9 });
    expect((await usageOf(user)).at(-1)).toMatchObject({
      outcome: 'refused',
      error_code: 'budget_monthly',
    });
  });

  it('applies max_ai_cost_per_user_daily when the user has no daily budget of their own', async () => {
    stubs = standIns({ gemini: candidateModel }, { gemini: RAW_KEYS.gemini });
    const user = await insertUser();
    const pool = await poolOf(3);
    await spend(user, 0.99999, new Date().toISOString());
    // The seeded system setting is 1.00 USD a day.
    const refused = await attempt(user, pool);
    expect(refused).toMatchObject({ period: 'daily', limitUsd: 1 });

    // The user's own daily budget replaces the default.
    await setBudget(user, 'daily', 2);
    expect(Array.isArray(await attempt(user, pool))).toBe(true);
    expect(stubs.seen).toHaveLength(1);
  });

  it('never refuses the local provider, which costs nothing', async () => {
    await resetProviders();
    const user = await insertUser();
    await setBudget(user, 'daily', 0);
    const picks = await attempt(user, await poolOf(3));
    expect(Array.isArray(picks)).toBe(true);
    expect((await usageOf(user)).map((r) => [r.provider, r.outcome])).toEqual([
      ['local', 'success'],
    ]);
  });

  it('lets concurrent calls spend at most the budget: N calls, room for exactly k', async () => {
    const user = await insertUser();
    const pool = await poolOf(3);
    // The estimate the router reserves for this prompt: find it from one refused call.
    await setBudget(user, 'daily', 0);
    stubs = standIns({ gemini: candidateModel }, { gemini: RAW_KEYS.gemini });
    const probe = (await attempt(user, pool)) as BudgetExceededError;
    expect(probe).toBeInstanceOf(BudgetExceededError);
    const estimate = probe.estimateUsd;
    // The stand-in holds each answer for a while, so every call reserves before any finishes
    // (a check-then-call design would let all of them through), and bills exactly the estimate's
    // worth of tokens at most (the worst case the reservation covers).
    stubs.restore();
    let inFlight = 0;
    let maxInFlight = 0;
    stubs = standIns(
      {
        gemini: async (request) => {
          inFlight += 1;
          maxInFlight = Math.max(maxInFlight, inFlight);
          await new Promise((resolve) => setTimeout(resolve, 150));
          inFlight -= 1;
          return candidateModel(request);
        },
      },
      { gemini: RAW_KEYS.gemini },
    );
    const k = 3;
    const n = 8;
    await setBudget(user, 'daily', estimate * k);
    const results = await Promise.all(Array.from({ length: n }, () => attempt(user, pool)));

    const made = results.filter((r) => Array.isArray(r));
    const refused = results.filter((r) => r instanceof BudgetExceededError);
    expect(stubs.seen).toHaveLength(k);
    expect(maxInFlight).toBe(k);
    expect(made).toHaveLength(k);
    expect(refused).toHaveLength(n - k);
    const rows = await usageOf(user);
    const today = rows.filter((r) => r.outcome === 'success');
    expect(today).toHaveLength(k);
    const spent = today.reduce((sum, r) => sum + r.cost_usd, 0);
    expect(spent).toBeLessThanOrEqual(estimate * k + 1e-9);
    expect(rows.filter((r) => r.outcome === 'refused')).toHaveLength(n - k + 1);
    // Actual costs replaced the reservations.
    expect(today[0]?.cost_usd).toBeCloseTo(costUsd('gemini', 'gemini-2.0-flash', 1000, 100), 12);
    expect(today.every((r) => r.error_code === null)).toBe(true);
  });

  it('returns BudgetExceededError as a typed mutation result (testAiProvider)', async () => {
    stubs = standIns({ gemini: workingModel }, { gemini: RAW_KEYS.gemini });
    const tester = await insertAdmin('admin');
    await setBudget(tester, 'daily', 0);
    const response = await call(
      TestAiProviderDetailedDocument,
      { input: { provider: 'GEMINI' } },
      tester,
    );
    expect(response.data?.testAiProvider).toMatchObject({
      __typename: 'BudgetExceededError',
      code: 'AI_BUDGET_EXCEEDED',
      period: 'DAILY',
      limitUsd: 0,
      spentUsd: 0,
    });
    expect(stubs.seen).toHaveLength(0);

    // With room in the budget, the same mutation makes the call and reports on it.
    await setBudget(tester, 'daily', 1);
    const ok = await call(
      TestAiProviderDetailedDocument,
      { input: { provider: 'GEMINI' } },
      tester,
    );
    expect(variant(ok.data?.testAiProvider, 'TestAiProviderSuccess').data).toEqual({
      provider: 'GEMINI',
      model: 'gemini-2.0-flash',
      ok: true,
      errorCode: null,
    });
    expect((await usageOf(tester)).map((r) => [r.feature, r.outcome])).toEqual([
      ['provider_check', 'refused'],
      ['provider_check', 'success'],
    ]);
  });
});
