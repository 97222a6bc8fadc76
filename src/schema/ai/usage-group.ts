import { aiUsageStats } from '../../resolvers/ai/usage-filters';
import type { GroupRow } from '../../resolvers/filters/group';
import { builder } from '../builder';
import { User } from '../users/user';
import { AiProviderEnum } from './provider-settings';
import { AiUsageLogWhere, AiUsageOutcomeEnum } from './usage-log';

const AiUsageStatsGroupByEnum = builder.enumType('AiUsageStatsGroupBy', {
  description: 'What AI calls are counted by in aiUsageStats.',
  values: {
    USER: { value: 'user', description: 'Whose budget paid (null: jobs, deleted users).' },
    FEATURE: { value: 'feature', description: 'The feature that asked.' },
    PROVIDER: { value: 'provider', description: 'Who was called.' },
    MODEL: { value: 'model', description: 'The model asked.' },
    OUTCOME: { value: 'outcome', description: 'How it ended.' },
    DAY: { value: 'day', description: 'The day (UTC) it was made.' },
  } as const,
});

const key = (row: GroupRow, name: string) => (row.keys[name] ?? null) as string | null;

export const AiUsageGroup = builder.objectRef<GroupRow>('AiUsageGroup').implement({
  description:
    'AI calls sharing a combination of keys, with their cost and tokens; keys not grouped by are null.',
  fields: (t) => ({
    count: t.exposeInt('count', { description: 'Calls in the group.' }),
    costUsd: t.float({
      description: 'Their cost, in USD.',
      resolve: (row) => row.figures.costUsd ?? 0,
    }),
    inputTokens: t.float({
      description: 'Their prompt tokens.',
      resolve: (row) => row.figures.inputTokens ?? 0,
    }),
    outputTokens: t.float({
      description: 'Their answer tokens.',
      resolve: (row) => row.figures.outputTokens ?? 0,
    }),
    user: t.field({
      type: User,
      nullable: true,
      description: 'Whose budget paid (grouped by USER).',
      resolve: (row) => key(row, 'user'),
    }),
    feature: t.string({
      nullable: true,
      description: 'The feature (grouped by FEATURE).',
      resolve: (row) => key(row, 'feature'),
    }),
    provider: t.field({
      type: AiProviderEnum,
      nullable: true,
      description: 'The provider (grouped by PROVIDER).',
      resolve: (row) => key(row, 'provider') as 'local' | null,
    }),
    model: t.string({
      nullable: true,
      description: 'The model (grouped by MODEL).',
      resolve: (row) => key(row, 'model'),
    }),
    outcome: t.field({
      type: AiUsageOutcomeEnum,
      nullable: true,
      description: 'How the calls ended (grouped by OUTCOME).',
      resolve: (row) => key(row, 'outcome') as 'success' | null,
    }),
    day: t.string({
      nullable: true,
      description: 'The day (YYYY-MM-DD, UTC; grouped by DAY).',
      resolve: (row) => key(row, 'day'),
    }),
  }),
});

builder.queryField('aiUsageStats', (t) =>
  t.field({
    type: [AiUsageGroup],
    authScopes: { admin: 'support' },
    description:
      'Admins (support and up): AI calls counted, with cost and tokens, by the keys asked; largest groups first, at most 500. Narrow it with `where` (a createdAt range keeps it to an index range).',
    args: {
      where: t.arg({ type: AiUsageLogWhere, description: 'Only calls matching this filter.' }),
      groupBy: t.arg({
        type: [AiUsageStatsGroupByEnum],
        required: true,
        description: 'The keys of a group: 1 to 3 of them.',
      }),
    },
    resolve: (_root, args, ctx) => aiUsageStats(ctx, args),
  }),
);
