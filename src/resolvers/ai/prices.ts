import type { AiProvider } from './config';
import { roundUsd } from './usd';

/** USD per one million tokens. */
export interface Price {
  input: number;
  output: number;
}

/**
 * Public list prices (USD per 1M tokens, standard tier) of the models the gateway expects. A model
 * name matches its longest listed prefix, so dated versions (`gpt-4o-mini-2024-07-18`) find theirs.
 */
export const PRICES: Record<Exclude<AiProvider, 'local'>, Record<string, Price>> = {
  gemini: {
    'gemini-2.5-pro': { input: 1.25, output: 10 },
    'gemini-2.5-flash': { input: 0.3, output: 2.5 },
    'gemini-2.5-flash-lite': { input: 0.1, output: 0.4 },
    'gemini-2.0-flash': { input: 0.1, output: 0.4 },
    'gemini-2.0-flash-lite': { input: 0.075, output: 0.3 },
    'gemini-1.5-flash': { input: 0.075, output: 0.3 },
    'gemini-1.5-pro': { input: 1.25, output: 5 },
  },
  openai: {
    'gpt-4o': { input: 2.5, output: 10 },
    'gpt-4o-mini': { input: 0.15, output: 0.6 },
    'gpt-4.1': { input: 2, output: 8 },
    'gpt-4.1-mini': { input: 0.4, output: 1.6 },
    'gpt-4.1-nano': { input: 0.1, output: 0.4 },
    'o4-mini': { input: 1.1, output: 4.4 },
  },
};

/** The local provider costs nothing. */
const FREE: Price = { input: 0, output: 0 };

/**
 * The price of a model. A model missing from the table is priced at its provider's dearest listed
 * rates: budgets then err on the side of refusing, never of overspending.
 */
export function priceOf(provider: AiProvider, model: string): Price {
  if (provider === 'local') return FREE;
  const table = PRICES[provider];
  let best: string | null = null;
  for (const name of Object.keys(table)) {
    if ((model === name || model.startsWith(`${name}-`)) && (!best || name.length > best.length)) {
      best = name;
    }
  }
  if (best) return table[best] as Price;
  const all = Object.values(table);
  return {
    input: Math.max(...all.map((price) => price.input)),
    output: Math.max(...all.map((price) => price.output)),
  };
}

/** Cost in USD of a call, rounded to a billionth of a dollar (float sums stay comparable). */
export function costUsd(
  provider: AiProvider,
  model: string,
  inputTokens: number,
  outputTokens: number,
): number {
  const price = priceOf(provider, model);
  const cost = (inputTokens * price.input + outputTokens * price.output) / 1_000_000;
  return roundUsd(cost);
}
