import { encodeGlobalID } from '@pothos/plugin-relay';
import type { UsageRow } from '../../resolvers/ai/budget';
import { usageLogsQuery } from '../../resolvers/ai/usage';
import { AI_USAGE_FILTERS } from '../../resolvers/ai/usage-filters';
import { withWhereAndOrder } from '../../resolvers/filters/query';
import { idOf } from '../../resolvers/global-id';
import { loadRootPage } from '../../resolvers/pagination/load-page';
import { builder } from '../builder';
import {
  DateTimeFilter,
  enumFilter,
  FloatFilter,
  IdFilter,
  orderByInput,
  StringFilter,
  whereInput,
} from '../filters';
import { User } from '../users/user';
import { AiProviderEnum } from './provider-settings';

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

export const AiUsageLogWhere = whereInput('AiUsageLogWhere', 'AI calls', {
  user: { type: IdFilter, description: 'Whose budget paid (User IDs; null for jobs).' },
  feature: { type: StringFilter, description: 'The feature that asked.' },
  provider: {
    type: enumFilter('AiProviderFilter', AiProviderEnum, 'an AI provider'),
    description: 'Who was called.',
  },
  model: { type: StringFilter, description: 'The model asked.' },
  outcome: {
    type: enumFilter('AiUsageOutcomeFilter', AiUsageOutcomeEnum, 'how a call ended'),
    description: 'How it ended.',
  },
  costUsd: { type: FloatFilter, description: 'Its cost in USD.' },
  inputTokens: { type: FloatFilter, description: 'Prompt tokens billed.' },
  outputTokens: { type: FloatFilter, description: 'Answer tokens billed.' },
  createdAt: { type: DateTimeFilter, description: 'When it was made.' },
});

const AiUsageLogOrderFieldEnum = builder.enumType('AiUsageLogOrderField', {
  description: 'What the AI usage log can be sorted by.',
  values: {
    CREATED_AT: { value: 'createdAt', description: 'When it was made.' },
    COST_USD: { value: 'costUsd', description: 'Its cost.' },
  } as const,
});

const AiUsageLogOrderBy = orderByInput('AiUsageLogOrderBy', AiUsageLogOrderFieldEnum, 'AI calls');

builder.queryField('aiUsageLogs', (t) =>
  t.connection({
    type: AiUsageLog,
    authScopes: { admin: 'support' },
    description: 'Admins (support and up): every AI call, newest first.',
    args: {
      filter: t.arg({
        type: AiUsageLogFilter,
        description: 'Which calls.',
        deprecationReason: 'Use `where` (AiUsageLogWhere): and/or/not and operators per field.',
      }),
      where: t.arg({ type: AiUsageLogWhere, description: 'Only calls matching this filter.' }),
      orderBy: t.arg({
        type: [AiUsageLogOrderBy],
        description: 'Sort keys, up to 3, the id appended (default: newest first).',
      }),
    },
    resolve: (_root, { filter, where, orderBy, ...page }, ctx) =>
      loadRootPage(
        ctx,
        page,
        withWhereAndOrder(
          usageLogsQuery({
            ...filter,
            userId: filter?.userId ? idOf('filter.userId', filter.userId, 'User') : null,
          }),
          AI_USAGE_FILTERS,
          { where, orderBy },
        ),
      ),
  }),
);
