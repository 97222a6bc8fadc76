import {
  MAX_STATS_DAYS,
  MAX_STATS_GROUPS,
  type OperationFigures,
  type OperationStatsGroup as OperationStatsGroupShape,
  type OperationStats as OperationStatsShape,
  operationStats,
} from '../../resolvers/admin/operation-stats';
import { builder } from '../builder';

const OperationStatsGroupByEnum = builder.enumType('OperationStatsGroupBy', {
  description: 'How operationStats groups the operations it counts.',
  values: {
    OPERATION: { value: 'operation', description: 'By operation name.' },
    CLIENT: {
      value: 'client',
      description:
        'By client name and version (the graphql-client-name/-version headers, or `token:<id>` for an API token that names no client).',
    },
    STATUS: { value: 'status', description: 'By outcome: OK, PARTIAL or ERROR.' },
    HOUR: {
      value: 'hour',
      description:
        'By UTC hour, oldest first. Hours older than 14 days are kept as days: they show as the day at midnight.',
    },
    DAY: { value: 'day', description: 'By UTC day, oldest first.' },
  } as const,
});

export const OperationStatusEnum = builder.enumType('OperationStatus', {
  description: 'The outcome of a GraphQL operation, as analytics counts it.',
  values: {
    OK: { value: 'ok', description: 'No error.' },
    PARTIAL: { value: 'partial', description: 'Errors beside some data.' },
    ERROR: {
      value: 'error',
      description: 'Errors and no data (refused by a limit, failed as a whole).',
    },
  } as const,
});

const OperationStatsFilter = builder.inputType('OperationStatsFilter', {
  description: 'Which operations operationStats counts (all given conditions must hold).',
  fields: (t) => ({
    operationName: t.string({
      description: 'Only this operation name ("" for anonymous operations).',
    }),
    clientName: t.string({ description: 'Only this client name ("" for unnamed clients).' }),
    status: t.field({ type: OperationStatusEnum, description: 'Only this outcome.' }),
  }),
});

const OperationStatsFigures = builder
  .objectRef<OperationFigures>('OperationStatsFigures')
  .implement({
    description:
      'Counts, durations, cost and D1 work of a set of operations. Durations are read from a log-scale histogram (buckets doubling from 1 ms): a percentile is exact to within its bucket.',
    fields: (t) => ({
      requests: t.exposeInt('requests', { description: 'Operations run.' }),
      errors: t.exposeInt('errors', {
        description: 'Of them, those with errors (PARTIAL or ERROR).',
      }),
      errorRate: t.exposeFloat('errorRate', { description: 'errors / requests (0 when none).' }),
      p50DurationMs: t.exposeFloat('p50DurationMs', {
        nullable: true,
        description: 'Median duration in ms, from the histogram (null when no request).',
      }),
      p95DurationMs: t.exposeFloat('p95DurationMs', {
        nullable: true,
        description: '95th percentile duration in ms, from the histogram (null when no request).',
      }),
      meanDurationMs: t.exposeFloat('meanDurationMs', {
        nullable: true,
        description: 'Mean duration in ms (null when no request).',
      }),
      maxDurationMs: t.exposeInt('maxDurationMs', { description: 'Longest duration in ms.' }),
      meanCost: t.exposeFloat('meanCost', {
        nullable: true,
        description: 'Mean operation cost (extensions.cost.requested); null when no request.',
      }),
      maxCost: t.exposeInt('maxCost', { description: 'Highest operation cost.' }),
      d1Statements: t.exposeInt('d1Statements', { description: 'D1 statements sent in all.' }),
      d1RowsRead: t.exposeInt('d1RowsRead', { description: 'D1 rows read in all.' }),
      d1RowsWritten: t.exposeInt('d1RowsWritten', { description: 'D1 rows written in all.' }),
    }),
  });

const OperationStatsGroup = builder
  .objectRef<OperationStatsGroupShape>('OperationStatsGroup')
  .implement({
    description:
      'One group of operationStats: its keys (null when not grouped by them) and figures.',
    fields: (t) => ({
      operationName: t.exposeString('operationName', {
        nullable: true,
        description: 'The operation name ("" for anonymous operations), when grouped by OPERATION.',
      }),
      documents: t.exposeInt('documents', {
        nullable: true,
        description:
          'Distinct documents (operation hashes) under that name, when grouped by OPERATION.',
      }),
      clientName: t.exposeString('clientName', {
        nullable: true,
        description: 'The client name ("" when none was given), when grouped by CLIENT.',
      }),
      clientVersion: t.exposeString('clientVersion', {
        nullable: true,
        description: 'The client version ("" when none was given), when grouped by CLIENT.',
      }),
      status: t.expose('status', {
        type: OperationStatusEnum,
        nullable: true,
        description: 'The outcome, when grouped by STATUS.',
      }),
      period: t.expose('period', {
        type: 'DateTime',
        nullable: true,
        description: 'Start of the hour or day, when grouped by HOUR or DAY.',
      }),
      figures: t.field({
        type: OperationStatsFigures,
        description: "The group's figures.",
        resolve: (group) => group.figures,
      }),
    }),
  });

export const OperationStats = builder.objectRef<OperationStatsShape>('OperationStats').implement({
  description: 'API analytics over a time range, from the hourly rollups (admin fields only).',
  authScopes: { admin: 'support' },
  fields: (t) => ({
    from: t.expose('from', { type: 'DateTime', description: 'Start of the range (inclusive).' }),
    to: t.expose('to', { type: 'DateTime', description: 'End of the range (exclusive).' }),
    groupBy: t.expose('groupBy', {
      type: [OperationStatsGroupByEnum],
      description: 'The grouping, as asked.',
    }),
    groups: t.field({
      type: [OperationStatsGroup],
      description:
        'The groups, at most `limit`: by time (oldest first) when grouped by HOUR or DAY, else busiest first. Empty when groupBy is empty.',
      resolve: (stats) => stats.groups,
    }),
    total: t.field({
      type: OperationStatsFigures,
      description: 'Every operation of the range (and filter) together.',
      resolve: (stats) => stats.total,
    }),
    truncated: t.exposeBoolean('truncated', {
      description: 'More groups matched than `limit`.',
    }),
  }),
});

builder.queryField('operationStats', (t) =>
  t.field({
    type: OperationStats,
    authScopes: { admin: 'support' },
    description:
      'Admins (support and up): which operations ran, from which clients, how often, how slow, with how many errors and what D1 work, from the analytics rollups.',
    args: {
      from: t.arg({ type: 'DateTime', required: true, description: 'Start (inclusive).' }),
      to: t.arg({
        type: 'DateTime',
        required: true,
        description: `End (exclusive), at most ${MAX_STATS_DAYS} days after from.`,
      }),
      groupBy: t.arg({
        type: [OperationStatsGroupByEnum],
        required: true,
        description: 'Keys to group by (HOUR or DAY, not both); [] for the total only.',
      }),
      where: t.arg({ type: OperationStatsFilter, description: 'Which operations to count.' }),
      limit: t.arg.int({
        description: `At most this many groups: 1-${MAX_STATS_GROUPS}, default 200.`,
      }),
    },
    resolve: (_root, args, ctx) => operationStats(ctx, args),
  }),
);
