import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { maxStreamsPerUser } from '../../src/realtime/limits';
import { SOCKET_LIMITS } from '../../src/realtime/socket/limits';
import { RtThreadMessageAddedDocument } from '../generated/graphql';
import { insertUser, uid } from '../helpers/seed';
import { connectAs, eventually, type TestSocket } from '../helpers/socket';
import { globalId, seedThread } from '../threads/helpers';

async function ownThread() {
  const owner = await insertUser();
  const threadId = await seedThread(owner);
  return { owner, thread: globalId('Thread', threadId) };
}

function subscribe(socket: TestSocket, id: string, thread: string) {
  socket.send({
    type: 'subscribe',
    id,
    payload: { query: RtThreadMessageAddedDocument.toString(), variables: { threadId: thread } },
  });
}

function hubOfThread(thread: string) {
  const topic = `thread:${atob(thread).split(':')[1]}`;
  return env.REALTIME_HUB.get(env.REALTIME_HUB.idFromName(topic));
}

describe('GraphQL over WebSocket: limits and cleanup', () => {
  it(`refuses a subscription past ${SOCKET_LIMITS.subscriptionsPerConnection} on one connection`, async () => {
    const { owner, thread } = await ownThread();
    const socket = await connectAs(owner);
    for (let n = 0; n < SOCKET_LIMITS.subscriptionsPerConnection; n += 1) {
      subscribe(socket, `s${n}`, thread);
    }
    await eventually(
      async () =>
        (await socket.subscriptionIds()).length === SOCKET_LIMITS.subscriptionsPerConnection,
      'all open',
    );
    expect(socket.pending()).toEqual([]);
    subscribe(socket, 'one-too-many', thread);
    expect(await socket.next()).toMatchObject({
      type: 'error',
      id: 'one-too-many',
      payload: [
        {
          extensions: {
            code: 'SUBSCRIPTION_LIMIT_EXCEEDED',
            limit: SOCKET_LIMITS.subscriptionsPerConnection,
          },
        },
      ],
    });
    // Completing one makes room again.
    socket.send({ type: 'complete', id: 's0' });
    await socket.completed('s0');
    subscribe(socket, 'room-again', thread);
    await socket.subscribed('room-again');
    expect(socket.pending()).toEqual([]);
    socket.close();
  });

  it('leaves the hub when its last subscription on the topic completes', async () => {
    const { owner, thread } = await ownThread();
    const hub = hubOfThread(thread);
    const socket = await connectAs(owner);
    subscribe(socket, 'a', thread);
    await socket.subscribed('a');
    subscribe(socket, 'b', thread);
    await socket.subscribed('b');
    expect((await hub.listenerCount()).sockets).toBe(1);
    socket.send({ type: 'complete', id: 'a' });
    await socket.completed('a');
    expect((await hub.listenerCount()).sockets).toBe(1);
    // Processed one at a time: once "b" is completed, "a"'s completion has finished.
    socket.send({ type: 'complete', id: 'b' });
    await eventually(async () => (await hub.listenerCount()).sockets === 0, 'left the hub');
    expect(await socket.subscriptionIds()).toEqual([]);
    socket.close();
  });

  it('refuses queries and mutations over the socket, whoever sends them', async () => {
    const socket = await connectAs(await insertUser());
    const name = uid('never-created');
    socket.send({
      type: 'subscribe',
      id: 'write',
      payload: {
        query: `mutation Write { createWorkspace(input: { name: "${name}" }) { __typename } }`,
      },
    });
    expect(await socket.next()).toMatchObject({
      type: 'error',
      id: 'write',
      payload: [{ extensions: { code: 'OPERATION_NOT_SUPPORTED' } }],
    });
    const written = await env.DB.prepare('SELECT count(*) AS n FROM workspaces WHERE name = ?')
      .bind(name)
      .first<{ n: number }>();
    expect(written?.n).toBe(0);
    socket.close();
  });

  it('counts subscriptions per user across connections (leases shared with SSE streams)', async () => {
    const { owner, thread } = await ownThread();
    const max = maxStreamsPerUser(env);
    const first = await connectAs(owner);
    const second = await connectAs(owner);
    const half = Math.ceil(max / 2);
    for (let n = 0; n < half; n += 1) subscribe(first, `f${n}`, thread);
    for (let n = half; n < max; n += 1) subscribe(second, `s${n}`, thread);
    await eventually(
      async () =>
        (await first.subscriptionIds()).length + (await second.subscriptionIds()).length === max,
      'all open',
    );
    subscribe(second, 'over', thread);
    expect(await second.next()).toMatchObject({
      type: 'error',
      id: 'over',
      payload: [{ extensions: { code: 'SUBSCRIPTION_LIMIT_EXCEEDED' } }],
    });
    // Completing one on the first connection frees a lease for the second.
    first.send({ type: 'complete', id: 'f0' });
    await first.completed('f0');
    subscribe(second, 'freed', thread);
    await second.subscribed('freed');
    first.close();
    second.close();
  });
});
