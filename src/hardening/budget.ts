import type { Context } from '../context';
import { maxOperationCost } from './settings';

/** What this request's operation costs and may cost: `extensions.cost` and `Query.rateLimit`. */
export interface OperationCost {
  requested: number;
  limit: number;
}

const COST_KEY = 'hardening.cost';

/** Kept on the context when the operation is measured, before any resolver runs. */
export function recordOperationCost(ctx: Context, cost: OperationCost): void {
  ctx.cache.set(COST_KEY, cost);
}

/** The operation's cost; 0 requested when it was refused before it could be measured. */
export function operationCostOf(ctx: Context): OperationCost {
  const recorded = ctx.cache.get(COST_KEY) as OperationCost | undefined;
  return recorded ?? { requested: 0, limit: maxOperationCost(ctx.env, ctx.viewer) };
}

/** The viewer's request budget, when the rate limiter counted this request. */
export function rateBudgetOf(ctx: Context): NonNullable<Context['rateLimit']> | null {
  return ctx.rateLimit ?? null;
}
