import { env } from 'cloudflare:workers';
import { createClient, type ExecutionResult } from 'graphql-ws';
import { describe, expect, it } from 'vitest';
import { RtSendThreadMessageDocument, RtThreadMessageAddedDocument } from '../generated/graphql';
import { gql, tokenFor, variant } from '../helpers/client';
import { WorkerWebSocket } from '../helpers/socket';
import { globalId, threadWithMember } from '../threads/helpers';

describe('GraphQL over WebSocket with the graphql-ws client (the documented way)', () => {
  it('connects with the token in connectionParams and receives a message as it is sent', async () => {
    const { owner, member: guest, thread } = await threadWithMember();

    // Subscribing from the log's current end: whether the subscribe or the message reaches
    // the gateway first, the message is delivered (live, or replayed from the log).
    const head = await env.DB.prepare(
      'SELECT coalesce(max(id), 0) AS id FROM domain_events',
    ).first<{
      id: number;
    }>();
    const client = createClient({
      url: 'ws://gateway.test/graphql',
      webSocketImpl: WorkerWebSocket,
      connectionParams: async () => ({ authorization: `Bearer ${await tokenFor(guest)}` }),
      retryAttempts: 0,
    });
    const results = client.iterate({
      query: RtThreadMessageAddedDocument.toString(),
      variables: { threadId: thread },
      extensions: { lastEventId: String(head?.id ?? 0) },
    });
    const first = results.next();

    const sent = await gql(
      RtSendThreadMessageDocument,
      { input: { threadId: thread, body: 'Hi from the other side' } },
      { as: owner },
    );
    const messageId = variant(sent.data?.sendThreadMessage, 'SendThreadMessageSuccess').data.id;
    const { value } = (await first) as { value: ExecutionResult<Record<string, unknown>> };
    expect(value.data).toEqual({
      threadMessageAdded: {
        id: messageId,
        body: 'Hi from the other side',
        sender: { id: globalId('User', owner) },
      },
    });
    expect(typeof value.extensions?.eventId).toBe('number');
    await results.return?.();
    await client.dispose();
  });
});
