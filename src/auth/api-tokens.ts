import { and, eq, inArray, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import type { Context } from '../context';
import { createDb } from '../db/client';
import { apiTokens, users } from '../db/tables';
import { logEvent } from '../log';
import { changes } from '../resolvers/d1-errors';
import {
  AuthenticationRequiredError,
  ConflictError,
  NotFoundError,
  ValidationError,
} from '../resolvers/errors';
import { newId, nowIso, randomToken } from '../resolvers/ids';
import type { KeysetQuery } from '../resolvers/pagination/keyset';
import { requiredText } from '../resolvers/validate';
import { type ApiScope, AuthenticationError, type Viewer } from './viewer';

export type ApiTokenRow = typeof apiTokens.$inferSelect;

/** Every API token starts with this, so the gateway tells it from a JWT without trying both. */
export const API_TOKEN_PREFIX = 'gwt_';
/** Random URL-safe characters after the prefix: 40 of 64 symbols is 240 bits. */
const API_TOKEN_RANDOM_LENGTH = 40;
const API_TOKEN_SHAPE = /^gwt_[A-Za-z0-9_-]{40}$/;
/** Characters of the token kept for display (`gwt_` and 6 more): enough to recognise it. */
const DISPLAY_PREFIX_LENGTH = API_TOKEN_PREFIX.length + 6;
/** A user may hold this many tokens that are neither revoked nor expired. */
export const MAX_ACTIVE_TOKENS_PER_USER = 50;
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

export function scopesOf(stored: ApiTokenRow['scopes']): ApiScope[] {
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

/** The one rule for who sees a token: its owner, signed in as a user (not through a token). */
export function apiTokenVisibleTo(ctx: Context): SQL {
  if (ctx.viewer.kind !== 'user') return sql`0`;
  return eq(apiTokens.userId, ctx.viewer.userId) as SQL;
}

function requireSignedInUser(ctx: Context): string {
  if (ctx.viewer.kind !== 'user') throw new AuthenticationRequiredError();
  return ctx.viewer.userId;
}

export function loadApiTokens(ctx: Context, ids: readonly string[]): Promise<ApiTokenRow[]> {
  return ctx.reads.read(
    ctx.db
      .select()
      .from(apiTokens)
      .where(and(inArray(apiTokens.id, [...ids]), apiTokenVisibleTo(ctx))),
  );
}

/** A user's tokens, newest first; revoked ones only when asked for. */
export function userApiTokensQuery(
  ctx: Context,
  includeRevoked: boolean,
): KeysetQuery<typeof apiTokens> {
  return {
    table: apiTokens,
    parentColumn: apiTokens.userId,
    where: and(apiTokenVisibleTo(ctx), includeRevoked ? undefined : isNull(apiTokens.revokedAt)),
    order: [
      { key: 'createdAt', direction: 'desc' },
      { key: 'id', direction: 'desc' },
    ],
  };
}

export interface CreateApiTokenInput {
  name: string;
  scopes: readonly ApiScope[];
  expiresAt?: string | null;
}

/**
 * Creates a token for the signed-in user and returns it with the raw token, which is never
 * stored and never shown again. The cap on active tokens is checked inside the INSERT itself.
 */
export async function createApiToken(
  ctx: Context,
  input: CreateApiTokenInput,
): Promise<{ token: string; apiToken: ApiTokenRow }> {
  const userId = requireSignedInUser(ctx);
  const name = requiredText('input.name', input.name, 100);
  if (input.scopes.length === 0) {
    throw ValidationError.of('input.scopes', 'must name at least one scope (READ, WRITE).');
  }
  const now = nowIso();
  if (input.expiresAt != null && input.expiresAt <= now) {
    throw ValidationError.of('input.expiresAt', 'must be in the future.');
  }
  // WRITE implies READ: a token that may change things may read them.
  const scopes: ApiTokenRow['scopes'] = input.scopes.includes('write') ? 'read,write' : 'read';
  const token = API_TOKEN_PREFIX + randomToken(API_TOKEN_RANDOM_LENGTH);
  const row: ApiTokenRow = {
    id: newId('tok'),
    userId,
    name,
    tokenHash: await digestApiToken(token),
    tokenPrefix: token.slice(0, DISPLAY_PREFIX_LENGTH),
    scopes,
    lastUsedAt: null,
    expiresAt: input.expiresAt ?? null,
    revokedAt: null,
    createdAt: now,
  };
  const active = sql`(select count(*) from ${apiTokens} where ${apiTokens.userId} = ${userId} and ${apiTokens.revokedAt} is null and (${apiTokens.expiresAt} is null or ${apiTokens.expiresAt} > ${now}))`;
  const result = await ctx.db.run(
    sql`insert into ${apiTokens} (id, user_id, name, token_hash, token_prefix, scopes, last_used_at, expires_at, revoked_at, created_at) select ${row.id}, ${row.userId}, ${row.name}, ${row.tokenHash}, ${row.tokenPrefix}, ${row.scopes}, null, ${row.expiresAt}, null, ${row.createdAt} where ${active} < ${MAX_ACTIVE_TOKENS_PER_USER}`,
  );
  if (changes(result) === 0) {
    throw new ConflictError(
      `You already have ${MAX_ACTIVE_TOKENS_PER_USER} active API tokens: revoke one first.`,
    );
  }
  return { token, apiToken: row };
}

/**
 * Revokes one of the signed-in user's tokens (at once: the next request with it gets a 401).
 * Revoking a revoked token returns it unchanged. One batch: the conditional update, then the row.
 */
export async function revokeApiToken(
  ctx: Context,
  tokenId: string,
  globalId: string,
): Promise<ApiTokenRow> {
  const userId = requireSignedInUser(ctx);
  const mine = and(eq(apiTokens.id, tokenId), eq(apiTokens.userId, userId));
  const [, rows] = await ctx.db.batch([
    ctx.db
      .update(apiTokens)
      .set({ revokedAt: nowIso() })
      .where(and(mine, isNull(apiTokens.revokedAt))),
    ctx.db.select().from(apiTokens).where(mine),
  ]);
  const row = rows[0];
  if (!row) throw new NotFoundError('ApiToken', globalId);
  return row;
}
