// Authenticating a bearer API token: its format, its digest, the viewer behind it. Managing
// tokens (create, list, revoke) is a resolver's work: src/resolvers/api-tokens/.
import { and, eq, getTableColumns, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import type { Context } from '../context';
import { setBounded } from '../db/bounded-map';
import type { Db } from '../db/client';
import { compileRead } from '../db/fast-batch';
import { apiTokens, users } from '../db/tables';
import { logEvent } from '../log';
import { type ApiScope, AuthenticationError, type Viewer } from './viewer';

/** Every API token starts with this, so the gateway tells it from a JWT without trying both. */
export const API_TOKEN_PREFIX = 'gwt_';
/** Random URL-safe characters after the prefix: 40 of 64 symbols is 240 bits. */
export const API_TOKEN_RANDOM_LENGTH = 40;
export const API_TOKEN_SHAPE = /^gwt_[A-Za-z0-9_-]{40}$/;
/** `last_used_at` is written at most this often per token: a write per request would be waste. */
const LAST_USED_RESOLUTION_MS = 60_000;

export function looksLikeApiToken(token: string): boolean {
  return token.startsWith(API_TOKEN_PREFIX);
}

/** The SHA-256 digest (hex) stored instead of the token. */
export async function digestApiToken(token: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Digests of tokens sent to this isolate, by their text: an integrator sends the same token with
 * every request, and hashing it again (SHA-256, then hex) was about 2.5 % of an integrator's
 * `{ viewer { id } }` CPU in issue 18's profile. Only the digest is kept: the token is looked up
 * by it on every request (revoked, expired, its scopes), as before.
 */
const digests = new Map<string, string>();
const MAX_DIGESTS = 1000;

/** `digestApiToken` of a presented token, kept per isolate (`digests`). */
export async function presentedTokenDigest(token: string): Promise<string> {
  const kept = digests.get(token);
  if (kept !== undefined) return kept;
  const digest = await digestApiToken(token);
  setBounded(digests, token, digest, MAX_DIGESTS);
  return digest;
}

export function scopesOf(stored: (typeof apiTokens.$inferSelect)['scopes']): ApiScope[] {
  return stored === 'read,write' ? ['read', 'write'] : ['read'];
}

/**
 * The owner's columns under names of their own: D1 batches hand rows back as objects keyed by
 * column name, so the owner's `id` and `created_at` would overwrite the token's.
 */
const ownerColumns = Object.fromEntries(
  Object.entries(getTableColumns(users)).map(([key, column]) => [
    key,
    sql`${column}`.mapWith(column).as(`owner_${column.name}`),
  ]),
) as Record<string, SQL.Aliased>;

/** Every integrator request sends it: built once per isolate (src/db/fast-batch.ts). */
const tokenLookup = compileRead((db) =>
  db
    .select({
      id: apiTokens.id,
      scopes: apiTokens.scopes,
      expiresAt: apiTokens.expiresAt,
      revokedAt: apiTokens.revokedAt,
      lastUsedAt: apiTokens.lastUsedAt,
      user: ownerColumns,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(eq(apiTokens.tokenHash, sql.placeholder('tokenHash'))),
);

/** An integrator viewer and its owner's row (read with the token: the User loader is primed). */
export interface ApiTokenViewer {
  viewer: Extract<Viewer, { kind: 'integrator' }>;
  user: typeof users.$inferSelect;
}

/**
 * The viewer behind an API token's digest: one statement (token and owner), sent through the
 * request's read batcher so it shares a round trip with the settings read. Unknown, revoked and
 * expired tokens and tokens of inactive accounts are refused with a 401, never treated as
 * anonymous. Last use is recorded at most once a minute, through the request's counted session
 * (so `extensions.d1` counts it), without delaying the request.
 */
export async function lookUpApiToken(ctx: Context, tokenHash: string): Promise<ApiTokenViewer> {
  const [found] = await ctx.reads.read(tokenLookup({ tokenHash }));
  if (!found) throw new AuthenticationError('Unknown API token.');
  const row = { ...found, user: found.user as unknown as typeof users.$inferSelect };
  const now = new Date();
  refuseUnusable(row.revokedAt, row.expiresAt, row.user.status, now);
  if (
    row.lastUsedAt === null ||
    Date.parse(row.lastUsedAt) <= now.getTime() - LAST_USED_RESOLUTION_MS
  ) {
    ctx.waitUntil(recordLastUse(ctx.db, row.id, now));
  }
  return {
    viewer: {
      kind: 'integrator',
      userId: row.user.id,
      tokenId: row.id,
      scopes: scopesOf(row.scopes),
    },
    user: row.user,
  };
}

/** Throws the 401 of a token that may not be used (now): revoked, expired, or its owner inactive. */
function refuseUnusable(
  revokedAt: string | null,
  expiresAt: string | null,
  ownerStatus: string,
  now: Date,
): void {
  if (revokedAt !== null) {
    throw new AuthenticationError('This API token has been revoked.', 'TOKEN_REVOKED');
  }
  if (expiresAt !== null && Date.parse(expiresAt) <= now.getTime()) {
    throw new AuthenticationError(`This API token expired at ${expiresAt}.`, 'TOKEN_EXPIRED');
  }
  if (ownerStatus !== 'active') {
    throw new AuthenticationError('The account that owns this API token is not active.');
  }
}

const tokenStanding = compileRead((db) =>
  db
    .select({
      revokedAt: apiTokens.revokedAt,
      expiresAt: apiTokens.expiresAt,
      ownerStatus: users.status,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(eq(apiTokens.id, sql.placeholder('tokenId'))),
);

/**
 * Checks again that a token looked up earlier may still be used (a stream opened with it, judged
 * before each event): the same 401s as the lookup, a deleted token as an unknown one.
 */
export async function checkApiTokenStillUsable(ctx: Context, tokenId: string): Promise<void> {
  const [found] = await ctx.reads.read(tokenStanding({ tokenId }));
  if (!found) throw new AuthenticationError('Unknown API token.');
  refuseUnusable(found.revokedAt, found.expiresAt, found.ownerStatus, new Date());
}

/** The condition repeats in SQL so that concurrent requests write it once per minute at most. */
async function recordLastUse(db: Db, tokenId: string, now: Date) {
  const cutoff = new Date(now.getTime() - LAST_USED_RESOLUTION_MS).toISOString();
  try {
    await db
      .update(apiTokens)
      .set({ lastUsedAt: now.toISOString() })
      .where(
        and(
          eq(apiTokens.id, tokenId),
          or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, cutoff)),
        ),
      );
  } catch (error) {
    logEvent('warn', 'api token last use not recorded', {
      tokenId,
      error: error instanceof Error ? error.message : String(error),
    });
  }
}
