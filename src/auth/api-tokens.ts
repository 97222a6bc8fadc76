// Authenticating a bearer API token: its format, its digest, the viewer behind it. Managing
// tokens (create, list, revoke) is a resolver's work: src/resolvers/api-tokens/.
import { and, eq, isNull, lt, or } from 'drizzle-orm';
import { createDb } from '../db/client';
import { apiTokens, users } from '../db/tables';
import { logEvent } from '../log';
import { type ApiScope, AuthenticationError, type Viewer } from './viewer';

/** Every API token starts with this, so the gateway tells it from a JWT without trying both. */
export const API_TOKEN_PREFIX = 'gwt_';
/** Random URL-safe characters after the prefix: 40 of 64 symbols is 240 bits. */
export const API_TOKEN_RANDOM_LENGTH = 40;
const API_TOKEN_SHAPE = /^gwt_[A-Za-z0-9_-]{40}$/;
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

export function scopesOf(stored: (typeof apiTokens.$inferSelect)['scopes']): ApiScope[] {
  return stored === 'read,write' ? ['read', 'write'] : ['read'];
}

/**
 * The viewer behind an API token: one statement (token and owner by the token's digest). Unknown,
 * revoked and expired tokens and tokens of inactive accounts are refused with a 401, never
 * treated as anonymous. Last use is recorded after the response (waitUntil), at most once a minute.
 */
export async function authenticateApiToken(
  token: string,
  env: Env,
  waitUntil: (promise: Promise<unknown>) => void,
): Promise<Viewer> {
  if (!API_TOKEN_SHAPE.test(token)) {
    throw new AuthenticationError('The API token is malformed: expected "gwt_" and 40 characters.');
  }
  const db = createDb(env.DB);
  const tokenHash = await digestApiToken(token);
  const [row] = await db
    .select({
      id: apiTokens.id,
      userId: apiTokens.userId,
      scopes: apiTokens.scopes,
      expiresAt: apiTokens.expiresAt,
      revokedAt: apiTokens.revokedAt,
      lastUsedAt: apiTokens.lastUsedAt,
      userStatus: users.status,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(eq(apiTokens.tokenHash, tokenHash));
  if (!row) throw new AuthenticationError('Unknown API token.');
  if (row.revokedAt !== null) {
    throw new AuthenticationError('This API token has been revoked.', 'TOKEN_REVOKED');
  }
  const now = new Date();
  if (row.expiresAt !== null && Date.parse(row.expiresAt) <= now.getTime()) {
    throw new AuthenticationError(`This API token expired at ${row.expiresAt}.`, 'TOKEN_EXPIRED');
  }
  if (row.userStatus !== 'active') {
    throw new AuthenticationError('The account that owns this API token is not active.');
  }
  if (
    row.lastUsedAt === null ||
    Date.parse(row.lastUsedAt) <= now.getTime() - LAST_USED_RESOLUTION_MS
  ) {
    waitUntil(recordLastUse(db, row.id, now));
  }
  return { kind: 'integrator', userId: row.userId, tokenId: row.id, scopes: scopesOf(row.scopes) };
}

/** The condition repeats in SQL so that concurrent requests write it once per minute at most. */
async function recordLastUse(db: ReturnType<typeof createDb>, tokenId: string, now: Date) {
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
