import {
  createExecutionContext,
  createMessageBatch,
  getQueueResult,
  waitOnExecutionContext,
} from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { vi } from 'vitest';
import type { AnalyticsRecord } from '../../src/analytics/record';
import worker from '../../src/index';
import type { TypedDocumentString } from '../generated/graphql';
import { tokenFor } from '../helpers/client';

/**
 * Analytics tests: operations through the Worker's own fetch, their records captured where they
 * leave for the queue (held back, so nothing reaches the consumer by itself), then delivered to
 * the Worker's queue handler as the queue would deliver them.
 */
export function holdRecords() {
  const held: AnalyticsRecord[] = [];
  const send = vi.spyOn(env.ANALYTICS_QUEUE, 'send').mockImplementation(async (body) => {
    held.push(structuredClone(body) as AnalyticsRecord);
    return { metadata: { metrics: { backlogCount: 0, backlogBytes: 0 } } };
  });
  return {
    /** Records sent so far, and forgets them. */
    take: () => held.splice(0, held.length),
    restore: () => send.mockRestore(),
  };
}

export interface Sent {
  status: number;
  body: { data?: unknown; errors?: { extensions?: Record<string, unknown> }[] };
}

/**
 * Runs an operation through the Worker's fetch, with analytics on (the suite's config turns it
 * off elsewhere), and waits for what it left to `waitUntil` (the analytics send), so its record
 * has been sent when this returns. `bindings` replace bindings.
 */
export async function run<R, V>(
  document: TypedDocumentString<R, V> | string,
  variables: V,
  options: {
    as?: string;
    token?: string;
    headers?: Record<string, string>;
    bindings?: Partial<Env>;
  } = {},
): Promise<Sent> {
  const token = options.token ?? (options.as ? await tokenFor(options.as) : undefined);
  const request = new Request('http://gateway.test/graphql', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  const ctx = createExecutionContext();
  const response = await worker.fetch(
    request as Request<unknown, IncomingRequestCfProperties>,
    { ...env, ANALYTICS_CAPTURE: 'true', ...options.bindings },
    ctx,
  );
  const body = (await response.json()) as Sent['body'];
  await waitOnExecutionContext(ctx);
  return { status: response.status, body };
}

let delivery = 0;

/** A fresh message id, as the queue gives each message. */
export function messageId(): string {
  delivery += 1;
  return `analytics-msg-${delivery}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Delivers records (with the given message ids) to the Worker's queue handler. */
export async function deliver(messages: { id: string; body: unknown }[], attempts = 1) {
  const batch = createMessageBatch(
    'api-analytics',
    messages.map(({ id, body }) => ({ id, timestamp: new Date(), attempts, body })),
  );
  const ctx = createExecutionContext();
  await worker.queue(batch, env);
  return getQueueResult(batch, ctx);
}

/** Records as first deliveries, each with a new message id. */
export const asMessages = (records: readonly unknown[]) =>
  records.map((body) => ({ id: messageId(), body }));

/** An ISO range around now, wide enough for every record of a test. */
export function aroundNow(hours = 2) {
  const now = Date.now();
  return {
    from: new Date(now - hours * 3_600_000).toISOString(),
    to: new Date(now + hours * 3_600_000).toISOString(),
  };
}
