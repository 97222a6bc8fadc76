import { encodeGlobalID } from '@pothos/plugin-relay';
import { type BudgetRow, costBudgetsQuery } from '../../resolvers/ai/budgets';
import { idOf } from '../../resolvers/global-id';
import { loadRootPage } from '../../resolvers/pagination/load-page';
import { builder } from '../builder';
import { User } from '../users/user';

export const AiBudgetPeriodEnum = builder.enumType('AiBudgetPeriod', {
  description: 'The span an AI budget covers, in UTC.',
  values: {
    DAILY: { value: 'daily', description: 'One UTC day, from midnight.' },
    MONTHLY: { value: 'monthly', description: 'One calendar month, from the first, UTC.' },
  } as const,
});

export const AiCostBudget = builder.objectRef<BudgetRow>('AiCostBudget').implement({
  description:
    "A user's AI spending limit for a period. A daily budget replaces the system default (max_ai_cost_per_user_daily) for that user.",
  fields: (t) => ({
    id: t.id({
      description: 'Global ID of the budget.',
      resolve: (budget) => encodeGlobalID('AiCostBudget', budget.id),
    }),
    user: t.field({
      type: User,
      description: 'Whose budget.',
      resolve: (budget) => budget.userId,
    }),
    period: t.expose('period', { type: AiBudgetPeriodEnum, description: 'The span it covers.' }),
    limitUsd: t.exposeFloat('limitUsd', { description: 'The limit, in USD.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When it last changed.' }),
  }),
});

builder.queryField('aiCostBudgets', (t) =>
  t.connection({
    type: AiCostBudget,
    authScopes: { admin: 'support' },
    description: 'Admins (support and up): AI budgets, by user then period.',
    args: { userId: t.arg.id({ description: 'Only this user’s budgets.' }) },
    resolve: (_root, { userId, ...page }, ctx) =>
      loadRootPage(ctx, page, costBudgetsQuery(userId ? idOf('userId', userId, 'User') : null)),
  }),
);
