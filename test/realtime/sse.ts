import { expect } from 'vitest';
import type { TypedDocumentString } from '../generated/graphql';
import { send, tokenFor } from '../helpers/client';

/** One server-sent event of a GraphQL stream (`event: next` or `event: complete`). */
export interface SseEvent<T> {
  event: string;
  /** The SSE `id:` field: the event's id in the log, when it delivers one. */
  id?: string;
  data?: {
    data?: T | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
    extensions?: Record<string, unknown>;
  };
}

/**
 * A subscription streamed over SSE through the Worker's fetch, as a client reads it: `next()`
 * returns the next event (keep-alive comments skipped); `close()` cancels the response.
 */
export class SseStream<T> {
  private buffer = '';
  private readonly reader: ReadableStreamDefaultReader<Uint8Array>;
  private readonly decoder = new TextDecoder();

  constructor(readonly response: Response) {
    if (!response.body) throw new Error(`no body (status ${response.status})`);
    this.reader = response.body.getReader();
  }

  async next(): Promise<SseEvent<T>> {
    for (;;) {
      const end = this.buffer.indexOf('\n\n');
      if (end >= 0) {
        const frame = this.buffer.slice(0, end);
        this.buffer = this.buffer.slice(end + 2);
        const parsed = parseFrame<T>(frame);
        if (parsed) return parsed;
        continue;
      }
      const { done, value } = await this.reader.read();
      if (done) throw new Error(`stream ended; left: ${JSON.stringify(this.buffer)}`);
      this.buffer += this.decoder.decode(value, { stream: true });
    }
  }

  /** The next `next` event's payload, asserting it carries no error. */
  async nextData(): Promise<{ id?: string; data: T }> {
    const event = await this.next();
    expect(event.event).toBe('next');
    expect(event.data?.errors).toBeUndefined();
    return { id: event.id, data: event.data?.data as T };
  }

  async close() {
    await this.reader.cancel().catch(() => undefined);
  }
}

function parseFrame<T>(frame: string): SseEvent<T> | null {
  const fields: Record<string, string> = {};
  for (const line of frame.split('\n')) {
    if (line.startsWith(':') || line === '') continue;
    const colon = line.indexOf(':');
    const name = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    fields[name] = fields[name] === undefined ? value : `${fields[name]}\n${value}`;
  }
  if (fields.event === undefined) return null;
  return {
    event: fields.event,
    id: fields.id,
    data: fields.data ? JSON.parse(fields.data) : undefined,
  };
}

/** Opens a subscription as `as` over SSE (POST, `Accept: text/event-stream`). */
export async function subscribe<T, V>(
  document: TypedDocumentString<T, V>,
  variables: V,
  options: { as?: string; lastEventId?: string; headers?: Record<string, string> } = {},
): Promise<SseStream<T>> {
  const token = options.as ? await tokenFor(options.as) : undefined;
  const response = await send('/graphql', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'text/event-stream',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(options.lastEventId ? { 'Last-Event-ID': options.lastEventId } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  return new SseStream<T>(response);
}
