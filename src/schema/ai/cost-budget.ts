import { encodeGlobalID } from '@pothos/plugin-relay';
import {
  type BudgetRow,
  costBudgetsQuery,
  removeCostBudget,
  setCostBudget,
} from '../../resolvers/ai/budgets';
import { ForbiddenError, NotFoundError, ValidationError } from '../../resolvers/errors';
import { idOf } from '../../resolvers/global-id';
import { loadRootPage } from '../../resolvers/pagination/load-page';
import { builder } from '../builder';
import { User } from '../users/user';
import { AiBudgetPeriodEnum } from './errors';

const AiCostBudget = builder.objectRef<BudgetRow>('AiCostBudget').implement({
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

const SetAiCostBudgetInput = builder.inputType('SetAiCostBudgetInput', {
  description: "A user's AI budget for a period.",
  fields: (t) => ({
    userId: t.id({ required: true, description: 'The user.' }),
    period: t.field({ type: AiBudgetPeriodEnum, required: true, description: 'DAILY or MONTHLY.' }),
    limitUsd: t.float({ required: true, description: 'The limit in USD (0 blocks paid calls).' }),
  }),
});

const RemoveAiCostBudgetInput = builder.inputType('RemoveAiCostBudgetInput', {
  description: "Which of a user's AI budgets to remove.",
  fields: (t) => ({
    userId: t.id({ required: true, description: 'The user.' }),
    period: t.field({ type: AiBudgetPeriodEnum, required: true, description: 'DAILY or MONTHLY.' }),
  }),
});

const adminErrors = { types: [ValidationError, NotFoundError, ForbiddenError] };

builder.mutationFields((t) => ({
  setAiCostBudget: t.field({
    type: AiCostBudget,
    authScopes: { admin: 'admin' },
    description: "Admins: sets a user's daily or monthly AI budget (audited).",
    errors: adminErrors,
    args: {
      input: t.arg({
        type: SetAiCostBudgetInput,
        required: true,
        description: 'The user, period and limit.',
      }),
    },
    resolve: (_root, { input }, ctx) =>
      setCostBudget(ctx, idOf('input.userId', input.userId, 'User'), input.period, input.limitUsd),
  }),
  removeAiCostBudget: t.field({
    type: AiCostBudget,
    authScopes: { admin: 'admin' },
    description:
      "Admins: removes a user's budget; a daily one falls back to the system default (audited). Returns the removed budget.",
    errors: adminErrors,
    args: {
      input: t.arg({
        type: RemoveAiCostBudgetInput,
        required: true,
        description: 'The user and period.',
      }),
    },
    resolve: (_root, { input }, ctx) =>
      removeCostBudget(ctx, idOf('input.userId', input.userId, 'User'), input.period),
  }),
}));
