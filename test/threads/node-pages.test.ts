import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { sendWith } from '../hardening/helpers';
import { type GraphQLResponse, gql, tokenFor } from '../helpers/client';
import { insertUser, uid } from '../helpers/seed';
import { globalId, seedInvite, seedThread } from './helpers';

// `node(id:)` starts a refetched thread's pages marked `startedWithParent` (participants,
// messages: src/schema/started-pages.ts) in the tick it asks for the thread: they share its
// round trip, each under its own access rule, and nothing they read shows when the thread is
// hidden.
const THREAD = `query ThreadPages($id: ID!, $last: Int) {
  node(id: $id) {
    ... on Thread {
      title
      participants { edges { node { role user { displayName } } } }
      messages(last: $last) {
        totalCount
        edges { node { body sender { displayName }
          deliveries { edges { node { status recipient { displayName } } } } } }
      }
    }
  }
}`;

async function threadWithTwoMessages() {
  const owner = await insertUser({ displayName: 'Owner' });
  const guest = await insertUser({ displayName: 'Guest' });
  const thread = await seedThread(owner, { title: 'Started early' });
  const statements = [
    env.DB.prepare(
      "INSERT INTO thread_participants (id, thread_id, user_id, role, joined_at) VALUES (?, ?, ?, 'member', '2100-01-01T00:00:00.000Z')",
    ).bind(uid('thp'), thread, guest),
  ];
  for (const [index, [sender, recipient]] of [
    [owner, guest],
    [guest, owner],
  ].entries()) {
    const message = uid('thm');
    statements.push(
      env.DB.prepare(
        'INSERT INTO thread_messages (id, thread_id, sender_user_id, body, created_at) VALUES (?, ?, ?, ?, ?)',
      ).bind(message, thread, sender, `Secret ${index}`, `2030-01-0${index + 1}T00:00:00.000Z`),
      env.DB.prepare(
        "INSERT INTO thread_message_deliveries (id, message_id, recipient_user_id, status) VALUES (?, ?, ?, 'delivered')",
      ).bind(uid('tmd'), message, recipient),
    );
  }
  await env.DB.batch(statements);
  return { owner, guest, thread };
}

/** THREAD in a loader mode, with the statements it sent (`x-debug-sql`: tests only). */
async function run(mode: 'batched' | 'naive', variables: object, as: string) {
  const response = await sendWith({ LOADER_MODE: mode }, '/graphql', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${await tokenFor(as)}`,
      'x-debug-sql': '1',
    },
    body: JSON.stringify({ query: THREAD, variables }),
  });
  return (await response.json()) as GraphQLResponse;
}

describe("a refetched thread's pages start beside the thread", () => {
  it('reads the thread, its participants, messages and deliveries in one round trip', async () => {
    const { owner, thread } = await threadWithTwoMessages();
    await gql('{ __typename }'); // the settings, cached
    const variables = { id: globalId('Thread', thread), last: 10 };
    const result = await gql(THREAD, variables, { as: owner });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      node: {
        title: 'Started early',
        participants: {
          edges: [
            { node: { role: 'OWNER', user: { displayName: 'Owner' } } },
            { node: { role: 'MEMBER', user: { displayName: 'Guest' } } },
          ],
        },
        messages: {
          totalCount: 2,
          edges: [
            {
              node: {
                body: 'Secret 0',
                sender: { displayName: 'Owner' },
                deliveries: {
                  edges: [{ node: { status: 'DELIVERED', recipient: { displayName: 'Guest' } } }],
                },
              },
            },
            {
              node: {
                body: 'Secret 1',
                sender: { displayName: 'Guest' },
                deliveries: {
                  edges: [{ node: { status: 'DELIVERED', recipient: { displayName: 'Owner' } } }],
                },
              },
            },
          ],
        },
      },
    });
    // Account, thread, participants, messages, deliveries: one batch.
    expect(result.extensions?.d1).toMatchObject({ statements: 5, roundTrips: 1 });
    // The same answer as the loaders alone give, one statement per key.
    expect((await run('naive', variables, owner)).data).toEqual(result.data);
  });

  it('answers null to a viewer outside the thread, with nothing of what was read', async () => {
    const { thread } = await threadWithTwoMessages();
    const stranger = await insertUser();
    const result = await gql(
      THREAD,
      { id: globalId('Thread', thread), last: 10 },
      { as: stranger },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ node: null });
    expect(JSON.stringify(result)).not.toContain('Secret');
  });

  it('reports bad arguments as the field always did', async () => {
    const { owner, thread } = await threadWithTwoMessages();
    const result = await gql(THREAD, { id: globalId('Thread', thread), last: -1 }, { as: owner });
    expect(result.errors?.[0]).toMatchObject({
      path: ['node', 'messages'],
      extensions: { code: 'VALIDATION_FAILED' },
    });
  });

  it("checks one thread's rule once, on the thread, and an invitee still reads no message", async () => {
    const { owner, thread } = await threadWithTwoMessages();
    const invitee = await insertUser({ displayName: 'Invitee' });
    await seedInvite(thread, { userId: invitee });
    const variables = { id: globalId('Thread', thread), last: 10 };
    const traced = { 'x-debug-sql': '1' };
    const read = await gql(THREAD, variables, { as: owner, headers: traced });
    const sql = (read.extensions?.d1 as { sql?: string[] } | undefined)?.sql ?? [];
    const messages = sql.find((text) => text.startsWith('select "thread_messages"."id"')) ?? '';
    // The rule names the thread by its parameter: SQLite works it out once, not per message.
    expect(messages).toContain('"vis_thread"."id" = ?');
    expect(messages).not.toContain('"vis_thread"."id" = "thread_messages"."thread_id"');
    expect(
      (read.data as { node: { messages: { totalCount: number } } }).node.messages.totalCount,
    ).toBe(2);
    // An invitee sees the thread they are invited to, and none of its messages or participants.
    const invited = await gql(THREAD, variables, { as: invitee });
    expect(invited.errors).toBeUndefined();
    expect(invited.data).toEqual({
      node: {
        title: 'Started early',
        participants: { edges: [] },
        messages: { totalCount: 0, edges: [] },
      },
    });
  });

  it("checks a delivery's rule through its message: once below the page of messages, per row by id", async () => {
    const { owner, thread } = await threadWithTwoMessages();
    const variables = { id: globalId('Thread', thread), last: 10 };
    const deliveriesSql = async (mode: 'batched' | 'naive') => {
      const body = await run(mode, variables, owner);
      expect(body.errors).toBeUndefined();
      const sql = (body.extensions?.d1 as { sql?: string[] } | undefined)?.sql ?? [];
      return sql.filter((text) => text.startsWith('select "thread_message_deliveries"."id"'));
    };
    // Below the page: its parents are the page's messages, each past the messages' rule in the
    // subquery, so the delivery's rule (its message seen) is not checked again per row.
    const [below] = await deliveriesSql('batched');
    expect(below).toContain('"thread_message_deliveries"."message_id" in (select "id" from');
    expect(below).toContain('"vis_thread"');
    expect(below).not.toContain('"vis_message"');
    // By message id (the field's own loader): the rule checks each delivery's message.
    const byId = await deliveriesSql('naive');
    expect(byId).toHaveLength(2);
    for (const text of byId) expect(text).toContain('"vis_message"');
  });
});
