import { eq, type SQL, sql } from 'drizzle-orm';
import { apiTokens } from '../../db/tables';
import type { WithViewer } from './viewer-guards';

/** The one rule for who sees a token: its owner, signed in as a user (not through a token). */
export function apiTokenVisibleTo(ctx: WithViewer): SQL {
  if (ctx.viewer.kind !== 'user') return sql`0`;
  return eq(apiTokens.userId, ctx.viewer.userId) as SQL;
}
