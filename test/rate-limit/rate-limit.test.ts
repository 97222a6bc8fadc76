import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertAdmin, setSetting } from '../admin/helpers';
import { RateLimitPingDocument } from '../generated/graphql';
import { gql } from '../helpers/client';
import { insertUser } from '../helpers/seed';

/**
 * Windows are aligned to the clock minute: when the current one ends within a few seconds, wait
 * for the next, so a test's requests all fall in one window.
 */
async function startOfFreshWindow() {
  const probe = await gql(RateLimitPingDocument, {}, { as: await insertUser() });
  const reset = Number(probe.headers.get('RateLimit-Reset'));
  if (reset <= 3) await new Promise((resolve) => setTimeout(resolve, reset * 1000 + 100));
}

describe('default_rate_limit', () => {
  beforeEach(async () => {
    await setSetting('default_rate_limit', '3');
    await startOfFreshWindow();
  });
  afterEach(() => setSetting('default_rate_limit', '120'));

  it('answers 429 with Retry-After after the configured count, with RateLimit headers', async () => {
    const user = await insertUser();
    const remaining: string[] = [];
    for (let i = 0; i < 3; i++) {
      const ok = await gql(RateLimitPingDocument, {}, { as: user });
      expect(ok.status).toBe(200);
      expect(ok.headers.get('RateLimit-Limit')).toBe('3');
      const reset = Number(ok.headers.get('RateLimit-Reset'));
      expect(reset).toBeGreaterThanOrEqual(1);
      expect(reset).toBeLessThanOrEqual(60);
      remaining.push(ok.headers.get('RateLimit-Remaining') as string);
    }
    expect(remaining).toEqual(['2', '1', '0']);

    const limited = await gql(RateLimitPingDocument, {}, { as: user });
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get('Retry-After'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(limited.headers.get('RateLimit-Remaining')).toBe('0');
    expect(limited.headers.get('RateLimit-Limit')).toBe('3');
    expect(limited.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 3 });
    expect(limited.errors?.[0]?.message).toMatch(/Rate limit exceeded: 3 requests per minute/);
    expect(limited.extensions?.requestId).toBe(limited.headers.get('X-Request-Id'));
    expect(limited.data).toBeUndefined();
  });

  it('counts each viewer on their own: users, and anonymous callers by address', async () => {
    const first = await insertUser();
    const second = await insertUser();
    for (let i = 0; i < 3; i++) await gql(RateLimitPingDocument, {}, { as: first });
    expect((await gql(RateLimitPingDocument, {}, { as: first })).status).toBe(429);
    expect((await gql(RateLimitPingDocument, {}, { as: second })).status).toBe(200);

    const ip = { headers: { 'CF-Connecting-IP': `198.51.100.${Math.floor(Math.random() * 200)}` } };
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await gql(RateLimitPingDocument, {}, ip)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const otherIp = { headers: { 'CF-Connecting-IP': '2001:db8::77' } };
    expect((await gql(RateLimitPingDocument, {}, otherIp)).status).toBe(200);
  });

  it('applies to admins as well, and a raised limit takes effect on the next request', async () => {
    const admin = await insertAdmin('admin');
    for (let i = 0; i < 3; i++) await gql(RateLimitPingDocument, {}, { as: admin });
    expect((await gql(RateLimitPingDocument, {}, { as: admin })).status).toBe(429);
    await setSetting('default_rate_limit', '10');
    const after = await gql(RateLimitPingDocument, {}, { as: admin });
    expect(after.status).toBe(200);
    expect(after.headers.get('RateLimit-Limit')).toBe('10');
    expect(after.headers.get('RateLimit-Remaining')).toBe('6');
  });
});
