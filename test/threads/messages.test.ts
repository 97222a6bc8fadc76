import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { gql } from '../helpers/client';
import { insertUser } from '../helpers/seed';
import { globalId, rawId, seedThread } from './helpers';

async function addParticipant(threadId: string, userId: string | null, email?: string) {
  await env.DB.prepare(
    "INSERT INTO thread_participants (id, thread_id, user_id, email, role) VALUES ('thp_' || hex(randomblob(8)), ?, ?, ?, 'member')",
  )
    .bind(threadId, userId, email ?? null)
    .run();
}

const SEND = `mutation($thread: ID!, $body: String!) {
  sendThreadMessage(input: { threadId: $thread, body: $body }) {
    __typename
    ... on SendThreadMessageSuccess { data { id body sender { id } createdAt } }
    ... on Error { code message }
  }
}`;

type Sent = { __typename: string; code?: string; data?: { id: string; body: string } };

async function sendMessage(as: string, threadId: string, body: string) {
  const result = await gql<{ sendThreadMessage: Sent }>(
    SEND,
    { thread: globalId('Thread', threadId), body },
    { as },
  );
  return result.data?.sendThreadMessage as Sent;
}

const MESSAGES = `query($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
  node(id: $id) { ... on Thread {
    unreadCount
    messages(first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage endCursor startCursor }
      edges { cursor node { body deliveries { edges { node { status recipient { id } deliveredAt readAt } } } } }
    }
  } }
}`;

interface MessagesView {
  node: {
    unreadCount: number;
    messages: {
      totalCount: number;
      pageInfo: {
        hasNextPage: boolean;
        hasPreviousPage: boolean;
        endCursor: string;
        startCursor: string;
      };
      edges: {
        node: {
          body: string;
          deliveries: {
            edges: { node: { status: string; recipient: { id: string }; readAt: string | null } }[];
          };
        };
      }[];
    };
  } | null;
}

async function messagesOf(as: string, threadId: string, args: Record<string, unknown> = {}) {
  const result = await gql<MessagesView>(
    MESSAGES,
    { id: globalId('Thread', threadId), ...args },
    { as },
  );
  return result.data?.node ?? null;
}

describe('thread messages', () => {
  it('lets participants send; every other registered participant gets a pending delivery', async () => {
    const owner = await insertUser();
    const guest = await insertUser();
    const thread = await seedThread(owner);
    await addParticipant(thread, guest);
    await addParticipant(thread, null, 'guest-only@example.test');

    const sent = await sendMessage(owner, thread, '  Hello there  ');
    expect(sent).toMatchObject({
      __typename: 'SendThreadMessageSuccess',
      data: { body: 'Hello there' },
    });
    const deliveries = await env.DB.prepare(
      'SELECT recipient_user_id, status FROM thread_message_deliveries WHERE message_id = ?',
    )
      .bind(rawId(sent.data?.id ?? ''))
      .all();
    expect(deliveries.results).toEqual([{ recipient_user_id: guest, status: 'pending' }]);
  });

  it('refuses non-participants, anonymous viewers and archived threads', async () => {
    const owner = await insertUser();
    const stranger = await insertUser();
    const thread = await seedThread(owner);
    expect(await sendMessage(stranger, thread, 'Let me in')).toMatchObject({
      __typename: 'NotFoundError',
    });
    expect(await messagesOf(stranger, thread)).toBeNull();

    const anonymous = await gql(SEND, { thread: globalId('Thread', thread), body: 'x' });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const archived = await seedThread(owner, { status: 'archived' });
    expect(await sendMessage(owner, archived, 'Anyone?')).toMatchObject({
      __typename: 'ConflictError',
    });
    expect(await sendMessage(owner, thread, '   ')).toMatchObject({
      __typename: 'ValidationError',
    });
    const count = await env.DB.prepare(
      'SELECT count(*) AS n FROM thread_messages WHERE thread_id IN (?, ?)',
    )
      .bind(thread, archived)
      .first<{ n: number }>();
    expect(count?.n).toBe(0);
  });

  it('lists messages oldest first, newest last, with stable cursors', async () => {
    const owner = await insertUser();
    const guest = await insertUser();
    const thread = await seedThread(owner);
    await addParticipant(thread, guest);
    for (let i = 1; i <= 5; i++) await sendMessage(i % 2 ? owner : guest, thread, `m${i}`);

    const latest = await messagesOf(guest, thread, { last: 2 });
    expect(latest?.messages.edges.map((edge) => edge.node.body)).toEqual(['m4', 'm5']);
    expect(latest?.messages.pageInfo.hasPreviousPage).toBe(true);
    expect(latest?.messages.totalCount).toBe(5);

    const firstPage = await messagesOf(owner, thread, { first: 2 });
    expect(firstPage?.messages.edges.map((edge) => edge.node.body)).toEqual(['m1', 'm2']);
    // A message arriving between pages does not shift the next page.
    await sendMessage(guest, thread, 'm6');
    const next = await messagesOf(owner, thread, {
      first: 2,
      after: firstPage?.messages.pageInfo.endCursor,
    });
    expect(next?.messages.edges.map((edge) => edge.node.body)).toEqual(['m3', 'm4']);
    const earlier = await messagesOf(owner, thread, {
      last: 5,
      before: latest?.messages.pageInfo.startCursor,
    });
    expect(earlier?.messages.edges.map((edge) => edge.node.body)).toEqual(['m1', 'm2', 'm3']);
  });

  it('tracks delivered and read receipts and the unread count per viewer', async () => {
    const owner = await insertUser();
    const guest = await insertUser();
    const thread = await seedThread(owner);
    await addParticipant(thread, guest);
    const first = await sendMessage(owner, thread, 'one');
    await sendMessage(owner, thread, 'two');
    await sendMessage(guest, thread, 'reply');

    expect((await messagesOf(guest, thread))?.unreadCount).toBe(2);
    expect((await messagesOf(owner, thread))?.unreadCount).toBe(1);

    const DELIVERED = `mutation($thread: ID!, $ids: [ID!]) {
      markThreadMessagesDelivered(input: { threadId: $thread, messageIds: $ids }) {
        __typename ... on MarkThreadMessagesDeliveredSuccess { data { changedCount thread { unreadCount } } }
      }
    }`;
    const delivered = await gql<{
      markThreadMessagesDelivered: { data: { changedCount: number } };
    }>(DELIVERED, { thread: globalId('Thread', thread), ids: [first.data?.id] }, { as: guest });
    expect(delivered.data?.markThreadMessagesDelivered.data.changedCount).toBe(1);
    const view = await messagesOf(owner, thread, { first: 3 });
    const statuses = view?.messages.edges.map((edge) => edge.node.deliveries.edges[0]?.node.status);
    expect(statuses).toEqual(['DELIVERED', 'PENDING', 'PENDING']);

    const READ = `mutation($thread: ID!) {
      markThreadRead(input: { threadId: $thread }) {
        __typename ... on MarkThreadReadSuccess { data { changedCount thread { unreadCount } } }
        ... on Error { code }
      }
    }`;
    const read = await gql<{
      markThreadRead: { data: { changedCount: number; thread: { unreadCount: number } } };
    }>(READ, { thread: globalId('Thread', thread) }, { as: guest });
    expect(read.data?.markThreadRead.data).toEqual({ changedCount: 2, thread: { unreadCount: 0 } });
    const afterRead = await messagesOf(owner, thread, { first: 2 });
    for (const edge of afterRead?.messages.edges ?? []) {
      expect(edge.node.deliveries.edges[0]?.node).toMatchObject({
        status: 'READ',
        recipient: { id: globalId('User', guest) },
      });
      expect(edge.node.deliveries.edges[0]?.node.readAt).toBeTruthy();
    }
    // The owner's own unread reply is untouched by the guest's receipts.
    expect((await messagesOf(owner, thread))?.unreadCount).toBe(1);

    const outsider = await insertUser();
    const refused = await gql<{ markThreadRead: { __typename: string } }>(
      READ,
      { thread: globalId('Thread', thread) },
      { as: outsider },
    );
    expect(refused.data?.markThreadRead.__typename).toBe('NotFoundError');
  });
});
