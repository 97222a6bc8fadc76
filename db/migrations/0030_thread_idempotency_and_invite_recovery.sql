-- Migration 0030: idempotency keys of createThread, and when an invite email was last queued

-- One row per (user, key) a client sent with createThread / POST /api/threads: the digest of
-- the request it stood for and the thread it created. Written in the same batch as the thread,
-- so concurrent requests with one key make one thread; the cron prunes rows older than 24 hours.
CREATE TABLE thread_idempotency_keys (
  id TEXT PRIMARY KEY NOT NULL,
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  idempotency_key TEXT NOT NULL,
  request_digest TEXT NOT NULL,
  thread_id TEXT NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  UNIQUE (user_id, idempotency_key)
);

CREATE INDEX idx_thread_idempotency_keys_created_at ON thread_idempotency_keys (created_at);
CREATE INDEX idx_thread_idempotency_keys_thread_id ON thread_idempotency_keys (thread_id);

-- When the invite's email message was last handed to the queue (NULL: at created_at). The cron
-- re-enqueues emails still `queued` long after that, and gives up on them past a maximum age.
ALTER TABLE thread_invites ADD COLUMN email_queued_at TEXT;

CREATE INDEX idx_thread_invites_email_status_created ON thread_invites (email_status, created_at);
