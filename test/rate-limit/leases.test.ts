import { env } from 'cloudflare:workers';
import { afterEach, describe, expect, it } from 'vitest';
import { setSetting } from '../admin/helpers';
import { RateLimitPingDocument } from '../generated/graphql';
import { gql } from '../helpers/client';
import { insertUser } from '../helpers/seed';

// An isolate counts against `default_rate_limit` from leases of the viewer's counter object
// (src/rate-limit/leases.ts, issue 18): one object call per lease, not per request.
const counter = (key: string) => env.RATE_LIMITER.get(env.RATE_LIMITER.idFromName(key));

/** Waits for a fresh window when this one ends within a few seconds: the test's calls in one. */
async function freshWindow() {
  const { resetSeconds } = await counter(`probe:${crypto.randomUUID()}`).peek(1);
  if (resetSeconds <= 3)
    await new Promise((resolve) => setTimeout(resolve, resetSeconds * 1000 + 100));
}

describe('rate-limit leases', () => {
  afterEach(() => setSetting('default_rate_limit', '120'));

  it('never grants more than the limit in a window, one request at a time near it', async () => {
    await freshWindow();
    const stub = counter(`lease-test:${crypto.randomUUID()}`);
    const grants: number[] = [];
    for (;;) {
      const lease = await stub.lease(100);
      if (!lease.allowed) {
        expect(lease.granted).toBe(0);
        expect(lease.remaining).toBe(0);
        break;
      }
      grants.push(lease.granted);
    }
    expect(grants.reduce((sum, n) => sum + n, 0)).toBe(100);
    // A twentieth of the limit while much is left, a single request at the end.
    expect(grants[0]).toBe(5);
    expect(grants.at(-1)).toBe(1);
    expect(grants.length).toBeLessThan(100);
  });

  it('counts each request exactly in one isolate while calling the object once per lease', async () => {
    await setSetting('default_rate_limit', '100');
    await freshWindow();
    const user = await insertUser();
    const remaining: string[] = [];
    for (let i = 0; i < 7; i++) {
      const answer = await gql(RateLimitPingDocument, {}, { as: user });
      expect(answer.status).toBe(200);
      remaining.push(answer.headers.get('RateLimit-Remaining') as string);
    }
    expect(remaining).toEqual(['99', '98', '97', '96', '95', '94', '93']);
    // Two leases of five taken from the object: it counts 10 as spent, not 7 (and not 1 per call).
    const standing = await counter(`user:${user}`).peek(100);
    expect(standing.remaining).toBe(90);
  });

  it('admits concurrent requests of one viewer, each asking the object for itself when empty', async () => {
    await setSetting('default_rate_limit', '100');
    await freshWindow();
    const user = await insertUser();
    const answers = await Promise.all(
      Array.from({ length: 12 }, () => gql(RateLimitPingDocument, {}, { as: user })),
    );
    expect(answers.map((answer) => answer.status)).toEqual(Array(12).fill(200));
    // Every grant of those calls counts as spent; none past the limit.
    const spent = 100 - (await counter(`user:${user}`).peek(100)).remaining;
    expect(spent).toBeGreaterThanOrEqual(12);
    expect(spent).toBeLessThanOrEqual(100);
  });

  it('drops a lease when the limit changes: a lowered limit refuses on the next request', async () => {
    await setSetting('default_rate_limit', '100');
    await freshWindow();
    const user = await insertUser();
    expect((await gql(RateLimitPingDocument, {}, { as: user })).status).toBe(200);
    // Four requests of the lease are left in this isolate; the object has counted five.
    await setSetting('default_rate_limit', '3');
    const refused = await gql(RateLimitPingDocument, {}, { as: user });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('RateLimit-Limit')).toBe('3');
  });

  it('admits the whole limit to a burst past it: a refusal keeps the grants not yet used', async () => {
    await setSetting('default_rate_limit', '40');
    await freshWindow();
    const user = await insertUser();
    // Every request finds the lease empty at once and asks the object for itself: the last
    // answers are refusals, arriving after grants other requests have not used yet.
    const answers = await Promise.all(
      Array.from({ length: 60 }, () => gql(RateLimitPingDocument, {}, { as: user })),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(40);
    expect(statuses.filter((status) => status === 429)).toHaveLength(20);
    // The object counted exactly what was admitted: nothing granted was thrown away.
    expect((await counter(`user:${user}`).peek(40)).remaining).toBe(0);
    const remaining = answers
      .filter((answer) => answer.status === 200)
      .map((answer) => Number(answer.headers.get('RateLimit-Remaining')));
    expect(Math.min(...remaining)).toBe(0);
  });
});
