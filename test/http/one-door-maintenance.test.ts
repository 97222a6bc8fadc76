import { env } from 'cloudflare:workers';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { count, insertAdmin, setSetting } from '../admin/helpers';
import { liftRateLimit } from '../hardening/helpers';
import { gql, send, tokenFor } from '../helpers/client';
import { insertUser } from '../helpers/seed';
import { befriendEveryone, insertUserWith, seedInvite, seedThread } from '../threads/helpers';

// Maintenance mode keeps everyone but admins out of every entry that runs an operation:
// /graphql (reads and writes), POST /api/threads and the invite links. Refused requests answer
// 503 MAINTENANCE_MODE and change no row; admins go on as usual.

type Body = {
  data?: unknown;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  extensions?: Record<string, unknown>;
};

const CREATE_WORKSPACE = `mutation($name: String!) {
  createWorkspace(input: { name: $name }) { __typename }
}`;

/** Every row the refused requests below could have written, counted. */
async function writableRows() {
  return {
    workspaces: await count('SELECT count(*) AS n FROM workspaces'),
    threads: await count('SELECT count(*) AS n FROM threads'),
    invites: await count('SELECT count(*) AS n FROM thread_invites'),
    participants: await count('SELECT count(*) AS n FROM thread_participants'),
    inbox: await count('SELECT count(*) AS n FROM inbox_items'),
    answered: await count("SELECT count(*) AS n FROM thread_invites WHERE status != 'pending'"),
  };
}

function expectMaintenanceRefusal(status: number, body: Body) {
  expect(status).toBe(503);
  expect(body.data ?? null).toBeNull();
  expect(body.errors).toEqual([
    expect.objectContaining({
      message: expect.stringContaining('maintenance mode'),
      extensions: expect.objectContaining({ code: 'MAINTENANCE_MODE' }),
    }),
  ]);
}

const restCreate = async (userId: string, title: string) =>
  send('/api/threads', {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${await tokenFor(userId)}`,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({ title }),
  });

/** Invite links are limited per address: each request comes from a new one. */
let address = 0;
const fromNewAddress = (method: 'GET' | 'POST') => {
  address += 1;
  return { method, headers: { 'CF-Connecting-IP': `10.9.${address >> 8}.${address & 255}` } };
};

beforeAll(liftRateLimit);

describe('maintenance mode at every entry', () => {
  beforeEach(() => setSetting('maintenance_mode', 'true'));
  afterEach(() => setSetting('maintenance_mode', 'false'));

  it('/graphql: refuses non-admin reads and writes with 503, admins go on', async () => {
    const user = await insertUser();
    const admin = await insertAdmin('support');
    const before = await writableRows();

    const read = await gql('{ viewer { id } }', {}, { as: user });
    expectMaintenanceRefusal(read.status, read);
    expect(read.headers.get('X-Request-Id')).toBe(read.extensions?.requestId);
    const write = await gql(CREATE_WORKSPACE, { name: 'During maintenance' }, { as: user });
    expectMaintenanceRefusal(write.status, write);
    const anonymous = await gql('{ __typename }');
    expectMaintenanceRefusal(anonymous.status, anonymous);
    expect(await writableRows()).toEqual(before);

    const adminRead = await gql<{ viewer: { id: string } }>('{ viewer { id } }', {}, { as: admin });
    expect(adminRead.status).toBe(200);
    expect(adminRead.data?.viewer.id).toEqual(expect.any(String));
    const adminWrite = await gql(CREATE_WORKSPACE, { name: 'Admin fix' }, { as: admin });
    expect(adminWrite.data).toEqual({ createWorkspace: { __typename: 'CreateWorkspaceSuccess' } });
  });

  it('/graphql: still serves the GraphiQL page and CORS preflights, which run no operation', async () => {
    // An admin opens GraphiQL to turn maintenance off: the page load carries no token.
    const page = await send('/graphql', { headers: { Accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('Content-Type')).toContain('text/html');
    await page.body?.cancel();
    // A browser asks before an admin tool on another origin sends its (authorized) request.
    const preflight = await send('/graphql', {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://admin-tool.example.test',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization, content-type',
      },
    });
    expect(preflight.status).toBeLessThan(300);
    expect(preflight.headers.get('Access-Control-Allow-Methods')).toContain('POST');
  });

  it('POST /api/threads: refused with 503 and nothing written; an admin creates the thread', async () => {
    const user = await insertUser();
    await befriendEveryone(user);
    await insertUserWith({});
    const before = await writableRows();
    const refused = await restCreate(user, 'Sneaked in during maintenance');
    expectMaintenanceRefusal(refused.status, (await refused.json()) as Body);
    expect(refused.headers.get('X-Request-Id')).toBeTruthy();
    expect(await writableRows()).toEqual(before);

    const admin = await insertAdmin('admin');
    const created = await restCreate(admin, 'Admin thread');
    expect(created.status).toBe(201);
    expect(((await created.json()) as { __typename: string }).__typename).toBe(
      'CreateThreadSuccess',
    );
  });

  it('invite links: the page answers a 503 maintenance page, accept and decline write nothing', async () => {
    const owner = await insertUser();
    const thread = await seedThread(owner, { title: 'Paused thread' });
    const invite = await seedInvite(thread, { userId: await insertUser() });
    const before = await writableRows();

    const page = await send(`/i/${invite.token}`, fromNewAddress('GET'));
    expect(page.status).toBe(503);
    expect(page.headers.get('Content-Type')).toContain('text/html');
    expect(page.headers.get('X-Request-Id')).toBeTruthy();
    const html = await page.text();
    expect(html).toContain('maintenance');
    expect(html).not.toContain('Paused thread');
    expect(html).not.toContain('<form');

    for (const action of ['accept', 'decline']) {
      const answer = await send(`/i/${invite.token}/${action}`, fromNewAddress('POST'));
      expect(answer.status).toBe(503);
      expect(await answer.text()).toContain('maintenance');
    }
    expect(await writableRows()).toEqual(before);
    const row = await env.DB.prepare('SELECT status, responded_at FROM thread_invites WHERE id = ?')
      .bind(invite.id)
      .first();
    expect(row).toEqual({ status: 'pending', responded_at: null });

    // Once maintenance ends the same link works: the refusal lost nothing.
    await setSetting('maintenance_mode', 'false');
    const accepted = await send(`/i/${invite.token}/accept`, fromNewAddress('POST'));
    expect(accepted.status).toBe(200);
    await accepted.body?.cancel();
  });

  it('leaves the health check alone: it runs no operation', async () => {
    const health = await send('/health');
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true });
  });
});
