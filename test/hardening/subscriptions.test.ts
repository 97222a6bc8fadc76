import { describe, expect, it } from 'vitest';
import { gql, send } from '../helpers/client';

// The schema has no Subscription type yet: a subscription operation is a client error (400) with
// a code programs can test, not a 200 with an untyped execution error.

const SUBSCRIPTION = 'subscription OnThreadMessage { threadMessageAdded { id } }';

describe('subscription operations', () => {
  it('answers 400 SUBSCRIPTIONS_NOT_SUPPORTED over POST, before anything runs', async () => {
    const result = await gql(SUBSCRIPTION);
    expect(result.status).toBe(400);
    expect(result.data ?? null).toBeNull();
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('Subscriptions are not served'),
        extensions: expect.objectContaining({ code: 'SUBSCRIPTIONS_NOT_SUPPORTED' }),
      }),
    ]);
    expect(result.extensions?.d1?.statements ?? 0).toBeLessThanOrEqual(2);
  });

  it('answers the same over GET and to an event-stream client', async () => {
    const overGet = await send(`/graphql?query=${encodeURIComponent(SUBSCRIPTION)}`, {
      headers: { 'x-graphql-yoga-csrf': '1' },
    });
    expect(overGet.status).toBe(400);
    const body = (await overGet.json()) as { errors?: { extensions?: { code?: string } }[] };
    expect(body.errors?.[0]?.extensions?.code).toBe('SUBSCRIPTIONS_NOT_SUPPORTED');

    const sse = await send('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' },
      body: JSON.stringify({ query: SUBSCRIPTION }),
    });
    expect(sse.status).toBe(400);
    expect(await sse.text()).toContain('SUBSCRIPTIONS_NOT_SUPPORTED');
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
