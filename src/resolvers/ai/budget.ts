import { eq, type SQL, sql } from 'drizzle-orm';
import type { Context } from '../../context';
import { aiCostBudgets, aiUsageLogs } from '../../db/tables';
import { insertWhere } from '../conditional-insert';
import { changes } from '../d1-errors';
import { newId, nowIso } from '../ids';
import type { AiProvider } from './config';
import { BudgetExceededError } from './errors';

export type UsageRow = typeof aiUsageLogs.$inferSelect;
export type UsageOutcome = UsageRow['outcome'];

/**
 * The error code of a reserved call not yet settled. Its outcome reads `success` meanwhile (the
 * CHECK on `outcome` has no in-flight value), so every count of successes must leave these out
 * (`isInFlight`); the sweep (src/jobs/ai-usage-timeout-sweep.ts) ends the ones a Worker left.
 */
export const IN_FLIGHT = 'in_flight';

/** SQL: the usage row is a call still in flight (`is`: error_code is usually NULL). */
export const isInFlight = sql`${aiUsageLogs.errorCode} is ${sql.raw(`'${IN_FLIGHT}'`)}`;

// Float sums of costs drift by ulps: a budget of exactly k calls must admit the k-th.
const EPSILON = 1e-9;

/** Midnight UTC of today and the first of this month, as stored timestamps compare. */
export function periodStarts(now = new Date()) {
  const iso = now.toISOString();
  return { day: `${iso.slice(0, 10)}T00:00:00.000Z`, month: `${iso.slice(0, 7)}-01T00:00:00.000Z` };
}

const spentSince = (userId: string, from: string): SQL =>
  sql`(select coalesce(sum(spent.cost_usd), 0) from ${aiUsageLogs} as spent where spent.user_id = ${userId} and spent.created_at >= ${from})`;

const budgetOf = (userId: string, period: 'daily' | 'monthly'): SQL =>
  sql`(select ${aiCostBudgets.limitUsd} from ${aiCostBudgets} where ${aiCostBudgets.userId} = ${userId} and ${aiCostBudgets.period} = ${period})`;

/**
 * The user's limits in SQL: their own daily budget row, else the system's
 * `max_ai_cost_per_user_daily`; a monthly budget row when there is one (none by default).
 */
function limits(userId: string, defaultDailyUsd: number) {
  return {
    daily: sql`coalesce(${budgetOf(userId, 'daily')}, ${defaultDailyUsd})`,
    monthly: budgetOf(userId, 'monthly'),
  };
}

export interface Reservation {
  id: string;
  estimateUsd: number;
}

interface ReserveInput {
  userId: string | null;
  feature: string;
  provider: AiProvider;
  model: string;
  estimateUsd: number;
  defaultDailyUsd: number;
}

/**
 * Reserves a call's estimated cost before the call is made. One batch (one D1 transaction):
 * 1. insert the usage row (outcome `success`, cost = the estimate, error_code `in_flight`) only
 *    if today's and this month's spend plus the estimate stay within the user's limits: the sum
 *    and the insert are one statement, so concurrent calls see each other's reservations and
 *    cannot overspend (beyond what a call costs over its estimate, which is an upper bound);
 * 2. when (1) did not apply, insert a `refused` row instead;
 * 3. read the figures, for the error's message.
 * `settle` later replaces the estimate with what the call really cost.
 */
export async function reserve(ctx: Context, input: ReserveInput): Promise<Reservation> {
  const id = newId('aiu');
  const now = new Date();
  const createdAt = now.toISOString();
  const base = {
    id,
    userId: input.userId,
    feature: input.feature,
    provider: input.provider,
    model: input.model,
    inputTokens: 0,
    outputTokens: 0,
    latencyMs: null,
    requestId: ctx.requestId,
    createdAt,
  };
  const reservation = { id, estimateUsd: input.estimateUsd };
  if (input.userId === null) {
    // Calls on nobody's behalf (jobs) have no budget, but are logged all the same.
    await ctx.db
      .insert(aiUsageLogs)
      .values({ ...base, costUsd: input.estimateUsd, outcome: 'success', errorCode: IN_FLIGHT });
    return reservation;
  }
  const { day, month } = periodStarts(now);
  const limit = limits(input.userId, input.defaultDailyUsd);
  const today = spentSince(input.userId, day);
  const thisMonth = spentSince(input.userId, month);
  const est = input.estimateUsd;
  const withinDaily = sql`${today} + ${est} <= ${limit.daily} + ${EPSILON}`;
  const withinMonthly = sql`(${limit.monthly} is null or ${thisMonth} + ${est} <= ${limit.monthly} + ${EPSILON})`;
  const [reserved, , figures] = await ctx.db.batch([
    insertWhere(
      ctx.db,
      aiUsageLogs,
      { ...base, costUsd: est, outcome: 'success', errorCode: IN_FLIGHT },
      sql`${withinDaily} and ${withinMonthly}`,
    ),
    insertWhere(
      ctx.db,
      aiUsageLogs,
      {
        ...base,
        id: newId('aiu'),
        costUsd: 0,
        outcome: 'refused',
        errorCode: sql`case when ${withinDaily} then 'budget_monthly' else 'budget_daily' end`,
      },
      sql`not exists (select 1 from ${aiUsageLogs} as mine where mine.id = ${id})`,
    ),
    ctx.db
      .select({
        // Aliased: D1 names unaliased columns by their SQL text, and two equal texts collide.
        today: sql<number>`${today}`.as('spent_today'),
        thisMonth: sql<number>`${thisMonth}`.as('spent_month'),
        daily: sql<number | null>`${limit.daily}`.as('daily_limit'),
        monthly: sql<number | null>`${limit.monthly}`.as('monthly_limit'),
      })
      .from(sql`(select 1)`),
  ]);
  if (changes(reserved) > 0) return reservation;
  const figure = figures[0] ?? { today: 0, thisMonth: 0, daily: 0, monthly: null };
  const dailyLimit = Number(figure.daily ?? 0);
  if (Number(figure.today) + est > dailyLimit + EPSILON) {
    throw new BudgetExceededError('daily', dailyLimit, Number(figure.today), est);
  }
  throw new BudgetExceededError(
    'monthly',
    Number(figure.monthly ?? 0),
    Number(figure.thisMonth),
    est,
  );
}

export interface Settlement {
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
  latencyMs: number;
  outcome: UsageOutcome;
  errorCode: string | null;
}

/** Replaces a reservation's estimate with the call's real figures and outcome. */
export async function settle(ctx: Context, reservation: Reservation, figures: Settlement) {
  await ctx.db.update(aiUsageLogs).set(figures).where(eq(aiUsageLogs.id, reservation.id));
}

/** A usage row for a call that needed no reservation (the local provider costs nothing). */
export async function logUsage(
  ctx: Context,
  row: Omit<UsageRow, 'id' | 'requestId' | 'createdAt'>,
): Promise<void> {
  await ctx.db
    .insert(aiUsageLogs)
    .values({ ...row, id: newId('aiu'), requestId: ctx.requestId, createdAt: nowIso() });
}
