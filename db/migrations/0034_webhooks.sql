-- Migration 0034: webhooks for integrators. Endpoints of a workspace, the deliveries of domain
-- events (and pings) to them, each delivery's attempts, and the dispatcher's cursor into the
-- domain event log (migration 0032).

CREATE TABLE webhook_endpoints (
  id TEXT PRIMARY KEY NOT NULL,
  workspace_id TEXT NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  -- Whose view of the data the payloads carry (read at delivery time), and who is told when the
  -- endpoint is disabled: the manager who created it.
  owner_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  url TEXT NOT NULL,
  description TEXT,
  -- JSON array of the event types it receives (domain event types).
  event_types TEXT NOT NULL DEFAULT '[]',
  status TEXT NOT NULL DEFAULT 'enabled' CHECK (status IN ('enabled', 'disabled')),
  disabled_reason TEXT,
  -- The signing secret (whsec_...), encrypted at rest like AI provider keys.
  encrypted_secret TEXT NOT NULL,
  -- After a rotation, the old secret keeps signing beside the new one until this time.
  previous_encrypted_secret TEXT,
  previous_secret_expires_at TEXT,
  -- Deliveries that ended `failed` in a row; a success resets it; at the limit the endpoint is
  -- disabled.
  consecutive_failures INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE INDEX idx_webhook_endpoints_workspace_id ON webhook_endpoints (workspace_id, status);

CREATE TABLE webhook_deliveries (
  -- Also the `webhook-id` header: the same on every attempt of one event to one endpoint.
  id TEXT PRIMARY KEY NOT NULL,
  endpoint_id TEXT NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
  -- domain_events.id (no foreign key: the log is pruned); null for a ping.
  event_id INTEGER,
  event_type TEXT NOT NULL,
  subject_id TEXT,
  -- When the event happened (the payload's `timestamp`).
  occurred_at TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'pending' CHECK (
    status IN ('pending', 'succeeded', 'failed', 'skipped')
  ),
  attempts INTEGER NOT NULL DEFAULT 0,
  -- When this round of attempts started (creation, or a redelivery): retries stop ~24 h after.
  round_started_at TEXT,
  next_attempt_at TEXT,
  last_status_code INTEGER,
  last_error TEXT,
  completed_at TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  -- One delivery per event and endpoint, whichever Worker matched it first (pings: null, distinct).
  UNIQUE (endpoint_id, event_id)
);

CREATE INDEX idx_webhook_deliveries_endpoint ON webhook_deliveries (endpoint_id, created_at, id);
CREATE INDEX idx_webhook_deliveries_pending ON webhook_deliveries (status, next_attempt_at);

CREATE TABLE webhook_delivery_attempts (
  id TEXT PRIMARY KEY NOT NULL,
  delivery_id TEXT NOT NULL REFERENCES webhook_deliveries (id) ON DELETE CASCADE,
  -- Repeated from the delivery for the per-endpoint rate (attempts in the last minute).
  endpoint_id TEXT NOT NULL,
  attempt INTEGER NOT NULL,
  started_at TEXT NOT NULL,
  -- Null when no answer came (timeout, network error).
  status_code INTEGER,
  latency_ms INTEGER NOT NULL,
  error TEXT,
  -- The answer's body, cut to 1 KB.
  response_body TEXT
);

CREATE INDEX idx_webhook_delivery_attempts_delivery ON webhook_delivery_attempts (delivery_id, attempt);
CREATE INDEX idx_webhook_delivery_attempts_endpoint ON webhook_delivery_attempts (endpoint_id, started_at);

-- The dispatcher's place in domain_events: events after it have not been matched to endpoints.
-- One row; it starts at the log's end, so events older than webhooks are never sent.
CREATE TABLE webhook_dispatch_cursor (
  id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
  last_event_id INTEGER NOT NULL,
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

INSERT INTO webhook_dispatch_cursor (id, last_event_id)
SELECT 1, coalesce(max(id), 0) FROM domain_events;
