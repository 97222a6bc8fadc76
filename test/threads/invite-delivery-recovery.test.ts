import {
  createExecutionContext,
  createMessageBatch,
  createScheduledController,
  getQueueResult,
} from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import worker from '../../src/index';
import { FREQUENT_CRON } from '../../src/jobs/scheduled';
import {
  INVITE_EMAIL_GIVE_UP_HOURS,
  INVITE_EMAIL_REQUEUE_AFTER_MINUTES,
} from '../../src/resolvers/threads/invite-delivery';
import { inviteTokenFor } from '../../src/resolvers/threads/tokens';
import { ThreadInviteStateDocument } from '../generated/graphql';
import { gql, send, variant } from '../helpers/client';
import { insertUser } from '../helpers/seed';
import {
  befriendEveryone,
  createThreadAs,
  globalId,
  insertUserWith,
  outboxEmailFor,
  rawId,
  seedInvite,
  seedThread,
  sha256Hex,
  tokenFromLink,
} from './helpers';

// Invite emails survive a Worker that dies between the thread's batch and the queue send: the
// token is derived from INVITE_TOKEN_SECRET and the invite id (only its digest is stored), so
// the cron re-enqueues what was left `queued`; past a maximum age it gives up honestly
// (`failed`, audited, the owner told). Dead-lettered messages end the same way.

const MINUTE = 60_000;

afterEach(() => {
  vi.restoreAllMocks();
});

async function runCron(at: number, cron = FREQUENT_CRON) {
  await worker.scheduled(createScheduledController({ scheduledTime: new Date(at), cron }), env);
}

interface Sent {
  body: Record<string, unknown>;
}

/** The queue producer, watched: `lose` makes the next send fail or vanish, as a dying Worker's. */
function watchQueue(lose: 'reject' | 'drop') {
  const sendBatch = vi.spyOn(env.EMAIL_QUEUE, 'sendBatch');
  if (lose === 'reject') sendBatch.mockRejectedValueOnce(new Error('queue unavailable'));
  else {
    // Accepted by nobody: the messages vanish, as when the Worker dies before the send.
    sendBatch.mockImplementationOnce(async () => ({}) as QueueSendBatchResponse);
  }
  return {
    sendBatch,
    bodies: () =>
      sendBatch.mock.calls.flatMap(([batch]) => [...batch] as Sent[]).map((m) => m.body),
  };
}

async function inviteRow(id: string) {
  return env.DB.prepare('SELECT status, email_status, email_error FROM thread_invites WHERE id = ?')
    .bind(id)
    .first<{ status: string; email_status: string; email_error: string | null }>();
}

async function failureRecord(inviteId: string, ownerId: string) {
  const audits = await env.DB.prepare(
    "SELECT actor_id, target_type, changes_json FROM audit_logs WHERE action = 'thread_invite.email_failed' AND target_id = ?",
  )
    .bind(inviteId)
    .all<{ actor_id: string | null; target_type: string; changes_json: string }>();
  const inbox = await env.DB.prepare(
    "SELECT kind, title, body, subject_type, subject_id FROM inbox_items WHERE user_id = ? AND kind = 'system'",
  )
    .bind(ownerId)
    .all<Record<string, string>>();
  return { audits: audits.results, inbox: inbox.results };
}

async function createWithLostSend(lose: 'reject' | 'drop', title: string) {
  const owner = await insertUserWith({ displayName: 'Lost Owner' });
  await befriendEveryone(owner);
  const stranger = await insertUserWith({ displayName: 'Lost Stranger' });
  const queue = watchQueue(lose);
  const created = await createThreadAs(owner, { title });
  const inviteId = rawId(created.invites[0]?.id ?? '');
  return { owner, stranger, queue, created, inviteId };
}

describe('a lost invite email is recovered by the cron', () => {
  it('keeps the invite queued when the send fails, and re-sends it after the timeout', async () => {
    const started = Date.now();
    const { stranger, queue, created, inviteId } = await createWithLostSend(
      'reject',
      'Lost in the queue',
    );
    expect(created.invites.map((invite) => invite.emailStatus)).toEqual(['QUEUED']);
    expect(await inviteRow(inviteId)).toMatchObject({ email_status: 'queued' });
    // The message carried the invite id only: no raw token ever sits in the queue.
    expect(queue.bodies()).toEqual([{ kind: 'thread-invite', inviteId }]);

    // Before the timeout the cron leaves it alone (the queue may still be retrying it).
    queue.sendBatch.mockClear();
    await runCron(started + (INVITE_EMAIL_REQUEUE_AFTER_MINUTES - 5) * MINUTE);
    expect(queue.bodies()).toEqual([]);

    await runCron(started + (INVITE_EMAIL_REQUEUE_AFTER_MINUTES + 1) * MINUTE);
    expect(queue.bodies()).toContainEqual({ kind: 'thread-invite', inviteId });
    const email = await outboxEmailFor(inviteId);
    expect(email.to_address).toBe(`${stranger}@example.test`);
    const token = tokenFromLink(email.text_body);
    const page = await send(`/i/${token}`, { headers: { 'CF-Connecting-IP': '10.77.0.1' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Lost in the queue');
    expect(await inviteRow(inviteId)).toMatchObject({ email_status: 'sent', email_error: null });
  });

  it('recovers a message that vanished after the batch (the Worker died before sending)', async () => {
    const started = Date.now();
    const { queue, inviteId } = await createWithLostSend('drop', 'Vanished message');
    queue.sendBatch.mockClear();
    await runCron(started + (INVITE_EMAIL_REQUEUE_AFTER_MINUTES + 1) * MINUTE);
    expect(queue.bodies()).toContainEqual({ kind: 'thread-invite', inviteId });
    const email = await outboxEmailFor(inviteId);
    const token = tokenFromLink(email.text_body);
    const stored = await env.DB.prepare('SELECT token FROM thread_invites WHERE id = ?')
      .bind(inviteId)
      .first<{ token: string }>();
    expect(stored?.token).toBe(await sha256Hex(token));
  });

  it('gives up past the maximum age: failed, audited, the owner told; once', async () => {
    const started = Date.now();
    const { owner, queue, created, inviteId } = await createWithLostSend('drop', 'Never sent');
    queue.sendBatch.mockClear();
    await runCron(started + (INVITE_EMAIL_GIVE_UP_HOURS * 60 + 1) * MINUTE);
    expect(queue.bodies()).not.toContainEqual({ kind: 'thread-invite', inviteId });
    const row = await inviteRow(inviteId);
    expect(row).toMatchObject({ status: 'pending', email_status: 'failed' });
    expect(row?.email_error).toContain(`${INVITE_EMAIL_GIVE_UP_HOURS} hours`);

    const record = await failureRecord(inviteId, owner);
    expect(record.audits).toHaveLength(1);
    expect(record.audits[0]).toMatchObject({ actor_id: null, target_type: 'ThreadInvite' });
    expect(JSON.parse(record.audits[0]?.changes_json ?? '{}')).toMatchObject({
      emailStatus: { from: 'queued', to: 'failed' },
      source: 'sweep',
    });
    expect(record.inbox).toEqual([
      expect.objectContaining({
        subject_type: 'thread',
        subject_id: rawId(created.thread.id),
        title: expect.stringContaining('Lost Stranger'),
      }),
    ]);

    // The owner sees the honest state through the API.
    const seen = await gql(
      ThreadInviteStateDocument,
      { id: globalId('ThreadInvite', inviteId) },
      { as: owner },
    );
    expect(variant(seen.data?.node, 'ThreadInvite').emailStatus).toBe('FAILED');

    // A later run changes nothing: the record is written once.
    await runCron(started + (INVITE_EMAIL_GIVE_UP_HOURS * 60 + 20) * MINUTE);
    const again = await failureRecord(inviteId, owner);
    expect(again.audits).toHaveLength(1);
    expect(again.inbox).toHaveLength(1);
  });

  it('closes, without telling the owner, a queued email whose invite was answered meanwhile', async () => {
    const started = Date.now();
    const owner = await insertUser();
    const thread = await seedThread(owner);
    const declined = await seedInvite(thread, { status: 'declined' });
    await runCron(started + (INVITE_EMAIL_GIVE_UP_HOURS * 60 + 1) * MINUTE);
    expect(await inviteRow(declined.id)).toMatchObject({
      status: 'declined',
      email_status: 'failed',
    });
    const record = await failureRecord(declined.id, owner);
    expect(record.audits).toHaveLength(1);
    expect(record.inbox).toEqual([]);
  });
});

describe('the dead-letter queue consumer', () => {
  async function deliverDeadLetters(queue: string, bodies: unknown[]) {
    const batch = createMessageBatch(
      queue,
      bodies.map((body, index) => ({
        id: `dlq-${index}`,
        timestamp: new Date(),
        attempts: 6,
        body,
      })),
    );
    const ctx = createExecutionContext();
    await worker.queue(batch, env);
    return getQueueResult(batch, ctx);
  }

  it('marks the invite failed, audits it and tells the owner; leaves sent invites alone', async () => {
    const owner = await insertUser();
    const thread = await seedThread(owner, { title: 'Dead letters' });
    const lost = await seedInvite(thread, { name: 'Dee Letter' });
    const sent = await seedInvite(thread, { name: 'Already Sent' });
    await env.DB.prepare("UPDATE thread_invites SET email_status = 'sent' WHERE id = ?")
      .bind(sent.id)
      .run();

    const result = await deliverDeadLetters('invite-emails-dlq', [
      { kind: 'thread-invite', inviteId: lost.id, token: lost.token },
      { kind: 'thread-invite', inviteId: sent.id },
      { kind: 'not-a-kind-we-know' },
    ]);
    expect(result.retryMessages).toEqual([]);
    expect([...result.explicitAcks].sort()).toEqual(['dlq-0', 'dlq-1', 'dlq-2']);

    expect(await inviteRow(lost.id)).toMatchObject({ email_status: 'failed' });
    expect(await inviteRow(sent.id)).toMatchObject({ email_status: 'sent' });
    const record = await failureRecord(lost.id, owner);
    expect(record.audits).toHaveLength(1);
    expect(JSON.parse(record.audits[0]?.changes_json ?? '{}')).toMatchObject({
      source: 'dead_letter',
    });
    expect(record.inbox).toEqual([
      expect.objectContaining({ subject_id: thread, title: expect.stringContaining('Dee Letter') }),
    ]);
    expect((await failureRecord(sent.id, owner)).audits).toEqual([]);
  });

  it("reads each environment's dead-letter queue the same way", async () => {
    const owner = await insertUser();
    const lost = await seedInvite(await seedThread(owner));
    await deliverDeadLetters('invite-emails-staging-dlq', [
      { kind: 'thread-invite', inviteId: lost.id },
    ]);
    expect(await inviteRow(lost.id)).toMatchObject({ email_status: 'failed' });
  });
});

describe('the invite email consumer giving up', () => {
  it('tells the owner too when the last attempt fails', async () => {
    const owner = await insertUser();
    const thread = await seedThread(owner);
    const invite = await seedInvite(thread, { name: 'Unlucky Guest' });
    // Outside development an unconfigured email provider refuses at once (no retry).
    const production = { ...env, ENVIRONMENT: 'production' } as Env;
    const batch = createMessageBatch('invite-emails', [
      {
        id: 'last-1',
        timestamp: new Date(),
        attempts: 1,
        body: { kind: 'thread-invite', inviteId: invite.id, token: invite.token },
      },
    ]);
    const ctx = createExecutionContext();
    await worker.queue(batch, production);
    expect((await getQueueResult(batch, ctx)).explicitAcks).toEqual(['last-1']);
    expect(await inviteRow(invite.id)).toMatchObject({ email_status: 'failed' });
    const record = await failureRecord(invite.id, owner);
    expect(record.audits).toHaveLength(1);
    expect(record.inbox).toEqual([
      expect.objectContaining({ title: expect.stringContaining('Unlucky Guest') }),
    ]);
  });
});

describe('an invite whose token cannot be derived again', () => {
  it('is failed at once rather than re-sent for hours (an invite older than derived tokens)', async () => {
    const owner = await insertUser();
    // seedInvite stores the digest of a random token, as invites made before derived tokens.
    const old = await seedInvite(await seedThread(owner), { name: 'Old Guest' });
    const batch = createMessageBatch('invite-emails', [
      {
        id: 'old-1',
        timestamp: new Date(),
        attempts: 1,
        body: { kind: 'thread-invite', inviteId: old.id },
      },
    ]);
    const ctx = createExecutionContext();
    await worker.queue(batch, env);
    expect((await getQueueResult(batch, ctx)).explicitAcks).toEqual(['old-1']);
    const row = await inviteRow(old.id);
    expect(row).toMatchObject({ email_status: 'failed' });
    expect(row?.email_error).toContain('INVITE_TOKEN_SECRET');
    const record = await failureRecord(old.id, owner);
    expect(record.audits).toHaveLength(1);
    expect(record.inbox).toEqual([
      expect.objectContaining({ title: expect.stringContaining('Old Guest') }),
    ]);
    const sent = await env.DB.prepare(
      "SELECT count(*) AS n FROM email_outbox WHERE related_type = 'ThreadInvite' AND related_id = ?",
    )
      .bind(old.id)
      .first<{ n: number }>();
    expect(sent?.n).toBe(0);
  });
});

describe('derived invite tokens', () => {
  it('are 32 URL-safe characters, the same for the same invite, different across invites', async () => {
    const one = await inviteTokenFor(env, 'thi_one');
    expect(one).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(await inviteTokenFor(env, 'thi_one')).toBe(one);
    expect(await inviteTokenFor(env, 'thi_two')).not.toBe(one);
  });

  it('depend on INVITE_TOKEN_SECRET; development and tests fall back to a derived secret', async () => {
    const configured = await inviteTokenFor(env, 'thi_same');
    const other = await inviteTokenFor(
      { ...env, INVITE_TOKEN_SECRET: 'another-secret-of-at-least-32-characters' } as Env,
      'thi_same',
    );
    expect(other).not.toBe(configured);
    const fallback = await inviteTokenFor(
      { ...env, INVITE_TOKEN_SECRET: undefined } as Env,
      'thi_same',
    );
    expect(fallback).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(fallback).not.toBe(configured);
  });

  it('are refused outside development without a strong INVITE_TOKEN_SECRET', async () => {
    for (const secret of [undefined, '', 'too-short']) {
      await expect(
        inviteTokenFor(
          { ...env, ENVIRONMENT: 'production', INVITE_TOKEN_SECRET: secret } as Env,
          'thi_x',
        ),
      ).rejects.toThrow(/INVITE_TOKEN_SECRET/);
    }
  });
});
