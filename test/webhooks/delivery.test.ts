import { createScheduledController } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { Webhook } from 'standardwebhooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import worker from '../../src/index';
import { FREQUENT_CRON } from '../../src/jobs/scheduled';
import { dispatchWebhookEvents } from '../../src/resolvers/webhooks/dispatch';
import { WebhooksCreateWorkItemDocument, WebhooksDeliveriesDocument } from '../generated/graphql';
import { gql, mutate } from '../helpers/client';
import { addMember, insertUser, insertWorkspace } from '../helpers/seed';
import { gid } from '../helpers/work-seed';
import {
  consume,
  createEndpoint,
  createWorkItem,
  deliveryRow,
  heldQueue,
  standInReceiver,
} from './helpers';

afterEach(() => {
  vi.restoreAllMocks();
});

const rawId = (globalId: string) => atob(globalId).split(':')[1] as string;

/** A workspace with its owner (who manages its endpoint) and a plain member (who writes). */
async function team() {
  const owner = await insertUser();
  const member = await insertUser();
  const workspace = await insertWorkspace(owner);
  await addMember(workspace, member, 'member');
  return { owner, member, workspace, workspaceId: gid('Workspace', workspace) };
}

/** The deliveries of an endpoint, oldest first. */
async function deliveriesOf(endpointGlobalId: string) {
  const { results } = await env.DB.prepare(
    'SELECT id, event_type, subject_id, status, attempts, last_error FROM webhook_deliveries WHERE endpoint_id = ? ORDER BY created_at, id',
  )
    .bind(rawId(endpointGlobalId))
    .all<{
      id: string;
      event_type: string;
      subject_id: string | null;
      status: string;
      attempts: number;
      last_error: string | null;
    }>();
  return results;
}

/** The delivery of `eventType` to the endpoint, once the mutation's after-response dispatch made it. */
async function awaitDelivery(endpointGlobalId: string, eventType: string) {
  return vi.waitFor(async () => {
    const delivery = (await deliveriesOf(endpointGlobalId)).find((d) => d.event_type === eventType);
    if (!delivery) throw new Error(`no ${eventType} delivery yet`);
    return delivery;
  });
}

describe('webhook deliveries', () => {
  it("sends a mutation's event, enqueued after the response, with the subject as the owner sees it", async () => {
    const { owner, member, workspaceId } = await team();
    const queue = heldQueue();
    const receiver = standInReceiver();
    const { secret, endpoint } = await createEndpoint(owner, workspaceId);
    const item = await createWorkItem(member, workspaceId, { title: 'Ship the hooks' });

    const delivery = await awaitDelivery(endpoint.id, 'work_item.created');
    expect(delivery.subject_id).toBe(item.id);
    // The mutation's own dispatch (waitUntil) enqueued it.
    await vi.waitFor(() =>
      expect(queue.sent.some((m) => m.deliveryId === delivery.id && m.attempt === 1)).toBe(true),
    );
    const messages = queue.take();
    await consume(messages.filter((m) => m.deliveryId === delivery.id));

    expect(receiver.requests).toHaveLength(1);
    const request = receiver.requests[0] as (typeof receiver.requests)[number];
    const payload = new Webhook(secret).verify(request.body, request.headers) as {
      id: string;
      type: string;
      timestamp: string;
      data: Record<string, unknown>;
    };
    expect(request.headers['webhook-id']).toBe(delivery.id);
    expect(payload).toMatchObject({
      id: delivery.id,
      type: 'work_item.created',
      data: {
        workspaceId,
        actorId: gid('User', member),
        subject: {
          __typename: 'WorkItem',
          id: item.id,
          title: 'Ship the hooks',
          visibility: 'SQUAD',
          owner: { id: gid('User', member) },
          workspace: { id: workspaceId },
        },
      },
    });
    expect(Date.parse(payload.timestamp)).not.toBeNaN();
    expect((await deliveryRow(delivery.id))?.status).toBe('succeeded');
  });

  it('does not deliver an event about an item the endpoint owner cannot see (skipped)', async () => {
    const { owner, member, workspaceId } = await team();
    heldQueue();
    const receiver = standInReceiver();
    const { endpoint } = await createEndpoint(owner, workspaceId);
    await createWorkItem(member, workspaceId, { title: 'My secret plan', visibility: 'PRIVATE' });
    const delivery = await awaitDelivery(endpoint.id, 'work_item.created');
    // Not attempted yet (nobody has checked what the owner may see): the log names nothing.
    const pending = await gql(
      WebhooksDeliveriesDocument,
      { endpointId: endpoint.id, status: 'PENDING' },
      { as: owner },
    );
    expect(
      pending.data?.webhookDeliveries.edges
        .map((edge) => edge.node)
        .filter((node) => node.eventType === 'work_item.created'),
    ).toEqual([expect.objectContaining({ status: 'PENDING', subjectId: null })]);
    await consume([{ deliveryId: delivery.id, attempt: 1 }]);

    expect(receiver.requests).toHaveLength(0);
    const row = await deliveryRow(delivery.id);
    expect(row?.status).toBe('skipped');
    expect(row?.last_error).toContain('not visible');
    const attempts = await env.DB.prepare(
      'SELECT count(*) AS n FROM webhook_delivery_attempts WHERE delivery_id = ?',
    )
      .bind(delivery.id)
      .first<{ n: number }>();
    expect(attempts?.n).toBe(0);

    // The log tells the workspace's managers it was skipped, not which item it was about.
    const log = await gql(
      WebhooksDeliveriesDocument,
      { endpointId: endpoint.id, status: 'SKIPPED' },
      { as: owner },
    );
    const listed = log.data?.webhookDeliveries.edges.map((edge) => edge.node) ?? [];
    expect(listed).toEqual([
      expect.objectContaining({
        eventType: 'work_item.created',
        status: 'SKIPPED',
        subjectId: null,
        // No POST was made: the attempt it claimed is not counted.
        attemptCount: 0,
        attempts: [],
      }),
    ]);
  });

  it('skips the events of an endpoint whose owner was demoted from admin since it was made', async () => {
    const { member, workspace, workspaceId } = await team();
    const admin = await insertUser();
    await addMember(workspace, admin, 'admin');
    heldQueue();
    const receiver = standInReceiver();
    const { endpoint } = await createEndpoint(admin, workspaceId);
    await env.DB.prepare(
      "UPDATE workspace_members SET role = 'member' WHERE workspace_id = ? AND user_id = ?",
    )
      .bind(workspace, admin)
      .run();
    // Seen by every member: only the demotion keeps it from the endpoint.
    await createWorkItem(member, workspaceId, { title: 'For the squad', visibility: 'SQUAD' });
    const delivery = await awaitDelivery(endpoint.id, 'work_item.created');
    await consume([{ deliveryId: delivery.id, attempt: 1 }]);

    expect(receiver.requests).toHaveLength(0);
    const row = await deliveryRow(delivery.id);
    expect(row?.status).toBe('skipped');
    expect(row?.last_error).toContain('no longer manages');
  });

  it('enqueues nothing for a refused mutation', async () => {
    const { owner, workspaceId } = await team();
    const queue = heldQueue();
    const { endpoint } = await createEndpoint(owner, workspaceId);
    queue.take();
    const stranger = await insertUser();
    const refused = await mutate(
      WebhooksCreateWorkItemDocument,
      { workspaceId, title: 'Not yours' },
      stranger,
    );
    expect(refused?.__typename).toBe('NotFoundError');
    // Whatever ran after that response, a dispatch now finds no event of it.
    await dispatchWebhookEvents(env);
    expect((await deliveriesOf(endpoint.id)).map((d) => d.event_type)).toEqual(['webhook.ping']);
    const pingId = (await deliveriesOf(endpoint.id))[0]?.id;
    expect(queue.sent.filter((m) => m.deliveryId !== pingId)).toEqual([]);
  });

  it('creates one delivery per event and endpoint when two dispatchers run at once', async () => {
    const { owner, member, workspaceId } = await team();
    const queue = heldQueue();
    const first = await createEndpoint(owner, workspaceId);
    const second = await createEndpoint(owner, workspaceId);
    await createWorkItem(member, workspaceId);
    await createWorkItem(member, workspaceId);
    await Promise.all([dispatchWebhookEvents(env), dispatchWebhookEvents(env)]);
    for (const { endpoint } of [first, second]) {
      await vi.waitFor(async () =>
        expect(
          (await deliveriesOf(endpoint.id)).filter((d) => d.event_type === 'work_item.created'),
        ).toHaveLength(2),
      );
    }
    const ids = [
      ...(await deliveriesOf(first.endpoint.id)),
      ...(await deliveriesOf(second.endpoint.id)),
    ].map((d) => d.id);
    await vi.waitFor(() =>
      expect(queue.sent.filter((m) => ids.includes(m.deliveryId))).toHaveLength(6),
    );
    // Each delivery enqueued once: no Worker took an event another had matched.
    const sentIds = queue.sent.filter((m) => ids.includes(m.deliveryId)).map((m) => m.deliveryId);
    expect(new Set(sentIds).size).toBe(6);
  });

  it('is caught up by the frequent cron: events no request dispatched, and overdue deliveries', async () => {
    const { owner, workspace, workspaceId } = await team();
    const queue = heldQueue();
    const { endpoint } = await createEndpoint(owner, workspaceId);
    const [ping] = queue.take();
    // An event committed by a Worker that stopped before dispatching it.
    const subject = gid('WorkItem', 'wki_gone');
    await env.DB.prepare(
      "INSERT INTO domain_events (type, workspace_id, subject_id, actor_id) VALUES ('work_item.created', ?, ?, ?)",
    )
      .bind(workspace, subject, owner)
      .run();
    // And the ping, whose message was lost: pending, far past its time.
    await env.DB.prepare('UPDATE webhook_deliveries SET next_attempt_at = ? WHERE id = ?')
      .bind(new Date(Date.now() - 3600_000).toISOString(), ping?.deliveryId)
      .run();

    await worker.scheduled(
      createScheduledController({ scheduledTime: Date.now(), cron: FREQUENT_CRON }),
      env,
    );
    const created = (await deliveriesOf(endpoint.id)).find((d) => d.subject_id === subject);
    expect(created?.status).toBe('pending');
    expect(queue.sent).toEqual(
      expect.arrayContaining([
        { deliveryId: created?.id, attempt: 1 },
        { deliveryId: ping?.deliveryId, attempt: 1 },
      ]),
    );
  });

  it('prunes finished deliveries after 30 days on the daily cron, and keeps the rest', async () => {
    const { owner, workspaceId } = await team();
    const queue = heldQueue();
    const old = await createEndpoint(owner, workspaceId);
    const recent = await createEndpoint(owner, workspaceId);
    const [oldPing, recentPing] = queue.take();
    const finish = (id: string | undefined, daysAgo: number) =>
      env.DB.prepare(
        "UPDATE webhook_deliveries SET status = 'succeeded', completed_at = ? WHERE id = ?",
      )
        .bind(new Date(Date.now() - daysAgo * 86_400_000).toISOString(), id)
        .run();
    await finish(oldPing?.deliveryId, 31);
    await finish(recentPing?.deliveryId, 29);
    await worker.scheduled(
      createScheduledController({ scheduledTime: Date.now(), cron: '15 0 * * *' }),
      env,
    );
    expect(await deliveriesOf(old.endpoint.id)).toEqual([]);
    expect(await deliveriesOf(recent.endpoint.id)).toHaveLength(1);
  });
});
