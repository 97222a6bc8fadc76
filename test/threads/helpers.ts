import { env } from 'cloudflare:workers';
import {
  CreateThreadDetailedDocument,
  type CreateThreadDetailedMutation,
  type CreateThreadInput,
} from '../generated/graphql';
import { gql } from '../helpers/client';
import { insertUser, uid } from '../helpers/seed';

/** SHA-256 hex of a token, the way thread_invites.token stores it. */
export async function sha256Hex(value: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(value));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** A random token of the invite shape (32 URL-safe characters). */
export function inviteToken(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  return [...crypto.getRandomValues(new Uint8Array(32))].map((b) => alphabet[b & 63]).join('');
}

/**
 * Makes every user already in the database (but `except`) a relation of `ownerId`, so that only
 * the strangers a test creates afterwards (or lists in `except`) are candidates. Tests of a file
 * share one database, so this is how a test controls the pool.
 */
export async function befriendEveryone(ownerId: string, except: string[] = []) {
  const skip = [ownerId, ...except];
  await env.DB.prepare(
    `INSERT INTO relationships (id, user_id, related_user_id, kind)
     SELECT 'rel_' || lower(hex(randomblob(10))), ?, id, 'friend' FROM users
     WHERE id NOT IN (${skip.map(() => '?').join(', ')})
       AND NOT EXISTS (SELECT 1 FROM relationships r WHERE r.user_id = ? AND r.related_user_id = users.id)`,
  )
    .bind(ownerId, ...skip, ownerId)
    .run();
}

export async function insertUserWith(fields: {
  displayName?: string;
  bio?: string | null;
  status?: string;
  email?: string;
}) {
  const id = uid('usr');
  await env.DB.prepare(
    'INSERT INTO users (id, email, display_name, bio, status) VALUES (?, ?, ?, ?, ?)',
  )
    .bind(
      id,
      fields.email ?? `${id}@example.test`,
      fields.displayName ?? `User ${id}`,
      fields.bio ?? null,
      fields.status ?? 'active',
    )
    .run();
  return id;
}

/** A thread with its owner participant, written straight to the database. */
export async function seedThread(
  ownerId: string,
  fields: { title?: string; status?: string } = {},
) {
  const id = uid('thr');
  await env.DB.batch([
    env.DB.prepare(
      'INSERT INTO threads (id, user_id, title, description, status) VALUES (?, ?, ?, ?, ?)',
    ).bind(id, ownerId, fields.title ?? 'Seeded thread', 'About things', fields.status ?? 'active'),
    env.DB.prepare(
      "INSERT INTO thread_participants (id, thread_id, user_id, role) VALUES (?, ?, ?, 'owner')",
    ).bind(uid('thp'), id, ownerId),
  ]);
  return id;
}

/** A seeded thread of two users (its owner and one member), with its global ID. */
export async function threadWithMember() {
  const owner = await insertUser();
  const member = await insertUser();
  const threadId = await seedThread(owner);
  await env.DB.prepare(
    "INSERT INTO thread_participants (id, thread_id, user_id, role) VALUES (?, ?, ?, 'member')",
  )
    .bind(uid('thp'), threadId, member)
    .run();
  return { owner, member, threadId, thread: globalId('Thread', threadId) };
}

/** An invite with a known raw token (only its digest is stored, as the gateway does). */
export async function seedInvite(
  threadId: string,
  fields: {
    userId?: string | null;
    email?: string;
    status?: string;
    expiresAt?: string;
    name?: string;
    reason?: string;
  } = {},
) {
  const id = uid('thi');
  const token = inviteToken();
  const hoursAhead = new Date(Date.now() + 72 * 3600_000).toISOString();
  await env.DB.prepare(
    `INSERT INTO thread_invites (id, thread_id, token, email, candidate_name, candidate_reason, status, expires_at, invited_user_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
    .bind(
      id,
      threadId,
      await sha256Hex(token),
      fields.email ?? `${fields.userId ?? id}@example.test`,
      fields.name ?? 'Candidate',
      fields.reason ?? 'Shares your topics',
      fields.status ?? 'pending',
      fields.expiresAt ?? hoursAhead,
      fields.userId ?? null,
    )
    .run();
  return { id, token };
}

export type CreatedThread = Extract<
  CreateThreadDetailedMutation['createThread'],
  { __typename: 'CreateThreadSuccess' }
>['data'];

export async function createThreadAs(
  userId: string,
  input: CreateThreadInput,
): Promise<CreatedThread> {
  const result = await gql(CreateThreadDetailedDocument, { input }, { as: userId });
  if (result.data?.createThread.__typename !== 'CreateThreadSuccess') {
    throw new Error(`createThread failed: ${JSON.stringify(result)}`);
  }
  return result.data.createThread.data;
}

/** The raw row id inside a global ID. */
export function rawId(globalId: string): string {
  return atob(globalId).split(':').slice(1).join(':');
}

export function globalId(typename: string, id: string): string {
  return btoa(`${typename}:${id}`);
}

/** Waits for the queue consumer (run by the local queue) to write the invite's email. */
export async function outboxEmailFor(inviteId: string, timeoutMs = 4000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const row = await env.DB.prepare(
      "SELECT to_address, subject, text_body, html_body FROM email_outbox WHERE related_type = 'ThreadInvite' AND related_id = ?",
    )
      .bind(inviteId)
      .first<{ to_address: string; subject: string; text_body: string; html_body: string }>();
    if (row) return row;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no email for invite ${inviteId} within ${timeoutMs} ms`);
}

export function tokenFromLink(text: string): string {
  const match = /\/i\/([A-Za-z0-9_-]+)/.exec(text);
  if (!match?.[1]) throw new Error('no invite link in the email');
  return match[1];
}
