import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

// Mirrors db/migrations 0039.

export const ANALYTICS_GRANULARITIES = ['hour', 'day'] as const;
export const OPERATION_STATUSES = ['ok', 'partial', 'error'] as const;
export type OperationStatus = (typeof OPERATION_STATUSES)[number];

/** The duration histogram's columns, d0 ... d17 (src/analytics/histogram.ts says what each holds). */
const durationBuckets = Object.fromEntries(
  Array.from({ length: 18 }, (_, index) => [
    `d${index}`,
    integer(`d${index}`).notNull().default(0),
  ]),
) as Record<`d${number}`, ReturnType<typeof integer>>;

/** Operation x client x status, per hour or (compacted) per UTC day. */
export const analyticsOperationRollups = sqliteTable(
  'analytics_operation_rollups',
  {
    granularity: text('granularity', { enum: ANALYTICS_GRANULARITIES }).notNull(),
    bucketStart: text('bucket_start').notNull(),
    operationName: text('operation_name').notNull().default(''),
    operationHash: text('operation_hash').notNull().default(''),
    clientName: text('client_name').notNull().default(''),
    clientVersion: text('client_version').notNull().default(''),
    status: text('status', { enum: OPERATION_STATUSES }).notNull(),
    requests: integer('requests').notNull().default(0),
    durationMsSum: integer('duration_ms_sum').notNull().default(0),
    durationMsMax: integer('duration_ms_max').notNull().default(0),
    costSum: integer('cost_sum').notNull().default(0),
    costMax: integer('cost_max').notNull().default(0),
    d1Statements: integer('d1_statements').notNull().default(0),
    d1RowsRead: integer('d1_rows_read').notNull().default(0),
    d1RowsWritten: integer('d1_rows_written').notNull().default(0),
    ...durationBuckets,
  },
  (table) => [
    primaryKey({
      columns: [
        table.granularity,
        table.bucketStart,
        table.operationName,
        table.operationHash,
        table.clientName,
        table.clientVersion,
        table.status,
      ],
    }),
  ],
);

/** Field coordinate x client, per hour or (compacted) per UTC day. */
export const analyticsFieldRollups = sqliteTable(
  'analytics_field_rollups',
  {
    granularity: text('granularity', { enum: ANALYTICS_GRANULARITIES }).notNull(),
    bucketStart: text('bucket_start').notNull(),
    coordinate: text('coordinate').notNull(),
    clientName: text('client_name').notNull().default(''),
    requests: integer('requests').notNull().default(0),
    lastSeenAt: text('last_seen_at').notNull(),
  },
  (table) => [
    primaryKey({
      columns: [table.granularity, table.bucketStart, table.coordinate, table.clientName],
    }),
  ],
);

/** Queue message ids already folded into the rollups (redelivery adds nothing). */
export const analyticsSeenMessages = sqliteTable('analytics_seen_messages', {
  messageId: text('message_id').primaryKey(),
  batchToken: text('batch_token').notNull(),
  seenAt: text('seen_at').notNull(),
});
