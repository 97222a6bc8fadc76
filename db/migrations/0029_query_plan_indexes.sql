-- Indexes that test/bench/query-plans.test.ts (EXPLAIN QUERY PLAN of every statement the
-- representative operations send) found missing: without them these reads walked a whole table,
-- or every row of one status.

-- aiUsageLogs(filter: { outcome }): the root page's count and its newest-first rows scanned the
-- whole log (no index had outcome).
CREATE INDEX IF NOT EXISTS idx_ai_usage_logs_outcome_created ON ai_usage_logs (outcome, created_at);

-- Thread.invites(status:): SQLite took the status index (every pending invite in the database)
-- over the thread's; with both columns the thread's invites of that status are one range.
CREATE INDEX IF NOT EXISTS idx_thread_invites_thread_status ON thread_invites (thread_id, status);
