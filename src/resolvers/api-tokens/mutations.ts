import { and, eq, isNull, sql } from 'drizzle-orm';
import { API_TOKEN_PREFIX, API_TOKEN_RANDOM_LENGTH, digestApiToken } from '../../auth/api-tokens';
import type { ApiScope } from '../../auth/viewer';
import type { Context } from '../../context';
import { apiTokens } from '../../db/tables';
import { requireSignedInUser } from '../access';
import { changes } from '../d1-errors';
import { ConflictError, NotFoundError, ValidationError } from '../errors';
import { newId, nowIso, randomToken } from '../ids';
import { requiredText } from '../validate';
import type { ApiTokenRow } from './api-tokens';

/** Characters of the token kept for display (`gwt_` and 6 more): enough to recognise it. */
const DISPLAY_PREFIX_LENGTH = API_TOKEN_PREFIX.length + 6;
/** A user may hold this many tokens that are neither revoked nor expired. */
export const MAX_ACTIVE_TOKENS_PER_USER = 50;

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
