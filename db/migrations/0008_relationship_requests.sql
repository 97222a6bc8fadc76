-- Migration 0008: friend request system (pending connection requests)

CREATE TABLE relationship_requests (
  id TEXT PRIMARY KEY NOT NULL,
  from_user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  to_user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'declined', 'cancelled')),
  message TEXT,
  responded_at TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  CHECK (from_user_id <> to_user_id)
);

-- at most one pending request per (from, to) pair; answered requests may repeat
CREATE UNIQUE INDEX ux_relationship_requests_pending_pair
  ON relationship_requests (from_user_id, to_user_id)
  WHERE status = 'pending';

CREATE INDEX idx_relationship_requests_to_status ON relationship_requests (to_user_id, status);
CREATE INDEX idx_relationship_requests_from_status ON relationship_requests (from_user_id, status);
