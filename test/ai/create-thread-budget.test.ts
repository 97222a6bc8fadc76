import { env } from 'cloudflare:workers';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createThread } from '../../src/resolvers/threads/create-thread';
import { CreateThreadWithinBudgetDocument } from '../generated/graphql';
import { send, tokenFor } from '../helpers/client';
import { insertUser, uid } from '../helpers/seed';
import {
  call,
  configure,
  contextFor,
  insertAdmin,
  RAW_KEYS,
  record,
  resetProviders,
  usageOf,
  watchForKeyLeaks,
} from './setup';
import { candidateModel, standIns } from './stand-ins';

// createThread and the AI budget: over budget, the thread is refused with the typed error
// before any model is called; any other AI failure still falls back to the local ranker, and
// that local answer is an AI call like any other, with its usage row.

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

async function setDailyBudget(userId: string, limit: number) {
  await env.DB.prepare(
    `INSERT INTO ai_cost_budgets (id, user_id, period, limit_usd) VALUES (?, ?, 'daily', ?)
     ON CONFLICT (user_id, period) DO UPDATE SET limit_usd = excluded.limit_usd`,
  )
    .bind(uid('aib'), userId, limit)
    .run();
}

/** Threads, invites and queued emails the user owns: none may exist after a refusal. */
async function rowsOwnedBy(userId: string) {
  const row = await env.DB.prepare(
    `SELECT (SELECT count(*) FROM threads WHERE user_id = ?1) AS threads,
            (SELECT count(*) FROM thread_invites i JOIN threads t ON t.id = i.thread_id WHERE t.user_id = ?1) AS invites,
            (SELECT count(*) FROM thread_participants p JOIN threads t ON t.id = p.thread_id WHERE t.user_id = ?1) AS participants`,
  )
    .bind(userId)
    .first<{ threads: number; invites: number; participants: number }>();
  return row;
}

async function ownerWithStrangers() {
  const owner = await insertUser({ displayName: 'Budget Owner' });
  for (let i = 0; i < 3; i++) await insertUser({ displayName: `Budget Stranger ${i}` });
  return owner;
}

describe('createThread over the AI budget', () => {
  it('returns BudgetExceededError, calls no model and writes no thread (GraphQL)', async () => {
    stubs = standIns({ gemini: candidateModel }, { gemini: RAW_KEYS.gemini });
    const owner = await ownerWithStrangers();
    await setDailyBudget(owner, 0);

    const response = await call(
      CreateThreadWithinBudgetDocument,
      { input: { title: 'Over budget' } },
      owner,
    );
    expect(response.data?.createThread).toMatchObject({
      __typename: 'BudgetExceededError',
      code: 'AI_BUDGET_EXCEEDED',
      period: 'DAILY',
      limitUsd: 0,
    });
    expect(stubs.seen).toHaveLength(0);
    expect(await rowsOwnedBy(owner)).toEqual({ threads: 0, invites: 0, participants: 0 });
    // The refusal itself is on record, at no cost; no local answer replaced it.
    expect((await usageOf(owner)).map((r) => [r.provider, r.outcome, r.cost_usd])).toEqual([
      ['gemini', 'refused', 0],
    ]);
  });

  it('answers 429 with the typed error on POST /api/threads, and writes nothing', async () => {
    stubs = standIns({ gemini: candidateModel }, { gemini: RAW_KEYS.gemini });
    const owner = await ownerWithStrangers();
    await setDailyBudget(owner, 0);
    const response = await send('/api/threads', {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${await tokenFor(owner)}`,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({ title: 'Over budget over REST' }),
    });
    const body = (await response.json()) as Record<string, unknown>;
    record(body);
    expect(response.status).toBe(429);
    expect(body).toMatchObject({ __typename: 'BudgetExceededError', code: 'AI_BUDGET_EXCEEDED' });
    expect(stubs.seen).toHaveLength(0);
    expect(await rowsOwnedBy(owner)).toEqual({ threads: 0, invites: 0, participants: 0 });
  });

  it('still falls back to the local ranker when the provider fails (within budget)', async () => {
    stubs = standIns({ gemini: () => ({ status: 500 }) }, { gemini: RAW_KEYS.gemini });
    const owner = await ownerWithStrangers();
    const response = await call(
      CreateThreadWithinBudgetDocument,
      { input: { title: 'Provider down' } },
      owner,
    );
    expect(response.data?.createThread.__typename).toBe('CreateThreadSuccess');
    expect(stubs.seen).toHaveLength(1);
    expect((await usageOf(owner)).map((r) => [r.provider, r.outcome])).toEqual([
      ['gemini', 'error'],
      ['local', 'fallback'],
    ]);
  });
});

describe('the local fallback of createThread is an AI call with its usage row', () => {
  it('logs the local answer used when the picker itself fails', async () => {
    const owner = await ownerWithStrangers();
    const result = await createThread(contextFor(owner), { title: 'Picker broke' }, async () => {
      throw new Error('router unavailable');
    });
    record(result);
    expect(result.invitedCount).toBeGreaterThan(0);
    const rows = await usageOf(owner);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      feature: 'thread_candidates',
      provider: 'local',
      outcome: 'fallback',
      cost_usd: 0,
      error_code: null,
    });
    expect(rows[0]?.input_tokens).toBeGreaterThan(0);
    expect(rows[0]?.output_tokens).toBeGreaterThan(0);
  });

  it('logs the local answer that fills the places a picker left empty', async () => {
    const owner = await ownerWithStrangers();
    const result = await createThread(contextFor(owner), { title: 'Picker shy' }, async () => []);
    record(result);
    expect(result.invitedCount).toBe(3);
    expect((await usageOf(owner)).map((r) => [r.provider, r.outcome, r.cost_usd])).toEqual([
      ['local', 'fallback', 0],
    ]);
  });
});
