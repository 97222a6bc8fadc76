import { createExecutionContext, createMessageBatch, getQueueResult } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import worker from '../../src/index';
import { insertUser } from '../helpers/seed';
import { insertUserWith, seedInvite, seedThread } from './helpers';

const API = 'https://email-api.example.test';
/** The Worker's env with an email provider configured (the var and the secret). */
const withProvider = { ...env, EMAIL_API_URL: API, EMAIL_API_KEY: 'test-email-key' } as Env;

interface StandInRequest {
  url: string;
  method: string;
  headers: Headers;
  body: { from: string; to: string[]; subject: string; text: string; html: string };
}

/**
 * A stand-in for the provider's HTTP API (Resend's wire format): answers each POST /emails with
 * the next status of `statuses` (the last one repeats), and records what it was sent.
 */
function standInEmailApi(statuses: number[]) {
  const requests: StandInRequest[] = [];
  const realFetch = globalThis.fetch;
  const spy = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const request = new Request(input as RequestInfo, init);
    if (!request.url.startsWith(API)) return realFetch(input as RequestInfo, init);
    requests.push({
      url: request.url,
      method: request.method,
      headers: request.headers,
      body: (await request.json()) as StandInRequest['body'],
    });
    const status = statuses[Math.min(requests.length - 1, statuses.length - 1)] as number;
    return status === 200
      ? Response.json({ id: `email_${requests.length}` })
      : Response.json(
          { statusCode: status, name: 'stand_in_error', message: `failure ${status}` },
          { status },
        );
  });
  return { requests, spy };
}

/** Every line the Worker logs during `run`. */
async function capturingLogs<T>(run: () => Promise<T>) {
  const lines: string[] = [];
  const spies = (['log', 'warn', 'error'] as const).map((level) =>
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      lines.push(args.map(String).join(' '));
    }),
  );
  try {
    return { result: await run(), lines };
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
}

/**
 * Delivers one message to the Worker's queue handler, as the queue would on that attempt.
 * getQueueResult does not report a retry's delay, so the message's retry() is watched too.
 */
async function deliver(body: unknown, attempts: number, workerEnv: Env = withProvider) {
  const batch = createMessageBatch('invite-emails', [
    { id: `msg-${attempts}`, timestamp: new Date(), attempts, body },
  ]);
  const retry = vi.spyOn(batch.messages[0] as Message, 'retry');
  const ctx = createExecutionContext();
  await worker.queue(batch, workerEnv);
  const result = await getQueueResult(batch, ctx);
  const delays = retry.mock.calls.map(([options]) => options?.delaySeconds);
  return { ...result, delays };
}

async function inviteState(id: string) {
  return env.DB.prepare(
    'SELECT email_status, email_attempts, email_error FROM thread_invites WHERE id = ?',
  )
    .bind(id)
    .first<{ email_status: string; email_attempts: number; email_error: string | null }>();
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the invite email queue consumer', () => {
  it('retries with backoff while the provider fails, then marks the invite sent', async () => {
    const owner = await insertUserWith({ displayName: 'Queue Owner' });
    const guest = await insertUser();
    const thread = await seedThread(owner, { title: 'Retry me' });
    const invite = await seedInvite(thread, { userId: guest, name: 'Queue Guest' });
    const message = { kind: 'thread-invite', inviteId: invite.id, token: invite.token };
    const api = standInEmailApi([503, 500, 200]);

    const { result: outcomes, lines } = await capturingLogs(async () => [
      await deliver(message, 1),
      await deliver(message, 2),
      await deliver(message, 3),
    ]);
    const [first, second, third] = outcomes;
    expect(first?.retryMessages).toEqual([{ msgId: 'msg-1' }]);
    expect(first?.delays).toEqual([30]);
    expect(first?.explicitAcks).toEqual([]);
    expect(second?.retryMessages).toEqual([{ msgId: 'msg-2' }]);
    expect(second?.delays).toEqual([60]);
    expect(third?.retryMessages).toEqual([]);
    expect(third?.explicitAcks).toEqual(['msg-3']);
    expect(await inviteState(invite.id)).toEqual({
      email_status: 'sent',
      email_attempts: 3,
      email_error: null,
    });

    // What the provider received: its own wire format, one email, the same idempotency key.
    expect(api.requests).toHaveLength(3);
    for (const request of api.requests) {
      expect(request.method).toBe('POST');
      expect(request.url).toBe(`${API}/emails`);
      expect(request.headers.get('Authorization')).toBe('Bearer test-email-key');
      expect(request.headers.get('Content-Type')).toBe('application/json');
      expect(request.headers.get('Idempotency-Key')).toBe(`ThreadInvite/${invite.id}`);
      expect(request.body.from).toBe(env.EMAIL_FROM);
      expect(request.body.to).toEqual([`${guest}@example.test`]);
      expect(request.body.subject).toBe('Queue Owner invites you to talk: Retry me');
      expect(request.body.text).toContain(`${env.PUBLIC_ORIGIN}/i/${invite.token}`);
      expect(request.body.html).toContain(`href="${env.PUBLIC_ORIGIN}/i/${invite.token}"`);
    }
    // Logs name the invite, never the token.
    expect(lines.some((line) => line.includes(invite.id))).toBe(true);
    expect(lines.some((line) => line.includes(invite.token))).toBe(false);
  });

  it('marks the invite failed on the last attempt, so the owner can see it was not delivered', async () => {
    const owner = await insertUser();
    const invite = await seedInvite(await seedThread(owner), { userId: await insertUser() });
    const api = standInEmailApi([500]);
    const outcome = await deliver(
      { kind: 'thread-invite', inviteId: invite.id, token: invite.token },
      5,
    );
    expect(outcome.retryMessages).toEqual([]);
    expect(outcome.explicitAcks).toEqual(['msg-5']);
    expect(api.requests).toHaveLength(1);
    expect(await inviteState(invite.id)).toEqual({
      email_status: 'failed',
      email_attempts: 1,
      email_error: 'Email API answered 500: failure 500',
    });
  });

  it('writes the subject on one line, whatever line breaks the title or the name hold', async () => {
    const owner = await insertUserWith({ displayName: 'Two\nLines' });
    const thread = await seedThread(owner, { title: 'Hello\r\nBcc: someone@example.test\u2028x' });
    const invite = await seedInvite(thread, { userId: await insertUser() });
    const api = standInEmailApi([200]);
    await deliver({ kind: 'thread-invite', inviteId: invite.id, token: invite.token }, 1);
    expect(api.requests).toHaveLength(1);
    expect(api.requests[0]?.body.subject).toBe(
      'Two Lines invites you to talk: Hello Bcc: someone@example.test x',
    );
  });

  it('cuts a long subject at 200 characters without splitting an emoji', async () => {
    const owner = await insertUserWith({ displayName: 'Owner' });
    // "Owner invites you to talk: " is 27 code units: the 200th is the first rocket's first half.
    const title = `${'t'.repeat(172)}\u{1F680}\u{1F680}\u{1F680}`;
    const thread = await seedThread(owner, { title });
    const invite = await seedInvite(thread, { userId: await insertUser() });
    const api = standInEmailApi([200]);
    await deliver({ kind: 'thread-invite', inviteId: invite.id, token: invite.token }, 1);
    const subject = api.requests[0]?.body.subject ?? '';
    expect(subject).toBe(`Owner invites you to talk: ${'t'.repeat(172)}\u{1F680}`);
    expect(subject).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('gives up at once when the provider rejects the email itself (4xx)', async () => {
    const owner = await insertUser();
    const invite = await seedInvite(await seedThread(owner), { userId: await insertUser() });
    standInEmailApi([422]);
    const outcome = await deliver(
      { kind: 'thread-invite', inviteId: invite.id, token: invite.token },
      1,
    );
    expect(outcome.retryMessages).toEqual([]);
    expect(await inviteState(invite.id)).toMatchObject({ email_status: 'failed' });
  });

  it('writes to the local outbox when no provider is configured', async () => {
    const owner = await insertUserWith({ displayName: 'Local Owner' });
    const invite = await seedInvite(await seedThread(owner), {
      email: 'local-reader@example.test',
    });
    const api = standInEmailApi([200]);
    const outcome = await deliver(
      { kind: 'thread-invite', inviteId: invite.id, token: invite.token },
      1,
      env,
    );
    expect(outcome.explicitAcks).toEqual(['msg-1']);
    expect(api.requests).toHaveLength(0);
    const row = await env.DB.prepare(
      "SELECT to_address, subject, text_body FROM email_outbox WHERE related_type = 'ThreadInvite' AND related_id = ?",
    )
      .bind(invite.id)
      .first<{ to_address: string; subject: string; text_body: string }>();
    expect(row?.to_address).toBe('local-reader@example.test');
    expect(row?.subject).toContain('Local Owner invites you');
    expect(row?.text_body).toContain(`/i/${invite.token}`);
    expect(await inviteState(invite.id)).toMatchObject({ email_status: 'sent' });
  });

  it('sends nothing for answered or expired invites, a wrong token or a malformed message', async () => {
    const owner = await insertUser();
    const thread = await seedThread(owner);
    const declined = await seedInvite(thread, { status: 'declined' });
    const expired = await seedInvite(thread, { expiresAt: '2020-01-01T00:00:00.000Z' });
    const pending = await seedInvite(thread);
    const api = standInEmailApi([200]);
    const messages = [
      { kind: 'thread-invite', inviteId: declined.id, token: declined.token },
      { kind: 'thread-invite', inviteId: expired.id, token: expired.token },
      { kind: 'thread-invite', inviteId: pending.id, token: declined.token },
      { kind: 'something-else' },
    ];
    for (const [index, body] of messages.entries()) {
      const outcome = await deliver(body, 1);
      expect(outcome.explicitAcks, `message ${index}`).toEqual(['msg-1']);
    }
    expect(api.requests).toHaveLength(0);
    expect(await inviteState(pending.id)).toMatchObject({ email_status: 'queued' });
    // The ones that will never go say so at once, rather than QUEUED until the sweep.
    for (const [closed, why] of [
      [declined, 'answered or closed before its email went out'],
      [expired, 'expired before its email went out'],
    ] as const) {
      expect(await inviteState(closed.id)).toEqual({
        email_status: 'failed',
        email_attempts: expect.any(Number),
        email_error: expect.stringContaining(why),
      });
    }
  });

  it('marks the email of an invite whose thread was archived not sent, telling no one', async () => {
    const owner = await insertUser();
    const thread = await seedThread(owner, { status: 'archived' });
    const invite = await seedInvite(thread);
    const api = standInEmailApi([200]);
    const outcome = await deliver(
      { kind: 'thread-invite', inviteId: invite.id, token: invite.token },
      1,
    );
    expect(outcome.explicitAcks).toEqual(['msg-1']);
    expect(api.requests).toHaveLength(0);
    expect(await inviteState(invite.id)).toMatchObject({ email_status: 'failed' });
    const notices = await env.DB.prepare(
      "SELECT count(*) AS n FROM inbox_items WHERE user_id = ? AND kind = 'system'",
    )
      .bind(owner)
      .first<{ n: number }>();
    expect(notices?.n).toBe(0);
  });
});
