import { afterEach, describe, expect, it } from 'vitest';
import { FAILED_AUTHENTICATIONS_PER_MINUTE } from '../../src/rate-limit/failed-auth-limit';
import { setSetting } from '../admin/helpers';
import { ApiTokensCreateDocument } from '../generated/graphql';
import { makeAdmin, sendWith } from '../hardening/helpers';
import { gql, send, tokenFor, variant } from '../helpers/client';
import { insertUser } from '../helpers/seed';
import { connectAs, openSocket } from '../helpers/socket';

const UPGRADE = { Upgrade: 'websocket', 'Sec-WebSocket-Protocol': 'graphql-transport-ws' };

async function apiToken(userId: string, scopes: ('READ' | 'WRITE')[]) {
  const created = await gql(
    ApiTokensCreateDocument,
    { input: { name: `socket ${scopes.join('+')}`, scopes } },
    { as: userId },
  );
  return variant(created.data?.createApiToken, 'CreateApiTokenSuccess').data.token;
}

describe('GraphQL over WebSocket: the one door', () => {
  afterEach(async () => {
    await setSetting('maintenance_mode', 'false');
    await setSetting('default_rate_limit', '120');
  });

  it("names the connection's object in development and tests only, never in production", async () => {
    const tested = await send('/graphql', { headers: UPGRADE });
    expect(tested.status).toBe(101);
    expect(tested.headers.get('x-debug-socket-name')).toMatch(/^[0-9a-f-]{36}$/);
    tested.webSocket?.accept();
    tested.webSocket?.close(1000, 'done');
    const production = await sendWith({ ENVIRONMENT: 'production' }, '/graphql', {
      headers: UPGRADE,
    });
    expect(production.status).toBe(101);
    expect(production.headers.get('x-debug-socket-name')).toBeNull();
    production.webSocket?.accept();
    production.webSocket?.close(1000, 'done');
  });

  it("refuses a user's upgrade during maintenance (503), but lets an admin through", async () => {
    await setSetting('maintenance_mode', 'true');
    const user = await insertUser();
    const refused = await send('/graphql', {
      headers: { ...UPGRADE, Authorization: `Bearer ${await tokenFor(user)}` },
    });
    expect(refused.status).toBe(503);
    expect(refused.webSocket).toBeNull();
    const body = (await refused.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('MAINTENANCE_MODE');

    const admin = await insertUser();
    await makeAdmin(admin);
    const socket = await openSocket({ Authorization: `Bearer ${await tokenFor(admin)}` });
    expect(socket.response.status).toBe(101);
    socket.send({ type: 'connection_init' });
    expect(await socket.next()).toEqual({ type: 'connection_ack' });
    socket.close();
  });

  it('during maintenance, lets a browser connect (token in connection_init): an admin subscribes, a user is refused', async () => {
    await setSetting('maintenance_mode', 'true');
    const admin = await insertUser();
    await makeAdmin(admin);
    const user = await insertUser();
    const subscribeAs = async (who: string) => {
      const socket = await openSocket();
      expect(socket.response.status).toBe(101);
      socket.send({
        type: 'connection_init',
        payload: { authorization: `Bearer ${await tokenFor(who)}` },
      });
      expect(await socket.next()).toEqual({ type: 'connection_ack' });
      socket.send({
        type: 'subscribe',
        id: 'inbox',
        payload: { query: 'subscription Inbox { inboxItemAdded { id } }' },
      });
      return socket;
    };
    const admins = await subscribeAs(admin);
    await admins.subscribed('inbox');
    expect(admins.pending()).toEqual([]);
    admins.close();

    const users = await subscribeAs(user);
    expect(await users.next()).toMatchObject({
      type: 'error',
      id: 'inbox',
      payload: [{ extensions: { code: 'MAINTENANCE_MODE' } }],
    });
    users.close();
  });

  it('refuses a subscribe once maintenance began on an open connection', async () => {
    const socket = await connectAs(await insertUser());
    await setSetting('maintenance_mode', 'true');
    socket.send({
      type: 'subscribe',
      id: 'm',
      payload: { query: 'subscription Inbox { inboxItemAdded { id } }' },
    });
    expect(await socket.next()).toMatchObject({
      type: 'error',
      id: 'm',
      payload: [{ extensions: { code: 'MAINTENANCE_MODE' } }],
    });
    socket.close();
  });

  it('counts the upgrade against the address and connection_init against the viewer', async () => {
    await setSetting('default_rate_limit', '1');
    const address = (n: number) => ({ 'CF-Connecting-IP': `198.51.100.${n}` });
    const first = await openSocket(address(1));
    // The address has spent its one request on the upgrade.
    const refused = await send('/graphql', { headers: { ...UPGRADE, ...address(1) } });
    expect(refused.status).toBe(429);
    expect(refused.webSocket).toBeNull();

    const token = await tokenFor(await insertUser());
    first.send({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } });
    expect(await first.next()).toEqual({ type: 'connection_ack' });
    // The same viewer from another address: the upgrade passes, the init is one too many.
    const second = await openSocket(address(2));
    second.send({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } });
    const closed = await second.closed();
    expect(closed.code).toBe(4429);
    expect(closed.reason).toContain('Rate limit exceeded');
    first.close();
  });

  it('takes an integrator token (its read scope is what feeds ask for)', async () => {
    const reader = await openSocket();
    reader.send({
      type: 'connection_init',
      payload: { authorization: `Bearer ${await apiToken(await insertUser(), ['READ'])}` },
    });
    expect(await reader.next()).toEqual({ type: 'connection_ack' });
    reader.close();
  });

  it('closes 4401 for a revoked or unknown API token', async () => {
    const socket = await openSocket();
    socket.send({
      type: 'connection_init',
      payload: { authorization: `Bearer gwt_${'x'.repeat(40)}` },
    });
    expect((await socket.closed()).code).toBe(4401);
  });

  it('counts bad tokens in connection_init against the address: past the budget, 4429', async () => {
    const address = { 'CF-Connecting-IP': '198.51.100.77' };
    const codes: number[] = [];
    // The budget is per clock minute: a run that crosses into the next minute starts it again,
    // so it may take up to twice the budget to see the refusal.
    while (codes.at(-1) !== 4429 && codes.length <= 2 * FAILED_AUTHENTICATIONS_PER_MINUTE + 1) {
      const socket = await openSocket(address);
      socket.send({
        type: 'connection_init',
        payload: { authorization: 'Bearer forged.jwt.value' },
      });
      codes.push((await socket.closed()).code);
    }
    expect(codes.at(-1)).toBe(4429);
    expect(codes.length).toBeGreaterThanOrEqual(FAILED_AUTHENTICATIONS_PER_MINUTE);
    expect(codes.slice(0, -1).every((code) => code === 4401)).toBe(true);
  });
});
