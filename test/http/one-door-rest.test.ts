import { env } from 'cloudflare:workers';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { dbFailingOn, liftRateLimit, sendWith } from '../hardening/helpers';
import { tokenFor } from '../helpers/client';
import { insertUser } from '../helpers/seed';
import { befriendEveryone } from '../threads/helpers';

// POST /api/threads runs its operation through the GraphQL pipeline (Yoga with the gateway's
// plugins), not by calling graphql-js itself: trusted documents, the request log and error
// masking treat it as they treat /graphql.

afterEach(() => vi.restoreAllMocks());
beforeAll(liftRateLimit);

const threadCount = async () =>
  Number(
    (await env.DB.prepare('SELECT count(*) AS n FROM threads').first<{ n: number }>())?.n ?? 0,
  );

async function restCreate(
  vars: Partial<Record<keyof Env, unknown>>,
  userId: string,
  body: Record<string, unknown>,
) {
  return sendWith(vars as Partial<Record<keyof Env, string>>, '/api/threads', {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${await tokenFor(userId)}`,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify(body),
  });
}

describe('POST /api/threads through the GraphQL pipeline', () => {
  it('works where apps may send trusted documents only (its operation is one)', async () => {
    const owner = await insertUser();
    await befriendEveryone(owner);
    const response = await restCreate(
      { ENVIRONMENT: 'production', TRUSTED_DOCUMENTS_ONLY: 'true' },
      owner,
      { title: 'From a production app' },
    );
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({
      __typename: 'CreateThreadSuccess',
      data: { thread: { title: 'From a production app' } },
    });
    expect(response.headers.get('RateLimit-Limit')).toBeTruthy();
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it('writes the request log line of its operation, under the request id', async () => {
    const owner = await insertUser();
    await befriendEveryone(owner);
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: unknown) => void lines.push(String(line)));
    const response = await restCreate({ ENVIRONMENT: 'development' }, owner, { title: 'Logged' });
    expect(response.status).toBe(201);
    const entries = lines
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((entry) => entry.message === 'graphql operation');
    expect(entries).toEqual([
      expect.objectContaining({
        requestId: response.headers.get('X-Request-Id'),
        viewer: 'user',
        operation: 'CreateThreadApi',
        errors: 0,
      }),
    ]);
  });

  it('masks an unexpected failure: 500 with the request id, no SQL, nothing written', async () => {
    const owner = await insertUser();
    await befriendEveryone(owner);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const before = await threadCount();
    const failing = dbFailingOn(
      (query) => query.startsWith('insert into "threads"'),
      'no such column: threads.secret_column',
    );
    const response = await restCreate({ DB: failing }, owner, { title: 'Doomed' });
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(JSON.parse(text)).toMatchObject({
      errors: [
        {
          message: 'Unexpected error.',
          extensions: {
            code: 'INTERNAL_SERVER_ERROR',
            requestId: response.headers.get('X-Request-Id'),
          },
        },
      ],
    });
    expect(text).not.toMatch(/SQLITE|D1_ERROR|secret_column|insert |stack/i);
    expect(await threadCount()).toBe(before);
  });

  it('keeps its input errors: 400 VALIDATION_FAILED for a body that does not fit the input', async () => {
    const owner = await insertUser();
    for (const body of [{}, { title: 42 }, { title: 'Fine', workspaceId: ['a'] }]) {
      const response = await restCreate({}, owner, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      const answer = (await response.json()) as {
        errors: { message: string; extensions: { code: string } }[];
      };
      expect(answer.errors[0]?.extensions.code).toBe('VALIDATION_FAILED');
      expect(answer.errors[0]?.message).toContain('$input');
    }
  });
});
