import { env } from 'cloudflare:workers';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CreateThreadDetailedDocument } from '../generated/graphql';
import { variant } from '../helpers/client';
import { insertUser } from '../helpers/seed';
import {
  call,
  configure,
  insertAdmin,
  RAW_KEYS,
  resetProviders,
  usageOf,
  watchForKeyLeaks,
} from './setup';
import { candidateModel, standIns } from './stand-ins';

// createThread, as a client calls it, picks its candidates through the AI router: the routed
// provider's answer becomes the invites' reasons and the call is costed in ai_usage_logs.

watchForKeyLeaks();

let stubs: ReturnType<typeof standIns> | null = null;
let admin: string;

beforeAll(async () => {
  admin = await insertAdmin('admin');
  await resetProviders();
});
afterEach(() => {
  stubs?.restore();
  stubs = null;
});

describe('createThread through the AI router', () => {
  it('uses the provider routed for thread_candidates and logs the call', async () => {
    await configure(admin, {
      provider: 'OPENAI',
      featureRoutes: [{ feature: 'thread_candidates', model: 'gpt-4.1-mini' }],
    });
    stubs = standIns({ openai: candidateModel }, { openai: RAW_KEYS.openai });
    const owner = await insertUser();
    for (let i = 0; i < 3; i++) await insertUser({ displayName: `Stranger ${i}` });

    const result = await call(
      CreateThreadDetailedDocument,
      { input: { title: 'Routed thread' } },
      owner,
    );

    const created = variant(result.data?.createThread, 'CreateThreadSuccess').data;
    expect(created.invitedCount).toBe(3);
    for (const invite of created.invites) {
      expect(invite.candidateReason).toContain('openai thinks');
    }
    expect(stubs.seen.map((request) => request.provider)).toEqual(['openai']);
    const [usage] = await usageOf(owner);
    expect(usage).toMatchObject({
      feature: 'thread_candidates',
      provider: 'openai',
      outcome: 'success',
    });
    const invites = await env.DB.prepare(
      'SELECT count(*) AS n FROM thread_invites i JOIN threads t ON t.id = i.thread_id WHERE t.user_id = ?',
    )
      .bind(owner)
      .first<{ n: number }>();
    expect(invites?.n).toBe(3);
  });
});
