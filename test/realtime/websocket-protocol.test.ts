import { runDurableObjectAlarm } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { send, tokenFor } from '../helpers/client';
import { insertUser } from '../helpers/seed';
import { connectAs, openSocket } from '../helpers/socket';

describe('GraphQL over WebSocket: the graphql-transport-ws handshake', () => {
  it('upgrades GET /graphql and echoes the subprotocol in the 101', async () => {
    const socket = await openSocket();
    expect(socket.response.status).toBe(101);
    expect(socket.response.headers.get('Sec-WebSocket-Protocol')).toBe('graphql-transport-ws');
    expect(socket.response.headers.get('X-Request-Id')).toBeTruthy();
    socket.close();
  });

  it('refuses an upgrade that does not offer graphql-transport-ws', async () => {
    const response = await send('/graphql', {
      headers: { Upgrade: 'websocket', 'Sec-WebSocket-Protocol': 'graphql-ws' },
    });
    expect(response.status).toBe(400);
    expect(response.webSocket).toBeNull();
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('UNSUPPORTED_WEBSOCKET_PROTOCOL');
  });

  it('refuses the upgrade itself when its Authorization header is bad (the door, 401)', async () => {
    const response = await send('/graphql', {
      headers: {
        Upgrade: 'websocket',
        'Sec-WebSocket-Protocol': 'graphql-transport-ws',
        Authorization: 'Bearer not-a-token',
      },
    });
    expect(response.status).toBe(401);
    expect(response.webSocket).toBeNull();
  });

  it('acknowledges connection_init carrying the token in its payload', async () => {
    const user = await insertUser();
    const socket = await connectAs(user);
    socket.close();
  });

  it('acknowledges a bare connection_init when the upgrade carried the Authorization header', async () => {
    const user = await insertUser();
    const socket = await openSocket({ Authorization: `Bearer ${await tokenFor(user)}` });
    socket.send({ type: 'connection_init' });
    expect(await socket.next()).toEqual({ type: 'connection_ack' });
    socket.close();
  });

  it('closes 4401 when connection_init carries a bad token', async () => {
    const socket = await openSocket();
    socket.send({ type: 'connection_init', payload: { authorization: 'Bearer forged.jwt.value' } });
    const closed = await socket.closed();
    expect(closed.code).toBe(4401);
    expect(closed.reason).toMatch(/^Unauthorized/);
  });

  it('closes 4401 when connection_init names nobody (no token anywhere)', async () => {
    const socket = await openSocket();
    socket.send({ type: 'connection_init', payload: {} });
    expect((await socket.closed()).code).toBe(4401);
  });

  it('closes 4401 for a token of an account that is not active', async () => {
    const user = await insertUser();
    await env.DB.prepare("UPDATE users SET status = 'suspended' WHERE id = ?").bind(user).run();
    const socket = await openSocket();
    socket.send({
      type: 'connection_init',
      payload: { authorization: `Bearer ${await tokenFor(user)}` },
    });
    const closed = await socket.closed();
    expect(closed.code).toBe(4401);
    expect(closed.reason).toContain('suspended');
  });

  it('closes 4429 on a second connection_init', async () => {
    const socket = await connectAs(await insertUser());
    socket.send({ type: 'connection_init' });
    expect((await socket.closed()).code).toBe(4429);
  });

  it('closes 4401 when subscribe comes before connection_ack', async () => {
    const socket = await openSocket();
    socket.send({ type: 'subscribe', id: '1', payload: { query: 'subscription { __typename }' } });
    expect((await socket.closed()).code).toBe(4401);
  });

  it('closes 4400 on a message that is not JSON, or of an unknown type, or misshapen', async () => {
    for (const message of [
      'not json',
      { type: 'hello' },
      { type: 'subscribe', id: '', payload: { query: '{ viewer { id } }' } },
      { type: 'subscribe', id: '1', payload: { query: 42 } },
      { type: 'connection_ack' },
    ]) {
      const socket = await connectAs(await insertUser());
      socket.send(message);
      const closed = await socket.closed();
      expect(closed.code, JSON.stringify(message)).toBe(4400);
    }
  });

  it('closes 4400 on a message larger than the cap', async () => {
    const socket = await connectAs(await insertUser());
    socket.send({
      type: 'subscribe',
      id: '1',
      payload: { query: `subscription { __typename } # ${'x'.repeat(100_001)}` },
    });
    const closed = await socket.closed();
    expect(closed.code).toBe(4400);
    expect(closed.reason).toContain('Message too large');
  });

  it('closes 4408 when connection_init does not come before the init deadline (the alarm)', async () => {
    const socket = await openSocket();
    const id = socket.objectId;
    if (!id) throw new Error('no socket object');
    expect(await runDurableObjectAlarm(env.GRAPHQL_SOCKET.get(id))).toBe(true);
    expect((await socket.closed()).code).toBe(4408);
  });
});

describe('GraphQL over WebSocket: lifetime', () => {
  it('closes normally (1000) when the connection reaches its lifetime (the alarm after ack)', async () => {
    const socket = await connectAs(await insertUser());
    const id = socket.objectId;
    if (!id) throw new Error('no socket object');
    expect(await runDurableObjectAlarm(env.GRAPHQL_SOCKET.get(id))).toBe(true);
    const closed = await socket.closed();
    expect(closed.code).toBe(1000);
    expect(closed.reason).toContain('lifetime');
  });
});

describe('GraphQL over WebSocket: ping and pong', () => {
  it('answers a bare ping with a pong (by the runtime, the object may hibernate)', async () => {
    const socket = await connectAs(await insertUser());
    socket.send({ type: 'ping' });
    expect(await socket.next()).toEqual({ type: 'pong' });
    socket.close();
  });

  it('answers a ping with a payload with a pong echoing it, before and after init', async () => {
    const socket = await openSocket();
    await socket.roundTrip();
    socket.send({
      type: 'connection_init',
      payload: { authorization: `Bearer ${await tokenFor(await insertUser())}` },
    });
    expect(await socket.next()).toEqual({ type: 'connection_ack' });
    await socket.roundTrip();
    socket.close();
  });

  it('takes a pong (the answer to a ping of its own) without answering or closing', async () => {
    const socket = await connectAs(await insertUser());
    socket.send({ type: 'pong', payload: { from: 'client' } });
    await socket.roundTrip();
    expect(socket.pending()).toEqual([]);
    socket.close();
  });
});

describe('GraphQL over WebSocket: operations that are not subscriptions', () => {
  it('refuses a query with an error message and keeps the connection', async () => {
    const socket = await connectAs(await insertUser());
    socket.send({ type: 'subscribe', id: 'q1', payload: { query: '{ viewer { id } }' } });
    const refused = await socket.next();
    expect(refused).toMatchObject({
      type: 'error',
      id: 'q1',
      payload: [{ extensions: { code: 'OPERATION_NOT_SUPPORTED' } }],
    });
    await socket.roundTrip();
    socket.close();
  });

  it('answers a document that does not validate with its validation errors', async () => {
    const socket = await connectAs(await insertUser());
    socket.send({
      type: 'subscribe',
      id: 'bad',
      payload: { query: 'subscription Bad($x: NoSuchType) { __typename }' },
    });
    const refused = await socket.next();
    expect(refused.type).toBe('error');
    expect(refused.id).toBe('bad');
    expect(JSON.stringify(refused.payload)).toContain('Unknown type \\"NoSuchType\\"');
    socket.close();
  });

  it('applies the HTTP depth limit to a subscribe', async () => {
    const socket = await connectAs(await insertUser());
    const deep = `subscription { ${'a { '.repeat(12)}b${' }'.repeat(12)} }`;
    socket.send({ type: 'subscribe', id: 'deep', payload: { query: deep } });
    const refused = await socket.next();
    expect(refused.type).toBe('error');
    expect(JSON.stringify(refused.payload)).toContain('DEPTH_LIMIT_EXCEEDED');
    socket.close();
  });
});
