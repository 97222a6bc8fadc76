import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { RtSendThreadMessageDocument, RtThreadMessageAddedDocument } from '../generated/graphql';
import { mutate, variant } from '../helpers/client';
import { insertUser, uid } from '../helpers/seed';
import { globalId, seedThread } from '../threads/helpers';
import { subscribe } from './sse';

async function threadWithMember() {
  const owner = await insertUser();
  const member = await insertUser();
  const threadId = await seedThread(owner);
  await env.DB.prepare(
    "INSERT INTO thread_participants (id, thread_id, user_id, role) VALUES (?, ?, ?, 'member')",
  )
    .bind(uid('thp'), threadId, member)
    .run();
  return { owner, member, threadId, thread: globalId('Thread', threadId) };
}

const sendMessage = async (thread: string, body: string, as: string) =>
  variant(
    await mutate(RtSendThreadMessageDocument, { threadId: thread, body }, as),
    'SendThreadMessageSuccess',
  ).data;

/** The log id of the thread_message.sent event of a message (a global ID). */
const eventIdOf = async (messageId: string) =>
  String(
    (
      await env.DB.prepare('SELECT id FROM domain_events WHERE subject_id = ?')
        .bind(messageId)
        .first<{ id: number }>()
    )?.id,
  );

describe('Subscription.threadMessageAdded over SSE', () => {
  it('delivers a message another participant sends, with its log id as the SSE id', async () => {
    const { owner, member, thread } = await threadWithMember();
    const stream = await subscribe(
      RtThreadMessageAddedDocument,
      { threadId: thread },
      { as: member },
    );
    expect(stream.response.status).toBe(200);
    expect(stream.response.headers.get('content-type')).toContain('text/event-stream');
    const sent = await sendMessage(thread, 'Hello there', owner);
    const got = await stream.nextData();
    expect(got.data.threadMessageAdded).toEqual({
      id: sent.id,
      body: 'Hello there',
      sender: { id: globalId('User', owner) },
    });
    expect(got.id).toBe(await eventIdOf(sent.id));
    await stream.close();
  });
});
