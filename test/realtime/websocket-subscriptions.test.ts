import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import {
  ApiTokensCreateDocument,
  RtCreateWorkItemDocument,
  RtRemoveWorkspaceMemberDocument,
  RtSendThreadMessageDocument,
  RtThreadMessageAddedDocument,
  RtWorkItemChangedDocument,
} from '../generated/graphql';
import { gql, mutate, variant } from '../helpers/client';
import { addMember, insertUser, insertWorkspace } from '../helpers/seed';
import {
  connectAs,
  eventually,
  openSocket,
  type SocketMessage,
  type TestSocket,
} from '../helpers/socket';
import { globalId, threadWithMember } from '../threads/helpers';

async function threadOfTwo() {
  const { owner, member: guest, thread } = await threadWithMember();
  return { owner, guest, thread };
}

async function sendMessage(as: string, thread: string, body: string) {
  const sent = await gql(
    RtSendThreadMessageDocument,
    { input: { threadId: thread, body } },
    { as },
  );
  return variant(sent.data?.sendThreadMessage, 'SendThreadMessageSuccess').data.id;
}

function subscribeToThread(socket: TestSocket, id: string, thread: string, lastEventId?: string) {
  socket.send({
    type: 'subscribe',
    id,
    payload: {
      query: RtThreadMessageAddedDocument.toString(),
      variables: { threadId: thread },
      ...(lastEventId ? { extensions: { lastEventId } } : {}),
    },
  });
}

type NextPayload = {
  data?: { threadMessageAdded?: { id: string; body: string; sender: { id: string } } };
  errors?: { message: string; extensions?: { code?: string } }[];
  extensions?: { eventId?: number };
};

const payloadOf = (message: SocketMessage) => message.payload as NextPayload;

describe('GraphQL over WebSocket: subscriptions', () => {
  it('delivers a message sent by another participant as `next`, with its event id', async () => {
    const { owner, guest, thread } = await threadOfTwo();
    const socket = await connectAs(guest);
    subscribeToThread(socket, 'messages', thread);
    await socket.subscribed('messages');

    const messageId = await sendMessage(owner, thread, 'Hello over the socket');
    const next = await socket.next();
    expect(next).toMatchObject({ type: 'next', id: 'messages' });
    expect(payloadOf(next).data?.threadMessageAdded).toEqual({
      id: messageId,
      body: 'Hello over the socket',
      sender: { id: globalId('User', owner) },
    });
    const eventId = payloadOf(next).extensions?.eventId;
    const logged = await env.DB.prepare(
      "SELECT id FROM domain_events WHERE type = 'thread_message.sent' AND subject_id = ?",
    )
      .bind(messageId)
      .first<{ id: number }>();
    expect(eventId).toBe(logged?.id);
    socket.close();
  });

  it('refuses a non-participant with an error message (NOT_FOUND, as a missing thread)', async () => {
    const { thread } = await threadOfTwo();
    const socket = await connectAs(await insertUser());
    subscribeToThread(socket, 'peek', thread);
    expect(await socket.next()).toMatchObject({
      type: 'error',
      id: 'peek',
      payload: [{ extensions: { code: 'NOT_FOUND' } }],
    });
    await socket.roundTrip();
    socket.close();
  });

  it('closes 4409 when a subscribe reuses the id of an open subscription', async () => {
    const { guest, thread } = await threadOfTwo();
    const socket = await connectAs(guest);
    subscribeToThread(socket, 'same', thread);
    subscribeToThread(socket, 'same', thread);
    const closed = await socket.closed();
    expect(closed.code).toBe(4409);
    expect(closed.reason).toContain('Subscriber for same already exists');
  });

  it('stops delivering to a subscription the client completed', async () => {
    const { owner, guest, thread } = await threadOfTwo();
    const socket = await connectAs(guest);
    // "first" is served before "second" on every event (subscription order): had it still been
    // open, its `next` would come before second's.
    subscribeToThread(socket, 'first', thread);
    await socket.subscribed('first');
    subscribeToThread(socket, 'second', thread);
    await socket.subscribed('second');
    socket.send({ type: 'complete', id: 'first' });
    await socket.completed('first');

    await sendMessage(owner, thread, 'Only for the second');
    const next = await socket.next();
    expect(next.id).toBe('second');
    expect(payloadOf(next).data?.threadMessageAdded?.body).toBe('Only for the second');
    await socket.roundTrip();
    expect(socket.pending()).toEqual([]);
    socket.close();
  });

  it('ends the subscription of a member removed from the workspace: typed error, then complete', async () => {
    const owner = await insertUser();
    const member = await insertUser();
    const workspaceId = await insertWorkspace(owner);
    await addMember(workspaceId, member);
    const workspace = globalId('Workspace', workspaceId);
    const socket = await connectAs(member);
    socket.send({
      type: 'subscribe',
      id: 'items',
      payload: {
        query: RtWorkItemChangedDocument.toString(),
        variables: { workspaceId: workspace },
      },
    });
    await socket.subscribed('items');

    const created = await mutate(
      RtCreateWorkItemDocument,
      { workspaceId: workspace, title: 'Seen while a member', visibility: 'SQUAD' },
      owner,
    );
    const itemId = variant(created, 'CreateWorkItemSuccess').data.id;
    const change = await socket.next();
    expect(change).toMatchObject({
      type: 'next',
      id: 'items',
      payload: { data: { workItemChanged: { kind: 'CREATED', workItemId: itemId } } },
    });

    await mutate(
      RtRemoveWorkspaceMemberDocument,
      { workspaceId: workspace, userId: globalId('User', member) },
      owner,
    );
    const ended = await socket.next();
    expect(ended).toMatchObject({ type: 'next', id: 'items' });
    expect(payloadOf(ended).errors?.[0]?.extensions?.code).toBe('SUBSCRIPTION_ACCESS_ENDED');
    expect(await socket.next()).toEqual({ type: 'complete', id: 'items' });

    // Nothing more can reach the removed member: the socket left the workspace's hub.
    const hub = env.REALTIME_HUB.get(env.REALTIME_HUB.idFromName(`workspace:${workspaceId}`));
    await eventually(async () => (await hub.listenerCount()).sockets === 0, 'left the hub');
    expect(await socket.subscriptionIds()).toEqual([]);
    socket.close();
  });

  it('resumes with lastEventId: every missed event once, in order, then live ones', async () => {
    const { owner, guest, thread } = await threadOfTwo();
    const first = await connectAs(guest);
    subscribeToThread(first, 'resumable', thread);
    await first.subscribed('resumable');
    await sendMessage(owner, thread, 'one');
    const seen = payloadOf(await first.next());
    expect(seen.data?.threadMessageAdded?.body).toBe('one');
    first.close();

    // While disconnected.
    await sendMessage(owner, thread, 'two');
    await sendMessage(guest, thread, 'three');

    const second = await connectAs(guest);
    subscribeToThread(second, 'resumable', thread, String(seen.extensions?.eventId));
    const replayed = [payloadOf(await second.next()), payloadOf(await second.next())];
    expect(replayed.map((payload) => payload.data?.threadMessageAdded?.body)).toEqual([
      'two',
      'three',
    ]);
    const ids = replayed.map((payload) => payload.extensions?.eventId ?? 0);
    expect(ids[0]).toBeGreaterThan(seen.extensions?.eventId ?? 0);
    expect(ids[1]).toBeGreaterThan(ids[0] ?? 0);

    await sendMessage(owner, thread, 'four');
    expect(payloadOf(await second.next()).data?.threadMessageAdded?.body).toBe('four');
    await second.roundTrip();
    expect(second.pending()).toEqual([]);
    second.close();
  });

  it('refuses a lastEventId that is not an event id (VALIDATION_FAILED, as SSE)', async () => {
    const { guest, thread } = await threadOfTwo();
    const socket = await connectAs(guest);
    subscribeToThread(socket, 'bad-resume', thread, 'yesterday');
    expect(await socket.next()).toMatchObject({
      type: 'error',
      id: 'bad-resume',
      payload: [{ extensions: { code: 'VALIDATION_FAILED' } }],
    });
    socket.close();
  });

  it('gives a document that does not parse or validate, or a bad variable, the codes HTTP gives', async () => {
    const { guest } = await threadOfTwo();
    const socket = await connectAs(guest);
    const refusals: [string, Record<string, unknown>, string][] = [
      ['parse', { query: 'subscription { inboxItemAdded { id ' }, 'GRAPHQL_PARSE_FAILED'],
      ['unknown', { query: 'subscription { nope }' }, 'GRAPHQL_VALIDATION_FAILED'],
      [
        'variable',
        {
          query: 'subscription($t: ID!) { threadMessageAdded(threadId: $t) { id } }',
          variables: { t: ['not', 'an', 'id'] },
        },
        'BAD_USER_INPUT',
      ],
    ];
    for (const [id, payload, code] of refusals) {
      socket.send({ type: 'subscribe', id, payload });
      const refused = (await socket.next()) as { type: string; id: string; payload: unknown[] };
      expect(refused).toMatchObject({ type: 'error', id });
      expect(refused.payload).not.toHaveLength(0);
      for (const error of refused.payload) {
        expect(error).toMatchObject({ extensions: { code } });
      }
    }
    socket.close();
  });

  it('serves an integrator token (read scope) like its user', async () => {
    const { owner, guest, thread } = await threadOfTwo();
    const created = await gql(
      ApiTokensCreateDocument,
      { input: { name: 'live feed', scopes: ['READ'] } },
      { as: guest },
    );
    const token = variant(created.data?.createApiToken, 'CreateApiTokenSuccess').data.token;
    const socket = await openSocket();
    socket.send({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } });
    expect(await socket.next()).toEqual({ type: 'connection_ack' });
    subscribeToThread(socket, 'integration', thread);
    await socket.subscribed('integration');
    await sendMessage(owner, thread, 'For the integration');
    const next = await socket.next();
    expect(next.id).toBe('integration');
    expect(payloadOf(next).data?.threadMessageAdded?.body).toBe('For the integration');
    socket.close();
  });
});
