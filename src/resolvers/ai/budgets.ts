import { and, eq, sql } from 'drizzle-orm';
import type { Context } from '../../context';
import { aiCostBudgets, users } from '../../db/tables';
import { auditIfChanged } from '../admin/audit';
import { insertWhere } from '../conditional-insert';
import { NotFoundError, ValidationError } from '../errors';
import { newId, nowIso } from '../ids';
import type { KeysetQuery } from '../pagination/keyset';
import type { BudgetPeriod } from './errors';

export type BudgetRow = typeof aiCostBudgets.$inferSelect;

export const MAX_BUDGET_USD = 1_000_000;

/** Sets (creates or changes) a user's daily or monthly AI budget, audited, in one batch. */
export async function setCostBudget(
  ctx: Context,
  userId: string,
  period: BudgetPeriod,
  limitUsd: number,
): Promise<BudgetRow> {
  if (!Number.isFinite(limitUsd) || limitUsd < 0 || limitUsd > MAX_BUDGET_USD) {
    throw ValidationError.of('input.limitUsd', `must be from 0 to ${MAX_BUDGET_USD} USD.`);
  }
  const now = nowIso();
  const row: BudgetRow = {
    id: newId('aib'),
    userId,
    period,
    limitUsd,
    createdAt: now,
    updatedAt: now,
  };
  // Only for an existing user: the insert is conditioned on it, so a missing user is a NotFound,
  // not a foreign-key failure.
  const [written] = await ctx.db.batch([
    insertWhere(
      ctx.db,
      aiCostBudgets,
      row,
      sql`exists (select 1 from ${users} where ${users.id} = ${userId})`,
    )
      .onConflictDoUpdate({
        target: [aiCostBudgets.userId, aiCostBudgets.period],
        set: { limitUsd, updatedAt: now },
      })
      .returning(),
    auditIfChanged(ctx, {
      action: 'ai_cost_budget.set',
      targetType: 'User',
      targetId: userId,
      changes: { period, limitUsd },
    }),
  ]);
  const stored = (written as BudgetRow[])[0];
  if (!stored) throw new NotFoundError('User', userId);
  return stored;
}

/** Removes a user's budget for a period (the daily one then falls back to the system default). */
export async function removeCostBudget(
  ctx: Context,
  userId: string,
  period: BudgetPeriod,
): Promise<BudgetRow> {
  const [removed] = await ctx.db.batch([
    ctx.db
      .delete(aiCostBudgets)
      .where(and(eq(aiCostBudgets.userId, userId), eq(aiCostBudgets.period, period)))
      .returning(),
    auditIfChanged(ctx, {
      action: 'ai_cost_budget.remove',
      targetType: 'User',
      targetId: userId,
      changes: { period },
    }),
  ]);
  const row = (removed as BudgetRow[])[0];
  if (!row) throw new NotFoundError('AiCostBudget', `${userId}/${period}`);
  return row;
}

/** Budgets, by user then period; optionally one user's. */
export function costBudgetsQuery(userId: string | null): KeysetQuery<typeof aiCostBudgets> {
  return {
    table: aiCostBudgets,
    where: userId ? eq(aiCostBudgets.userId, userId) : undefined,
    order: [
      { key: 'userId', direction: 'asc' },
      { key: 'period', direction: 'asc' },
      { key: 'id', direction: 'asc' },
    ],
  };
}
