-- Migration 0037: file attachments on work items and thread messages. The bytes live in R2 (the
-- FILES bucket) under r2_key; this table holds what the gateway decides with: who may see a file
-- (through its parent), its announced and verified size and digest, and where its upload is.

CREATE TABLE attachments (
  id TEXT PRIMARY KEY NOT NULL,
  -- The parent's workspace (a thread's may be null). No foreign key: a row outlives what it was
  -- attached to until the cron has removed its object.
  workspace_id TEXT,
  -- Whose storage it counts against: the workspace id, or `user:<uploader>` for a thread with no
  -- workspace. Quota checks sum one key.
  quota_key TEXT NOT NULL,
  parent_kind TEXT NOT NULL CHECK (parent_kind IN ('work_item', 'thread_message')),
  parent_id TEXT NOT NULL,
  uploader_id TEXT REFERENCES users (id) ON DELETE SET NULL,
  filename TEXT NOT NULL,
  content_type TEXT NOT NULL,
  byte_size INTEGER NOT NULL CHECK (byte_size > 0),
  -- Lowercase hex SHA-256 of the bytes, computed while they streamed in (null until ready).
  sha256 TEXT,
  r2_key TEXT NOT NULL UNIQUE,
  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'ready', 'deleted')),
  -- SHA-256 of the single-use upload token (the token itself is never stored).
  upload_token TEXT NOT NULL UNIQUE,
  -- Until when the token may start an upload; once started, until when the upload may run.
  upload_expires_at TEXT NOT NULL,
  -- When the PUT claimed the token (null: never used). A token is used once.
  upload_started_at TEXT,
  -- When the R2 object of a deleted row was removed (null: still to do, the cron retries).
  object_removed_at TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

-- "The attachments of this parent", newest last, as the connections page them.
CREATE INDEX idx_attachments_parent ON attachments (parent_kind, parent_id, status, created_at, id);
-- Quota sums: the bytes of one workspace (or user) by status.
CREATE INDEX idx_attachments_quota ON attachments (quota_key, status);
-- The cron's sweeps: stale pending uploads, deleted rows whose object is still to remove.
CREATE INDEX idx_attachments_status_expiry ON attachments (status, upload_expires_at);
CREATE INDEX idx_attachments_uploader_id ON attachments (uploader_id);

-- The domain event log learns two types (attachment.added, attachment.deleted). Its type CHECK
-- can only change by rebuilding the table: copy every row with its id, carry the AUTOINCREMENT
-- counter over (ids are readers' cursors and are never reused, even when the newest events were
-- pruned), swap the tables and recreate the indexes of 0032.
CREATE TABLE domain_events_next (
  id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  type TEXT NOT NULL CHECK (type IN (
    'work_item.created',
    'work_item.updated',
    'work_item.completed',
    'work_item.deleted',
    'work_item.visibility_changed',
    'work_item.assigned',
    'thread_message.sent',
    'thread_message.delivered',
    'thread_message.read',
    'invite.accepted',
    'invite.declined',
    'invite.expired',
    'inbox_item.created',
    'workspace_member.added',
    'workspace_member.removed',
    'list_item.added',
    'list_item.completed',
    'attachment.added',
    'attachment.deleted'
  )),
  workspace_id TEXT,
  thread_id TEXT,
  user_id TEXT,
  subject_id TEXT NOT NULL,
  actor_id TEXT,
  payload TEXT NOT NULL DEFAULT '{}',
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

INSERT INTO domain_events_next (id, type, workspace_id, thread_id, user_id, subject_id, actor_id, payload, created_at)
  SELECT id, type, workspace_id, thread_id, user_id, subject_id, actor_id, payload, created_at
  FROM domain_events;

-- The copy set the new table's counter to its largest id; the old counter may be higher (the
-- newest events pruned). A row at the old counter's value makes AUTOINCREMENT record it, and is
-- removed at once (sqlite_sequence is only read, never written here).
INSERT INTO domain_events_next (id, type, subject_id)
  SELECT seq, 'attachment.added', 'migration-0037-counter'
  FROM sqlite_sequence
  WHERE name = 'domain_events'
    AND seq > coalesce((SELECT max(id) FROM domain_events_next), 0);
DELETE FROM domain_events_next WHERE subject_id = 'migration-0037-counter';

DROP TABLE domain_events;
ALTER TABLE domain_events_next RENAME TO domain_events;

CREATE INDEX idx_domain_events_workspace_id ON domain_events (workspace_id, id);
CREATE INDEX idx_domain_events_thread_id ON domain_events (thread_id, id);
CREATE INDEX idx_domain_events_user_id ON domain_events (user_id, id);
CREATE INDEX idx_domain_events_created_at ON domain_events (created_at);
