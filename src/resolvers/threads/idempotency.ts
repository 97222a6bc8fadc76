import { and, eq, lte, sql } from 'drizzle-orm';
import type { Context } from '../../context';
import { createDb } from '../../db/client';
import { threadIdempotencyKeys } from '../../db/tables';
import { logEvent } from '../../log';
import { insertWhere } from '../conditional-insert';
import { ConflictError, ValidationError } from '../errors';
import { newId } from '../ids';
import { sha256Hex } from '../sha256';

// createThread's idempotency keys (GraphQL `input.idempotencyKey`, REST `Idempotency-Key`): a
// repeat by the same user with the same key within the window gets the first result back.

/** How long a key stands for its first request. */
export const IDEMPOTENCY_WINDOW_HOURS = 24;

// Printable ASCII (space to tilde), 1-255 characters, no space at either end (HTTP trims header
// values, so a key sent over REST and over GraphQL must read the same).
const KEY_PATTERN = /^[\x21-\x7E](?:[\x20-\x7E]{0,253}[\x21-\x7E])?$/;

/** The validated key, or null when none was sent. */
export function idempotencyKeyOf(value: string | null | undefined): string | null {
  if (value == null) return null;
  if (!KEY_PATTERN.test(value)) {
    throw ValidationError.of(
      'input.idempotencyKey',
      'must be 1-255 printable ASCII characters, without a space at either end.',
    );
  }
  return value;
}

/** The request a key stands for: what was asked, once validated, as a digest. */
export function requestDigest(request: {
  title: string;
  description: string | null;
  workspaceId: string | null;
}): Promise<string> {
  return sha256Hex(JSON.stringify([request.title, request.description, request.workspaceId]));
}

/** A key as a user sent it, with the digest of the request it came with. */
export interface IdempotencyClaim {
  userId: string;
  key: string;
  digest: string;
}

const windowStart = (now: string) =>
  new Date(Date.parse(now) - IDEMPOTENCY_WINDOW_HOURS * 3600_000).toISOString();

const isClaim = (claim: Pick<IdempotencyClaim, 'userId' | 'key'>) =>
  and(
    eq(threadIdempotencyKeys.userId, claim.userId),
    eq(threadIdempotencyKeys.idempotencyKey, claim.key),
  );

/** The key's row while it is within the window: the query, for a read or a batch. */
export function findClaim(
  ctx: Context,
  claim: Pick<IdempotencyClaim, 'userId' | 'key'>,
  now: string,
) {
  return ctx.db
    .select({
      threadId: threadIdempotencyKeys.threadId,
      requestDigest: threadIdempotencyKeys.requestDigest,
    })
    .from(threadIdempotencyKeys)
    .where(and(isClaim(claim), sql`${threadIdempotencyKeys.createdAt} > ${windowStart(now)}`));
}

/** SQL: no live row holds this key (the new thread may be written). */
export function claimFree(claim: IdempotencyClaim, now: string) {
  return sql`not exists (select 1 from ${threadIdempotencyKeys} where ${isClaim(claim)} and ${threadIdempotencyKeys.createdAt} > ${windowStart(now)})`;
}

/**
 * The key's row, written in the thread's batch only once the thread is (`threadWritten`). A row
 * past the window is taken over; a live one is left alone (the thread was not written then).
 */
export function recordClaim(
  ctx: Context,
  claim: IdempotencyClaim,
  threadId: string,
  now: string,
  threadWritten: ReturnType<typeof sql>,
) {
  return insertWhere(
    ctx.db,
    threadIdempotencyKeys,
    {
      id: newId('tik'),
      userId: claim.userId,
      idempotencyKey: claim.key,
      requestDigest: claim.digest,
      threadId,
      createdAt: now,
    },
    threadWritten,
  ).onConflictDoUpdate({
    target: [threadIdempotencyKeys.userId, threadIdempotencyKeys.idempotencyKey],
    set: {
      requestDigest: sql`excluded.request_digest`,
      threadId: sql`excluded.thread_id`,
      createdAt: sql`excluded.created_at`,
    },
    setWhere: sql`${threadIdempotencyKeys.createdAt} <= ${windowStart(now)}`,
  });
}

/** The thread a live key stands for, once its request is known to be the same one. */
export function replayedThreadId(
  stored: { threadId: string; requestDigest: string },
  digest: string,
): string {
  if (stored.requestDigest !== digest) {
    throw new ConflictError(
      'This idempotency key was already used for another request (a different title, description or workspace). Send a new key for a new thread.',
    );
  }
  return stored.threadId;
}

/** Forgets keys past the window (lookups ignore them already; this keeps the table small). */
export async function pruneIdempotencyKeys(env: Env, now: Date): Promise<number> {
  const result = await createDb(env.DB)
    .delete(threadIdempotencyKeys)
    .where(lte(threadIdempotencyKeys.createdAt, windowStart(now.toISOString())));
  const pruned = Number(result.meta.changes ?? 0);
  logEvent('info', 'idempotency keys pruned', { pruned });
  return pruned;
}
