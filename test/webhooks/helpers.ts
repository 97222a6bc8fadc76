import { createExecutionContext, createMessageBatch, getQueueResult } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { vi } from 'vitest';
import worker from '../../src/index';
import {
  type WebhookEventType,
  WebhooksCreateEndpointDocument,
  WebhooksCreateWorkItemDocument,
  type WorkItemVisibility,
} from '../generated/graphql';
import { mutate, variant } from '../helpers/client';

/** Where the stand-in receiver listens (every URL under it). */
export const RECEIVER = 'https://receiver.example.test';

export interface ReceivedRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string;
}

/** What the stand-in answers: a status (and body), or a network failure. */
export type Answer =
  | { status: number; body?: string; headers?: Record<string, string> }
  | 'network-error';

/**
 * A stand-in webhook receiver speaking HTTP: every fetch to RECEIVER is recorded and answered
 * with the next of `answers` (the last one repeats); other URLs go to the real fetch.
 */
export function standInReceiver(answers: Answer[] = [{ status: 200, body: 'ok' }]) {
  const requests: ReceivedRequest[] = [];
  const inits: (RequestInit | undefined)[] = [];
  const realFetch = globalThis.fetch;
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const request = new Request(input as RequestInfo, init);
    if (!request.url.startsWith(RECEIVER)) return realFetch(input as RequestInfo, init);
    requests.push({
      url: request.url,
      method: request.method,
      headers: Object.fromEntries(request.headers),
      body: await request.text(),
    });
    inits.push(init);
    const answer = answers[Math.min(requests.length - 1, answers.length - 1)] as Answer;
    if (answer === 'network-error') throw new TypeError('Network connection lost.');
    return new Response(answer.body ?? '', { status: answer.status, headers: answer.headers });
  });
  return { requests, inits };
}

export interface QueuedAttempt {
  deliveryId: string;
  attempt: number;
  delaySeconds?: number;
}

/**
 * Holds what the Worker puts on the webhook queue (instead of the local queue running the
 * consumer on its own schedule), so a test hands each message to the Worker's `queue` export.
 */
export function heldQueue() {
  const sent: QueuedAttempt[] = [];
  vi.spyOn(env.WEBHOOK_QUEUE, 'sendBatch').mockImplementation(async (messages) => {
    for (const message of messages) {
      const body = message.body as { deliveryId: string; attempt: number };
      sent.push({
        deliveryId: body.deliveryId,
        attempt: body.attempt,
        ...(message.delaySeconds ? { delaySeconds: message.delaySeconds } : {}),
      });
    }
    return {} as QueueSendBatchResponse;
  });
  /** Takes every held message (leaving none). */
  const take = () => sent.splice(0, sent.length);
  return { sent, take };
}

/** Delivers messages to the Worker's `queue` export, as the webhook queue would. */
export async function consume(
  messages: readonly QueuedAttempt[],
  workerEnv: Env = env,
  queue = 'webhook-deliveries',
) {
  const batch = createMessageBatch(
    queue,
    messages.map((message, i) => ({
      id: `msg-${i}-${message.deliveryId}-${message.attempt}`,
      timestamp: new Date(),
      attempts: 1,
      body: { kind: 'webhook-delivery', deliveryId: message.deliveryId, attempt: message.attempt },
    })),
  );
  const ctx = createExecutionContext();
  await worker.queue(batch, workerEnv);
  return getQueueResult(batch, ctx);
}

/** Creates an endpoint as `as` (a manager) and returns it with its secret. */
export async function createEndpoint(
  as: string,
  workspaceId: string,
  events: WebhookEventType[] = ['WORK_ITEM_CREATED'],
  url = `${RECEIVER}/hooks/${crypto.randomUUID()}`,
) {
  const created = variant(
    await mutate(WebhooksCreateEndpointDocument, { workspaceId, url, events }, as),
    'CreateWebhookEndpointSuccess',
  );
  return created.data;
}

/** A work item created through the API (its event is appended in the mutation's batch). */
export async function createWorkItem(
  as: string,
  workspaceId: string,
  fields: { title?: string; visibility?: WorkItemVisibility } = {},
) {
  const created = variant(
    await mutate(
      WebhooksCreateWorkItemDocument,
      {
        workspaceId,
        title: fields.title ?? 'Hooked item',
        visibility: fields.visibility ?? 'SQUAD',
      },
      as,
    ),
    'CreateWorkItemSuccess',
  );
  return created.data;
}

/** A delivery row as stored. */
export async function deliveryRow(id: string) {
  return env.DB.prepare('SELECT * FROM webhook_deliveries WHERE id = ?').bind(id).first<{
    id: string;
    status: string;
    attempts: number;
    round_started_at: string;
    next_attempt_at: string | null;
    last_error: string | null;
    event_type: string;
  }>();
}

/** Moves a delivery's round back in time by `seconds` (fake time instead of waiting). */
export async function ageRound(deliveryId: string, seconds: number) {
  await env.DB.prepare(
    "UPDATE webhook_deliveries SET round_started_at = strftime('%Y-%m-%dT%H:%M:%fZ', round_started_at, ?) WHERE id = ?",
  )
    .bind(`-${seconds} seconds`, deliveryId)
    .run();
}
