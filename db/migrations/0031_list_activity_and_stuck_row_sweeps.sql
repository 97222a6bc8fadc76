-- Migration 0031: list activity (for instant emails and daily digests), the record of digests
-- sent, a failure reason on import sessions, and an index for the sweep of stuck AI calls.

-- One row per list change others may hear of, written in the same batch as the change.
CREATE TABLE list_activity (
  id TEXT PRIMARY KEY NOT NULL,
  list_id TEXT NOT NULL REFERENCES lists (id) ON DELETE CASCADE,
  -- A removed entry takes its activity with it: no email ever names an entry that is gone.
  list_item_id TEXT NOT NULL REFERENCES list_items (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('item_added', 'item_completed')),
  actor_id TEXT REFERENCES users (id) ON DELETE SET NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE INDEX idx_list_activity_list_created ON list_activity (list_id, created_at);
CREATE INDEX idx_list_activity_created ON list_activity (created_at);
CREATE INDEX idx_list_activity_list_item_id ON list_activity (list_item_id);

-- The daily digests sent: one per user and UTC day, so a re-run of the cron or a redelivered
-- queue message never sends a second one.
CREATE TABLE list_activity_digests (
  id TEXT PRIMARY KEY NOT NULL,
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  digest_date TEXT NOT NULL CHECK (
    digest_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
  ),
  activity_count INTEGER NOT NULL DEFAULT 0,
  sent_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  UNIQUE (user_id, digest_date)
);

-- Why a session ended `failed` (an unexpected error, or the sweep finding it stuck `running`).
ALTER TABLE admin_import_sessions ADD COLUMN failure_reason TEXT;

-- The sweep of AI calls left in flight reads only these rows (a handful), not the whole log.
CREATE INDEX idx_ai_usage_logs_in_flight ON ai_usage_logs (created_at) WHERE error_code = 'in_flight';
