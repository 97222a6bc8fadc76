-- Migration 0039: API analytics. The queue consumer (src/jobs/analytics-queue.ts) folds the
-- records the Worker sends after each operation into hourly rows; the daily cron compacts hours
-- older than two weeks into days and deletes what is past the retention setting. No row holds a
-- variable's value, a token or user content: only names and ids of operations, clients and fields.

-- Operation x client x status, per hour (granularity 'hour') or, once compacted, per UTC day
-- ('day'). Missing names are '' (not NULL) so that the UNIQUE key, and the upsert on it, hold.
CREATE TABLE analytics_operation_rollups (
  granularity TEXT NOT NULL CHECK (granularity IN ('hour', 'day')),
  -- The hour's (or day's) start, ISO-8601 UTC: 2026-01-31T13:00:00.000Z.
  bucket_start TEXT NOT NULL,
  operation_name TEXT NOT NULL DEFAULT '',
  operation_hash TEXT NOT NULL DEFAULT '',
  client_name TEXT NOT NULL DEFAULT '',
  client_version TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL CHECK (status IN ('ok', 'partial', 'error')),
  requests INTEGER NOT NULL DEFAULT 0,
  duration_ms_sum INTEGER NOT NULL DEFAULT 0,
  duration_ms_max INTEGER NOT NULL DEFAULT 0,
  cost_sum INTEGER NOT NULL DEFAULT 0,
  cost_max INTEGER NOT NULL DEFAULT 0,
  d1_statements INTEGER NOT NULL DEFAULT 0,
  d1_rows_read INTEGER NOT NULL DEFAULT 0,
  d1_rows_written INTEGER NOT NULL DEFAULT 0,
  -- Duration histogram (src/analytics/histogram.ts): d0 counts durations up to 1 ms, dN those
  -- in (2^(N-1), 2^N] ms, d17 everything above 65,536 ms. Percentiles are read from these.
  d0 INTEGER NOT NULL DEFAULT 0,
  d1 INTEGER NOT NULL DEFAULT 0,
  d2 INTEGER NOT NULL DEFAULT 0,
  d3 INTEGER NOT NULL DEFAULT 0,
  d4 INTEGER NOT NULL DEFAULT 0,
  d5 INTEGER NOT NULL DEFAULT 0,
  d6 INTEGER NOT NULL DEFAULT 0,
  d7 INTEGER NOT NULL DEFAULT 0,
  d8 INTEGER NOT NULL DEFAULT 0,
  d9 INTEGER NOT NULL DEFAULT 0,
  d10 INTEGER NOT NULL DEFAULT 0,
  d11 INTEGER NOT NULL DEFAULT 0,
  d12 INTEGER NOT NULL DEFAULT 0,
  d13 INTEGER NOT NULL DEFAULT 0,
  d14 INTEGER NOT NULL DEFAULT 0,
  d15 INTEGER NOT NULL DEFAULT 0,
  d16 INTEGER NOT NULL DEFAULT 0,
  d17 INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (granularity, bucket_start, operation_name, operation_hash, client_name,
    client_version, status)
);

-- Range reads (operationStats) and the cron's compaction and retention read by time.
CREATE INDEX idx_analytics_operation_rollups_bucket ON analytics_operation_rollups (bucket_start);

-- Field coordinate (Type.field) x client, per hour or day: which fields each client selects.
CREATE TABLE analytics_field_rollups (
  granularity TEXT NOT NULL CHECK (granularity IN ('hour', 'day')),
  bucket_start TEXT NOT NULL,
  coordinate TEXT NOT NULL,
  client_name TEXT NOT NULL DEFAULT '',
  requests INTEGER NOT NULL DEFAULT 0,
  -- The latest operation that selected it (the record's time, not the bucket's).
  last_seen_at TEXT NOT NULL,
  PRIMARY KEY (granularity, bucket_start, coordinate, client_name)
);

CREATE INDEX idx_analytics_field_rollups_bucket ON analytics_field_rollups (bucket_start);
CREATE INDEX idx_analytics_field_rollups_coordinate ON analytics_field_rollups (coordinate, bucket_start);

-- Queue message ids already folded in: a redelivered message finds its id here (written by
-- another delivery, so with another batch token) and adds nothing. Pruned by the daily cron.
CREATE TABLE analytics_seen_messages (
  message_id TEXT PRIMARY KEY NOT NULL,
  batch_token TEXT NOT NULL,
  seen_at TEXT NOT NULL
);

CREATE INDEX idx_analytics_seen_messages_seen_at ON analytics_seen_messages (seen_at);
