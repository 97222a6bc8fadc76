-- Migration 0014: bulk import tracking (import sessions and per-row errors)

CREATE TABLE admin_import_sessions (
  id TEXT PRIMARY KEY NOT NULL,
  admin_user_id TEXT REFERENCES users (id) ON DELETE SET NULL,
  kind TEXT NOT NULL CHECK (kind IN ('users', 'work_items')),
  format TEXT NOT NULL CHECK (format IN ('csv', 'json')),
  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'running', 'completed', 'failed')),
  content_hash TEXT NOT NULL,
  total_rows INTEGER NOT NULL DEFAULT 0,
  processed_rows INTEGER NOT NULL DEFAULT 0,
  success_rows INTEGER NOT NULL DEFAULT 0,
  error_rows INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  completed_at TEXT
);

CREATE TABLE admin_import_errors (
  id TEXT PRIMARY KEY NOT NULL,
  session_id TEXT NOT NULL REFERENCES admin_import_sessions (id) ON DELETE CASCADE,
  row_number INTEGER NOT NULL,
  reason TEXT NOT NULL,
  raw_row TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE INDEX idx_admin_import_sessions_admin_user_id ON admin_import_sessions (admin_user_id);
CREATE INDEX idx_admin_import_sessions_status ON admin_import_sessions (status);
CREATE INDEX idx_admin_import_sessions_content_hash ON admin_import_sessions (content_hash);
CREATE INDEX idx_admin_import_errors_session_row ON admin_import_errors (session_id, row_number);
