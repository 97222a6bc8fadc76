import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import {
  AcceptInviteDetailedDocument,
  ArchiveThreadDetailedDocument,
  DeclineInviteDetailedDocument,
  DeleteThreadDetailedDocument,
  NodeSeenDocument,
  ThreadDetailDocument,
  ThreadInviteStateDocument,
  UserThreadListsDocument,
  UserThreadsPageDocument,
} from '../generated/graphql';
import { gql, variant } from '../helpers/client';
import { insertUser } from '../helpers/seed';
import { globalId, insertUserWith, seedInvite, seedThread } from './helpers';

async function accept(as: string, inviteId: string) {
  const result = await gql(
    AcceptInviteDetailedDocument,
    { id: globalId('ThreadInvite', inviteId) },
    { as },
  );
  expect(result.errors).toBeUndefined();
  return result.data?.acceptInvite;
}

async function decline(as: string, inviteId: string) {
  const result = await gql(
    DeclineInviteDetailedDocument,
    { id: globalId('ThreadInvite', inviteId) },
    { as },
  );
  expect(result.errors).toBeUndefined();
  return result.data?.declineInvite;
}

/** The thread as `as` sees it, or null when it is hidden from them. */
async function threadAs(as: string, threadId: string) {
  const result = await gql(ThreadDetailDocument, { id: globalId('Thread', threadId) }, { as });
  const node = result.data?.node;
  return node ? variant(node, 'Thread') : null;
}

/** The user's thread lists as `as` sees them. */
async function threadListsOf(as: string, userId: string) {
  const result = await gql(UserThreadListsDocument, { id: globalId('User', userId) }, { as });
  return variant(result.data?.node, 'User');
}

describe('acceptInvite and declineInvite (signed-in invitees)', () => {
  it('accepts an invite addressed to the viewer by id; the owner gets an inbox item', async () => {
    const owner = await insertUser();
    const guest = await insertUser();
    const thread = await seedThread(owner, { title: 'Signed in' });
    const invite = await seedInvite(thread, { userId: guest });
    const result = await accept(guest, invite.id);
    expect(result).toMatchObject({
      __typename: 'AcceptInviteSuccess',
      data: { status: 'ACCEPTED', thread: { title: 'Signed in' } },
    });
    const member = await env.DB.prepare(
      "SELECT user_id FROM thread_participants WHERE thread_id = ? AND role = 'member'",
    )
      .bind(thread)
      .all();
    expect(member.results).toEqual([{ user_id: guest }]);
    const inbox = await env.DB.prepare(
      "SELECT count(*) AS n FROM inbox_items WHERE user_id = ? AND kind = 'invite_accepted' AND subject_id = ?",
    )
      .bind(owner, thread)
      .first<{ n: number }>();
    expect(inbox?.n).toBe(1);
    expect(await accept(guest, invite.id)).toMatchObject({
      __typename: 'ConflictError',
      message: 'This invite was already accepted.',
    });
  });

  it('accepts an invite addressed to the viewer by email', async () => {
    const owner = await insertUser();
    const guest = await insertUserWith({ email: 'Mail.Match@example.test' });
    const thread = await seedThread(owner);
    const invite = await seedInvite(thread, { email: 'mail.match@example.test' });
    expect((await accept(guest, invite.id))?.__typename).toBe('AcceptInviteSuccess');
  });

  it('treats an invite addressed to someone else as not found, and changes nothing', async () => {
    const owner = await insertUser();
    const guest = await insertUser();
    const intruder = await insertUser();
    const thread = await seedThread(owner);
    const invite = await seedInvite(thread, { userId: guest });
    expect(await accept(intruder, invite.id)).toMatchObject({ __typename: 'NotFoundError' });
    expect(await accept(owner, invite.id)).toMatchObject({ __typename: 'NotFoundError' });
    expect(await decline(intruder, invite.id)).toMatchObject({ __typename: 'NotFoundError' });
    const row = await env.DB.prepare('SELECT status FROM thread_invites WHERE id = ?')
      .bind(invite.id)
      .first();
    expect(row).toEqual({ status: 'pending' });
  });

  it("answers a deleted thread's invite as a missing one (NotFoundError), changing nothing", async () => {
    const owner = await insertUser();
    const guest = await insertUser();
    const thread = await seedThread(owner, { status: 'deleted' });
    const invite = await seedInvite(thread, { userId: guest });
    expect(await accept(guest, invite.id)).toMatchObject({ __typename: 'NotFoundError' });
    expect(await decline(guest, invite.id)).toMatchObject({ __typename: 'NotFoundError' });
    const row = await env.DB.prepare('SELECT status FROM thread_invites WHERE id = ?')
      .bind(invite.id)
      .first();
    expect(row).toEqual({ status: 'pending' });
  });

  it('refuses an expired invite with InviteExpiredError', async () => {
    const owner = await insertUser();
    const guest = await insertUser();
    const thread = await seedThread(owner);
    const invite = await seedInvite(thread, {
      userId: guest,
      expiresAt: new Date(Date.now() - 60_000).toISOString(),
    });
    expect(await accept(guest, invite.id)).toMatchObject({
      __typename: 'InviteExpiredError',
      message: 'This invite has expired.',
    });
    expect(await decline(guest, invite.id)).toMatchObject({ __typename: 'InviteExpiredError' });
  });

  it('declines once', async () => {
    const owner = await insertUser();
    const guest = await insertUser();
    const invite = await seedInvite(await seedThread(owner), { userId: guest });
    expect(await decline(guest, invite.id)).toMatchObject({
      __typename: 'DeclineInviteSuccess',
      data: { status: 'DECLINED' },
    });
    expect(await accept(guest, invite.id)).toMatchObject({ __typename: 'ConflictError' });
  });
});

describe('Thread, ThreadInvite and ThreadParticipant in the graph', () => {
  it('never exposes an invite token or its digest', async () => {
    // Introspection stays a raw string: what it tests is the schema the gateway serves.
    const result = await gql<{ __type: { fields: { name: string }[] } }>(
      '{ __type(name: "ThreadInvite") { fields { name } } }',
      {},
      { as: await insertUser() },
    );
    const names = result.data?.__type.fields.map((field) => field.name) ?? [];
    expect(names).toContain('status');
    expect(names.some((name) => /token|digest|hash|email$/i.test(name))).toBe(false);
  });

  it('shows invites (with delivery failures) to the owner only; participants see each other', async () => {
    const owner = await insertUser();
    const guest = await insertUser();
    const outsider = await insertUser();
    const thread = await seedThread(owner, { title: 'Graph' });
    const accepted = await seedInvite(thread, { userId: guest });
    const failed = await seedInvite(thread, { userId: await insertUser() });
    await env.DB.prepare(
      "UPDATE thread_invites SET email_status = 'failed', email_error = 'Email API answered 500' WHERE id = ?",
    )
      .bind(failed.id)
      .run();
    expect((await accept(guest, accepted.id))?.__typename).toBe('AcceptInviteSuccess');

    const asOwner = await threadAs(owner, thread);
    expect(asOwner?.participants.totalCount).toBe(2);
    expect(asOwner?.invites.totalCount).toBe(2);
    const failedEdge = asOwner?.invites.edges.find(
      (edge) => edge.node.id === globalId('ThreadInvite', failed.id),
    );
    // Closed when the guest took the place; its email failure stays visible to the owner.
    expect(failedEdge?.node).toMatchObject({
      status: 'EXPIRED',
      emailStatus: 'FAILED',
      emailError: 'Email API answered 500',
    });

    const asGuest = await threadAs(guest, thread);
    expect(asGuest?.participants.edges.map((edge) => edge.node.user?.id).sort()).toEqual(
      [globalId('User', owner), globalId('User', guest)].sort(),
    );
    expect(asGuest?.invites).toEqual({ totalCount: 0, edges: [] });

    expect(await threadAs(outsider, thread)).toBeNull();
    const inviteAsOutsider = await gql(
      NodeSeenDocument,
      { id: globalId('ThreadInvite', failed.id) },
      { as: outsider },
    );
    expect(inviteAsOutsider.data?.node).toBeNull();
  });

  it('shows the thread to a stranger while their invite is open, and not once it expires', async () => {
    const owner = await insertUser();
    const open = await insertUser();
    const late = await insertUser();
    const thread = await seedThread(owner, { title: 'Open door' });
    await seedInvite(thread, {
      userId: open,
      expiresAt: new Date(Date.now() + 60_000).toISOString(),
    });
    await seedInvite(thread, {
      userId: late,
      expiresAt: new Date(Date.now() - 60_000).toISOString(),
    });
    expect((await threadAs(open, thread))?.title).toBe('Open door');
    expect(await threadAs(late, thread)).toBeNull();
  });

  it('reads a pending invite past its expiry as EXPIRED', async () => {
    const owner = await insertUser();
    const thread = await seedThread(owner);
    const invite = await seedInvite(thread, {
      expiresAt: new Date(Date.now() - 1000).toISOString(),
    });
    const result = await gql(
      ThreadInviteStateDocument,
      { id: globalId('ThreadInvite', invite.id) },
      { as: owner },
    );
    expect(variant(result.data?.node, 'ThreadInvite').status).toBe('EXPIRED');
  });

  it("lists the viewer's threads and invites, and nobody else's", async () => {
    const owner = await insertUser();
    const guest = await insertUser();
    const first = await seedThread(owner, { title: 'First' });
    const second = await seedThread(owner, { title: 'Second' });
    const invite = await seedInvite(second, { userId: guest });
    const own = await threadListsOf(owner, owner);
    expect(own.threads.totalCount).toBe(2);
    expect(own.threads.edges.map((edge) => edge.node.title).sort()).toEqual(['First', 'Second']);

    const guestView = await threadListsOf(guest, guest);
    expect(guestView.threads.totalCount).toBe(0);
    expect(guestView.threadInvites.edges).toEqual([
      {
        node: expect.objectContaining({
          id: globalId('ThreadInvite', invite.id),
          thread: { title: 'Second' },
        }),
      },
    ]);

    const peeking = await threadListsOf(guest, owner);
    expect(peeking.threads.totalCount).toBe(0);
    expect(first).toBeTruthy();
  });

  it('archives (closing open invites) and deletes (hiding it) for the owner only', async () => {
    const owner = await insertUser();
    const guest = await insertUser();
    const thread = await seedThread(owner);
    const invite = await seedInvite(thread, { userId: guest });
    const id = globalId('Thread', thread);

    const notOwner = await gql(ArchiveThreadDetailedDocument, { id }, { as: guest });
    expect(notOwner.data?.archiveThread.__typename).toBe('ForbiddenError');

    const archived = await gql(ArchiveThreadDetailedDocument, { id }, { as: owner });
    expect(archived.data?.archiveThread).toEqual({
      __typename: 'ArchiveThreadSuccess',
      data: { status: 'ARCHIVED' },
    });
    const inviteRow = await env.DB.prepare('SELECT status FROM thread_invites WHERE id = ?')
      .bind(invite.id)
      .first();
    expect(inviteRow).toEqual({ status: 'expired' });
    const twice = await gql(ArchiveThreadDetailedDocument, { id }, { as: owner });
    expect(twice.data?.archiveThread).toEqual({ __typename: 'ConflictError', code: 'CONFLICT' });

    const deleted = await gql(DeleteThreadDetailedDocument, { id }, { as: owner });
    expect(deleted.data?.deleteThread).toEqual({ __typename: 'DeleteThreadSuccess', data: id });
    const hidden = await gql(NodeSeenDocument, { id }, { as: owner });
    expect(hidden.data?.node).toBeNull();
    const again = await gql(DeleteThreadDetailedDocument, { id }, { as: owner });
    expect(again.data?.deleteThread).toEqual({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
  });

  it('pages many threads without a statement per thread', async () => {
    const owner = await insertUser();
    const guests: string[] = [];
    for (let i = 0; i < 5; i++) {
      const thread = await seedThread(owner, { title: `T${i}` });
      const guest = await insertUser();
      guests.push(guest);
      const { token } = await seedInvite(thread, { userId: guest });
      expect(token).toHaveLength(32);
    }
    const page = (first: number) =>
      gql(UserThreadsPageDocument, { id: globalId('User', owner), first }, { as: owner });
    const two = await page(2);
    const five = await page(5);
    expect(two.errors).toBeUndefined();
    expect(five.extensions?.d1?.statements).toBe(two.extensions?.d1?.statements);
    expect(five.extensions?.d1?.roundTrips).toBe(two.extensions?.d1?.roundTrips);
  });
});
