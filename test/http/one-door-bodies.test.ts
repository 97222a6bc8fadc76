import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { DRAIN_LIMIT_BYTES } from '../../src/hardening/body-limit';
import { MAX_REQUEST_BODY_BYTES } from '../../src/hardening/settings';
import { liftRateLimit, sendWith } from '../hardening/helpers';
import { tokenFor } from '../helpers/client';
import { insertUser } from '../helpers/seed';
import { seedInvite, seedThread } from '../threads/helpers';

// POST /api/threads and the invite links follow /graphql's rules for bodies: the same size cap
// (declared or streamed), JSON only as exactly application/json, and a refused request's body is
// cancelled rather than left unread (an unread body can break the next request on a kept-alive
// connection). The requests are sent to the Worker's fetch in this isolate, so the test sees
// what the Worker did with the stream it was given.

type Body = { errors?: { message: string; extensions?: Record<string, unknown> }[] };

const FORTY_MB = 40_000_000;

/**
 * A body of `total` spaces made on demand, recording how much was pulled, whether it was read to
 * its end (`drained`) and whether it was cancelled.
 */
function watchedBody(total: number, text = '') {
  const prefix = new TextEncoder().encode(text);
  const seen = { pulled: 0, drained: false, cancelled: false };
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (seen.pulled >= total) {
          seen.drained = true;
          return controller.close();
        }
        const chunk =
          seen.pulled === 0 && prefix.length > 0
            ? prefix
            : new Uint8Array(Math.min(16_384, total - seen.pulled)).fill(0x20);
        seen.pulled += chunk.length;
        controller.enqueue(chunk);
      },
      cancel() {
        seen.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, seen };
}

let owner: string;
let bearer: string;
beforeAll(async () => {
  await liftRateLimit();
  owner = await insertUser();
  bearer = `Bearer ${await tokenFor(owner)}`;
});

const threadCount = async () =>
  Number(
    (await env.DB.prepare('SELECT count(*) AS n FROM threads').first<{ n: number }>())?.n ?? 0,
  );

const restPost = (headers: Record<string, string>, body: BodyInit) =>
  sendWith({}, '/api/threads', {
    method: 'POST',
    headers: { Authorization: bearer, ...headers },
    body,
  });

describe('POST /api/threads bodies', () => {
  it('refuses a declared oversize body with 413 without reading it', async () => {
    const { stream, seen } = watchedBody(FORTY_MB);
    const before = await threadCount();
    const response = await restPost(
      { 'Content-Type': 'application/json', 'Content-Length': String(FORTY_MB) },
      stream,
    );
    expect(response.status).toBe(413);
    const body = (await response.json()) as Body;
    expect(body.errors?.[0]).toMatchObject({
      message: `The request body is larger than ${MAX_REQUEST_BODY_BYTES} bytes.`,
      extensions: { code: 'REQUEST_ENTITY_TOO_LARGE', limit: MAX_REQUEST_BODY_BYTES },
    });
    expect(seen.pulled).toBeLessThan(MAX_REQUEST_BODY_BYTES);
    expect(seen.cancelled).toBe(true);
    expect(await threadCount()).toBe(before);
  });

  it('stops reading a streamed body without a length at the cap: 413', async () => {
    const { stream, seen } = watchedBody(FORTY_MB, '{"title": "');
    const before = await threadCount();
    const response = await restPost({ 'Content-Type': 'application/json' }, stream);
    expect(response.status).toBe(413);
    expect(((await response.json()) as Body).errors?.[0]?.extensions?.code).toBe(
      'REQUEST_ENTITY_TOO_LARGE',
    );
    // Drained past the cap up to its bound (and the few chunks the runtime reads ahead), never the 40 MB.
    expect(seen.pulled).toBeLessThanOrEqual(
      MAX_REQUEST_BODY_BYTES + DRAIN_LIMIT_BYTES + 4 * 16_384,
    );
    expect(seen.cancelled).toBe(true);
    expect(await threadCount()).toBe(before);
  });

  it('reads a body just over the cap to its end before the 413: the connection ends cleanly', async () => {
    const { stream, seen } = watchedBody(MAX_REQUEST_BODY_BYTES + 50_000, '{"title": "');
    const response = await restPost({ 'Content-Type': 'application/json' }, stream);
    expect(response.status).toBe(413);
    expect(seen.drained).toBe(true);
    expect(seen.cancelled).toBe(false);
  });

  it('accepts JSON only as the application/json media type, not by substring', async () => {
    const json = JSON.stringify({ title: 'Cross-site attempt' });
    const before = await threadCount();
    for (const type of [
      // A browser sends this cross-site without a preflight.
      'text/plain; charset=application/json',
      'text/plain',
      'application/x-www-form-urlencoded',
      'application/jsonp',
      '',
    ]) {
      const { stream, seen } = watchedBody(json.length, json);
      const response = await restPost(type ? { 'Content-Type': type } : {}, stream);
      expect(response.status, type).toBe(415);
      expect(((await response.json()) as Body).errors?.[0]?.extensions?.code).toBe(
        'UNSUPPORTED_MEDIA_TYPE',
      );
      // Within the cap, a refused body is read to its end and dropped, never left unread.
      expect(seen.drained, type).toBe(true);
    }
    expect(await threadCount()).toBe(before);

    const withCharset = await restPost(
      { 'Content-Type': 'Application/JSON; charset=utf-8' },
      JSON.stringify({ title: 'Plain JSON with a charset' }),
    );
    expect(withCharset.status).toBe(201);
  });

  it('drains the body of a request refused before it is read (401, 405)', async () => {
    const anonymous = watchedBody(50_000, '{"title": "x"}');
    const refused = await sendWith({}, '/api/threads', {
      method: 'POST',
      headers: { Authorization: 'Bearer not-a-token', 'Content-Type': 'application/json' },
      body: anonymous.stream,
    });
    expect(refused.status).toBe(401);
    expect(anonymous.seen.drained).toBe(true);

    const put = watchedBody(50_000, '{"title": "x"}');
    const wrongMethod = await sendWith({}, '/api/threads', {
      method: 'PUT',
      headers: { Authorization: bearer, 'Content-Type': 'application/json' },
      body: put.stream,
    });
    expect(wrongMethod.status).toBe(405);
    expect(put.seen.drained).toBe(true);
  });

  it('answers a body that is not JSON with a 400', async () => {
    const response = await restPost({ 'Content-Type': 'application/json' }, '{"title": ');
    expect(response.status).toBe(400);
    expect(((await response.json()) as Body).errors?.[0]?.extensions?.code).toBe(
      'VALIDATION_FAILED',
    );
  });
});

describe('/graphql and other routes', () => {
  it('drains the body of a /graphql request refused before Yoga reads it', async () => {
    const { stream, seen } = watchedBody(50_000, '{"query": "{ __typename }"}');
    const response = await sendWith({}, '/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain; charset=application/json' },
      body: stream,
    });
    expect(response.status).toBe(403);
    expect(((await response.json()) as Body).errors?.[0]?.extensions?.code).toBe(
      'CSRF_HEADER_REQUIRED',
    );
    expect(seen.drained).toBe(true);
  });

  it('stops a /graphql body streamed past the cap: 413, the rest past the drain bound unread', async () => {
    const { stream, seen } = watchedBody(FORTY_MB, '{"query": "{ __typename }", "x": "');
    const response = await sendWith({}, '/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: stream,
    });
    expect(response.status).toBe(413);
    expect(seen.pulled).toBeLessThanOrEqual(
      MAX_REQUEST_BODY_BYTES + DRAIN_LIMIT_BYTES + 4 * 16_384,
    );
    expect(seen.cancelled).toBe(true);
  });

  it('reads a /graphql body streamed without a length, under the cap, as any other', async () => {
    const bytes = new TextEncoder().encode(JSON.stringify({ query: '{ __typename }' }));
    const response = await sendWith({}, '/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(bytes.slice(0, 5));
          controller.enqueue(bytes.slice(5));
          controller.close();
        },
      }),
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data?: unknown }).data).toEqual({ __typename: 'Query' });
  });

  it('refuses a Content-Length that is not one number with a 400', async () => {
    const { stream } = watchedBody(50_000);
    const response = await sendWith({}, '/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Content-Length': '50000, 50000' },
      body: stream,
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as Body).errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
  });

  it('drains the body sent to an unknown path', async () => {
    const { stream, seen } = watchedBody(50_000);
    const response = await sendWith({}, '/nowhere', { method: 'POST', body: stream });
    expect(response.status).toBe(404);
    expect(seen.drained).toBe(true);
  });
});

describe('invite links', () => {
  const address = (n: number) => ({ 'CF-Connecting-IP': `10.8.0.${n}` });

  it('refuses a declared oversize body with a 413 page and leaves the invite untouched', async () => {
    const thread = await seedThread(owner);
    const invite = await seedInvite(thread, { userId: await insertUser() });
    const { stream, seen } = watchedBody(FORTY_MB);
    const response = await sendWith({}, `/i/${invite.token}/accept`, {
      method: 'POST',
      headers: {
        ...address(1),
        'Content-Type': 'application/x-www-form-urlencoded',
        'Content-Length': String(FORTY_MB),
      },
      body: stream,
    });
    expect(response.status).toBe(413);
    expect(response.headers.get('Content-Type')).toContain('text/html');
    expect(seen.pulled).toBeLessThan(MAX_REQUEST_BODY_BYTES);
    expect(seen.cancelled).toBe(true);
    const row = await env.DB.prepare('SELECT status FROM thread_invites WHERE id = ?')
      .bind(invite.id)
      .first();
    expect(row).toEqual({ status: 'pending' });
  });

  it('never uses the body of an answer: a streamed one is dropped, cancelled past the drain bound, and the answer counts', async () => {
    const thread = await seedThread(owner);
    const invite = await seedInvite(thread, { userId: await insertUser() });
    const { stream, seen } = watchedBody(FORTY_MB);
    const response = await sendWith({}, `/i/${invite.token}/decline`, {
      method: 'POST',
      headers: { ...address(2), 'Content-Type': 'application/x-www-form-urlencoded' },
      body: stream,
    });
    expect(response.status).toBe(200);
    // Dropped as it comes, up to the drain bound (and one chunk); the rest is cancelled.
    expect(seen.pulled).toBeLessThanOrEqual(DRAIN_LIMIT_BYTES + 16_384);
    expect(seen.cancelled).toBe(true);
    const row = await env.DB.prepare('SELECT status FROM thread_invites WHERE id = ?')
      .bind(invite.id)
      .first();
    expect(row).toEqual({ status: 'declined' });
  });
});
