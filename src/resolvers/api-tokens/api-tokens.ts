import { and, isNull } from 'drizzle-orm';
import type { Context } from '../../context';
import { apiTokens } from '../../db/tables';
import { apiTokenVisibleTo, loadVisibleByIds } from '../access';
import type { KeysetQuery } from '../pagination/keyset';

export type ApiTokenRow = typeof apiTokens.$inferSelect;

export function loadApiTokens(ctx: Context, ids: readonly string[]): Promise<ApiTokenRow[]> {
  return loadVisibleByIds(ctx, apiTokens, ids, apiTokenVisibleTo(ctx));
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
