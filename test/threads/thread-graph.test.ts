import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { gql } from '../helpers/client';
import { insertUser } from '../helpers/seed';
import { globalId, insertUserWith, seedInvite, seedThread } from './helpers';

const ACCEPT = `
  mutation Accept($id: ID!) {
    acceptInvite(input: { inviteId: $id }) {
      __typename
      ... on AcceptInviteSuccess { data { id status respondedAt thread { id title } } }
      ... on Error { message code }
    }
  }
`;
const DECLINE = `
  mutation Decline($id: ID!) {
    declineInvite(input: { inviteId: $id }) {
      __typename
      ... on DeclineInviteSuccess { data { id status } }
      ... on Error { message code }
    }
  }
`;

type Answer = { __typename: string; message?: string; data?: { status: string } };

async function accept(as: string, inviteId: string) {
  const result = await gql<{ acceptInvite: Answer }>(
    ACCEPT,
    { id: globalId('ThreadInvite', inviteId) },
    { as },
  );
  return result.data?.acceptInvite as Answer;
}

async function decline(as: string, inviteId: string) {
  const result = await gql<{ declineInvite: Answer }>(
    DECLINE,
    { id: globalId('ThreadInvite', inviteId) },
    { as },
  );
  return result.data?.declineInvite as Answer;
}

const THREAD = `
  query Thread($id: ID!) {
    node(id: $id) {
      ... on Thread {
        id title status
        owner { id }
        participants { totalCount edges { node { role user { id } } } }
        invites { totalCount edges { node { id status emailStatus emailError candidateName candidateReason } } }
      }
    }
  }
`;

interface ThreadView {
  node: {
    id: string;
    title: string;
    status: string;
    participants: {
      totalCount: number;
      edges: { node: { role: string; user: { id: string } | null } }[];
    };
    invites: {
      totalCount: number;
      edges: { node: { id: string; status: string; emailError: string | null } }[];
    };
  } | null;
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
    expect((await accept(guest, invite.id)).__typename).toBe('AcceptInviteSuccess');
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
    expect((await accept(guest, accepted.id)).__typename).toBe('AcceptInviteSuccess');

    const asOwner = await gql<ThreadView>(
      THREAD,
      { id: globalId('Thread', thread) },
      { as: owner },
    );
    expect(asOwner.data?.node?.participants.totalCount).toBe(2);
    expect(asOwner.data?.node?.invites.totalCount).toBe(2);
    const failedEdge = asOwner.data?.node?.invites.edges.find(
      (edge) => edge.node.id === globalId('ThreadInvite', failed.id),
    );
    // Closed when the guest took the place; its email failure stays visible to the owner.
    expect(failedEdge?.node).toMatchObject({
      status: 'EXPIRED',
      emailStatus: 'FAILED',
      emailError: 'Email API answered 500',
    });

    const asGuest = await gql<ThreadView>(
      THREAD,
      { id: globalId('Thread', thread) },
      { as: guest },
    );
    expect(asGuest.data?.node?.participants.edges.map((edge) => edge.node.user?.id).sort()).toEqual(
      [globalId('User', owner), globalId('User', guest)].sort(),
    );
    expect(asGuest.data?.node?.invites).toEqual({ totalCount: 0, edges: [] });

    const asOutsider = await gql<ThreadView>(
      THREAD,
      { id: globalId('Thread', thread) },
      { as: outsider },
    );
    expect(asOutsider.data?.node).toBeNull();
    const inviteAsOutsider = await gql<{ node: unknown }>(
      'query($id: ID!) { node(id: $id) { id } }',
      { id: globalId('ThreadInvite', failed.id) },
      { as: outsider },
    );
    expect(inviteAsOutsider.data?.node).toBeNull();
  });

  it('reads a pending invite past its expiry as EXPIRED', async () => {
    const owner = await insertUser();
    const thread = await seedThread(owner);
    const invite = await seedInvite(thread, {
      expiresAt: new Date(Date.now() - 1000).toISOString(),
    });
    const result = await gql<{ node: { status: string } }>(
      'query($id: ID!) { node(id: $id) { ... on ThreadInvite { status } } }',
      { id: globalId('ThreadInvite', invite.id) },
      { as: owner },
    );
    expect(result.data?.node.status).toBe('EXPIRED');
  });

  it("lists the viewer's threads and invites, and nobody else's", async () => {
    const owner = await insertUser();
    const guest = await insertUser();
    const first = await seedThread(owner, { title: 'First' });
    const second = await seedThread(owner, { title: 'Second' });
    const invite = await seedInvite(second, { userId: guest });
    const query = `query($id: ID!) { node(id: $id) { ... on User {
      threads { totalCount edges { node { id title } } }
      threadInvites(status: PENDING) { totalCount edges { node { id candidateReason thread { title } } } }
    } } }`;
    type Lists = {
      node: {
        threads: { totalCount: number; edges: { node: { title: string } }[] };
        threadInvites: {
          totalCount: number;
          edges: { node: { id: string; thread: { title: string } } }[];
        };
      };
    };
    const own = await gql<Lists>(query, { id: globalId('User', owner) }, { as: owner });
    expect(own.data?.node.threads.totalCount).toBe(2);
    expect(own.data?.node.threads.edges.map((edge) => edge.node.title).sort()).toEqual([
      'First',
      'Second',
    ]);

    const guestView = await gql<Lists>(query, { id: globalId('User', guest) }, { as: guest });
    expect(guestView.data?.node.threads.totalCount).toBe(0);
    expect(guestView.data?.node.threadInvites.edges).toEqual([
      {
        node: expect.objectContaining({
          id: globalId('ThreadInvite', invite.id),
          thread: { title: 'Second' },
        }),
      },
    ]);

    const peeking = await gql<Lists>(query, { id: globalId('User', owner) }, { as: guest });
    expect(peeking.data?.node.threads.totalCount).toBe(0);
    expect(first).toBeTruthy();
  });

  it('archives (closing open invites) and deletes (hiding it) for the owner only', async () => {
    const owner = await insertUser();
    const guest = await insertUser();
    const thread = await seedThread(owner);
    const invite = await seedInvite(thread, { userId: guest });
    const ARCHIVE = `mutation($id: ID!) { archiveThread(input: { threadId: $id }) { __typename ... on ArchiveThreadSuccess { data { status } } ... on Error { code } } }`;
    const DELETE = `mutation($id: ID!) { deleteThread(input: { threadId: $id }) { __typename ... on DeleteThreadSuccess { data } ... on Error { code } } }`;
    const id = globalId('Thread', thread);

    const notOwner = await gql<{ archiveThread: { __typename: string } }>(
      ARCHIVE,
      { id },
      { as: guest },
    );
    expect(notOwner.data?.archiveThread.__typename).toBe('ForbiddenError');

    const archived = await gql<{ archiveThread: unknown }>(ARCHIVE, { id }, { as: owner });
    expect(archived.data?.archiveThread).toEqual({
      __typename: 'ArchiveThreadSuccess',
      data: { status: 'ARCHIVED' },
    });
    const inviteRow = await env.DB.prepare('SELECT status FROM thread_invites WHERE id = ?')
      .bind(invite.id)
      .first();
    expect(inviteRow).toEqual({ status: 'expired' });
    const twice = await gql<{ archiveThread: unknown }>(ARCHIVE, { id }, { as: owner });
    expect(twice.data?.archiveThread).toEqual({ __typename: 'ConflictError', code: 'CONFLICT' });

    const deleted = await gql<{ deleteThread: unknown }>(DELETE, { id }, { as: owner });
    expect(deleted.data?.deleteThread).toEqual({ __typename: 'DeleteThreadSuccess', data: id });
    const hidden = await gql<{ node: unknown }>(
      'query($id: ID!) { node(id: $id) { id } }',
      { id },
      { as: owner },
    );
    expect(hidden.data?.node).toBeNull();
    const again = await gql<{ deleteThread: unknown }>(DELETE, { id }, { as: owner });
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
    const query = `query($id: ID!, $first: Int) { node(id: $id) { ... on User {
      threads(first: $first) { edges { node { title unreadCount owner { id }
        participants { totalCount } invites { totalCount edges { node { status candidateName } } }
        messages(last: 5) { totalCount } } } } } } }`;
    const two = await gql(query, { id: globalId('User', owner), first: 2 }, { as: owner });
    const five = await gql(query, { id: globalId('User', owner), first: 5 }, { as: owner });
    expect(two.errors).toBeUndefined();
    expect(five.extensions?.d1?.statements).toBe(two.extensions?.d1?.statements);
    expect(five.extensions?.d1?.roundTrips).toBe(two.extensions?.d1?.roundTrips);
  });
});
