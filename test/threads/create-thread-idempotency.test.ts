import { createScheduledController } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createThreadInput } from '../../src/http/threads-api';
import worker from '../../src/index';
import { type CreateThreadInput, CreateThreadReplayDocument } from '../generated/graphql';
import { gql, send, tokenFor, variant } from '../helpers/client';
import { insertUser } from '../helpers/seed';
import { befriendEveryone, insertUserWith, rawId } from './helpers';

// createThread with an idempotency key: a retry by the same user with the same key within
// 24 hours gets the first result back (same thread, same invites) without an AI call, a queued
// email or any new row; the same key with another payload is a typed conflict.

/** The JSON body of POST /api/threads: the createThread result, as GraphQL answers it. */
interface Outcome {
  __typename: string;
  message?: string;
  code?: string;
  data?: {
    replayed: boolean;
    thread: { id: string; title: string };
    invites: { id: string; candidateName: string }[];
  };
}

async function create(userId: string, input: CreateThreadInput) {
  const response = await gql(CreateThreadReplayDocument, { input }, { as: userId });
  if (!response.data?.createThread) throw new Error(JSON.stringify(response));
  return response.data.createThread;
}

/** The created (or replayed) thread of a createThread that must have succeeded. */
async function created(userId: string, input: CreateThreadInput) {
  return variant(await create(userId, input), 'CreateThreadSuccess').data;
}

async function restCreate(userId: string, body: Record<string, unknown>, key?: string) {
  const response = await send('/api/threads', {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${await tokenFor(userId)}`,
      'Content-Type': 'application/json',
      ...(key === undefined ? {} : { 'Idempotency-Key': key }),
    },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Outcome };
}

/** Everything a createThread writes for its owner, counted: a replay must add to none. */
async function footprint(userId: string) {
  return env.DB.prepare(
    `SELECT (SELECT count(*) FROM threads WHERE user_id = ?1) AS threads,
            (SELECT count(*) FROM thread_invites i JOIN threads t ON t.id = i.thread_id WHERE t.user_id = ?1) AS invites,
            (SELECT count(*) FROM thread_participants p JOIN threads t ON t.id = p.thread_id WHERE t.user_id = ?1) AS participants,
            (SELECT count(*) FROM ai_usage_logs WHERE user_id = ?1) AS aiCalls,
            (SELECT count(*) FROM thread_idempotency_keys WHERE user_id = ?1) AS keys`,
  )
    .bind(userId)
    .first<Record<string, number>>();
}

async function ownerWithStrangers(strangers = 3) {
  const owner = await insertUser();
  await befriendEveryone(owner);
  for (let i = 0; i < strangers; i++) await insertUserWith({});
  return owner;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('createThread with an idempotency key (GraphQL)', () => {
  it('returns the first result for a repeat: same thread and invites, no AI call, no new rows', async () => {
    const owner = await ownerWithStrangers();
    const input = { title: 'Retry me', description: 'Once only', idempotencyKey: 'retry-1' };
    const first = await created(owner, input);
    expect(first.replayed).toBe(false);
    expect(first.invitedCount).toBe(3);
    const after = await footprint(owner);
    expect(after).toMatchObject({ threads: 1, invites: 3, participants: 1, aiCalls: 1, keys: 1 });

    const sendBatch = vi.spyOn(env.EMAIL_QUEUE, 'sendBatch');
    const again = await created(owner, input);
    expect(again).toEqual({ ...first, replayed: true });
    expect(await footprint(owner)).toEqual(after);
    expect(sendBatch).not.toHaveBeenCalled();
  });

  it('treats the same key with another payload as a conflict and writes nothing', async () => {
    const owner = await ownerWithStrangers();
    await created(owner, { title: 'Original', idempotencyKey: 'reused-key' });
    const before = await footprint(owner);

    const other = variant(
      await create(owner, { title: 'Something else', idempotencyKey: 'reused-key' }),
      'ConflictError',
    );
    expect(other.code).toBe('CONFLICT');
    expect(other.message).toContain('idempotency key');
    const described = await create(owner, {
      title: 'Original',
      description: 'now with a description',
      idempotencyKey: 'reused-key',
    });
    expect(described.__typename).toBe('ConflictError');
    expect(await footprint(owner)).toEqual(before);
  });

  it('makes one thread of concurrent requests with the same key', async () => {
    const owner = await ownerWithStrangers();
    const input = { title: 'Double click', idempotencyKey: 'concurrent-1' };
    const outcomes = await Promise.all(Array.from({ length: 5 }, () => create(owner, input)));
    expect(outcomes.map((outcome) => outcome.__typename)).toEqual(
      Array(5).fill('CreateThreadSuccess'),
    );
    const results = outcomes.map((outcome) => variant(outcome, 'CreateThreadSuccess').data);
    const threadIds = new Set(results.map((result) => result.thread.id));
    expect(threadIds.size).toBe(1);
    expect(results.filter((result) => result.replayed === false)).toHaveLength(1);
    const rows = await footprint(owner);
    expect(rows).toMatchObject({ threads: 1, invites: 3, participants: 1, keys: 1 });
    const stored = await env.DB.prepare(
      'SELECT thread_id FROM thread_idempotency_keys WHERE user_id = ?',
    )
      .bind(owner)
      .first<{ thread_id: string }>();
    expect(stored?.thread_id).toBe(rawId([...threadIds][0] as string));
  });

  it('keeps keys per user: the same key from someone else opens their own thread', async () => {
    const one = await ownerWithStrangers();
    const two = await ownerWithStrangers();
    const first = await created(one, { title: 'Shared key', idempotencyKey: 'common' });
    const second = await created(two, { title: 'Shared key', idempotencyKey: 'common' });
    expect(second.replayed).toBe(false);
    expect(second.thread.id).not.toBe(first.thread.id);
  });

  it('forgets a key after 24 hours: a repeat then opens a new thread', async () => {
    const owner = await ownerWithStrangers(6);
    const input = { title: 'Tomorrow again', idempotencyKey: 'daily-standup' };
    const first = await created(owner, input);
    await env.DB.prepare(
      'UPDATE thread_idempotency_keys SET created_at = ? WHERE user_id = ? AND idempotency_key = ?',
    )
      .bind(new Date(Date.now() - 25 * 3600_000).toISOString(), owner, 'daily-standup')
      .run();
    const later = await created(owner, input);
    expect(later.replayed).toBe(false);
    expect(later.thread.id).not.toBe(first.thread.id);
    // The key now stands for the new thread.
    expect((await created(owner, input)).thread.id).toBe(later.thread.id);
  });

  it('validates the key: 1-255 printable ASCII characters', async () => {
    const owner = await ownerWithStrangers(0);
    for (const key of ['', ' ', ' padded', 'x'.repeat(256), 'tab\there', 'clé']) {
      const outcome = await create(owner, { title: 'Bad key', idempotencyKey: key });
      expect(outcome.__typename, JSON.stringify(key)).toBe('ValidationError');
      expect(variant(outcome, 'ValidationError').issues[0]?.field).toBe('input.idempotencyKey');
    }
    const longest = await create(owner, { title: 'Fine key', idempotencyKey: 'k'.repeat(255) });
    expect(longest.__typename).toBe('CreateThreadSuccess');
    expect(await footprint(owner)).toMatchObject({ threads: 1, keys: 1 });
  });
});

describe('POST /api/threads with an Idempotency-Key header', () => {
  it('replays the first answer, shares keys with GraphQL, and answers 409 for another payload', async () => {
    const owner = await ownerWithStrangers();
    const first = await restCreate(owner, { title: 'Over REST' }, 'rest-key-1');
    expect(first.status).toBe(201);
    expect(first.body.data?.replayed).toBe(false);
    const before = await footprint(owner);

    const again = await restCreate(owner, { title: 'Over REST' }, 'rest-key-1');
    expect(again.status).toBe(201);
    expect(again.body.data?.replayed).toBe(true);
    // The same thread and invites (their email status may have moved on meanwhile).
    expect(again.body.data?.thread).toEqual(first.body.data?.thread);
    expect(again.body.data?.invites.map((invite) => invite.id)).toEqual(
      first.body.data?.invites.map((invite) => invite.id),
    );
    // The header and the GraphQL field are one key.
    const viaGraphql = await created(owner, { title: 'Over REST', idempotencyKey: 'rest-key-1' });
    expect(viaGraphql.thread.id).toBe(first.body.data?.thread.id);

    const conflict = await restCreate(owner, { title: 'Changed' }, 'rest-key-1');
    expect(conflict.status).toBe(409);
    expect(conflict.body).toMatchObject({ __typename: 'ConflictError', code: 'CONFLICT' });

    const invalid = await restCreate(owner, { title: 'Bad' }, 'x'.repeat(256));
    expect(invalid.status).toBe(400);
    expect(invalid.body).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(await footprint(owner)).toEqual(before);

    // Without the header, every request is new.
    const plain = await restCreate(owner, { title: 'Over REST' });
    expect(plain.body.data?.thread.id).not.toBe(first.body.data?.thread.id);
  });
});

describe('the Idempotency-Key header', () => {
  it('is read without the whitespace around it, which is no part of a header value', () => {
    // A raw HTTP header may keep it (curl sends it as typed); a Headers object would strip it.
    const headers = { get: (name: string) => (name === 'Idempotency-Key' ? '  key-1 ' : null) };
    expect(createThreadInput({ title: 'T' }, headers as unknown as Headers)).toMatchObject({
      idempotencyKey: 'key-1',
    });
  });
});

describe('the cron and idempotency keys', () => {
  it('prunes keys older than 24 hours and keeps younger ones', async () => {
    const owner = await ownerWithStrangers(0);
    await create(owner, { title: 'Old', idempotencyKey: 'old-key' });
    await create(owner, { title: 'New', idempotencyKey: 'new-key' });
    const now = Date.now();
    await env.DB.prepare(
      'UPDATE thread_idempotency_keys SET created_at = ? WHERE user_id = ? AND idempotency_key = ?',
    )
      .bind(new Date(now - 24 * 3600_000 - 60_000).toISOString(), owner, 'old-key')
      .run();
    await worker.scheduled(
      createScheduledController({ scheduledTime: new Date(now), cron: '15 0 * * *' }),
      env,
    );
    const { results } = await env.DB.prepare(
      'SELECT idempotency_key FROM thread_idempotency_keys WHERE user_id = ? ORDER BY 1',
    )
      .bind(owner)
      .all<{ idempotency_key: string }>();
    expect(results.map((row) => row.idempotency_key)).toEqual(['new-key']);
  });
});
