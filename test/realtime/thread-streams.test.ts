import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { withFailingEvents } from '../domain-events/helpers';
import {
  RtAcceptInviteDocument,
  RtMarkThreadReadDocument,
  RtSendThreadMessageDocument,
  RtThreadActivityDocument,
  RtThreadMessageAddedDocument,
} from '../generated/graphql';
import { gql, mutate, send, tokenFor, variant } from '../helpers/client';
import { insertUser } from '../helpers/seed';
import { globalId, seedInvite, seedThread, threadWithMember } from '../threads/helpers';
import { subscribe } from './sse';

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

  it('refuses a non-participant as if the thread did not exist, and streams nothing', async () => {
    const { thread } = await threadWithMember();
    const stranger = await insertUser();
    const stream = await subscribe(
      RtThreadMessageAddedDocument,
      { threadId: thread },
      { as: stranger },
    );
    const refused = await stream.next();
    expect(refused.event).toBe('next');
    expect(refused.data?.data ?? null).toBeNull();
    expect(refused.data?.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await stream.next()).event).toBe('complete');
  });

  it('resumes after Last-Event-ID with exactly the missed messages, in order, then live ones', async () => {
    const { owner, member, thread } = await threadWithMember();
    const first = await subscribe(
      RtThreadMessageAddedDocument,
      { threadId: thread },
      { as: member },
    );
    await sendMessage(thread, 'one', owner);
    const one = await first.nextData();
    await first.close();
    // Missed while disconnected, from both sides.
    await sendMessage(thread, 'two', owner);
    await sendMessage(thread, 'three', member);
    const again = await subscribe(
      RtThreadMessageAddedDocument,
      { threadId: thread },
      { as: member, lastEventId: one.id },
    );
    const two = await again.nextData();
    const three = await again.nextData();
    await sendMessage(thread, 'four', owner);
    const four = await again.nextData();
    expect([two, three, four].map((event) => event.data.threadMessageAdded.body)).toEqual([
      'two',
      'three',
      'four',
    ]);
    const ids = [one, two, three, four].map((event) => Number(event.id));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(new Set(ids).size).toBe(4);
    await again.close();
  });

  it('refuses a Last-Event-ID that is not an event id, with a typed error', async () => {
    const { member, thread } = await threadWithMember();
    const stream = await subscribe(
      RtThreadMessageAddedDocument,
      { threadId: thread },
      { as: member, lastEventId: 'yesterday' },
    );
    const refused = await stream.next();
    expect(refused.data?.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
  });

  it('never delivers the event of a failed write: the next one is the committed message', async () => {
    const { owner, member, thread } = await threadWithMember();
    const stream = await subscribe(
      RtThreadMessageAddedDocument,
      { threadId: thread },
      { as: member },
    );
    // The batch's event INSERT fails: neither the message nor its event is written.
    const failed = await withFailingEvents(owner, () =>
      gql(
        RtSendThreadMessageDocument,
        { input: { threadId: thread, body: 'lost' } },
        { as: owner },
      ),
    );
    expect(failed.errors?.[0]?.message).toBe('Unexpected error.');
    await sendMessage(thread, 'kept', member);
    const got = await stream.nextData();
    expect(got.data.threadMessageAdded.body).toBe('kept');
    await stream.close();
  });

  it('threadActivity delivers a read receipt, not messages', async () => {
    const { owner, member, thread } = await threadWithMember();
    const stream = await subscribe(RtThreadActivityDocument, { threadId: thread }, { as: owner });
    const sent = await sendMessage(thread, 'Read me', owner);
    await mutate(RtMarkThreadReadDocument, { threadId: thread }, member);
    const got = await stream.nextData();
    expect(got.data.threadActivity).toEqual({
      kind: 'MESSAGES_READ',
      user: { id: globalId('User', member) },
      messageIds: null,
      thread: { id: thread },
    });
    expect(sent.id).toBeTruthy();
    await stream.close();
  });

  it('threadActivity tells the owner that an invitee joined (and nothing of the invites closed)', async () => {
    const owner = await insertUser();
    const invitee = await insertUser();
    const threadId = await seedThread(owner);
    const thread = globalId('Thread', threadId);
    const invite = await seedInvite(threadId, { userId: invitee });
    await seedInvite(threadId, { userId: await insertUser() });
    const stream = await subscribe(RtThreadActivityDocument, { threadId: thread }, { as: owner });
    variant(
      await mutate(
        RtAcceptInviteDocument,
        { inviteId: globalId('ThreadInvite', invite.id) },
        invitee,
      ),
      'AcceptInviteSuccess',
    );
    expect((await stream.nextData()).data.threadActivity).toEqual({
      kind: 'PARTICIPANT_JOINED',
      user: { id: globalId('User', invitee) },
      messageIds: null,
      thread: { id: thread },
    });
    // The new participant writes and the owner reads: the next activity is that receipt (not
    // the message, nor the owner's inbox notice or the other invite's expiry).
    await sendMessage(thread, 'Hi, I joined', invitee);
    await mutate(RtMarkThreadReadDocument, { threadId: thread }, owner);
    expect((await stream.nextData()).data.threadActivity.kind).toBe('MESSAGES_READ');
    await stream.close();
  });
});

describe('an event larger than the limit', () => {
  it('is replaced by EVENT_TOO_LARGE and the stream goes on', async () => {
    const { owner, member, thread } = await threadWithMember();
    // Twenty aliases of a long body: each event serializes to more than REALTIME_LIMITS.eventBytes.
    const bodies = Array.from({ length: 20 }, (_, i) => `b${i}: body`).join(' ');
    const response = await send('/graphql', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'text/event-stream',
        Authorization: `Bearer ${await tokenFor(member)}`,
      },
      body: JSON.stringify({
        query: `subscription Big($threadId: ID!) { threadMessageAdded(threadId: $threadId) { id ${bodies} } }`,
        variables: { threadId: thread },
      }),
    });
    expect(response.status).toBe(200);
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let text = '';
    const readUntil = async (needle: string) => {
      while (!text.includes(needle)) {
        const { value, done } = await reader.read();
        if (done) break;
        text += decoder.decode(value, { stream: true });
      }
    };
    await sendMessage(thread, 'x'.repeat(4000), owner);
    await readUntil('EVENT_TOO_LARGE');
    expect(text).toContain('"EVENT_TOO_LARGE"');
    expect(text).not.toContain('x'.repeat(4000));
    // A small event after it still arrives: the stream was not ended by the large one.
    const small = await sendMessage(thread, 'small', owner);
    await readUntil(small.id);
    expect(text).toContain(small.id);
    await reader.cancel();
  });
});
