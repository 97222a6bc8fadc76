import { sql } from 'drizzle-orm';
import type { Context } from '../../context';
import { aiUsageLogs } from '../../db/tables';
import { type GroupRow, tableGroups } from '../filters/group';
import type { FilterSpec } from '../filters/query';
import { compileWhere, type WhereInput } from '../filters/where';
import { usdSum } from './usd';

/** What `aiUsageLogs(where:, orderBy:)` and `aiUsageStats(where:)` may name (admins only). */
export const AI_USAGE_FILTERS: FilterSpec = {
  fields: {
    user: { column: aiUsageLogs.userId, kind: 'id', typename: 'User', nullable: true },
    feature: { column: aiUsageLogs.feature, kind: 'text' },
    provider: { column: aiUsageLogs.provider, kind: 'enum', values: ['gemini', 'openai', 'local'] },
    model: { column: aiUsageLogs.model, kind: 'text' },
    outcome: {
      column: aiUsageLogs.outcome,
      kind: 'enum',
      values: ['success', 'error', 'fallback', 'refused'],
    },
    costUsd: { column: aiUsageLogs.costUsd, kind: 'number' },
    inputTokens: { column: aiUsageLogs.inputTokens, kind: 'number' },
    outputTokens: { column: aiUsageLogs.outputTokens, kind: 'number' },
    createdAt: { column: aiUsageLogs.createdAt, kind: 'time' },
  },
  order: {
    createdAt: { key: 'createdAt', column: aiUsageLogs.createdAt },
    costUsd: { key: 'costUsd', column: aiUsageLogs.costUsd },
  },
};

/** What AI calls group by in `aiUsageStats`. */
export const AI_USAGE_DIMENSIONS = {
  user: sql`${aiUsageLogs.userId}`,
  feature: sql`${aiUsageLogs.feature}`,
  provider: sql`${aiUsageLogs.provider}`,
  model: sql`${aiUsageLogs.model}`,
  outcome: sql`${aiUsageLogs.outcome}`,
  day: sql`substr(${aiUsageLogs.createdAt}, 1, 10)`,
};

/** The figures beside each group's count. */
export const AI_USAGE_MEASURES = {
  costUsd: usdSum(aiUsageLogs.costUsd),
  inputTokens: sql`coalesce(sum(${aiUsageLogs.inputTokens}), 0)`,
  outputTokens: sql`coalesce(sum(${aiUsageLogs.outputTokens}), 0)`,
};

/** `aiUsageStats`: AI calls counted (with their cost and tokens) by the keys asked. */
export function aiUsageStats(
  ctx: Context,
  args: { where?: WhereInput | null; groupBy: readonly string[] },
): Promise<GroupRow[]> {
  const where = compileWhere(AI_USAGE_FILTERS.fields, args.where);
  return tableGroups(
    ctx,
    {
      table: aiUsageLogs,
      where: where.sql,
      dimensions: AI_USAGE_DIMENSIONS,
      measures: AI_USAGE_MEASURES,
    },
    args.groupBy,
  );
}
