-- Migration 0022: thread messaging (messages and per-recipient delivery / read receipts)

-- threads is created by 0026; SQLite resolves the reference when rows are written
CREATE TABLE thread_messages (
  id TEXT PRIMARY KEY NOT NULL,
  thread_id TEXT NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
  sender_user_id TEXT REFERENCES users (id) ON DELETE SET NULL,
  body TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'sent' CHECK (status IN ('sent', 'edited', 'deleted')),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE thread_message_deliveries (
  id TEXT PRIMARY KEY NOT NULL,
  message_id TEXT NOT NULL REFERENCES thread_messages (id) ON DELETE CASCADE,
  recipient_user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'read', 'failed')),
  delivered_at TEXT,
  read_at TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  UNIQUE (message_id, recipient_user_id)
);

CREATE INDEX idx_thread_messages_thread_created ON thread_messages (thread_id, created_at, id);
CREATE INDEX idx_thread_messages_sender_user_id ON thread_messages (sender_user_id);
CREATE INDEX idx_thread_message_deliveries_recipient_status
  ON thread_message_deliveries (recipient_user_id, status);
