import { env } from 'cloudflare:workers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { JWT_CLOCK_SKEW_SECONDS } from '../../src/auth/jwt';
import { setSetting } from '../admin/helpers';
import {
  ApiTokensCreateDocument,
  ApiTokensRevokeDocument,
  RtCreateWorkItemDocument,
  RtWorkItemChangedDocument,
} from '../generated/graphql';
import { makeAdmin } from '../hardening/helpers';
import { gql, mutate, tokenFor, variant } from '../helpers/client';

import { connectAs, openSocket, type TestSocket } from '../helpers/socket';
import { workspaceWithMember } from '../helpers/work-seed';
import { subscribe } from './sse';

// A stream opened while its subscriber was in good standing must not outlive that standing:
// each event is judged with the subscriber's token, account and maintenance mode as they are
// when it is read, as the door judges each request.

afterEach(async () => {
  vi.useRealTimers();
  await setSetting('maintenance_mode', 'false');
});

/** A JWT expiring in 30 seconds, and a move of the clock past that expiry and its skew. */
async function shortLivedJwt(userId: string) {
  const token = await tokenFor(userId, '30s');
  const passExpiry = () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + (30 + JWT_CLOCK_SKEW_SECONDS + 2) * 1000);
  };
  return { token, passExpiry };
}

async function readToken(userId: string) {
  const created = await gql(
    ApiTokensCreateDocument,
    { input: { name: 'stream reader', scopes: ['READ'] } },
    { as: userId },
  );
  return variant(created.data?.createApiToken, 'CreateApiTokenSuccess').data;
}

const createItem = (workspace: string, title: string, as: string) =>
  mutate(RtCreateWorkItemDocument, { workspaceId: workspace, title, visibility: 'SQUAD' }, as);

function subscribeToItems(socket: TestSocket, workspace: string) {
  socket.send({
    type: 'subscribe',
    id: 'items',
    payload: { query: RtWorkItemChangedDocument.toString(), variables: { workspaceId: workspace } },
  });
  return socket.subscribed('items');
}

describe('a subscriber whose standing changed, over SSE', () => {
  it('ends the stream of a revoked API token with TOKEN_REVOKED, delivering nothing more', async () => {
    const { owner, member, workspace } = await workspaceWithMember();
    const { token, apiToken } = await readToken(member);
    const stream = await subscribe(
      RtWorkItemChangedDocument,
      { workspaceId: workspace },
      { headers: { Authorization: `Bearer ${token}` } },
    );
    await createItem(workspace, 'Before the revocation', owner);
    expect((await stream.nextData()).data.workItemChanged.workItem?.title).toBe(
      'Before the revocation',
    );

    await gql(ApiTokensRevokeDocument, { id: apiToken.id }, { as: member });
    await createItem(workspace, 'After the revocation', owner);
    const ended = await stream.next();
    expect(ended.event).toBe('next');
    expect(ended.data?.data?.workItemChanged ?? null).toBeNull();
    expect(ended.data?.errors?.[0]?.extensions?.code).toBe('TOKEN_REVOKED');
    expect(JSON.stringify(ended)).not.toContain('After the revocation');
    expect((await stream.next()).event).toBe('complete');
  });

  it('ends the stream of a user whose account was suspended', async () => {
    const { owner, member, workspace } = await workspaceWithMember();
    const stream = await subscribe(
      RtWorkItemChangedDocument,
      { workspaceId: workspace },
      { as: member },
    );
    await env.DB.prepare("UPDATE users SET status = 'suspended' WHERE id = ?").bind(member).run();
    await createItem(workspace, 'While suspended', owner);
    const ended = await stream.next();
    expect(ended.data?.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(ended)).not.toContain('While suspended');
    expect((await stream.next()).event).toBe('complete');
  });

  it('ends the stream of a user whose JWT expired since it opened, with TOKEN_EXPIRED', async () => {
    const { owner, member, workspace } = await workspaceWithMember();
    const { token, passExpiry } = await shortLivedJwt(member);
    const stream = await subscribe(
      RtWorkItemChangedDocument,
      { workspaceId: workspace },
      { headers: { Authorization: `Bearer ${token}` } },
    );
    await createItem(workspace, 'Before the expiry', owner);
    expect((await stream.nextData()).data.workItemChanged.workItem?.title).toBe(
      'Before the expiry',
    );

    passExpiry();
    await createItem(workspace, 'After the expiry', owner);
    const ended = await stream.next();
    expect(ended.data?.errors?.[0]?.extensions?.code).toBe('TOKEN_EXPIRED');
    expect(JSON.stringify(ended)).not.toContain('After the expiry');
    expect((await stream.next()).event).toBe('complete');
  });

  it("ends a non-admin's stream once maintenance begins; an admin's goes on", async () => {
    const { owner, member, workspace } = await workspaceWithMember();
    await makeAdmin(owner, 'admin');
    const members = await subscribe(
      RtWorkItemChangedDocument,
      { workspaceId: workspace },
      { as: member },
    );
    const admins = await subscribe(
      RtWorkItemChangedDocument,
      { workspaceId: workspace },
      { as: owner },
    );
    await setSetting('maintenance_mode', 'true');
    await createItem(workspace, 'During maintenance', owner);
    const ended = await members.next();
    expect(ended.data?.errors?.[0]?.extensions?.code).toBe('MAINTENANCE_MODE');
    expect(JSON.stringify(ended)).not.toContain('During maintenance');
    expect((await members.next()).event).toBe('complete');
    expect((await admins.nextData()).data.workItemChanged.workItem?.title).toBe(
      'During maintenance',
    );
    await admins.close();
  });
});

describe('a subscriber whose standing changed, over WebSocket', () => {
  it('closes the connection of a revoked API token (4401) before its next event', async () => {
    const { owner, member, workspace } = await workspaceWithMember();
    const { token, apiToken } = await readToken(member);
    const socket = await openSocket();
    socket.send({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } });
    expect(await socket.next()).toEqual({ type: 'connection_ack' });
    await subscribeToItems(socket, workspace);

    await gql(ApiTokensRevokeDocument, { id: apiToken.id }, { as: member });
    await createItem(workspace, 'After the revocation', owner);
    const closed = await socket.closed();
    expect(closed.code).toBe(4401);
    expect(closed.reason).toContain('revoked');
    expect(socket.pending()).toEqual([]);
  });

  it('closes the connection of a user whose JWT expired since connection_init (4401)', async () => {
    const { owner, member, workspace } = await workspaceWithMember();
    const { token, passExpiry } = await shortLivedJwt(member);
    const socket = await openSocket();
    socket.send({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } });
    expect(await socket.next()).toEqual({ type: 'connection_ack' });
    await subscribeToItems(socket, workspace);

    passExpiry();
    await createItem(workspace, 'After the expiry', owner);
    const closed = await socket.closed();
    expect(closed.code).toBe(4401);
    expect(closed.reason).toContain('expired');
    expect(socket.pending()).toEqual([]);
  });

  it('closes a connection whose JWT expired when it next subscribes (4401), admitting nothing', async () => {
    const { member, workspace } = await workspaceWithMember();
    const { token, passExpiry } = await shortLivedJwt(member);
    const socket = await openSocket();
    socket.send({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } });
    expect(await socket.next()).toEqual({ type: 'connection_ack' });

    passExpiry();
    socket.send({
      type: 'subscribe',
      id: 'late',
      payload: {
        query: RtWorkItemChangedDocument.toString(),
        variables: { workspaceId: workspace },
      },
    });
    const closed = await socket.closed();
    expect(closed.code).toBe(4401);
    expect(closed.reason).toContain('expired');
    expect(socket.pending()).toEqual([]);
  });

  it('ends a subscription with MAINTENANCE_MODE, then completes it', async () => {
    const { owner, member, workspace } = await workspaceWithMember();
    await makeAdmin(owner, 'admin');
    const socket = await connectAs(member);
    await subscribeToItems(socket, workspace);
    await setSetting('maintenance_mode', 'true');
    await createItem(workspace, 'During maintenance', owner);
    const ended = await socket.next();
    expect(ended).toMatchObject({
      type: 'next',
      id: 'items',
      payload: { errors: [{ extensions: { code: 'MAINTENANCE_MODE' } }] },
    });
    // The event was not delivered: no eventId a client would resume after, skipping it.
    expect(ended).not.toHaveProperty('payload.extensions');
    expect(JSON.stringify(ended)).not.toContain('During maintenance');
    expect(await socket.next()).toEqual({ type: 'complete', id: 'items' });
    socket.close();
  });
});
