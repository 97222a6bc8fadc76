import { describe, expect, it } from 'vitest';
import { gql, send, tokenFor } from '../helpers/client';
import { insertUser } from '../helpers/seed';

// Subscriptions stream over SSE (test/realtime/). A request that cannot read a stream (it
// accepts JSON only) gets a clear client error with a code programs can test, not Yoga's bare
// 406 or a 200 with an untyped execution error.

const SUBSCRIPTION = 'subscription OnInbox { inboxItemAdded { id } }';

describe('subscription operations without an event stream', () => {
  it('answers 400 SUBSCRIPTION_NEEDS_EVENT_STREAM over POST asking for JSON, before anything runs', async () => {
    const user = await insertUser();
    const result = await gql(
      SUBSCRIPTION,
      {},
      { as: user, headers: { Accept: 'application/json' } },
    );
    expect(result.status).toBe(400);
    expect(result.data ?? null).toBeNull();
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('text/event-stream'),
        extensions: expect.objectContaining({ code: 'SUBSCRIPTION_NEEDS_EVENT_STREAM' }),
      }),
    ]);
  });

  it('takes q=0 as ruling text/event-stream out, even beside a wildcard', async () => {
    const user = await insertUser();
    for (const accept of [
      'text/event-stream;q=0, application/json',
      'application/json;q=0.9, text/event-stream; q=0',
      '*/*, text/event-stream;q=0.000',
      'text/*;q=0, application/json',
    ]) {
      const result = await gql(SUBSCRIPTION, {}, { as: user, headers: { Accept: accept } });
      expect(result.status, accept).toBe(400);
      expect(result.errors?.[0]?.extensions?.code).toBe('SUBSCRIPTION_NEEDS_EVENT_STREAM');
    }
    // A lower preference is still a yes: the stream opens.
    const streamed = await send('/graphql', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json, text/event-stream;q=0.5',
        Authorization: `Bearer ${await tokenFor(user)}`,
      },
      body: JSON.stringify({ query: SUBSCRIPTION }),
    });
    expect(streamed.status).toBe(200);
    expect(streamed.headers.get('content-type')).toContain('text/event-stream');
    await streamed.body?.cancel();
  });

  it('answers the same over GET asking for JSON', async () => {
    const user = await insertUser();
    const overGet = await send(`/graphql?query=${encodeURIComponent(SUBSCRIPTION)}`, {
      headers: {
        'x-graphql-yoga-csrf': '1',
        Accept: 'application/graphql-response+json',
        Authorization: `Bearer ${await tokenFor(user)}`,
      },
    });
    expect(overGet.status).toBe(400);
    const body = (await overGet.json()) as { errors?: { extensions?: { code?: string } }[] };
    expect(body.errors?.[0]?.extensions?.code).toBe('SUBSCRIPTION_NEEDS_EVENT_STREAM');
  });

  it('refuses an anonymous subscriber with a typed error in the stream', async () => {
    const sse = await send('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' },
      body: JSON.stringify({ query: SUBSCRIPTION }),
    });
    const text = await sse.text();
    expect(text).toContain('UNAUTHENTICATED');
    expect(text).toContain('event: complete');
  });

  it('still runs queries and mutations in a document that also holds a subscription', async () => {
    const result = await gql(`query Typename { __typename } ${SUBSCRIPTION}`, {}, {});
    // Two operations and no operationName: graphql-js asks which one, as for any document.
    expect(result.status).toBe(400);
    const named = await send('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        query: `query Typename { __typename } ${SUBSCRIPTION}`,
        operationName: 'Typename',
      }),
    });
    expect(named.status).toBe(200);
    expect(await named.json()).toMatchObject({ data: { __typename: 'Query' } });
  });
});
