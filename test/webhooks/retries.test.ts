import { env } from 'cloudflare:workers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_QUEUE_DELAY_SECONDS, retryDelaySeconds } from '../../src/resolvers/webhooks/schedule';
import { WebhooksDeliveriesDocument, WebhooksRedeliverDocument } from '../generated/graphql';
import { gql, mutate, variant } from '../helpers/client';
import { addMember, insertUser, insertWorkspace } from '../helpers/seed';
import { gid } from '../helpers/work-seed';
import {
  ageRound,
  consume,
  createEndpoint,
  deliveryRow,
  heldQueue,
  type QueuedAttempt,
  standInReceiver,
} from './helpers';

afterEach(() => {
  vi.restoreAllMocks();
});

async function managedWorkspace() {
  const owner = await insertUser();
  const workspace = await insertWorkspace(owner);
  return { owner, workspace, workspaceId: gid('Workspace', workspace) };
}

/** An endpoint whose ping is the delivery under test: returns the ping's first message. */
async function endpointWithPing(owner: string, workspaceId: string) {
  const queue = heldQueue();
  const created = await createEndpoint(owner, workspaceId);
  const [ping] = queue.take();
  return { ...created, queue, ping: ping as QueuedAttempt };
}

describe('webhook retries', () => {
  it('computes waits that grow, stay under the queue maximum, and end after 24 hours', () => {
    const start = new Date('2030-01-01T00:00:00.000Z');
    const middle = () => 0.5;
    expect(retryDelaySeconds(start, start, middle)).toBe(60);
    expect(retryDelaySeconds(start, new Date(start.getTime() + 3600_000), middle)).toBe(7200);
    // Jitter moves a wait by at most 20 % either way.
    expect(retryDelaySeconds(start, start, () => 0)).toBe(48);
    expect(retryDelaySeconds(start, start, () => 0.999999)).toBe(72);
    // Never past the queue's maximum delay, and the last attempt falls at the 24-hour mark.
    const at = (hours: number) => new Date(start.getTime() + hours * 3600_000);
    expect(retryDelaySeconds(start, at(10), middle)).toBe(MAX_QUEUE_DELAY_SECONDS);
    expect(retryDelaySeconds(start, at(20), middle)).toBe(4 * 3600);
    expect(retryDelaySeconds(start, at(24), middle)).toBeNull();
  });

  it('retries a failing receiver with growing delays, the same webhook-id, then marks it failed', async () => {
    const { owner, workspaceId } = await managedWorkspace();
    const longBody = 'x'.repeat(5000);
    const receiver = standInReceiver([{ status: 503, body: longBody }]);
    const { endpoint, queue, ping } = await endpointWithPing(owner, workspaceId);

    const delays: number[] = [];
    let message: QueuedAttempt | undefined = ping;
    while (message) {
      await consume([message]);
      [message] = queue.take();
      if (message) {
        expect(message.attempt).toBe(delays.length + 2);
        delays.push(message.delaySeconds as number);
        // Time passes (the round moves back by the wait) instead of the test waiting.
        await ageRound(ping.deliveryId, message.delaySeconds as number);
      }
    }
    // About ten attempts over 24 hours, each wait longer than the one before up to the longest;
    // at most one shorter wait follows it, the one that lands on the 24-hour mark.
    expect(delays.length).toBeGreaterThanOrEqual(8);
    expect(delays.length).toBeLessThanOrEqual(12);
    const peak = delays.indexOf(Math.max(...delays));
    for (let i = 1; i <= peak; i++) {
      expect(delays[i]).toBeGreaterThan(delays[i - 1] as number);
    }
    expect(delays.length - 1 - peak).toBeLessThanOrEqual(1);
    expect(delays[0]).toBeLessThanOrEqual(72);
    expect(Math.max(...delays)).toBeLessThanOrEqual(MAX_QUEUE_DELAY_SECONDS);
    const total = delays.reduce((sum, delay) => sum + delay, 0);
    expect(total).toBeGreaterThan(23 * 3600);
    expect(total).toBeLessThanOrEqual(24 * 3600);

    const row = await deliveryRow(ping.deliveryId);
    expect(row).toMatchObject({ status: 'failed', attempts: delays.length + 1 });
    expect(new Set(receiver.requests.map((r) => r.headers['webhook-id']))).toEqual(
      new Set([ping.deliveryId]),
    );

    // The log: every attempt with its status, its answer cut to 1 KB.
    const log = await gql(
      WebhooksDeliveriesDocument,
      { endpointId: endpoint.id, status: 'FAILED' },
      { as: owner },
    );
    const [edge] = log.data?.webhookDeliveries.edges ?? [];
    expect(edge?.node).toMatchObject({
      webhookId: ping.deliveryId,
      eventType: 'webhook.ping',
      status: 'FAILED',
      attemptCount: delays.length + 1,
      lastStatusCode: 503,
    });
    expect(edge?.node.attempts).toHaveLength(delays.length + 1);
    for (const attempt of edge?.node.attempts ?? []) {
      expect(attempt.statusCode).toBe(503);
      expect(attempt.responseBody).toBe(longBody.slice(0, 1024));
      expect(attempt.error).toBe('HTTP 503.');
    }
    const pending = await gql(
      WebhooksDeliveriesDocument,
      { endpointId: endpoint.id, status: 'PENDING' },
      { as: owner },
    );
    expect(pending.data?.webhookDeliveries.totalCount).toBe(0);
  });

  it('records a redirect as a failure without following it, and drops a duplicate message', async () => {
    const { owner, workspaceId } = await managedWorkspace();
    const receiver = standInReceiver([
      { status: 302, headers: { location: 'http://169.254.169.254/latest' } },
    ]);
    const { queue, ping } = await endpointWithPing(owner, workspaceId);
    await consume([ping, ping]);
    // One attempt although the message came twice.
    expect(receiver.requests).toHaveLength(1);
    expect(await deliveryRow(ping.deliveryId)).toMatchObject({
      status: 'pending',
      attempts: 1,
      last_error: 'Redirect to http://169.254.169.254/latest not followed.',
    });
    expect(queue.take()).toHaveLength(1);
  });

  it('holds deliveries past the per-endpoint rate in the queue without attempting them', async () => {
    const { owner, workspaceId } = await managedWorkspace();
    const receiver = standInReceiver();
    const { queue, ping } = await endpointWithPing(owner, workspaceId);
    const onePerMinute = { ...env, WEBHOOK_MAX_DELIVERIES_PER_MINUTE: '1' } as Env;
    await consume([ping], onePerMinute);
    expect(receiver.requests).toHaveLength(1);
    // The same delivery sent again at once: over the rate, so it waits a minute, unattempted.
    const again = await redeliver(owner, ping.deliveryId, queue);
    await consume([again], onePerMinute);
    expect(receiver.requests).toHaveLength(1);
    expect(queue.take()).toEqual([{ ...again, delaySeconds: 60 }]);
    expect(await deliveryRow(ping.deliveryId)).toMatchObject({ status: 'pending', attempts: 1 });
  });

  it('gives an attempt back when the gateway itself fails, and acks dead letters for the cron', async () => {
    const { owner, workspaceId } = await managedWorkspace();
    const receiver = standInReceiver();
    const { endpoint, ping } = await endpointWithPing(owner, workspaceId);
    // A secret that no longer opens (the Worker secret changed, say): signing throws.
    await env.DB.prepare("UPDATE webhook_endpoints SET encrypted_secret = 'v1.AAAA' WHERE id = ?")
      .bind(atob(endpoint.id).split(':')[1])
      .run();
    const result = await consume([ping]);
    expect(result.retryMessages).toHaveLength(1);
    expect(receiver.requests).toHaveLength(0);
    // Not counted as an attempt: the queue's retry of the same message may take it again.
    expect(await deliveryRow(ping.deliveryId)).toMatchObject({ status: 'pending', attempts: 0 });

    // Past the queue's retries the message is dead-lettered: acked, the delivery left pending
    // for the frequent cron to send again once it is overdue.
    const dead = await consume([ping], env, 'webhook-deliveries-dlq');
    expect(dead.explicitAcks).toHaveLength(1);
    expect(await deliveryRow(ping.deliveryId)).toMatchObject({ status: 'pending', attempts: 0 });
  });

  it('disables an endpoint after 5 failed deliveries in a row and tells its owner', async () => {
    const { owner, workspaceId } = await managedWorkspace();
    standInReceiver(['network-error']);
    const { endpoint, queue, ping } = await endpointWithPing(owner, workspaceId);
    const endpointId = atob(endpoint.id).split(':')[1] as string;
    const state = () =>
      env.DB.prepare(
        'SELECT status, consecutive_failures, disabled_reason FROM webhook_endpoints WHERE id = ?',
      )
        .bind(endpointId)
        .first<{ status: string; consecutive_failures: number; disabled_reason: string | null }>();

    // Each delivery's round is 24 hours old, so its one attempt is its last: it fails at once.
    const failOnce = async (message: QueuedAttempt) => {
      await ageRound(message.deliveryId, 25 * 3600);
      await consume([message]);
      expect((await deliveryRow(message.deliveryId))?.status).toBe('failed');
    };
    await failOnce(ping);
    for (let i = 0; i < 3; i++) {
      await failOnce(await redeliver(owner, ping.deliveryId, queue));
    }
    expect(await state()).toMatchObject({ status: 'enabled', consecutive_failures: 4 });
    const inboxBefore = await inboxOf(owner);
    expect(inboxBefore).toHaveLength(0);

    await failOnce(await redeliver(owner, ping.deliveryId, queue));
    expect(await state()).toMatchObject({ status: 'disabled', consecutive_failures: 5 });
    expect((await state())?.disabled_reason).toContain('5 failed deliveries in a row');
    const inbox = await inboxOf(owner);
    expect(inbox).toHaveLength(1);
    expect(inbox[0]).toMatchObject({ kind: 'system', subject_id: endpointId });
    const audit = await env.DB.prepare(
      "SELECT actor_id FROM audit_logs WHERE target_id = ? AND action = 'webhook_endpoint.disable'",
    )
      .bind(endpointId)
      .all();
    expect(audit.results).toEqual([{ actor_id: null }]);
    const event = await env.DB.prepare(
      "SELECT count(*) AS n FROM domain_events WHERE type = 'inbox_item.created' AND user_id = ?",
    )
      .bind(owner)
      .first<{ n: number }>();
    expect(event?.n).toBe(1);

    // A disabled endpoint gets nothing: a redelivery ends failed without a request, and without
    // counting an attempt it did not make.
    const attemptsBefore = (await deliveryRow(ping.deliveryId))?.attempts;
    const message = await redeliver(owner, ping.deliveryId, queue);
    await consume([message]);
    expect(await deliveryRow(ping.deliveryId)).toMatchObject({
      status: 'failed',
      last_error: 'The endpoint is disabled.',
      attempts: attemptsBefore,
    });
    expect((await inboxOf(owner)).length).toBe(1);
  });

  it('redelivers a delivery with the same webhook-id, for its managers only, audited', async () => {
    const { owner, workspace, workspaceId } = await managedWorkspace();
    const member = await insertUser();
    await addMember(workspace, member, 'member');
    const receiver = standInReceiver([{ status: 500 }, { status: 204 }]);
    const { queue, ping } = await endpointWithPing(owner, workspaceId);
    await ageRound(ping.deliveryId, 25 * 3600);
    await consume([ping]);
    expect((await deliveryRow(ping.deliveryId))?.status).toBe('failed');

    const deliveryId = gid('WebhookDelivery', ping.deliveryId);
    const hidden = await mutate(WebhooksRedeliverDocument, { deliveryId }, member);
    expect(hidden?.__typename).toBe('NotFoundError');
    const message = await redeliver(owner, ping.deliveryId, queue);
    const busy = await mutate(WebhooksRedeliverDocument, { deliveryId }, owner);
    expect(busy?.__typename).toBe('ConflictError');
    await consume([message]);
    expect(await deliveryRow(ping.deliveryId)).toMatchObject({ status: 'succeeded', attempts: 2 });
    expect(receiver.requests.map((r) => r.headers['webhook-id'])).toEqual([
      ping.deliveryId,
      ping.deliveryId,
    ]);
    const audit = await env.DB.prepare(
      "SELECT actor_id FROM audit_logs WHERE target_id = ? AND action = 'webhook_delivery.redeliver'",
    )
      .bind(ping.deliveryId)
      .all();
    expect(audit.results).toEqual([{ actor_id: owner }]);
  });
});

async function redeliver(
  owner: string,
  deliveryId: string,
  queue: ReturnType<typeof heldQueue>,
): Promise<QueuedAttempt> {
  const result = variant(
    await mutate(
      WebhooksRedeliverDocument,
      { deliveryId: gid('WebhookDelivery', deliveryId) },
      owner,
    ),
    'RedeliverWebhookEventSuccess',
  );
  expect(result.data.status).toBe('PENDING');
  const [message] = queue.take();
  expect(message?.deliveryId).toBe(deliveryId);
  return message as QueuedAttempt;
}

async function inboxOf(userId: string) {
  const { results } = await env.DB.prepare(
    'SELECT kind, title, subject_id FROM inbox_items WHERE user_id = ?',
  )
    .bind(userId)
    .all<{ kind: string; title: string; subject_id: string }>();
  return results;
}
