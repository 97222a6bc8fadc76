import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import {
  MarkThreadMessagesDeliveredDetailedDocument,
  MarkThreadReadDetailedDocument,
  SendThreadMessageDetailedDocument,
  ThreadMessagesPageDocument,
  type ThreadMessagesPageQueryVariables,
} from '../generated/graphql';
import { gql, variant } from '../helpers/client';
import { insertUser } from '../helpers/seed';
import { globalId, rawId, seedThread } from './helpers';

async function addParticipant(threadId: string, userId: string | null, email?: string) {
  await env.DB.prepare(
    "INSERT INTO thread_participants (id, thread_id, user_id, email, role) VALUES ('thp_' || hex(randomblob(8)), ?, ?, ?, 'member')",
  )
    .bind(threadId, userId, email ?? null)
    .run();
}

async function sendMessage(as: string, threadId: string, body: string) {
  const result = await gql(
    SendThreadMessageDetailedDocument,
    { thread: globalId('Thread', threadId), body },
    { as },
  );
  expect(result.errors).toBeUndefined();
  return result.data?.sendThreadMessage;
}

/** The thread's messages as `as` sees them, or null when the thread is hidden from them. */
async function messagesOf(
  as: string,
  threadId: string,
  args: Omit<ThreadMessagesPageQueryVariables, 'id'> = {},
) {
  const result = await gql(
    ThreadMessagesPageDocument,
    { id: globalId('Thread', threadId), ...args },
    { as },
  );
  const node = result.data?.node;
  return node ? variant(node, 'Thread') : null;
}

describe('thread messages', () => {
  it('lets participants send; every other registered participant gets a pending delivery', async () => {
    const owner = await insertUser();
    const guest = await insertUser();
    const thread = await seedThread(owner);
    await addParticipant(thread, guest);
    await addParticipant(thread, null, 'guest-only@example.test');

    const sent = variant(
      await sendMessage(owner, thread, '  Hello there  '),
      'SendThreadMessageSuccess',
    );
    expect(sent.data.body).toBe('Hello there');
    const deliveries = await env.DB.prepare(
      'SELECT recipient_user_id, status FROM thread_message_deliveries WHERE message_id = ?',
    )
      .bind(rawId(sent.data.id))
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

    const anonymous = await gql(SendThreadMessageDetailedDocument, {
      thread: globalId('Thread', thread),
      body: 'x',
    });
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

  it('acknowledges nothing for an empty list of messages (only an omitted list means all)', async () => {
    const owner = await insertUser();
    const guest = await insertUser();
    const thread = await seedThread(owner);
    await addParticipant(thread, guest);
    await sendMessage(owner, thread, 'one');
    await sendMessage(owner, thread, 'two');
    const eventsBefore = await env.DB.prepare(
      "SELECT count(*) AS n FROM domain_events WHERE type = 'thread_message.delivered' AND thread_id = ?",
    )
      .bind(thread)
      .first<{ n: number }>();

    const none = await gql(
      MarkThreadMessagesDeliveredDetailedDocument,
      { thread: globalId('Thread', thread), ids: [] },
      { as: guest },
    );
    expect(
      variant(none.data?.markThreadMessagesDelivered, 'MarkThreadMessagesDeliveredSuccess').data
        .changedCount,
    ).toBe(0);
    const view = await messagesOf(owner, thread, { first: 2 });
    const statuses = view?.messages.edges.map((edge) => edge.node.deliveries.edges[0]?.node.status);
    expect(statuses).toEqual(['PENDING', 'PENDING']);
    const eventsAfter = await env.DB.prepare(
      "SELECT count(*) AS n FROM domain_events WHERE type = 'thread_message.delivered' AND thread_id = ?",
    )
      .bind(thread)
      .first<{ n: number }>();
    expect(eventsAfter?.n).toBe(eventsBefore?.n);

    // Still only for participants: an empty list tells an outsider nothing more.
    const outsider = await gql(
      MarkThreadMessagesDeliveredDetailedDocument,
      { thread: globalId('Thread', thread), ids: [] },
      { as: await insertUser() },
    );
    expect(outsider.data?.markThreadMessagesDelivered?.__typename).toBe('NotFoundError');
  });

  it('a receipt on a deleted thread, or one left, changes nothing and appends no event', async () => {
    const owner = await insertUser();
    const guest = await insertUser();
    const leaver = await insertUser();
    const deleted = await seedThread(owner);
    const left = await seedThread(owner);
    await addParticipant(deleted, guest);
    await addParticipant(left, leaver);
    await sendMessage(owner, deleted, 'before the delete');
    await sendMessage(owner, left, 'before leaving');
    await env.DB.batch([
      env.DB.prepare("UPDATE threads SET status = 'deleted' WHERE id = ?").bind(deleted),
      env.DB.prepare('DELETE FROM thread_participants WHERE thread_id = ? AND user_id = ?').bind(
        left,
        leaver,
      ),
    ]);
    const state = () =>
      env.DB.prepare(
        `SELECT (SELECT group_concat(d.status) FROM thread_message_deliveries d
                   JOIN thread_messages m ON m.id = d.message_id WHERE m.thread_id IN (?1, ?2)) AS statuses,
                (SELECT count(*) FROM domain_events WHERE thread_id IN (?1, ?2)
                   AND type IN ('thread_message.read', 'thread_message.delivered')) AS events`,
      )
        .bind(deleted, left)
        .first();
    const before = await state();
    expect(before).toEqual({ statuses: 'pending,pending', events: 0 });

    for (const [as, thread] of [
      [guest, deleted],
      [leaver, left],
    ] as const) {
      const read = await gql(
        MarkThreadReadDetailedDocument,
        { thread: globalId('Thread', thread) },
        { as },
      );
      expect(read.data?.markThreadRead?.__typename).toBe('NotFoundError');
      const delivered = await gql(
        MarkThreadMessagesDeliveredDetailedDocument,
        { thread: globalId('Thread', thread) },
        { as },
      );
      expect(delivered.data?.markThreadMessagesDelivered?.__typename).toBe('NotFoundError');
    }
    expect(await state()).toEqual(before);
  });

  it('acknowledges nothing when an id names no message of the thread (NotFoundError)', async () => {
    const owner = await insertUser();
    const guest = await insertUser();
    const thread = await seedThread(owner);
    const other = await seedThread(owner);
    await addParticipant(thread, guest);
    await addParticipant(other, guest);
    const mine = await sendMessage(owner, thread, 'here');
    const elsewhere = await sendMessage(owner, other, 'there');
    const idOf = (sent: typeof mine) =>
      sent && 'data' in sent ? (sent.data as { id: string }).id : '';
    const statuses = () =>
      env.DB.prepare(
        `SELECT group_concat(d.status) AS s FROM thread_message_deliveries d
         JOIN thread_messages m ON m.id = d.message_id WHERE m.thread_id IN (?, ?)`,
      )
        .bind(thread, other)
        .first<{ s: string }>();
    const before = await statuses();
    for (const ids of [
      [idOf(mine), idOf(elsewhere)],
      [idOf(mine), globalId('ThreadMessage', 'tms_missing')],
    ]) {
      const result = await gql(
        MarkThreadMessagesDeliveredDetailedDocument,
        { thread: globalId('Thread', thread), ids },
        { as: guest },
      );
      expect(result.data?.markThreadMessagesDelivered?.__typename).toBe('NotFoundError');
    }
    expect(await statuses()).toEqual(before);
    // The same id twice is one message: acknowledged.
    const twice = await gql(
      MarkThreadMessagesDeliveredDetailedDocument,
      { thread: globalId('Thread', thread), ids: [idOf(mine), idOf(mine)] },
      { as: guest },
    );
    expect(
      variant(twice.data?.markThreadMessagesDelivered, 'MarkThreadMessagesDeliveredSuccess').data
        .changedCount,
    ).toBe(1);
  });

  it('acknowledges 100 named messages at once (the most one call takes)', async () => {
    const owner = await insertUser();
    const guest = await insertUser();
    const thread = await seedThread(owner);
    await addParticipant(thread, guest);
    const ids = Array.from({ length: 100 }, (_, i) => `tms_${thread}_${i}`);
    await env.DB.batch(
      ids.flatMap((id) => [
        env.DB.prepare(
          'INSERT INTO thread_messages (id, thread_id, sender_user_id, body) VALUES (?, ?, ?, ?)',
        ).bind(id, thread, owner, 'many'),
        env.DB.prepare(
          'INSERT INTO thread_message_deliveries (id, message_id, recipient_user_id) VALUES (?, ?, ?)',
        ).bind(`tmd_${id}`, id, guest),
      ]),
    );
    const result = await gql(
      MarkThreadMessagesDeliveredDetailedDocument,
      { thread: globalId('Thread', thread), ids: ids.map((id) => globalId('ThreadMessage', id)) },
      { as: guest },
    );
    expect(result.errors).toBeUndefined();
    expect(
      variant(result.data?.markThreadMessagesDelivered, 'MarkThreadMessagesDeliveredSuccess').data
        .changedCount,
    ).toBe(100);
  });

  it('tracks delivered and read receipts and the unread count per viewer', async () => {
    const owner = await insertUser();
    const guest = await insertUser();
    const thread = await seedThread(owner);
    await addParticipant(thread, guest);
    const first = variant(await sendMessage(owner, thread, 'one'), 'SendThreadMessageSuccess');
    await sendMessage(owner, thread, 'two');
    await sendMessage(guest, thread, 'reply');

    expect((await messagesOf(guest, thread))?.unreadCount).toBe(2);
    expect((await messagesOf(owner, thread))?.unreadCount).toBe(1);

    const delivered = await gql(
      MarkThreadMessagesDeliveredDetailedDocument,
      { thread: globalId('Thread', thread), ids: [first.data.id] },
      { as: guest },
    );
    expect(
      variant(delivered.data?.markThreadMessagesDelivered, 'MarkThreadMessagesDeliveredSuccess')
        .data.changedCount,
    ).toBe(1);
    const view = await messagesOf(owner, thread, { first: 3 });
    const statuses = view?.messages.edges.map((edge) => edge.node.deliveries.edges[0]?.node.status);
    expect(statuses).toEqual(['DELIVERED', 'PENDING', 'PENDING']);

    const read = await gql(
      MarkThreadReadDetailedDocument,
      { thread: globalId('Thread', thread) },
      { as: guest },
    );
    expect(variant(read.data?.markThreadRead, 'MarkThreadReadSuccess').data).toEqual({
      changedCount: 2,
      thread: { unreadCount: 0 },
    });
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
    const refused = await gql(
      MarkThreadReadDetailedDocument,
      { thread: globalId('Thread', thread) },
      { as: outsider },
    );
    expect(refused.data?.markThreadRead.__typename).toBe('NotFoundError');
  });
});
