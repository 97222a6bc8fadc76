import { encodeGlobalID } from '@pothos/plugin-relay';
import { readAsAdmin } from '../../resolvers/access';
import {
  figuresNamed,
  type UsageFigures,
  type UsageReport,
  type UsageReportRow,
  usageReport,
} from '../../resolvers/ai/usage';
import { builder } from '../builder';
import { namesSelectedAt } from '../lookahead';
import { User } from '../users/user';

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
    // The scope, checked beside the read (one round trip): readAsAdmin.
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
    resolve: (_root, args, ctx, info) =>
      readAsAdmin(ctx, 'support', (guard) =>
        usageReport(ctx, args, guard, {
          rows: figuresNamed(namesSelectedAt(info, ['rows', 'figures'])),
          total: figuresNamed(namesSelectedAt(info, ['total'])),
        }),
      ),
  }),
);
