import { AppError } from '../errors';

export type BudgetPeriod = 'daily' | 'monthly';

/** An AI call refused before it was made: it could have taken the user past a budget. */
export class BudgetExceededError extends AppError {
  constructor(
    readonly period: BudgetPeriod,
    readonly limitUsd: number,
    readonly spentUsd: number,
    readonly estimateUsd: number,
  ) {
    super(budgetMessage(period, limitUsd, spentUsd, estimateUsd), 'AI_BUDGET_EXCEEDED');
  }
}

/**
 * The refusal's sentence, its three amounts written alike: in cents, or to the millionth of a
 * dollar when one of them is a fraction of a cent (not "$0.00 spent of $0.000100").
 */
function budgetMessage(period: BudgetPeriod, limit: number, spent: number, estimate: number) {
  const fine = [limit, spent, estimate].some((value) => value > 0 && value < 0.01);
  const usd = (value: number) => `$${value.toFixed(fine ? 6 : 2)}`;
  return `This AI call could take you past your ${period} AI budget: ${usd(spent)} spent of ${usd(limit)}, and the call may cost up to ${usd(estimate)}. It was not made.`;
}

/**
 * Why one provider attempt failed. Internal: it picks the fallback and becomes a usage row's
 * `error_code`; it never reaches a client and never carries a key or a response body.
 */
export class ProviderError extends Error {
  constructor(
    readonly code: string,
    message: string,
    /** Tokens the provider reported before the failure (an invalid answer still costs). */
    readonly usage: { inputTokens: number; outputTokens: number } | null = null,
  ) {
    super(message);
    this.name = 'ProviderError';
  }
}

/** A model's answer that the feature cannot use (bad JSON, ids from nowhere...). */
export class InvalidAnswerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidAnswerError';
  }
}
