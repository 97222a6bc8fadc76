import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import {
  AcceptRelationshipRequestDetailedDocument,
  CancelRelationshipRequestDetailedDocument,
  DeclineRelationshipRequestDetailedDocument,
  RelationshipsOfViewerDocument,
  SendRelationshipRequestDetailedDocument,
} from '../generated/graphql';
import { gql, mutate, variant } from '../helpers/client';
import { insertUser } from '../helpers/seed';
import { count, gid, insertRelationship, insertRequest } from '../helpers/social-seed';

async function send(from: string, to: string, message?: string) {
  return mutate(
    SendRelationshipRequestDetailedDocument,
    { toUserId: gid('User', to), message },
    from,
  );
}

const request = (requestId: string) => ({ requestId: gid('RelationshipRequest', requestId) });

const requestsBetween = (a: string, b: string) =>
  count(
    'SELECT count(*) AS n FROM relationship_requests WHERE (from_user_id = ? AND to_user_id = ?) OR (from_user_id = ? AND to_user_id = ?)',
    a,
    b,
    b,
    a,
  );
const pairRows = (a: string, b: string) =>
  count(
    'SELECT count(*) AS n FROM relationships WHERE (user_id = ? AND related_user_id = ?) OR (user_id = ? AND related_user_id = ?)',
    a,
    b,
    b,
    a,
  );
const inboxOf = (userId: string) =>
  count('SELECT count(*) AS n FROM inbox_items WHERE user_id = ?', userId);

describe('sendRelationshipRequest', () => {
  it('creates a pending request and one inbox item for the recipient', async () => {
    const [ada, bob] = [await insertUser({ displayName: 'Ada' }), await insertUser()];
    const result = await send(ada, bob, '  hello  ');
    expect(result).toMatchObject({
      __typename: 'SendRelationshipRequestSuccess',
      data: {
        status: 'PENDING',
        message: 'hello',
        fromUser: { id: gid('User', ada) },
        toUser: { id: gid('User', bob) },
      },
    });
    expect(await requestsBetween(ada, bob)).toBe(1);
    expect(
      await count(
        "SELECT count(*) AS n FROM inbox_items WHERE user_id = ? AND kind = 'relationship_request' AND title = 'Ada wants to connect with you'",
        bob,
      ),
    ).toBe(1);
  });

  it('refuses yourself with a ValidationError and writes nothing', async () => {
    const ada = await insertUser();
    const result = await send(ada, ada);
    expect(result).toMatchObject({ __typename: 'ValidationError', code: 'VALIDATION_FAILED' });
    expect(await requestsBetween(ada, ada)).toBe(0);
    expect(await inboxOf(ada)).toBe(0);
  });

  it('returns NotFoundError for an unknown user', async () => {
    const ada = await insertUser();
    const result = await send(ada, 'usr_nobody_at_all');
    expect(result).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
  });

  it('refuses a duplicate pending request (either direction) with a ConflictError, no partial write', async () => {
    const [ada, bob] = [await insertUser(), await insertUser()];
    expect((await send(ada, bob)).__typename).toBe('SendRelationshipRequestSuccess');
    expect(await send(ada, bob)).toMatchObject({ __typename: 'ConflictError', code: 'CONFLICT' });
    expect(await send(bob, ada)).toMatchObject({ __typename: 'ConflictError' });
    expect(await requestsBetween(ada, bob)).toBe(1);
    expect(await inboxOf(bob)).toBe(1);
    expect(await inboxOf(ada)).toBe(0);
  });

  it('refuses when the two are already related', async () => {
    const [ada, bob] = [await insertUser(), await insertUser()];
    await insertRelationship(ada, bob);
    expect(await send(ada, bob)).toMatchObject({
      __typename: 'ConflictError',
      message: 'You are already related.',
    });
    expect(await requestsBetween(ada, bob)).toBe(0);
    expect(await inboxOf(bob)).toBe(0);
  });

  it('allows a new request once a decline is 30 days old, and the other way at once', async () => {
    const [ada, bob] = [await insertUser(), await insertUser()];
    const declined = await insertRequest(ada, bob, 'declined');
    // A row with no responded_at (written before it was kept) counts from its last change.
    expect((await send(ada, bob)).__typename).toBe('ConflictError');
    // Bob was not declined: he may ask Ada.
    expect((await send(bob, ada)).__typename).toBe('SendRelationshipRequestSuccess');
    await env.DB.batch([
      env.DB.prepare(
        "DELETE FROM relationship_requests WHERE from_user_id = ? AND status = 'pending'",
      ).bind(bob),
      env.DB.prepare(
        "UPDATE relationship_requests SET created_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-31 days'), updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-31 days') WHERE id = ?",
      ).bind(declined),
    ]);
    expect((await send(ada, bob)).__typename).toBe('SendRelationshipRequestSuccess');
  });

  it('refuses anonymous callers', async () => {
    const bob = await insertUser();
    const result = await gql(SendRelationshipRequestDetailedDocument, {
      input: { toUserId: gid('User', bob) },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('acceptRelationshipRequest', () => {
  it('creates both directions once and tells the sender through their inbox', async () => {
    const [ada, bob] = [await insertUser(), await insertUser()];
    const requestId = await insertRequest(ada, bob);
    const result = await mutate(AcceptRelationshipRequestDetailedDocument, request(requestId), bob);
    expect(result).toMatchObject({
      __typename: 'AcceptRelationshipRequestSuccess',
      data: {
        kind: 'FRIEND',
        user: { id: gid('User', bob) },
        relatedUser: { id: gid('User', ada) },
      },
    });
    expect(await pairRows(ada, bob)).toBe(2);
    expect(
      await count(
        "SELECT count(*) AS n FROM relationship_requests WHERE id = ? AND status = 'accepted' AND responded_at IS NOT NULL",
        requestId,
      ),
    ).toBe(1);
    expect(
      await count(
        "SELECT count(*) AS n FROM inbox_items WHERE user_id = ? AND subject_type = 'relationship_request' AND subject_id = ?",
        ada,
        requestId,
      ),
    ).toBe(1);
    // Both sides see it from their own User.relationships.
    for (const [me, other] of [
      [ada, bob],
      [bob, ada],
    ] as const) {
      const seen = await gql(RelationshipsOfViewerDocument, {}, { as: me });
      expect(seen.data?.viewer?.relationships.edges.map((e) => e.node.relatedUser.id)).toEqual([
        gid('User', other),
      ]);
    }
  });

  it('is the recipient’s alone: ForbiddenError for the sender, NotFoundError for a stranger, nothing written', async () => {
    const [ada, bob, eve] = [await insertUser(), await insertUser(), await insertUser()];
    const requestId = await insertRequest(ada, bob);
    expect(
      await mutate(AcceptRelationshipRequestDetailedDocument, request(requestId), ada),
    ).toMatchObject({
      __typename: 'ForbiddenError',
    });
    expect(
      await mutate(AcceptRelationshipRequestDetailedDocument, request(requestId), eve),
    ).toMatchObject({
      __typename: 'NotFoundError',
    });
    expect(await pairRows(ada, bob)).toBe(0);
    expect(await inboxOf(ada)).toBe(0);
    expect(
      await count(
        "SELECT count(*) AS n FROM relationship_requests WHERE id = ? AND status = 'pending'",
        requestId,
      ),
    ).toBe(1);
  });

  it('returns a ConflictError for a request no longer pending', async () => {
    const [ada, bob] = [await insertUser(), await insertUser()];
    const requestId = await insertRequest(ada, bob, 'cancelled');
    expect(
      await mutate(AcceptRelationshipRequestDetailedDocument, request(requestId), bob),
    ).toMatchObject({
      __typename: 'ConflictError',
      message: 'The request is already cancelled.',
    });
    expect(await pairRows(ada, bob)).toBe(0);
  });

  it('rejects an ID of another type with a ValidationError', async () => {
    const bob = await insertUser();
    const result = await mutate(
      AcceptRelationshipRequestDetailedDocument,
      { requestId: gid('User', bob) },
      bob,
    );
    expect(result.__typename).toBe('ValidationError');
  });

  it('yields exactly one relationship pair and one inbox item when 10 accepts race', async () => {
    const [ada, bob] = [await insertUser(), await insertUser()];
    const requestId = await insertRequest(ada, bob);
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        mutate(AcceptRelationshipRequestDetailedDocument, request(requestId), bob),
      ),
    );
    const kinds = results.map((result) => result.__typename);
    expect(kinds.filter((kind) => kind === 'AcceptRelationshipRequestSuccess')).toHaveLength(1);
    expect(kinds.filter((kind) => kind === 'ConflictError')).toHaveLength(9);
    expect(await pairRows(ada, bob)).toBe(2);
    expect(
      await count(
        'SELECT count(*) AS n FROM relationships WHERE user_id = ? AND related_user_id = ?',
        ada,
        bob,
      ),
    ).toBe(1);
    expect(await inboxOf(ada)).toBe(1);
  });
});

describe('asking again', () => {
  const requestOf = (result: Awaited<ReturnType<typeof send>>) =>
    variant(result, 'SendRelationshipRequestSuccess').data.id;
  const openInbox = (userId: string) =>
    count(
      "SELECT count(*) AS n FROM inbox_items WHERE user_id = ? AND kind = 'relationship_request' AND archived_at IS NULL AND is_read = 0",
      userId,
    );

  it('a cancelled request leaves the recipient inbox; three a day, then ConflictError', async () => {
    const [ada, bob] = [await insertUser(), await insertUser()];
    for (let round = 1; round <= 3; round++) {
      const sent = requestOf(await send(ada, bob, `please ${round}`));
      expect(await openInbox(bob)).toBe(1);
      variant(
        await mutate(CancelRelationshipRequestDetailedDocument, { requestId: sent }, ada),
        'CancelRelationshipRequestSuccess',
      );
      expect(await openInbox(bob)).toBe(0);
    }
    const fourth = await send(ada, bob, 'please 4');
    expect(fourth).toMatchObject({
      __typename: 'ConflictError',
      message: expect.stringContaining('3 requests in the last 24 hours'),
    });
    expect(await requestsBetween(ada, bob)).toBe(3);
    expect(await openInbox(bob)).toBe(0);
    // The allowance is the sender's to this person: Bob may still ask Ada.
    expect((await send(bob, ada)).__typename).toBe('SendRelationshipRequestSuccess');
  });

  it('a decline holds for 30 days: asking again is refused, nothing written', async () => {
    const [ada, bob] = [await insertUser(), await insertUser()];
    const sent = requestOf(await send(ada, bob));
    variant(
      await mutate(DeclineRelationshipRequestDetailedDocument, { requestId: sent }, bob),
      'DeclineRelationshipRequestSuccess',
    );
    const inboxBefore = await inboxOf(bob);
    expect(await send(ada, bob, 'again?')).toMatchObject({
      __typename: 'ConflictError',
      message: expect.stringContaining('declined your request within the last 30 days'),
    });
    expect(await requestsBetween(ada, bob)).toBe(1);
    expect(await inboxOf(bob)).toBe(inboxBefore);
    // A decline 31 days ago no longer stands in the way.
    await env.DB.prepare(
      "UPDATE relationship_requests SET responded_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-31 days'), created_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-31 days') WHERE id = ?",
    )
      .bind(atob(sent).split(':')[1])
      .run();
    expect((await send(ada, bob, 'a month on')).__typename).toBe('SendRelationshipRequestSuccess');
  });
});

describe('migration 0043', () => {
  it("withdraws the inbox items of requests cancelled before cancelling did, and no one else's", async () => {
    const [ada, bob] = [await insertUser(), await insertUser()];
    const cancelled = await insertRequest(ada, bob, 'cancelled');
    const pending = await insertRequest(bob, ada, 'pending');
    const item = (id: string, userId: string, subject: string) =>
      env.DB.prepare(
        "INSERT INTO inbox_items (id, user_id, kind, title, subject_type, subject_id) VALUES (?, ?, 'relationship_request', 'wants to connect', 'relationship_request', ?)",
      ).bind(id, userId, subject);
    await env.DB.batch([
      item(`inb_${cancelled}`, bob, cancelled),
      item(`inb_${pending}`, ada, pending),
    ]);
    const migration = env.TEST_MIGRATIONS.find((one) => one.name.startsWith('0043_'));
    expect(migration).toBeDefined();
    for (const query of migration?.queries ?? []) await env.DB.prepare(query).run();
    const state = (id: string) =>
      env.DB.prepare(
        'SELECT is_read, archived_at IS NOT NULL AS archived FROM inbox_items WHERE id = ?',
      )
        .bind(id)
        .first();
    expect(await state(`inb_${cancelled}`)).toEqual({ is_read: 1, archived: 1 });
    expect(await state(`inb_${pending}`)).toEqual({ is_read: 0, archived: 0 });
  });
});

describe('declineRelationshipRequest and cancelRelationshipRequest', () => {
  it('lets the recipient decline, once', async () => {
    const [ada, bob] = [await insertUser(), await insertUser()];
    const requestId = await insertRequest(ada, bob);
    const declined = variant(
      await mutate(DeclineRelationshipRequestDetailedDocument, request(requestId), bob),
      'DeclineRelationshipRequestSuccess',
    );
    expect(declined.data).toMatchObject({ status: 'DECLINED' });
    expect(declined.data.respondedAt).toMatch(/Z$/);
    expect(
      await mutate(DeclineRelationshipRequestDetailedDocument, request(requestId), bob),
    ).toMatchObject({
      __typename: 'ConflictError',
    });
    expect(await pairRows(ada, bob)).toBe(0);
  });

  it('does not let the sender decline, nor the recipient cancel', async () => {
    const [ada, bob] = [await insertUser(), await insertUser()];
    const requestId = await insertRequest(ada, bob);
    expect(
      await mutate(DeclineRelationshipRequestDetailedDocument, request(requestId), ada),
    ).toMatchObject({
      __typename: 'ForbiddenError',
    });
    expect(
      await mutate(CancelRelationshipRequestDetailedDocument, request(requestId), bob),
    ).toMatchObject({
      __typename: 'ForbiddenError',
    });
    expect(
      await count(
        "SELECT count(*) AS n FROM relationship_requests WHERE id = ? AND status = 'pending'",
        requestId,
      ),
    ).toBe(1);
  });

  it('lets the sender cancel; a stranger gets NotFoundError', async () => {
    const [ada, bob, eve] = [await insertUser(), await insertUser(), await insertUser()];
    const requestId = await insertRequest(ada, bob);
    expect(
      await mutate(CancelRelationshipRequestDetailedDocument, request(requestId), eve),
    ).toMatchObject({
      __typename: 'NotFoundError',
    });
    expect(
      await mutate(CancelRelationshipRequestDetailedDocument, request(requestId), ada),
    ).toMatchObject({
      __typename: 'CancelRelationshipRequestSuccess',
      data: { status: 'CANCELLED' },
    });
    // The request is answered: a new one may be sent.
    expect((await send(ada, bob)).__typename).toBe('SendRelationshipRequestSuccess');
  });
});
