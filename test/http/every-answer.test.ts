import { afterEach, describe, expect, it } from 'vitest';
import { INVITE_REQUESTS_PER_MINUTE_PER_IP } from '../../src/hardening/invite-ip-limit';
import { setSetting } from '../admin/helpers';
import { send, tokenFor } from '../helpers/client';
import { insertUser } from '../helpers/seed';
import { befriendEveryone } from '../threads/helpers';

// What every answer of the gateway carries, whichever route or refusal made it, and what a page
// on another origin can read of the door's refusals.

const ORIGIN = 'https://app.example';
/** An address no other test of the run uses: each test spends its own per-address budget. */
const address = () => {
  const [a = 0, b = 0, c = 0] = crypto.getRandomValues(new Uint8Array(3));
  return `10.${a}.${b}.${c}`;
};
const graphqlPost = (headers: Record<string, string> = {}, body = '{"query":"{ __typename }"}') =>
  send('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body,
  });

afterEach(async () => {
  await setSetting('default_rate_limit', '120');
});

function expectStamped(response: Response) {
  expect(response.headers.get('X-Request-Id')).toMatch(/^[0-9a-f-]{36}$/);
  expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
  expect(response.headers.get('Referrer-Policy')).toBe('no-referrer');
}

describe('every answer', () => {
  it('carries the request id and nosniff, on routes and refusals outside the door too', async () => {
    const answers = [
      await send('/nope'),
      await send('/health'),
      await send('/api/threads'),
      await send('/uploads/x'),
      await send('/files/att_x', { method: 'POST' }),
      await send('/admin/stats', { method: 'POST' }),
    ];
    expect(answers.map((response) => response.status)).toEqual([404, 200, 405, 405, 405, 405]);
    for (const response of answers) {
      expectStamped(response);
      await response.body?.cancel();
    }
  });

  it("answers the invite limiter's 429 as an invite page (no framing) or as JSON", async () => {
    const ip = address();
    let page: Response | undefined;
    // A minute boundary may fall inside the loop once: twice the limit plus one always trips it.
    for (let i = 0; i <= 2 * INVITE_REQUESTS_PER_MINUTE_PER_IP && !page; i += 1) {
      const response = await send('/i/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', {
        headers: { 'CF-Connecting-IP': ip, Accept: 'text/html' },
      });
      if (response.status === 429) page = response;
      else await response.body?.cancel();
    }
    if (!page) throw new Error('the invite limiter never answered 429');
    expectStamped(page);
    expect(page.headers.get('X-Frame-Options')).toBe('DENY');
    expect(page.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
    expect(Number(page.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect(await page.text()).toContain('Too many requests');

    const json = await send('/i/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', {
      headers: { 'CF-Connecting-IP': ip },
    });
    expect(json.status).toBe(429);
    expectStamped(json);
    expect(await json.json()).toMatchObject({ errors: [{ extensions: { code: 'RATE_LIMITED' } }] });
  });
});

describe("the door's refusals, read from another origin", () => {
  it('lets a page read a 401 on /graphql, /files and /api/threads, and why', async () => {
    const bad = { Origin: ORIGIN, Authorization: 'Bearer not.a.jwt' };
    const refusals = [
      await graphqlPost(bad),
      await send('/files/att_x', { headers: bad }),
      await send('/api/threads', {
        method: 'POST',
        headers: { ...bad, 'Content-Type': 'application/json' },
        body: '{"title":"x"}',
      }),
    ];
    for (const response of refusals) {
      expect(response.status).toBe(401);
      expect(response.headers.get('Access-Control-Allow-Origin')).toBe(ORIGIN);
      const exposed = response.headers.get('Access-Control-Expose-Headers') ?? '';
      expect(exposed).toContain('WWW-Authenticate');
      expect(exposed).toContain('X-Request-Id');
      expectStamped(response);
      await response.body?.cancel();
    }
  });

  it('lets a page read a 413 and a 429 with its Retry-After', async () => {
    const tooLarge = await graphqlPost(
      { Origin: ORIGIN },
      JSON.stringify({ query: `{ __typename } # ${'x'.repeat(100_001)}` }),
    );
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.headers.get('Access-Control-Allow-Origin')).toBe(ORIGIN);
    await tooLarge.body?.cancel();

    await setSetting('default_rate_limit', '1');
    const ip = address();
    const first = await graphqlPost({ Origin: ORIGIN, 'CF-Connecting-IP': ip });
    expect(first.status).toBe(200);
    await first.body?.cancel();
    const limited = await graphqlPost({ Origin: ORIGIN, 'CF-Connecting-IP': ip });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('Access-Control-Allow-Origin')).toBe(ORIGIN);
    expect(limited.headers.get('Access-Control-Expose-Headers')).toContain('Retry-After');
    expect(Number(limited.headers.get('Retry-After'))).toBeGreaterThan(0);
    await limited.body?.cancel();
  });

  it("does not count preflights or the GraphiQL page against the caller's rate limit", async () => {
    await setSetting('default_rate_limit', '1');
    const ip = address();
    for (let i = 0; i < 3; i += 1) {
      const preflight = await send('/graphql', {
        method: 'OPTIONS',
        headers: {
          Origin: ORIGIN,
          'CF-Connecting-IP': ip,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'authorization, content-type',
        },
      });
      expect(preflight.status).toBeLessThan(300);
      expect(preflight.headers.get('Access-Control-Allow-Origin')).toBe(ORIGIN);
      expect(preflight.headers.get('RateLimit-Remaining')).toBeNull();
      await preflight.body?.cancel();
      const page = await send('/graphql', {
        headers: { Accept: 'text/html', 'CF-Connecting-IP': ip },
      });
      expect(page.status).toBe(200);
      await page.body?.cancel();
    }
    // The address's one request of the minute is still there for the operation.
    const operation = await graphqlPost({ 'CF-Connecting-IP': ip });
    expect(operation.status).toBe(200);
    await operation.body?.cancel();
  });
});

describe('POST /api/threads from a browser', () => {
  it('answers its preflight with the methods and headers it takes', async () => {
    const preflight = await send('/api/threads', {
      method: 'OPTIONS',
      headers: {
        Origin: ORIGIN,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization, content-type, idempotency-key',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('Access-Control-Allow-Origin')).toBe(ORIGIN);
    expect(preflight.headers.get('Access-Control-Allow-Methods')).toContain('POST');
    const allowed = preflight.headers.get('Access-Control-Allow-Headers') ?? '';
    for (const header of ['Authorization', 'Content-Type', 'Idempotency-Key']) {
      expect(allowed).toContain(header);
    }
  });

  it('lets the page read its answer', async () => {
    const owner = await insertUser();
    await befriendEveryone(owner);
    const response = await send('/api/threads', {
      method: 'POST',
      headers: {
        Origin: ORIGIN,
        Authorization: `Bearer ${await tokenFor(owner)}`,
        'Content-Type': 'application/json',
      },
      body: '{"title":"From another origin"}',
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe(ORIGIN);
    expect(response.headers.get('Access-Control-Expose-Headers')).toContain('RateLimit-Remaining');
  });

  it('asks an anonymous caller to sign in before it looks at the body', async () => {
    for (const body of ['{"title":"x"}', '{}', 'not json']) {
      const response = await send('/api/threads', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body,
      });
      expect(response.status).toBe(401);
      expect(response.headers.get('WWW-Authenticate')).toBe('Bearer');
      expect(await response.json()).toMatchObject({
        errors: [{ extensions: { code: 'UNAUTHENTICATED' } }],
      });
    }
  });
});
