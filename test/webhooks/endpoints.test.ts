import { env } from 'cloudflare:workers';
import { Webhook } from 'standardwebhooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  API_TOKEN_PREFIX,
  API_TOKEN_RANDOM_LENGTH,
  digestApiToken,
} from '../../src/auth/api-tokens';
import { randomToken } from '../../src/resolvers/ids';
import {
  WebhooksCreateEndpointDocument,
  WebhooksDeleteEndpointDocument,
  WebhooksEndpointListsDocument,
  WebhooksRedeliverDocument,
  WebhooksRotateSecretDocument,
  WebhooksUpdateEndpointDocument,
} from '../generated/graphql';
import { gql, mutate, variant } from '../helpers/client';
import { addMember, insertUser, insertWorkspace } from '../helpers/seed';
import { gid } from '../helpers/work-seed';
import { consume, createEndpoint, heldQueue, RECEIVER, standInReceiver } from './helpers';

afterEach(() => {
  vi.restoreAllMocks();
});

async function managedWorkspace() {
  const owner = await insertUser();
  const workspace = await insertWorkspace(owner);
  return { owner, workspace, workspaceId: gid('Workspace', workspace) };
}

async function auditActions(targetId: string) {
  const { results } = await env.DB.prepare(
    'SELECT action, actor_id, changes_json FROM audit_logs WHERE target_id = ? ORDER BY created_at',
  )
    .bind(targetId)
    .all<{ action: string; actor_id: string | null; changes_json: string | null }>();
  return results;
}

/** `Workspace.webhookEndpoints.totalCount` of a node, when it is a workspace. */
function workspaceEndpointCount(node: unknown): number | null {
  const counted = node as { webhookEndpoints?: { totalCount: number } } | null | undefined;
  return counted?.webhookEndpoints?.totalCount ?? null;
}

const rawId = (globalId: string) => atob(globalId).split(':')[1] as string;

describe('webhook endpoints', () => {
  it('creates an endpoint with a secret shown once, stored encrypted, and pings it signed', async () => {
    const { owner, workspaceId } = await managedWorkspace();
    const queue = heldQueue();
    const receiver = standInReceiver();
    const { secret, endpoint } = await createEndpoint(owner, workspaceId, [
      'WORK_ITEM_CREATED',
      'WORK_ITEM_UPDATED',
    ]);
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(endpoint.events).toEqual(['WORK_ITEM_CREATED', 'WORK_ITEM_UPDATED']);
    expect(endpoint.status).toBe('ENABLED');
    expect(endpoint.owner.id).toBe(gid('User', owner));

    // At rest: sealed, not the secret itself.
    const row = await env.DB.prepare('SELECT encrypted_secret FROM webhook_endpoints WHERE id = ?')
      .bind(rawId(endpoint.id))
      .first<{ encrypted_secret: string }>();
    expect(row?.encrypted_secret).toMatch(/^v1\./);
    expect(row?.encrypted_secret).not.toContain(secret.slice(6));

    // The ping was enqueued by the mutation; the consumer sends it, signed.
    const [ping] = queue.take();
    expect(ping).toMatchObject({ attempt: 1 });
    await consume([ping as NonNullable<typeof ping>]);
    expect(receiver.requests).toHaveLength(1);
    const request = receiver.requests[0] as (typeof receiver.requests)[number];
    expect(request.url).toBe(endpoint.url);
    expect(JSON.parse(request.body)).toMatchObject({
      id: ping?.deliveryId,
      type: 'webhook.ping',
      data: { workspaceId, endpointId: endpoint.id },
    });
    // The reference library of Standard Webhooks verifies it.
    expect(new Webhook(secret).verify(request.body, request.headers)).toMatchObject({
      type: 'webhook.ping',
    });
    expect(() => new Webhook(secret).verify(`${request.body} `, request.headers)).toThrow();
    // Redirects are never followed.
    expect(receiver.inits[0]?.redirect).toBe('manual');

    const audit = await auditActions(rawId(endpoint.id));
    expect(audit.map((entry) => entry.action)).toEqual(['webhook_endpoint.create']);
    expect(audit[0]?.actor_id).toBe(owner);
    expect(audit[0]?.changes_json).not.toContain('whsec_');
  });

  it('lets workspace owners and admins manage endpoints, not members, strangers or read tokens', async () => {
    const { owner, workspace, workspaceId } = await managedWorkspace();
    const admin = await insertUser();
    const member = await insertUser();
    const stranger = await insertUser();
    await addMember(workspace, admin, 'admin');
    await addMember(workspace, member, 'member');
    heldQueue();
    const input = {
      workspaceId,
      url: `${RECEIVER}/managed`,
      events: ['WORK_ITEM_CREATED' as const],
    };

    const byAdmin = await mutate(WebhooksCreateEndpointDocument, input, admin);
    expect(byAdmin?.__typename).toBe('CreateWebhookEndpointSuccess');
    const byMember = await mutate(WebhooksCreateEndpointDocument, input, member);
    expect(byMember?.__typename).toBe('ForbiddenError');
    // A workspace one is not in answers as a missing one.
    const byStranger = await mutate(WebhooksCreateEndpointDocument, input, stranger);
    expect(byStranger?.__typename).toBe('NotFoundError');
    const count = await env.DB.prepare(
      'SELECT count(*) AS n FROM webhook_endpoints WHERE workspace_id = ?',
    )
      .bind(workspace)
      .first<{ n: number }>();
    expect(count?.n).toBe(1);

    // The lists: the viewer's own (every workspace they manage) and the workspace's.
    const lists = await gql(WebhooksEndpointListsDocument, { workspaceId }, { as: owner });
    expect(lists.data?.viewer?.webhookEndpoints.totalCount).toBe(1);
    expect(workspaceEndpointCount(lists.data?.node)).toBe(1);
    const asMember = await gql(WebhooksEndpointListsDocument, { workspaceId }, { as: member });
    expect(asMember.data?.viewer?.webhookEndpoints.totalCount).toBe(0);
    expect(workspaceEndpointCount(asMember.data?.node)).toBe(0);
  });

  it('refuses an integrator token without WRITE, and accepts one with it', async () => {
    const { owner, workspaceId } = await managedWorkspace();
    heldQueue();
    const tokens: Record<string, string> = {};
    for (const scope of ['read', 'read,write']) {
      const token = API_TOKEN_PREFIX + randomToken(API_TOKEN_RANDOM_LENGTH);
      const digest = await digestApiToken(token);
      await env.DB.prepare(
        'INSERT INTO api_tokens (id, user_id, name, token_hash, token_prefix, scopes) VALUES (?, ?, ?, ?, ?, ?)',
      )
        .bind(`tok_${crypto.randomUUID()}`, owner, scope, digest, token.slice(0, 10), scope)
        .run();
      tokens[scope] = token;
    }
    const input = { workspaceId, url: `${RECEIVER}/token`, events: ['WORK_ITEM_CREATED' as const] };
    const readOnly = await gql(WebhooksCreateEndpointDocument, { input }, { token: tokens.read });
    expect(readOnly.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const writing = await gql(
      WebhooksCreateEndpointDocument,
      { input },
      { token: tokens['read,write'] },
    );
    expect(writing.data?.createWebhookEndpoint?.__typename).toBe('CreateWebhookEndpointSuccess');
  });

  it('updates, disables and deletes an endpoint, each audited', async () => {
    const { owner, workspaceId } = await managedWorkspace();
    heldQueue();
    const { endpoint } = await createEndpoint(owner, workspaceId);
    const updated = variant(
      await mutate(
        WebhooksUpdateEndpointDocument,
        {
          endpointId: endpoint.id,
          url: `${RECEIVER}/moved`,
          events: ['LIST_ITEM_ADDED'],
          description: 'Moved',
          enabled: false,
        },
        owner,
      ),
      'UpdateWebhookEndpointSuccess',
    ).data;
    expect(updated).toMatchObject({
      url: `${RECEIVER}/moved`,
      events: ['LIST_ITEM_ADDED'],
      description: 'Moved',
      status: 'DISABLED',
    });
    const badUrl = await mutate(
      WebhooksUpdateEndpointDocument,
      { endpointId: endpoint.id, url: 'https://10.0.0.8/hook' },
      owner,
    );
    expect(badUrl?.__typename).toBe('ValidationError');
    const deleted = variant(
      await mutate(WebhooksDeleteEndpointDocument, { endpointId: endpoint.id }, owner),
      'DeleteWebhookEndpointSuccess',
    );
    expect(deleted.data).toBe(endpoint.id);
    const again = await mutate(WebhooksDeleteEndpointDocument, { endpointId: endpoint.id }, owner);
    expect(again?.__typename).toBe('NotFoundError');
    expect((await auditActions(rawId(endpoint.id))).map((entry) => entry.action)).toEqual([
      'webhook_endpoint.create',
      'webhook_endpoint.update',
      'webhook_endpoint.delete',
    ]);
    const update = (await auditActions(rawId(endpoint.id))).find(
      (entry) => entry.action === 'webhook_endpoint.update',
    );
    expect(JSON.parse(update?.changes_json ?? '{}')).toEqual({
      from: {
        url: endpoint.url,
        eventTypes: expect.any(String),
        description: endpoint.description ?? null,
        status: 'enabled',
      },
      to: {
        url: `${RECEIVER}/moved`,
        eventTypes: '["list_item.added"]',
        description: 'Moved',
        status: 'disabled',
      },
    });
  });

  it('signs with the old and the new secret for 24 hours after a rotation, then the new only', async () => {
    const { owner, workspaceId } = await managedWorkspace();
    const queue = heldQueue();
    const receiver = standInReceiver();
    const { secret: oldSecret, endpoint } = await createEndpoint(owner, workspaceId);
    queue.take();
    const rotated = variant(
      await mutate(WebhooksRotateSecretDocument, { endpointId: endpoint.id }, owner),
      'RotateWebhookSecretSuccess',
    ).data;
    const newSecret = rotated.secret;
    expect(newSecret).not.toBe(oldSecret);
    expect(Date.parse(rotated.endpoint.previousSecretExpiresAt ?? '')).toBeGreaterThan(
      Date.now() + 23 * 3600_000,
    );

    // A delivery during the overlap: two v1 signatures, each secret verifies it.
    const pingId = await env.DB.prepare(
      "SELECT id FROM webhook_deliveries WHERE endpoint_id = ? AND event_type = 'webhook.ping'",
    )
      .bind(rawId(endpoint.id))
      .first<{ id: string }>();
    await consume([{ deliveryId: pingId?.id as string, attempt: 1 }]);
    const during = receiver.requests[0] as (typeof receiver.requests)[number];
    expect(during.headers['webhook-signature']?.split(' ')).toHaveLength(2);
    expect(() => new Webhook(newSecret).verify(during.body, during.headers)).not.toThrow();
    expect(() => new Webhook(oldSecret).verify(during.body, during.headers)).not.toThrow();
    // Independently of both the gateway's code and the library: WebCrypto HMAC of id.timestamp.body.
    for (const secret of [oldSecret, newSecret]) {
      expect(during.headers['webhook-signature']).toContain(
        `v1,${await hmac(secret, `${during.headers['webhook-id']}.${during.headers['webhook-timestamp']}.${during.body}`)}`,
      );
    }

    // The overlap ends (its end moved into the past): only the new secret signs.
    await env.DB.prepare('UPDATE webhook_endpoints SET previous_secret_expires_at = ? WHERE id = ?')
      .bind(new Date(Date.now() - 1000).toISOString(), rawId(endpoint.id))
      .run();
    await redeliverPing(owner, pingId?.id as string, queue);
    const after = receiver.requests[1] as (typeof receiver.requests)[number];
    expect(after.headers['webhook-id']).toBe(during.headers['webhook-id']);
    expect(after.headers['webhook-signature']?.split(' ')).toHaveLength(1);
    expect(() => new Webhook(newSecret).verify(after.body, after.headers)).not.toThrow();
    expect(() => new Webhook(oldSecret).verify(after.body, after.headers)).toThrow();
    const rotation = (await auditActions(rawId(endpoint.id))).find(
      (entry) => entry.action === 'webhook_endpoint.rotate_secret',
    );
    expect(JSON.parse(rotation?.changes_json ?? '{}')).toEqual({
      previousSecretExpiresAt: rotated.endpoint.previousSecretExpiresAt,
      endedEarlier: false,
    });
    expect(rotation?.changes_json).not.toContain(oldSecret);
    expect(rotation?.changes_json).not.toContain(newSecret);
  });
});

async function hmac(secret: string, content: string): Promise<string> {
  const key = await crypto.subtle.importKey(
    'raw',
    Uint8Array.from(atob(secret.slice('whsec_'.length)), (c) => c.charCodeAt(0)),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const signature = new Uint8Array(
    await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(content)),
  );
  return btoa(String.fromCharCode(...signature));
}

async function redeliverPing(
  owner: string,
  deliveryId: string,
  queue: ReturnType<typeof heldQueue>,
) {
  const result = variant(
    await mutate(
      WebhooksRedeliverDocument,
      { deliveryId: gid('WebhookDelivery', deliveryId) },
      owner,
    ),
    'RedeliverWebhookEventSuccess',
  );
  expect(result.data.status).toBe('PENDING');
  await consume(queue.take());
}
