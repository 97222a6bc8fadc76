import { env } from 'cloudflare:workers';
import { describe, expect, it, vi } from 'vitest';
import { send } from '../helpers/client';
import { insertUser } from '../helpers/seed';
import {
  befriendEveryone,
  createThreadAs,
  insertUserWith,
  outboxEmailFor,
  rawId,
  seedInvite,
  seedThread,
  tokenFromLink,
} from './helpers';

/**
 * Requests from a fresh client address each time: the router limits invite requests per
 * address (src/hardening/invite-ip-limit.ts), and these tests send many.
 */
let addressCounter = 0;
function fromNewAddress(init: RequestInit = {}): RequestInit {
  addressCounter += 1;
  const ip = `10.${(addressCounter >> 16) & 255}.${(addressCounter >> 8) & 255}.${addressCounter & 255}`;
  return {
    ...init,
    headers: { ...(init.headers as Record<string, string>), 'CF-Connecting-IP': ip },
  };
}
const get = (path: string) => send(path, fromNewAddress());
const post = (path: string) => send(path, fromNewAddress({ method: 'POST' }));

async function participantsOf(threadId: string) {
  const rows = await env.DB.prepare(
    "SELECT id, user_id, email FROM thread_participants WHERE thread_id = ? AND role = 'member'",
  )
    .bind(threadId)
    .all<{ id: string; user_id: string | null; email: string | null }>();
  return rows.results;
}

async function inviteRow(id: string) {
  return env.DB.prepare('SELECT status, accepted_at, responded_at FROM thread_invites WHERE id = ?')
    .bind(id)
    .first<{ status: string; accepted_at: string | null; responded_at: string | null }>();
}

function expectSecurityHeaders(response: Response) {
  const csp = response.headers.get('Content-Security-Policy') ?? '';
  expect(csp).toContain("default-src 'none'");
  expect(csp).not.toContain('script-src');
  expect(csp).toContain("frame-ancestors 'none'");
  expect(response.headers.get('X-Frame-Options')).toBe('DENY');
  expect(response.headers.get('Referrer-Policy')).toBe('no-referrer');
  expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
  expect(response.headers.get('Content-Type')).toContain('text/html');
}

describe('GET /i/:token', () => {
  it('shows the thread, who invites, why, the expiry and two plain forms', async () => {
    const owner = await insertUserWith({ displayName: 'Ada Owner' });
    const guest = await insertUser();
    const thread = await seedThread(owner, { title: 'Compilers over coffee' });
    const { token } = await seedInvite(thread, {
      userId: guest,
      reason: 'Writes parsers',
      expiresAt: '2099-01-01T12:00:00.000Z',
    });
    const response = await get(`/i/${token}`);
    expect(response.status).toBe(200);
    expectSecurityHeaders(response);
    const html = await response.text();
    expect(html).toContain('Compilers over coffee');
    expect(html).toContain('About things');
    expect(html).toContain('Ada Owner');
    expect(html).toContain('Writes parsers');
    expect(html).toContain('2099-01-01 12:00 UTC');
    expect(html).toContain(`<form method="post" action="/i/${token}/accept">`);
    expect(html).toContain(`<form method="post" action="/i/${token}/decline">`);
    expect(html).not.toMatch(/<script/i);
  });

  it('escapes everything users wrote', async () => {
    const owner = await insertUserWith({ displayName: '<b>Mallory</b>' });
    const id = await seedThread(owner, { title: '<script>alert(1)</script>' });
    const { token } = await seedInvite(id, { reason: '"><img src=x onerror=alert(2)>' });
    const html = await (await get(`/i/${token}`)).text();
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<b>Mallory</b>');
    expect(html).toContain('&lt;b&gt;Mallory&lt;/b&gt;');
    expect(html).not.toContain('"><img');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(2)&gt;');
  });

  it('answers 404 for an unknown token, and for a malformed one without reading the database', async () => {
    const unknown = await get('/i/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    expect(unknown.status).toBe(404);
    expectSecurityHeaders(unknown);
    expect(await unknown.text()).toContain('Invite not found');

    const prepare = vi.spyOn(env.DB, 'prepare');
    const batch = vi.spyOn(env.DB, 'batch');
    try {
      for (const path of [
        '/i/short',
        '/i/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', // 33 characters
        '/i/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA%27;', // not URL-safe
        '/i/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.A/accept',
      ]) {
        const response = await send(
          path,
          fromNewAddress({ method: path.endsWith('accept') ? 'POST' : 'GET' }),
        );
        expect(response.status).toBe(404);
      }
      expect(prepare).not.toHaveBeenCalled();
      expect(batch).not.toHaveBeenCalled();
    } finally {
      prepare.mockRestore();
      batch.mockRestore();
    }
  });

  it('answers 410 for an expired invite, 409 for an answered one', async () => {
    const owner = await insertUser();
    const thread = await seedThread(owner);
    const expired = await seedInvite(thread, { expiresAt: '2020-01-01T00:00:00.000Z' });
    const swept = await seedInvite(thread, {
      status: 'expired',
      expiresAt: '2020-01-01T00:00:00.000Z',
    });
    const declined = await seedInvite(thread, { status: 'declined' });
    const accepted = await seedInvite(thread, { status: 'accepted' });

    for (const { token } of [expired, swept]) {
      const response = await get(`/i/${token}`);
      expect(response.status).toBe(410);
      expectSecurityHeaders(response);
      expect(await response.text()).toContain('This invite has expired.');
    }
    const declinedPage = await get(`/i/${declined.token}`);
    expect(declinedPage.status).toBe(409);
    expect(await declinedPage.text()).toContain('already declined');
    const acceptedPage = await get(`/i/${accepted.token}`);
    expect(acceptedPage.status).toBe(409);
    expect(await acceptedPage.text()).toContain('already accepted');
  });

  it('answers 410 closed once the thread is deleted, naming nothing of it, and joins no one', async () => {
    const owner = await insertUser();
    const thread = await seedThread(owner, { status: 'deleted', title: 'Gone for good' });
    const { token } = await seedInvite(thread);
    const page = await get(`/i/${token}`);
    expect(page.status).toBe(410);
    const html = await page.text();
    expect(html).toContain('closed by its owner');
    expect(html).not.toContain('Gone for good');
    const accepted = await post(`/i/${token}/accept`);
    expect(accepted.status).toBe(410);
    expect(await accepted.text()).not.toContain('Gone for good');
    const joined = await env.DB.prepare(
      "SELECT count(*) AS n FROM thread_participants WHERE thread_id = ? AND role = 'member'",
    )
      .bind(thread)
      .first<{ n: number }>();
    expect(joined?.n).toBe(0);
  });

  it('allows GET on the page and POST on the actions only', async () => {
    const owner = await insertUser();
    const { token } = await seedInvite(await seedThread(owner));
    const postPage = await post(`/i/${token}`);
    expect(postPage.status).toBe(405);
    expect(postPage.headers.get('Allow')).toBe('GET, HEAD');
    const getAccept = await get(`/i/${token}/accept`);
    expect(getAccept.status).toBe(405);
    expect(getAccept.headers.get('Allow')).toBe('POST');
  });
});

describe('POST /i/:token/accept and /decline', () => {
  it('accepts once: the invitee joins at once, the owner gets an inbox item, the other invites close', async () => {
    const owner = await insertUserWith({ displayName: 'Owner O' });
    const guest = await insertUser();
    const other = await insertUser();
    const thread = await seedThread(owner, { title: 'Star gazing' });
    const invite = await seedInvite(thread, { userId: guest, name: 'Guest G' });
    const otherInvite = await seedInvite(thread, { userId: other });

    const response = await post(`/i/${invite.token}/accept`);
    expect(response.status).toBe(200);
    expectSecurityHeaders(response);
    expect(await response.text()).toContain('You joined "Star gazing"');

    expect(await inviteRow(invite.id)).toMatchObject({ status: 'accepted' });
    expect((await inviteRow(invite.id))?.accepted_at).toBeTruthy();
    expect(await participantsOf(thread)).toEqual([expect.objectContaining({ user_id: guest })]);
    const inbox = await env.DB.prepare(
      "SELECT title, body, subject_type, subject_id FROM inbox_items WHERE user_id = ? AND kind = 'invite_accepted'",
    )
      .bind(owner)
      .all();
    expect(inbox.results).toEqual([
      {
        title: 'Guest G accepted your invite',
        body: 'Guest G joined "Star gazing". Say hello!',
        subject_type: 'thread',
        subject_id: thread,
      },
    ]);
    // One-to-one: the place is taken, so the other invite closes and cannot be accepted.
    expect(await inviteRow(otherInvite.id)).toMatchObject({ status: 'expired' });
    const late = await post(`/i/${otherInvite.token}/accept`);
    expect(late.status).toBe(410);
    expect(await late.text()).toContain('Someone else accepted first');
    // And accepting again is a clear conflict.
    const again = await post(`/i/${invite.token}/accept`);
    expect(again.status).toBe(409);
    expect(await participantsOf(thread)).toHaveLength(1);
  });

  it('turns 20 concurrent accepts of one invite into exactly one participant', async () => {
    const owner = await insertUser();
    const guest = await insertUser();
    const thread = await seedThread(owner);
    const { id, token } = await seedInvite(thread, { userId: guest });

    const responses = await Promise.all(
      Array.from({ length: 20 }, () => post(`/i/${token}/accept`)),
    );
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(19);
    expect(await participantsOf(thread)).toHaveLength(1);
    const inbox = await env.DB.prepare(
      "SELECT count(*) AS n FROM inbox_items WHERE user_id = ? AND kind = 'invite_accepted'",
    )
      .bind(owner)
      .first<{ n: number }>();
    expect(inbox?.n).toBe(1);
    expect(await inviteRow(id)).toMatchObject({ status: 'accepted' });
  });

  it('lets only one of several invitees accepting at the same time take the place', async () => {
    const owner = await insertUser();
    const thread = await seedThread(owner);
    const invites = await Promise.all(
      Array.from({ length: 3 }, async () => seedInvite(thread, { userId: await insertUser() })),
    );
    const responses = await Promise.all(
      invites.flatMap(({ token }) => [post(`/i/${token}/accept`), post(`/i/${token}/accept`)]),
    );
    expect(responses.filter((response) => response.status === 200)).toHaveLength(1);
    expect(await participantsOf(thread)).toHaveLength(1);
  });

  it('refuses an expired token: no participant, no inbox item', async () => {
    const owner = await insertUser();
    const guest = await insertUser();
    const thread = await seedThread(owner);
    const { id, token } = await seedInvite(thread, {
      userId: guest,
      expiresAt: new Date(Date.now() - 1000).toISOString(),
    });
    const response = await post(`/i/${token}/accept`);
    expect(response.status).toBe(410);
    expect(await participantsOf(thread)).toEqual([]);
    expect(await inviteRow(id)).toMatchObject({ status: 'pending', accepted_at: null });
    const inbox = await env.DB.prepare('SELECT count(*) AS n FROM inbox_items WHERE user_id = ?')
      .bind(owner)
      .first<{ n: number }>();
    expect(inbox?.n).toBe(0);
    expect((await post(`/i/${token}/decline`)).status).toBe(410);
  });

  it('declines once and leaves the place free for the others', async () => {
    const owner = await insertUser();
    const thread = await seedThread(owner);
    const first = await seedInvite(thread, { userId: await insertUser() });
    const second = await seedInvite(thread, { userId: await insertUser() });

    const response = await post(`/i/${first.token}/decline`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('You declined');
    expect(await inviteRow(first.id)).toMatchObject({ status: 'declined' });
    expect((await inviteRow(first.id))?.responded_at).toBeTruthy();
    expect(await participantsOf(thread)).toEqual([]);

    expect((await post(`/i/${first.token}/decline`)).status).toBe(409);
    expect((await post(`/i/${first.token}/accept`)).status).toBe(409);
    expect((await post(`/i/${second.token}/accept`)).status).toBe(200);
  });

  it('adds the participant by user id when the email belongs to a user, else by email', async () => {
    const owner = await insertUser();
    const member = await insertUserWith({ email: 'Known.Person@example.test' });
    const byEmail = await seedThread(owner);
    const known = await seedInvite(byEmail, { email: 'known.person@example.test' });
    expect((await post(`/i/${known.token}/accept`)).status).toBe(200);
    expect(await participantsOf(byEmail)).toEqual([
      expect.objectContaining({ user_id: member, email: 'known.person@example.test' }),
    ]);

    const guestOnly = await seedThread(owner);
    const unknown = await seedInvite(guestOnly, { email: 'nobody-yet@example.test' });
    expect((await post(`/i/${unknown.token}/accept`)).status).toBe(200);
    expect(await participantsOf(guestOnly)).toEqual([
      expect.objectContaining({ user_id: null, email: 'nobody-yet@example.test' }),
    ]);
  });

  it('refuses the link of an invitee or an owner no longer active: nobody joins, no other invite closes', async () => {
    const owner = await insertUser();
    const suspended = await insertUser();
    const other = await insertUser();
    const thread = await seedThread(owner);
    const toSuspended = await seedInvite(thread, { userId: suspended });
    const toOther = await seedInvite(thread, { userId: other });
    const byEmail = await seedInvite(thread, { email: 'gone.person@example.test' });
    await env.DB.prepare("UPDATE users SET status = 'suspended' WHERE id = ?")
      .bind(suspended)
      .run();
    await insertUserWith({ email: 'Gone.Person@example.test', status: 'deleted' });

    for (const token of [toSuspended.token, byEmail.token]) {
      const page = await get(`/i/${token}`);
      expect(page.status).toBe(410);
      expect((await post(`/i/${token}/accept`)).status).toBe(410);
      expect((await post(`/i/${token}/decline`)).status).toBe(410);
    }
    expect(await participantsOf(thread)).toEqual([]);
    expect(await inviteRow(toSuspended.id)).toMatchObject({ status: 'pending' });
    expect(await inviteRow(toOther.id)).toMatchObject({ status: 'pending' });

    // The owner suspended: their thread takes nobody in by any link.
    await env.DB.prepare("UPDATE users SET status = 'suspended' WHERE id = ?").bind(owner).run();
    expect((await get(`/i/${toOther.token}`)).status).toBe(410);
    expect((await post(`/i/${toOther.token}/accept`)).status).toBe(410);
    expect(await participantsOf(thread)).toEqual([]);
    // Active again: the invite answers as before.
    await env.DB.prepare("UPDATE users SET status = 'active' WHERE id = ?").bind(owner).run();
    expect((await post(`/i/${toOther.token}/accept`)).status).toBe(200);
    expect(await participantsOf(thread)).toEqual([expect.objectContaining({ user_id: other })]);
  });

  it('refuses invites of an archived thread', async () => {
    const owner = await insertUser();
    const thread = await seedThread(owner, { status: 'archived' });
    const { token } = await seedInvite(thread);
    const page = await get(`/i/${token}`);
    expect(page.status).toBe(410);
    expect(await page.text()).toContain('closed by its owner');
    expect((await post(`/i/${token}/accept`)).status).toBe(410);
  });
});

describe('the whole way: createThread, the queued email, the link, accept', () => {
  it('delivers a working link through the queue into the local outbox', async () => {
    const owner = await insertUserWith({ displayName: 'Walk Owner' });
    await befriendEveryone(owner);
    const stranger = await insertUserWith({ displayName: 'Walk Stranger' });
    const created = await createThreadAs(owner, {
      title: 'End to end',
      description: 'From the mutation to the page',
    });
    const inviteId = rawId(created.invites[0]?.id ?? '');
    const email = await outboxEmailFor(inviteId);
    expect(email.to_address).toBe(`${stranger}@example.test`);
    expect(email.subject).toBe('Walk Owner invites you to talk: End to end');
    const token = tokenFromLink(email.text_body);
    expect(email.text_body).toContain(`${env.PUBLIC_ORIGIN}/i/${token}`);
    expect(email.html_body).toContain(`href="${env.PUBLIC_ORIGIN}/i/${token}"`);

    const page = await get(`/i/${token}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('End to end');
    expect((await post(`/i/${token}/accept`)).status).toBe(200);
    expect(await participantsOf(rawId(created.thread.id))).toEqual([
      expect.objectContaining({ user_id: stranger }),
    ]);
    const sent = await env.DB.prepare('SELECT email_status FROM thread_invites WHERE id = ?')
      .bind(inviteId)
      .first();
    expect(sent).toEqual({ email_status: 'sent' });
  });
});
