import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { countingD1, emptyStats } from '../../src/db/d1-stats';
import { RequestSession } from '../../src/db/session';
import { AccessCreateWorkItemDocument, NodeSeenDocument } from '../generated/graphql';
import { gql, send, tokenFor } from '../helpers/client';
import { insertUser, insertWorkspace } from '../helpers/seed';

// A signed-in user's query starts beside the account check (issue 18: the check shares the first
// depth's round trip). These pin what that must never change: a refused account gets its 401 and
// nothing else, and nothing is written for it.
async function suspend(userId: string) {
  await env.DB.prepare("UPDATE users SET status = 'suspended' WHERE id = ?").bind(userId).run();
}

describe('the account check beside the operation', () => {
  it("answers a suspended user's query 401 with none of what it read", async () => {
    const userId = await insertUser();
    const workspaceId = await insertWorkspace(userId, 'Secret plans');
    const id = btoa(`Workspace:${workspaceId}`);
    // The first request of the isolate may read the settings; the steady state is the second.
    await gql(NodeSeenDocument, { id }, { as: userId });
    const before = await gql(NodeSeenDocument, { id }, { as: userId });
    expect(before.data?.node?.id).toBe(id);
    // The node refetch needs no viewer row: its read and the account's share one round trip.
    expect(before.extensions?.d1).toMatchObject({ statements: 2, roundTrips: 1 });

    await suspend(userId);
    const after = await gql(NodeSeenDocument, { id }, { as: userId });
    expect(after.status).toBe(401);
    expect(after.headers.get('WWW-Authenticate')).toMatch(/invalid_token/);
    expect(after.data).toBeUndefined();
    expect(after.errors?.[0]?.message).toMatch(/suspended/);
  });

  it('runs no mutation for a suspended account: 401 and nothing written', async () => {
    const userId = await insertUser();
    const workspaceId = await insertWorkspace(userId);
    await suspend(userId);
    const result = await gql(
      AccessCreateWorkItemDocument,
      { input: { workspaceId: btoa(`Workspace:${workspaceId}`), title: 'Never' } },
      { as: userId },
    );
    expect(result.status).toBe(401);
    const written = await env.DB.prepare('SELECT count(*) AS n FROM work_items WHERE owner_id = ?')
      .bind(userId)
      .first<{ n: number }>();
    expect(written?.n).toBe(0);
  });

  it('opens no event stream for a suspended account', async () => {
    const userId = await insertUser();
    await suspend(userId);
    const response = await send('/graphql', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'text/event-stream',
        Authorization: `Bearer ${await tokenFor(userId)}`,
      },
      body: JSON.stringify({ query: 'subscription { inboxItemAdded { id } }' }),
    });
    expect(response.status).toBe(401);
    await response.body?.cancel();
  });
});

describe('writes held until the account check answers', () => {
  const insertUserSql = `INSERT INTO users (id, email, display_name, status, created_at, updated_at)
    VALUES (?, ?, 'Held', 'active', '2026-11-30T00:00:00.000Z', '2026-11-30T00:00:00.000Z')`;

  it('fails a write when the check refuses, and lets reads through meanwhile', async () => {
    const session = new RequestSession(env.DB);
    const refused = Promise.reject(new Error('account refused'));
    refused.catch(() => undefined);
    session.holdWritesUntil(refused);
    const db = countingD1(session, emptyStats());
    const read = await db.prepare('SELECT 1 AS one').first<{ one: number }>();
    expect(read?.one).toBe(1);
    const id = `usr_held_${crypto.randomUUID().slice(0, 8)}`;
    await expect(db.prepare(insertUserSql).bind(id, `${id}@example.test`).run()).rejects.toThrow(
      'account refused',
    );
    await expect(
      db.batch([db.prepare(insertUserSql).bind(id, `${id}@example.test`)]),
    ).rejects.toThrow('account refused');
    const found = await env.DB.prepare('SELECT id FROM users WHERE id = ?').bind(id).first();
    expect(found).toBeNull();
  });

  it('sends a write once the check has passed, not before', async () => {
    const session = new RequestSession(env.DB);
    let pass: () => void = () => undefined;
    session.holdWritesUntil(new Promise<void>((resolve) => (pass = resolve)));
    const db = countingD1(session, emptyStats());
    const id = `usr_held_${crypto.randomUUID().slice(0, 8)}`;
    const write = db.prepare(insertUserSql).bind(id, `${id}@example.test`).run();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await env.DB.prepare('SELECT id FROM users WHERE id = ?').bind(id).first()).toBeNull();
    pass();
    await write;
    expect(await env.DB.prepare('SELECT id FROM users WHERE id = ?').bind(id).first()).toEqual({
      id,
    });
  });
});
