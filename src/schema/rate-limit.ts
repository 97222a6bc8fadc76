import { operationCostOf, rateBudgetOf } from '../hardening/budget';
import { builder } from './builder';

interface RateLimitShape {
  cost: { requested: number; limit: number };
  budget: { limit: number; remaining: number; resetSeconds: number } | null;
}

const OperationCostType = builder.objectRef<RateLimitShape['cost']>('OperationCost').implement({
  description:
    'What an operation costs: the objects it may return, connections counted `first`/`last` ' +
    'times (default 20). Also in every response as `extensions.cost`.',
  fields: (t) => ({
    requested: t.exposeInt('requested', { description: 'The cost of this operation.' }),
    limit: t.exposeInt('limit', {
      description: 'The highest cost one operation may have for this viewer.',
    }),
  }),
});

const RateBudgetType = builder
  .objectRef<NonNullable<RateLimitShape['budget']>>('RateBudget')
  .implement({
    description:
      "The viewer's request budget for the current window (also in the RateLimit-* headers).",
    fields: (t) => ({
      limit: t.exposeInt('limit', { description: 'Requests allowed per window.' }),
      remaining: t.exposeInt('remaining', {
        description: 'Requests left in this window, this one counted.',
      }),
      resetSeconds: t.exposeInt('resetSeconds', {
        description: 'Seconds until the window starts over.',
      }),
    }),
  });

const RateLimitType = builder.objectRef<RateLimitShape>('RateLimit').implement({
  description: 'The limits that apply to the viewer, as of this operation.',
  fields: (t) => ({
    cost: t.field({
      type: OperationCostType,
      description: "This operation's cost and the per-operation cap.",
      resolve: (status) => status.cost,
    }),
    budget: t.field({
      type: RateBudgetType,
      nullable: true,
      description: 'The request budget; null when the gateway did not count this request.',
      resolve: (status) => status.budget,
    }),
  }),
});

builder.queryField('rateLimit', (t) =>
  t.field({
    type: RateLimitType,
    description:
      "The cost of this operation and the viewer's remaining request budget (as GitHub and " +
      'Shopify report them). Costs nothing beyond itself.',
    resolve: (_root, _args, ctx) => ({
      cost: operationCostOf(ctx),
      budget: rateBudgetOf(ctx),
    }),
  }),
);
