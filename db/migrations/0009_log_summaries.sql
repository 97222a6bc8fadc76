-- Migration 0009: daily log summaries for analytics (one row per UTC day)

CREATE TABLE daily_log_summaries (
  id TEXT PRIMARY KEY NOT NULL,
  summary_date TEXT NOT NULL UNIQUE CHECK (
    summary_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
  ),
  ai_calls INTEGER NOT NULL DEFAULT 0,
  ai_failed_calls INTEGER NOT NULL DEFAULT 0,
  ai_cost_usd REAL NOT NULL DEFAULT 0,
  audit_actions INTEGER NOT NULL DEFAULT 0,
  error_count INTEGER NOT NULL DEFAULT 0,
  details_json TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
