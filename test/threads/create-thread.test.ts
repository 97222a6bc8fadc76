import { env } from 'cloudflare:workers';
import { describe, expect, it, vi } from 'vitest';
import type { Context } from '../../src/context';
import { localCandidatePicker } from '../../src/resolvers/threads/candidate-picker';
import { inviteTokenFor } from '../../src/resolvers/threads/tokens';
import { CreateThreadDetailedDocument, type CreateThreadInput } from '../generated/graphql';
import { gql, send, tokenFor, variant } from '../helpers/client';
import { addMember, insertUser, insertWorkspace } from '../helpers/seed';
import {
  befriendEveryone,
  createThreadAs,
  globalId,
  insertUserWith,
  rawId,
  seedInvite,
  seedThread,
  sha256Hex,
} from './helpers';

interface QueuedInvite {
  body: { kind: string; inviteId: string; token?: string };
}

/** createThread with the queue producer watched (the messages still go to the real queue). */
async function createWatchingQueue(ownerId: string, input: CreateThreadInput) {
  const sendBatch = vi.spyOn(env.EMAIL_QUEUE, 'sendBatch');
  try {
    const created = await createThreadAs(ownerId, input);
    const messages = sendBatch.mock.calls.flatMap(([batch]) => [...batch]) as QueuedInvite[];
    return { created, messages };
  } finally {
    sendBatch.mockRestore();
  }
}

describe('createThread', () => {
  it('writes the thread, its owner participant and three invites, and queues one email each', async () => {
    const owner = await insertUser({ displayName: 'Owner' });
    await befriendEveryone(owner);
    const strangers = [
      await insertUserWith({ displayName: 'Stranger A' }),
      await insertUserWith({ displayName: 'Stranger B' }),
      await insertUserWith({ displayName: 'Stranger C' }),
      await insertUserWith({ displayName: 'Stranger D' }),
    ];
    const { created, messages } = await createWatchingQueue(owner, {
      title: 'Coffee and compilers',
      description: 'Anyone into parsers?',
    });

    expect(created.thread).toMatchObject({ title: 'Coffee and compilers', status: 'ACTIVE' });
    expect(created).toMatchObject({
      requestedCandidates: 3,
      invitedCount: 3,
      shortfallReason: null,
    });
    expect(created.invites).toHaveLength(3);
    for (const invite of created.invites) {
      expect(invite).toMatchObject({ status: 'PENDING', emailStatus: 'QUEUED' });
      expect(strangers.map((id) => globalId('User', id))).toContain(invite.invitee?.id);
      expect(invite.candidateReason).toBeTruthy();
      const hours = (Date.parse(invite.expiresAt) - Date.now()) / 3600_000;
      expect(hours).toBeGreaterThan(71.9);
      expect(hours).toBeLessThanOrEqual(72);
    }

    const threadId = rawId(created.thread.id);
    const participants = await env.DB.prepare(
      'SELECT user_id, role FROM thread_participants WHERE thread_id = ?',
    )
      .bind(threadId)
      .all();
    expect(participants.results).toEqual([{ user_id: owner, role: 'owner' }]);

    // One queue message per invite, carrying its id only; the token is derived from the
    // invite id (INVITE_TOKEN_SECRET) and the row keeps only its SHA-256 digest.
    expect(messages).toHaveLength(3);
    const rows = await env.DB.prepare('SELECT id, token FROM thread_invites WHERE thread_id = ?')
      .bind(threadId)
      .all<{ id: string; token: string }>();
    const stored = new Map(rows.results.map((row) => [row.id, row.token]));
    for (const { body } of messages) {
      expect(body).toEqual({ kind: 'thread-invite', inviteId: expect.any(String) });
      expect(stored.get(body.inviteId)).toBe(
        await sha256Hex(await inviteTokenFor(env, body.inviteId)),
      );
    }
  });

  it('issues distinct 32-character URL-safe tokens and stores only their digests', async () => {
    const owner = await insertUser();
    await befriendEveryone(owner);
    for (let i = 0; i < 3; i++) await insertUserWith({});
    const tokens: string[] = [];
    const inviteIds: string[] = [];
    for (let round = 0; round < 2; round++) {
      // A second thread needs strangers of its own: those invited already are not candidates.
      if (round === 1) for (let i = 0; i < 3; i++) await insertUserWith({});
      const { messages } = await createWatchingQueue(owner, { title: `Round ${round}` });
      for (const { body } of messages) {
        tokens.push(await inviteTokenFor(env, body.inviteId));
        inviteIds.push(body.inviteId);
      }
    }
    expect(tokens).toHaveLength(6);
    expect(new Set(tokens).size).toBe(6);
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);

    const rows = await env.DB.prepare(
      `SELECT * FROM thread_invites WHERE id IN (${inviteIds.map(() => '?').join(',')})`,
    )
      .bind(...inviteIds)
      .all<Record<string, unknown>>();
    expect(rows.results).toHaveLength(6);
    const everyValue = JSON.stringify(rows.results);
    for (const token of tokens) expect(everyValue).not.toContain(token);
    for (const row of rows.results) expect(row.token).toMatch(/^[0-9a-f]{64}$/);
  });

  it('picks only strangers: no relation either way, no teammate, active, not already invited', async () => {
    const owner = await insertUser();
    await befriendEveryone(owner);
    // Users created after befriendEveryone are strangers unless a test relates them below.
    const friendOfOwner = await insertUserWith({});
    const ownerIsTheirFriend = await insertUserWith({});
    const teammate = await insertUserWith({});
    await insertUserWith({ status: 'suspended' });
    const alreadyInvited = await insertUserWith({});
    const invitedByEmail = await insertUserWith({});
    const stranger = await insertUserWith({});
    await env.DB.batch([
      env.DB.prepare(
        "INSERT INTO relationships (id, user_id, related_user_id) VALUES ('rel_' || hex(randomblob(8)), ?, ?)",
      ).bind(owner, friendOfOwner),
      env.DB.prepare(
        "INSERT INTO relationships (id, user_id, related_user_id) VALUES ('rel_' || hex(randomblob(8)), ?, ?)",
      ).bind(ownerIsTheirFriend, owner),
    ]);
    const workspace = await insertWorkspace(owner);
    await addMember(workspace, teammate);
    const earlier = await seedThread(owner);
    await seedInvite(earlier, { userId: alreadyInvited });
    await seedInvite(earlier, { email: `${invitedByEmail}@example.test`.toUpperCase() });

    const created = await createThreadAs(owner, { title: 'Who is left?' });
    expect(created.invites.map((invite) => invite.invitee?.id)).toEqual([
      globalId('User', stranger),
    ]);
    expect(created.invitedCount).toBe(1);
  });

  it('invites as many strangers as there are when fewer than three, and says so', async () => {
    const owner = await insertUser();
    await befriendEveryone(owner);
    await insertUserWith({});
    await insertUserWith({});
    const created = await createThreadAs(owner, { title: 'Small world' });
    expect(created).toMatchObject({ requestedCandidates: 3, invitedCount: 2 });
    expect(created.invites).toHaveLength(2);
    expect(created.shortfallReason).toMatch(/Only 2 of 3/);

    const lonely = await insertUser();
    await befriendEveryone(lonely);
    const none = await createThreadAs(lonely, { title: 'Nobody around' });
    expect(none.invitedCount).toBe(0);
    expect(none.invites).toEqual([]);
    expect(none.shortfallReason).toMatch(/No stranger/);
  });

  it('ranks strangers by the topics their profile shares with the thread (local picker)', async () => {
    // The picker itself, on an explicit pool: test files share one D1, so an end-to-end pool
    // may also hold other files' users.
    const profile = (userId: string, bio: string) => ({ userId, displayName: userId, bio });
    const picks = await localCandidatePicker({} as Context, {
      ownerId: 'owner',
      thread: { title: 'Compilers', description: 'Parsers, type checkers and chess engines' },
      pool: [
        profile('u1', 'Gardening and birds'),
        profile('u2', 'Knitting'),
        profile('u3', 'I write compilers and parsers'),
        profile('u4', 'Chess, compilers at night'),
        profile('u5', 'Opera'),
      ],
      count: 3,
    });
    expect(picks.map((pick) => pick.userId).slice(0, 2)).toEqual(['u3', 'u4']);
    expect(picks).toHaveLength(3);
    expect(picks[0]?.reason).toContain('"compilers"');
    expect(picks[0]?.reason).toContain('"parsers"');
  });

  it('costs the same round trips however many strangers it invites: one write batch', async () => {
    const cost = async (strangers: number) => {
      const owner = await insertUser();
      await befriendEveryone(owner);
      for (let i = 0; i < strangers; i++) await insertUserWith({});
      const result = await gql(
        CreateThreadDetailedDocument,
        { input: { title: 'Counted' } },
        { as: owner },
      );
      return result.extensions?.d1 as { statements: number; roundTrips: number };
    };
    const one = await cost(1);
    const three = await cost(3);
    expect(three.roundTrips).toBe(one.roundTrips);
    // The only difference: one INSERT per invite, inside the same batch.
    expect(three.statements - one.statements).toBe(2);
  });

  it('opens a thread in a workspace only for its members', async () => {
    const owner = await insertUser();
    const workspace = await insertWorkspace(owner);
    const ok = await createThreadAs(owner, {
      title: 'From the squad',
      workspaceId: globalId('Workspace', workspace),
    });
    const row = await env.DB.prepare('SELECT workspace_id FROM threads WHERE id = ?')
      .bind(rawId(ok.thread.id))
      .first();
    expect(row).toEqual({ workspace_id: workspace });

    const outsider = await insertUser();
    const denied = await gql(
      CreateThreadDetailedDocument,
      { input: { title: 'Sneaky', workspaceId: globalId('Workspace', workspace) } },
      { as: outsider },
    );
    expect(denied.data?.createThread.__typename).toBe('NotFoundError');
  });

  it('validates the input and needs a signed-in user', async () => {
    const owner = await insertUser();
    const blank = await gql(
      CreateThreadDetailedDocument,
      { input: { title: '   ' } },
      { as: owner },
    );
    expect(variant(blank.data?.createThread, 'ValidationError').message).toContain('input.title');

    const anonymous = await gql(CreateThreadDetailedDocument, { input: { title: 'Hi' } });
    expect(anonymous.data?.createThread ?? null).toBeNull();
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('POST /api/threads', () => {
  it('does what createThread does and answers the same JSON', async () => {
    const owner = await insertUser();
    await befriendEveryone(owner);
    const stranger = await insertUserWith({ displayName: 'Rest Stranger' });
    const response = await send('/api/threads', {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${await tokenFor(owner)}`,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({ title: 'Over REST', description: 'Same rules' }),
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('X-Request-Id')).toBeTruthy();
    const body = (await response.json()) as {
      __typename: string;
      data: {
        thread: { id: string; title: string; owner: { id: string } };
        invites: { candidateName: string; status: string }[];
        invitedCount: number;
        requestedCandidates: number;
        shortfallReason: string | null;
      };
    };
    expect(body.__typename).toBe('CreateThreadSuccess');
    expect(body.data.thread).toMatchObject({
      title: 'Over REST',
      owner: { id: globalId('User', owner) },
    });
    expect(body.data).toMatchObject({ invitedCount: 1, requestedCandidates: 3 });
    expect(body.data.invites).toEqual([
      expect.objectContaining({ candidateName: 'Rest Stranger', status: 'PENDING' }),
    ]);
    expect(body.data.shortfallReason).toMatch(/Only 1 of 3/);
    const invite = await env.DB.prepare(
      'SELECT invited_user_id FROM thread_invites WHERE thread_id = ?',
    )
      .bind(rawId(body.data.thread.id))
      .first();
    expect(invite).toEqual({ invited_user_id: stranger });
  });

  it('answers typed errors with their HTTP status, and 401 without a user', async () => {
    const owner = await insertUser();
    const headers = {
      Authorization: `Bearer ${await tokenFor(owner)}`,
      'Content-Type': 'application/json',
    };
    const invalid = await send('/api/threads', {
      method: 'POST',
      headers,
      body: JSON.stringify({ title: '' }),
    });
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toMatchObject({
      __typename: 'ValidationError',
      code: 'VALIDATION_FAILED',
    });

    const missing = await send('/api/threads', { method: 'POST', headers, body: '{}' });
    expect(missing.status).toBe(400);

    const anonymous = await send('/api/threads', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: 'Hello' }),
    });
    expect(anonymous.status).toBe(401);

    const badToken = await send('/api/threads', {
      method: 'POST',
      headers: { Authorization: 'Bearer nope', 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: 'Hello' }),
    });
    expect(badToken.status).toBe(401);

    const wrongMethod = await send('/api/threads', { headers });
    expect(wrongMethod.status).toBe(405);
  });
});
