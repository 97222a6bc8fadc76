-- Migration 0032: the domain event log (transactional outbox). Every write others may care about
-- appends its event in the same D1 batch as the change, so a committed change always has one and
-- a refused or failed one has none. Subscribers read "after id N in scope S"; the cron prunes.

CREATE TABLE domain_events (
  -- Monotonic (AUTOINCREMENT never reuses an id, even after pruning): a reader's cursor.
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
    'list_item.completed'
  )),
  -- Scopes (any may be null): no foreign keys, an event outlives what it tells of (a deleted
  -- item's event must stay readable until pruned).
  workspace_id TEXT,
  thread_id TEXT,
  -- The user the event is for or about (the inbox's owner, the member added or removed...).
  user_id TEXT,
  -- The global ID of what the event is about.
  subject_id TEXT NOT NULL,
  -- Who did it; null for the system (the cron).
  actor_id TEXT,
  -- Small JSON: ids and the names of changed fields, never whole rows or secrets.
  payload TEXT NOT NULL DEFAULT '{}',
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE INDEX idx_domain_events_workspace_id ON domain_events (workspace_id, id);
CREATE INDEX idx_domain_events_thread_id ON domain_events (thread_id, id);
CREATE INDEX idx_domain_events_user_id ON domain_events (user_id, id);
CREATE INDEX idx_domain_events_created_at ON domain_events (created_at);
