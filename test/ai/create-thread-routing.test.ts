import { env } from 'cloudflare:workers';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { gql } from '../helpers/client';
import { insertUser } from '../helpers/seed';
import {
  configure,
  insertAdmin,
  RAW_KEYS,
  record,
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

const CREATE = `mutation($input: CreateThreadInput!) {
  createThread(input: $input) {
    __typename
    ... on CreateThreadSuccess { data { invitedCount invites { candidateReason } } }
    ... on Error { code message }
  }
}`;

describe('createThread through the AI router', () => {
  it('uses the provider routed for thread_candidates and logs the call', async () => {
    await configure(admin, {
      provider: 'OPENAI',
      featureRoutes: [{ feature: 'thread_candidates', model: 'gpt-4.1-mini' }],
    });
    stubs = standIns({ openai: candidateModel }, { openai: RAW_KEYS.openai });
    const owner = await insertUser();
    for (let i = 0; i < 3; i++) await insertUser({ displayName: `Stranger ${i}` });

    const result = await gql<{
      createThread: {
        __typename: string;
        data: { invitedCount: number; invites: { candidateReason: string }[] };
      };
    }>(CREATE, { input: { title: 'Routed thread' } }, { as: owner });
    record(result);

    expect(result.data?.createThread.__typename).toBe('CreateThreadSuccess');
    expect(result.data?.createThread.data.invitedCount).toBe(3);
    for (const invite of result.data?.createThread.data.invites ?? []) {
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
