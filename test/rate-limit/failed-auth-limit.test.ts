import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { digestApiToken } from '../../src/auth/api-tokens';
import worker from '../../src/index';
import { FAILED_AUTHENTICATIONS_PER_MINUTE } from '../../src/rate-limit/failed-auth-limit';
import { randomToken } from '../../src/resolvers/ids';
import { RateLimitViewerDocument } from '../generated/graphql';
import { liftRateLimit } from '../hardening/helpers';
import { tokenFor } from '../helpers/client';
import { insertUser, uid } from '../helpers/seed';

/** Statements the Worker prepared that read `api_tokens`: each is one token lookup in D1. */
let tokenLookups = 0;

/** A D1 (or a D1 session) whose `prepare` counts the token lookups it is asked for. */
function countingLookups<T extends object>(inner: T): T {
  return new Proxy(inner, {
    get(target, property) {
      if (property === 'prepare') {
        return (sql: string) => {
          if (/from "api_tokens"/i.test(sql)) tokenLookups += 1;
          return (target as unknown as D1Database).prepare(sql);
        };
      }
      // Requests read through a session (D1 Sessions API): count inside it too.
      if (property === 'withSession') {
        return (constraint?: string) =>
          countingLookups((target as unknown as D1Database).withSession(constraint));
      }
      const value = Reflect.get(target, property);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** The test's D1, counting the token lookups the Worker sends through it. */
const countingDb = countingLookups(env.DB);

interface Answer {
  status: number;
  headers: Headers;
  body: { errors?: { message: string; extensions?: Record<string, unknown> }[]; data?: unknown };
  /** Token lookups this request made. */
  lookups: number;
}

/**
 * `{ viewer { id } }` from `address` with `Authorization: Bearer <token>`, through the Worker's
 * fetch with the counting D1. Requests are sequential unless the caller runs several at once.
 */
async function ask(address: string, token?: string): Promise<Answer> {
  const before = tokenLookups;
  const execution = createExecutionContext();
  const response = await worker.fetch(
    new Request('http://gateway.test/graphql', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'CF-Connecting-IP': address,
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query: RateLimitViewerDocument.toString() }),
    }) as Request<unknown, IncomingRequestCfProperties>,
    { ...env, DB: countingDb } as Env,
    execution,
  );
  await waitOnExecutionContext(execution);
  const body = (await response.json()) as Answer['body'];
  return {
    status: response.status,
    headers: response.headers,
    body,
    lookups: tokenLookups - before,
  };
}

const forgedApiToken = () => `gwt_${randomToken(40)}`;
const forgedJwt = (userId: string) =>
  new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(userId)
    .setExpirationTime('1h')
    .sign(new TextEncoder().encode('a-guessed-secret-0123456789abcdef0123456789'));

let addressCounter = 0;
/** An address no other test uses, so each test starts with a clean budget. */
function freshAddress(): string {
  addressCounter += 1;
  return `198.51.${100 + Math.floor(Math.random() * 100)}.${addressCounter}`;
}

/**
 * Sends forged tokens from `address` until the first 429. Windows follow the clock minute, so one
 * may end inside the loop once: twice the budget plus one always reaches a refusal.
 */
async function floodUntilRefused(address: string, token: () => Promise<string> | string) {
  const answers: Answer[] = [];
  for (let i = 0; i <= 2 * FAILED_AUTHENTICATIONS_PER_MINUTE; i += 1) {
    const answer = await ask(address, await token());
    answers.push(answer);
    if (answer.status === 429) break;
  }
  return answers;
}

let userId: string;
let validApiToken: string;

beforeAll(async () => {
  await liftRateLimit();
  userId = await insertUser();
  validApiToken = `gwt_${randomToken(40)}`;
  await env.DB.prepare(
    "INSERT INTO api_tokens (id, user_id, name, token_hash, token_prefix, scopes) VALUES (?, ?, 'limit', ?, ?, 'read')",
  )
    .bind(uid('tok'), userId, await digestApiToken(validApiToken), validApiToken.slice(0, 10))
    .run();
});

describe('failed authentications per address', () => {
  it(`answers 401 to ${FAILED_AUTHENTICATIONS_PER_MINUTE} unknown API tokens a minute, then 429 without looking tokens up`, async () => {
    const address = freshAddress();
    const answers = await floodUntilRefused(address, forgedApiToken);
    const refused = answers.at(-1) as Answer;
    expect(refused.status).toBe(429);
    expect(answers.length).toBeGreaterThan(FAILED_AUTHENTICATIONS_PER_MINUTE);
    for (const answer of answers.slice(0, -1)) {
      expect(answer.status).toBe(401);
      expect(answer.lookups).toBe(1);
    }
    // Past the budget: refused before the lookup, with a typed error and Retry-After.
    expect(refused.lookups).toBe(0);
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({
      code: 'TOO_MANY_FAILED_AUTHENTICATIONS',
      limit: FAILED_AUTHENTICATIONS_PER_MINUTE,
    });
    expect(refused.body.errors?.[0]?.message).toMatch(/failed authentications/);
    const retryAfter = Number(refused.headers.get('Retry-After'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.body.errors?.[0]?.extensions?.retryAfterSeconds).toBe(retryAfter);
    expect(refused.body.data).toBeUndefined();

    // More guesses from the address cost nothing in D1 either.
    for (let i = 0; i < 9; i += 1) {
      const more = await ask(address, forgedApiToken());
      expect(more.status).toBe(429);
      expect(more.lookups).toBe(0);
    }
  });

  it('leaves other addresses, anonymous requests and valid JWTs alone; API tokens wait', async () => {
    const address = freshAddress();
    expect((await floodUntilRefused(address, forgedApiToken)).at(-1)?.status).toBe(429);

    // Another address: its failures and its valid token are answered as usual.
    const other = freshAddress();
    const otherForged = await ask(other, forgedApiToken());
    expect(otherForged.status).toBe(401);
    expect(otherForged.lookups).toBe(1);
    expect((await ask(other, validApiToken)).status).toBe(200);

    // The flooded address: anonymous and valid-JWT requests run (a JWT costs no lookup);
    // an API token, valid or not, cannot be told apart without its lookup, so it waits.
    expect((await ask(address)).status).toBe(200);
    const signedIn = await ask(address, await tokenFor(userId));
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.data).toEqual({ viewer: { id: btoa(`User:${userId}`) } });
    const integrator = await ask(address, validApiToken);
    expect(integrator.status).toBe(429);
    expect(integrator.lookups).toBe(0);
  });

  it('counts forged JWTs too, and answers them 429 past the budget', async () => {
    const address = freshAddress();
    const answers = await floodUntilRefused(address, () => forgedJwt(userId));
    expect(answers.length).toBeGreaterThan(FAILED_AUTHENTICATIONS_PER_MINUTE);
    expect(answers.slice(0, -1).every((answer) => answer.status === 401)).toBe(true);
    expect(answers.at(-1)?.body.errors?.[0]?.extensions?.code).toBe(
      'TOO_MANY_FAILED_AUTHENTICATIONS',
    );
    // JWT and API-token failures share the address's budget.
    const apiToken = await ask(address, forgedApiToken());
    expect(apiToken.status).toBe(429);
    expect(apiToken.lookups).toBe(0);
  });

  it('refuses a parallel flood past the budget, and looks up nothing after it', async () => {
    const address = freshAddress();
    const flood = await Promise.all(
      Array.from({ length: 2 * FAILED_AUTHENTICATIONS_PER_MINUTE + 1 }, () =>
        ask(address, forgedApiToken()),
      ),
    );
    const statuses = flood.map((answer) => answer.status);
    expect(statuses.every((status) => status === 401 || status === 429)).toBe(true);
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThan(0);
    expect(statuses.filter((status) => status === 401).length).toBeLessThanOrEqual(
      2 * FAILED_AUTHENTICATIONS_PER_MINUTE,
    );
    const after = await ask(address, forgedApiToken());
    expect(after.status).toBe(429);
    expect(after.lookups).toBe(0);
  });
});
