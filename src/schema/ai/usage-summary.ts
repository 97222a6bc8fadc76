import { userPrivateFieldsVisibleTo } from '../../resolvers/access';
import { type FeatureUsage, type UsageSummary, usageSummary } from '../../resolvers/ai/usage';
import { builder } from '../builder';
import { User } from '../users/user';

const AiFeatureUsage = builder.objectRef<FeatureUsage>('AiFeatureUsage').implement({
  description: "One feature's share of a user's AI spend.",
  fields: (t) => ({
    feature: t.exposeString('feature', { description: 'The feature, like thread_candidates.' }),
    todayUsd: t.exposeFloat('todayUsd', { description: 'Spent today (UTC), in USD.' }),
    monthUsd: t.exposeFloat('monthUsd', { description: 'Spent this month (UTC), in USD.' }),
    monthCalls: t.exposeInt('monthCalls', {
      description: 'Calls this month, whatever the outcome.',
    }),
  }),
});

const AiUsageSummary = builder.objectRef<UsageSummary>('AiUsageSummary').implement({
  description: "The viewer's own AI spend and limits. Calls in flight count at their estimate.",
  fields: (t) => ({
    todayUsd: t.exposeFloat('todayUsd', { description: 'Spent today (UTC day), in USD.' }),
    monthUsd: t.exposeFloat('monthUsd', { description: 'Spent this calendar month, in USD.' }),
    todayCalls: t.exposeInt('todayCalls', { description: 'AI calls today, any outcome.' }),
    monthCalls: t.exposeInt('monthCalls', { description: 'AI calls this month, any outcome.' }),
    dailyLimitUsd: t.exposeFloat('dailyLimitUsd', {
      description: "Today's limit: the user's daily budget, else the system default.",
    }),
    monthlyLimitUsd: t.exposeFloat('monthlyLimitUsd', {
      nullable: true,
      description: 'The monthly budget; null when there is none.',
    }),
    byFeature: t.field({
      type: [AiFeatureUsage],
      description: 'Spend per feature this month, by feature name.',
      resolve: (summary) => summary.byFeature,
    }),
  }),
});

builder.objectField(User, 'aiUsage', (t) =>
  t.field({
    type: AiUsageSummary,
    nullable: true,
    description: 'AI spend today, this month and per feature: only for the viewer themself.',
    resolve: (user, _args, ctx) =>
      userPrivateFieldsVisibleTo(ctx, user) ? usageSummary(ctx, user.id) : null,
  }),
);
