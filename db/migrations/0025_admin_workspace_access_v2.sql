-- Migration 0025: workspace access v2 (roles owner | admin | member | viewer, added_by, updated_at)

-- SQLite cannot alter a CHECK constraint: rebuild workspace_members
CREATE TABLE workspace_members_v2 (
  id TEXT PRIMARY KEY NOT NULL,
  workspace_id TEXT NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  role TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('owner', 'admin', 'member', 'viewer')),
  added_by TEXT REFERENCES users (id) ON DELETE SET NULL,
  joined_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  UNIQUE (workspace_id, user_id)
);

INSERT INTO workspace_members_v2 (id, workspace_id, user_id, role, added_by, joined_at, updated_at)
SELECT id, workspace_id, user_id, role, NULL, joined_at, joined_at
FROM workspace_members;

DROP TABLE workspace_members;

ALTER TABLE workspace_members_v2 RENAME TO workspace_members;

CREATE INDEX idx_workspace_members_user_id ON workspace_members (user_id);
CREATE INDEX idx_workspace_members_added_by ON workspace_members (added_by);
