import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { REALTIME_LIMITS } from '../../src/realtime/limits';
import { RtInboxItemAddedDocument } from '../generated/graphql';
import { send, tokenFor } from '../helpers/client';
import { insertUser } from '../helpers/seed';
import { type SseStream, subscribe } from './sse';

describe('real-time limits and transports', () => {
  it('refuses a subscription past the per-user limit with SUBSCRIPTION_LIMIT_EXCEEDED', async () => {
    const user = await insertUser();
    const open: SseStream<unknown>[] = [];
    for (let i = 0; i < REALTIME_LIMITS.streamsPerUser; i++) {
      open.push(await subscribe(RtInboxItemAddedDocument, {}, { as: user }));
    }
    const refused = await subscribe(RtInboxItemAddedDocument, {}, { as: user });
    const answer = await refused.next();
    expect(answer.data?.errors?.[0]?.extensions?.code).toBe('SUBSCRIPTION_LIMIT_EXCEEDED');
    expect((await refused.next()).event).toBe('complete');
    // Another user is not affected.
    const other = await subscribe(RtInboxItemAddedDocument, {}, { as: await insertUser() });
    expect(other.response.status).toBe(200);
    for (const stream of [...open, other]) await stream.close();
  });

  it('streams over GET too (Yoga’s distinct connections: the operation in the query string)', async () => {
    const user = await insertUser();
    const query = encodeURIComponent(RtInboxItemAddedDocument.toString());
    const response = await send(`/graphql?query=${query}`, {
      headers: {
        Accept: 'text/event-stream',
        Authorization: `Bearer ${await tokenFor(user)}`,
        'x-graphql-yoga-csrf': '1',
      },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    await response.body?.cancel();
  });

  it('refuses a signed-out subscriber before the stream opens (the door’s 401)', async () => {
    const response = await send('/graphql', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'text/event-stream',
        Authorization: 'Bearer not-a-token',
      },
      body: JSON.stringify({ query: RtInboxItemAddedDocument.toString() }),
    });
    expect(response.status).toBe(401);
  });
});

describe('a stream that ends', () => {
  /** What the hub of `topic` holds, read until `done` says so (each read is one RPC round). */
  async function hubUntil(
    topic: string,
    done: (held: { streams: number; leases: number }) => boolean,
  ) {
    const hub = env.REALTIME_HUB.get(env.REALTIME_HUB.idFromName(topic));
    let held = await hub.listenerCount();
    for (let round = 0; round < 500 && !done(held); round++) held = await hub.listenerCount();
    return held;
  }

  it('gives back its listener socket and its lease when the client goes away', async () => {
    const user = await insertUser();
    const stream = await subscribe(RtInboxItemAddedDocument, {}, { as: user });
    // The inbox feed listens on the user's own hub, which also counts the user's leases.
    const open = await hubUntil(`user:${user}`, (held) => held.streams === 1);
    expect(open).toMatchObject({ streams: 1, leases: 1 });
    await stream.close();
    const closed = await hubUntil(
      `user:${user}`,
      (held) => held.streams === 0 && held.leases === 0,
    );
    expect(closed).toMatchObject({ streams: 0, leases: 0 });
  });
});

describe('the operation limits over SSE', () => {
  it('refuses a subscription that costs more than the limit before it streams (COST_LIMIT_EXCEEDED)', async () => {
    const user = await insertUser();
    const nested = (depth: number): string =>
      depth === 0
        ? 'id'
        : `thread { messages(first: 100) { edges { node { ${nested(depth - 1)} } } } }`;
    const response = await send('/graphql', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'text/event-stream',
        Authorization: `Bearer ${await tokenFor(user)}`,
      },
      body: JSON.stringify({
        query: `subscription Costly($threadId: ID!) { threadMessageAdded(threadId: $threadId) { a: ${nested(2)} b: ${nested(2)} c: ${nested(2)} } }`,
        variables: { threadId: 'VGhyZWFkOnRocl9ub25l' },
      }),
    });
    const text = await response.text();
    expect(text).toContain('"COST_LIMIT_EXCEEDED"');
    expect(text).not.toContain('"NOT_FOUND"');
  });
});
