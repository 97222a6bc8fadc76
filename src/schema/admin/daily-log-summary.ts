import {
  type DailyLogSummaryRow,
  dailySummariesQuery,
  MAX_SUMMARY_RANGE_DAYS,
} from '../../resolvers/admin/daily-summaries';
import { loadRootPage } from '../../resolvers/pagination/load-page';
import { builder } from '../builder';

export const DailyLogSummary = builder.objectRef<DailyLogSummaryRow>('DailyLogSummary').implement({
  description:
    'One UTC day of activity, written by the daily cron job shortly after midnight (admin ' +
    'fields only). Re-running the job for a day rewrites its row with the current counts.',
  authScopes: { admin: 'support' },
  fields: (t) => ({
    date: t.exposeString('summaryDate', { description: 'The UTC day, YYYY-MM-DD.' }),
    aiCalls: t.exposeInt('aiCalls', { description: 'AI calls logged that day (any outcome).' }),
    aiFailedCalls: t.exposeInt('aiFailedCalls', {
      description: 'AI calls whose outcome was `error`.',
    }),
    aiCostUsd: t.exposeFloat('aiCostUsd', { description: 'Their total cost, in USD.' }),
    auditActions: t.exposeInt('auditActions', {
      description: 'Audit trail entries that day (admin actions and audited reads).',
    }),
    errorCount: t.exposeInt('errorCount', {
      description: 'Errors: failed AI calls plus import rows refused that day.',
    }),
    details: t.exposeString('detailsJson', {
      nullable: true,
      description:
        'A JSON breakdown: aiByOutcome, aiByProvider (calls, costUsd), aiByFeature, ' +
        'auditByAction, importErrors.',
    }),
    updatedAt: t.expose('updatedAt', {
      type: 'DateTime',
      description: 'When the job last computed it.',
    }),
  }),
});

builder.queryField('dailyLogSummaries', (t) =>
  t.connection({
    type: DailyLogSummary,
    description: `Daily summaries from \`from\` to \`to\` (both included, at most ${MAX_SUMMARY_RANGE_DAYS} days), oldest first. Support and above.`,
    authScopes: { admin: 'support' },
    args: {
      from: t.arg.string({ required: true, description: 'First day, YYYY-MM-DD (UTC).' }),
      to: t.arg.string({ required: true, description: 'Last day, YYYY-MM-DD (UTC).' }),
    },
    resolve: (_root, args, ctx) => loadRootPage(ctx, args, dailySummariesQuery(args.from, args.to)),
  }),
);
