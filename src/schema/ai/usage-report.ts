import { encodeGlobalID } from '@pothos/plugin-relay';
import { userPrivateFieldsVisibleTo } from '../../resolvers/access';
import type { UsageRow } from '../../resolvers/ai/budget';
import {
  type FeatureUsage,
  type UsageFigures,
  type UsageReport,
  type UsageReportRow,
  type UsageSummary,
  usageLogsQuery,
  usageReport,
  usageSummary,
} from '../../resolvers/ai/usage';
import { idOf } from '../../resolvers/global-id';
import { loadRootPage } from '../../resolvers/pagination/load-page';
import { builder } from '../builder';
import { User } from '../users/user';

export const AiProviderEnum = builder.enumType('AiProvider', {
  description: 'Who answers an AI call.',
  values: {
    GEMINI: { value: 'gemini', description: "Google's Gemini API (generateContent)." },
    OPENAI: { value: 'openai', description: "OpenAI's chat completions API." },
    LOCAL: {
      value: 'local',
      description: 'The built-in deterministic provider: no network, no cost, always available.',
    },
  } as const,
});

export const AiUsageOutcomeEnum = builder.enumType('AiUsageOutcome', {
  description: 'How one AI call ended.',
  values: {
    SUCCESS: { value: 'success', description: 'The routed provider answered usably.' },
    FALLBACK: {
      value: 'fallback',
      description:
        'A fallback answered, because the routed provider failed or was disabled or keyless.',
    },
    ERROR: {
      value: 'error',
      description:
        'This provider failed (HTTP error, timeout, unusable answer), or the call never finished (errorCode `timed_out`): see errorCode.',
    },
    REFUSED: {
      value: 'refused',
      description: 'Not made: it could have passed the user’s budget.',
    },
  } as const,
});

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

export const AiUsageLog = builder.objectRef<UsageRow>('AiUsageLog').implement({
  description: 'One AI call (or refusal), as logged: who, what, which model, tokens, cost.',
  fields: (t) => ({
    id: t.id({
      description: 'Global ID of the log row.',
      resolve: (row) => encodeGlobalID('AiUsageLog', row.id),
    }),
    user: t.field({
      type: User,
      nullable: true,
      description: 'Whose budget paid; null for jobs and deleted users.',
      resolve: (row) => row.userId,
    }),
    feature: t.exposeString('feature', { description: 'The feature that asked.' }),
    provider: t.expose('provider', { type: AiProviderEnum, description: 'Who was called.' }),
    model: t.exposeString('model', { description: 'The model asked.' }),
    inputTokens: t.exposeInt('inputTokens', { description: 'Prompt tokens billed.' }),
    outputTokens: t.exposeInt('outputTokens', { description: 'Answer tokens billed.' }),
    costUsd: t.exposeFloat('costUsd', {
      description: 'Cost from the price table, in USD (the estimate while in flight).',
    }),
    latencyMs: t.exposeInt('latencyMs', { nullable: true, description: 'How long it took.' }),
    outcome: t.expose('outcome', { type: AiUsageOutcomeEnum, description: 'How it ended.' }),
    errorCode: t.exposeString('errorCode', {
      nullable: true,
      description:
        'Why it failed or was refused (http_500, timeout, invalid_answer, budget_daily...); `in_flight` while running (the outcome reads SUCCESS meanwhile); `timed_out` when it never finished (its Worker stopped) and the sweep ended it.',
    }),
    requestId: t.exposeString('requestId', {
      nullable: true,
      description: 'The request that made the call.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was made.' }),
  }),
});

const AiUsageGroupByEnum = builder.enumType('AiUsageGroupBy', {
  description: 'How a usage report groups calls.',
  values: {
    DAY: { value: 'day', description: 'By UTC day, oldest first (days without calls are absent).' },
    USER: { value: 'user', description: 'By user, dearest first.' },
    FEATURE: { value: 'feature', description: 'By feature, dearest first.' },
    PROVIDER: { value: 'provider', description: 'By provider, dearest first.' },
  } as const,
});

const AiUsageFigures = builder.objectRef<UsageFigures>('AiUsageFigures').implement({
  description: 'Counts, tokens and cost of a set of AI calls.',
  fields: (t) => ({
    calls: t.exposeInt('calls', { description: 'Calls, any outcome.' }),
    successCalls: t.exposeInt('successCalls', {
      description: 'Answered by the routed provider (calls still in flight are not counted here).',
    }),
    inFlightCalls: t.exposeInt('inFlightCalls', {
      description:
        'Made and not finished yet (counted at their estimated cost). Calls left in flight by a stopped Worker end as ERROR with errorCode `timed_out` after 10 minutes.',
    }),
    fallbackCalls: t.exposeInt('fallbackCalls', { description: 'Answered by a fallback.' }),
    errorCalls: t.exposeInt('errorCalls', {
      description: 'Failed attempts, including calls that timed out in flight.',
    }),
    refusedCalls: t.exposeInt('refusedCalls', { description: 'Refused by a budget.' }),
    inputTokens: t.exposeInt('inputTokens', { description: 'Prompt tokens.' }),
    outputTokens: t.exposeInt('outputTokens', { description: 'Answer tokens.' }),
    costUsd: t.exposeFloat('costUsd', { description: 'Cost in USD.' }),
  }),
});

const AiUsageReportRow = builder.objectRef<UsageReportRow>('AiUsageReportRow').implement({
  description: 'One group of a usage report.',
  fields: (t) => ({
    key: t.string({
      nullable: true,
      description:
        'The group: a day (YYYY-MM-DD), a user global ID, a feature or a provider name; null for calls of no user (jobs, deleted users).',
      resolve: (row) =>
        row.groupBy === 'user' && row.key !== null ? encodeGlobalID('User', row.key) : row.key,
    }),
    user: t.field({
      type: User,
      nullable: true,
      description: 'The user, when grouped by USER.',
      resolve: (row) => (row.groupBy === 'user' ? row.key : null),
    }),
    figures: t.field({
      type: AiUsageFigures,
      description: "The group's calls, tokens and cost.",
      resolve: (row) => row,
    }),
  }),
});

const AiUsageReport = builder.objectRef<UsageReport>('AiUsageReport').implement({
  description: 'AI usage over a time range, grouped.',
  fields: (t) => ({
    from: t.expose('from', { type: 'DateTime', description: 'Start of the range (inclusive).' }),
    to: t.expose('to', { type: 'DateTime', description: 'End of the range (exclusive).' }),
    groupBy: t.expose('groupBy', { type: AiUsageGroupByEnum, description: 'The grouping.' }),
    rows: t.field({
      type: [AiUsageReportRow],
      description: 'The groups, at most `limit`.',
      resolve: (report) => report.rows,
    }),
    total: t.field({
      type: AiUsageFigures,
      description: 'All calls of the range together.',
      resolve: (report) => report.total,
    }),
    truncated: t.exposeBoolean('truncated', {
      description: 'More groups matched than `limit`: the dearest are shown.',
    }),
  }),
});

builder.queryField('aiUsageReport', (t) =>
  t.field({
    type: AiUsageReport,
    authScopes: { admin: 'support' },
    description: 'Admins (support and up): AI usage across users, features and providers.',
    args: {
      from: t.arg({ type: 'DateTime', required: true, description: 'Start (inclusive).' }),
      to: t.arg({
        type: 'DateTime',
        required: true,
        description: 'End (exclusive), at most 366 days after from.',
      }),
      groupBy: t.arg({ type: AiUsageGroupByEnum, required: true, description: 'The grouping.' }),
      limit: t.arg.int({ description: 'At most this many groups: 1-500, default 100.' }),
    },
    resolve: (_root, args, ctx) => usageReport(ctx, args),
  }),
);

const AiUsageLogFilter = builder.inputType('AiUsageLogFilter', {
  description: 'Narrows the usage log; all given conditions apply.',
  fields: (t) => ({
    userId: t.id({ description: 'Only this user’s calls.' }),
    provider: t.field({ type: AiProviderEnum, description: 'Only this provider.' }),
    feature: t.string({ description: 'Only this feature.' }),
    outcome: t.field({ type: AiUsageOutcomeEnum, description: 'Only this outcome.' }),
    from: t.field({ type: 'DateTime', description: 'Made at or after this moment.' }),
    to: t.field({ type: 'DateTime', description: 'Made before this moment.' }),
  }),
});

builder.queryField('aiUsageLogs', (t) =>
  t.connection({
    type: AiUsageLog,
    authScopes: { admin: 'support' },
    description: 'Admins (support and up): every AI call, newest first.',
    args: { filter: t.arg({ type: AiUsageLogFilter, description: 'Which calls.' }) },
    resolve: (_root, { filter, ...page }, ctx) =>
      loadRootPage(
        ctx,
        page,
        usageLogsQuery({
          ...filter,
          userId: filter?.userId ? idOf('filter.userId', filter.userId, 'User') : null,
        }),
      ),
  }),
);
