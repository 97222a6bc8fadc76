import { BudgetExceededError } from '../../resolvers/ai/errors';
import { builder } from '../builder';
import { ErrorInterface } from '../errors';
import { AiBudgetPeriodEnum } from './cost-budget';

export const BudgetExceededErrorType = builder.objectType(BudgetExceededError, {
  name: 'BudgetExceededError',
  description:
    'An AI call was refused before it was made: with its estimated cost it could pass the ' +
    "user's daily or monthly AI budget. Nothing was charged; a `refused` usage row was written.",
  // BudgetExceededError extends AppError, the interface's shape: TypeScript cannot see it here.
  interfaces: [ErrorInterface] as never,
  fields: (t) => ({
    period: t.field({
      type: AiBudgetPeriodEnum,
      description: 'Which budget the call would pass.',
      resolve: (error) => error.period,
    }),
    limitUsd: t.exposeFloat('limitUsd', { description: 'That budget, in USD.' }),
    spentUsd: t.exposeFloat('spentUsd', {
      description: 'What the user has spent (and reserved) in that period so far, in USD.',
    }),
    estimateUsd: t.exposeFloat('estimateUsd', {
      description: 'The most the refused call could have cost, in USD.',
    }),
  }),
});
