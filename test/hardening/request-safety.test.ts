import { beforeAll, describe, expect, it } from 'vitest';
import { INVITE_REQUESTS_PER_MINUTE_PER_IP } from '../../src/hardening/invite-ip-limit';
import { randomToken } from '../../src/resolvers/ids';
import { send, tokenFor } from '../helpers/client';
import { insertUser } from '../helpers/seed';
import { dbFailingOn, liftRateLimit, sendWith } from './helpers';

type Body = {
  data?: unknown;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  extensions?: Record<string, unknown>;
};

beforeAll(liftRateLimit);

const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', ...headers },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

describe('CSRF prevention', () => {
  it('refuses GET and form/text POSTs without a CSRF header, accepts them with one', async () => {
    const simple: [string, RequestInit][] = [
      ['/graphql?query={__typename}', {}],
      [
        '/graphql',
        {
          method: 'POST',
          headers: { 'Content-Type': 'text/plain' },
          body: '{"query":"{__typename}"}',
        },
      ],
      [
        '/graphql',
        {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
          body: 'query=%7B__typename%7D',
        },
      ],
    ];
    for (const [path, init] of simple) {
      const refused = await send(path, init);
      expect(refused.status).toBe(403);
      const body = (await refused.json()) as Body;
      expect(body.errors?.[0]?.extensions?.code).toBe('CSRF_HEADER_REQUIRED');
    }
    const get = await send('/graphql?query={__typename}', {
      headers: { 'x-graphql-yoga-csrf': '1' },
    });
    expect(get.status).toBe(200);
    expect(await get.json()).toMatchObject({ data: { __typename: 'Query' } });
    const form = await send('/graphql', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        'apollo-require-preflight': 'true',
      },
      body: 'query=%7B__typename%7D',
    });
    expect(form.status).toBe(200);
  });

  it('needs nothing more for JSON POSTs (what clients and GraphiQL send)', async () => {
    const response = await send('/graphql', json({ query: '{ __typename }' }));
    expect(response.status).toBe(200);
  });
});

describe('GraphiQL page', () => {
  it('serves the page with a CSP that allows exactly its own inline scripts and blob workers', async () => {
    const response = await send('/graphql', { headers: { Accept: 'text/html' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    const csp = response.headers.get('Content-Security-Policy') ?? '';
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(([, body]) => body);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(script));
      const base64 = btoa(String.fromCharCode(...new Uint8Array(digest)));
      expect(csp).toContain(`'sha256-${base64}'`);
    }
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toMatch(/script-src 'self' 'sha256-/);
    expect(csp).toContain("worker-src 'self' blob:");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('X-Frame-Options')).toBe('DENY');
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });
});

describe('request bodies and parse errors', () => {
  it('refuses bodies over 100 KB with a 413, declared or streamed', async () => {
    const big = JSON.stringify({ query: `{ __typename } # ${'x'.repeat(120_000)}` });
    const declared = await send('/graphql', json(big));
    expect(declared.status).toBe(413);
    const body = (await declared.json()) as Body;
    expect(body.errors?.[0]).toMatchObject({
      message: 'The request body is larger than 100000 bytes.',
      extensions: { code: 'REQUEST_ENTITY_TOO_LARGE', limit: 100000 },
    });
    const bytes = new TextEncoder().encode(big);
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 16_384)
          controller.enqueue(bytes.slice(i, i + 16_384));
        controller.close();
      },
    });
    const streamed = await send('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: stream,
    });
    expect(streamed.status).toBe(413);
    expect(((await streamed.json()) as Body).errors?.[0]?.extensions?.code).toBe(
      'REQUEST_ENTITY_TOO_LARGE',
    );
  });

  it('answers malformed JSON and non-object bodies with a 400 and a clear message', async () => {
    for (const [raw, message] of [
      ['{"query": ', 'POST body sent invalid JSON.'],
      ['null', 'POST body is expected to be object but received null'],
      ['"text"', 'POST body is expected to be object but received string'],
      ['{"query": 42}', 'Expected "query" param to be a string, but given number.'],
      [
        '{"query": "{ __typename }", "variables": []}',
        'Expected "variables" param to be empty or an object, but given array.',
      ],
    ] as const) {
      const response = await send('/graphql', json(raw));
      expect(response.status).toBe(400);
      const body = (await response.json()) as Body;
      expect(body.errors?.[0]?.message).toBe(message);
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    }
  });

  it('answers bad JSON in GET parameters with a 400, not a 500', async () => {
    const response = await send('/graphql?query={__typename}&variables={bad', {
      headers: { 'x-graphql-yoga-csrf': '1' },
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as Body).errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
  });

  it('answers GraphQL syntax errors with a 400 and GRAPHQL_PARSE_FAILED', async () => {
    const response = await send('/graphql', json({ query: '{ viewer { id ' }));
    expect(response.status).toBe(400);
    const body = (await response.json()) as Body;
    expect(body.errors?.[0]).toMatchObject({
      message: 'Syntax Error: Expected Name, found <EOF>.',
      extensions: { code: 'GRAPHQL_PARSE_FAILED' },
    });
  });
});

describe('error masking', () => {
  it('masks unexpected errors, with the request id, and shows no SQL or stack', async () => {
    const userId = await insertUser();
    // Fails every statement that reads memberships, as a broken migration would, with SQL in the
    // error (the account check before execution reads only the viewer's row).
    const failing = dbFailingOn(
      (query) => query.includes('"workspace_members"'),
      'no such column: workspace_members.secret_column',
    );
    const response = await sendWith(
      { DB: failing } as never,
      '/graphql',
      json(
        { query: '{ viewer { workspaceMemberships(first: 1) { totalCount } } }' },
        {
          Authorization: `Bearer ${await tokenFor(userId)}`,
        },
      ),
    );
    expect(response.status).toBeLessThan(500);
    const text = await response.text();
    const body = JSON.parse(text) as Body;
    expect(body.errors?.[0]).toMatchObject({
      message: 'Unexpected error.',
      extensions: {
        code: 'INTERNAL_SERVER_ERROR',
        requestId: response.headers.get('X-Request-Id'),
      },
    });
    expect(body.extensions?.requestId).toBe(response.headers.get('X-Request-Id'));
    expect(text).not.toMatch(/SQLITE|D1_ERROR|secret_column|select |stack|\.ts:\d+/i);
  });

  it('masks a failure before execution too: a 500 with the request id and no SQL', async () => {
    const userId = await insertUser();
    // Every read of users fails, the account check before execution included.
    const failing = dbFailingOn((query) => query.includes('"users"'), 'no such table: users');
    const response = await sendWith(
      { DB: failing } as never,
      '/graphql',
      json({ query: '{ viewer { id } }' }, { Authorization: `Bearer ${await tokenFor(userId)}` }),
    );
    expect(response.status).toBe(500);
    const text = await response.text();
    const body = JSON.parse(text) as Body;
    expect(body.errors?.[0]).toMatchObject({
      message: 'Unexpected error.',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(body.extensions?.requestId).toBe(response.headers.get('X-Request-Id'));
    expect(text).not.toMatch(/SQLITE|D1_ERROR|select |stack|\.ts:\d+/i);
  });
});

describe('invite links', () => {
  it(`allows ${INVITE_REQUESTS_PER_MINUTE_PER_IP} requests a minute per address to /i/:token, then 429`, async () => {
    const ip = `203.0.113.${Math.floor(Math.random() * 250)}`;
    const statuses: number[] = [];
    // A minute boundary may fall inside the loop once: twice the limit plus one always trips it.
    for (let i = 0; i <= 2 * INVITE_REQUESTS_PER_MINUTE_PER_IP; i += 1) {
      const response = await send(`/i/${randomToken(32)}`, {
        headers: { 'CF-Connecting-IP': ip, Accept: 'text/html' },
      });
      statuses.push(response.status);
      await response.body?.cancel();
      if (response.status === 429) {
        expect(Number(response.headers.get('Retry-After'))).toBeGreaterThan(0);
        break;
      }
    }
    const firstRefusal = statuses.indexOf(429);
    expect(firstRefusal).toBeGreaterThanOrEqual(INVITE_REQUESTS_PER_MINUTE_PER_IP);
    expect(statuses.slice(0, firstRefusal).every((status) => status < 500)).toBe(true);
    const otherAddress = await send(`/i/${randomToken(32)}`, {
      headers: { 'CF-Connecting-IP': '198.51.100.7' },
    });
    expect(otherAddress.status).not.toBe(429);
    await otherAddress.body?.cancel();
  });
});

describe('security headers', () => {
  it('marks every GraphQL response nosniff', async () => {
    const response = await send('/graphql', json({ query: '{ __typename }' }));
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it('keeps API tokens out of responses even when refused', async () => {
    const token = `gwt_${randomToken(40)}`;
    const response = await send(
      '/graphql',
      json(
        { query: '{ __typename }' },
        {
          Authorization: `Bearer ${token}`,
        },
      ),
    );
    expect(response.status).toBe(401);
    expect(await response.text()).not.toContain(token.slice(4));
  });
});
