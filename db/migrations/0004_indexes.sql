-- Migration 0004: performance indexes (user lookups, foreign keys, status and timestamps)

-- users
CREATE INDEX idx_users_email ON users (email);
CREATE INDEX idx_users_display_name ON users (display_name);
CREATE INDEX idx_users_status ON users (status);

-- workspaces
CREATE INDEX idx_workspaces_owner_id ON workspaces (owner_id);

-- workspace_members (workspace_id is served by UNIQUE (workspace_id, user_id))
CREATE INDEX idx_workspace_members_user_id ON workspace_members (user_id);

-- rooms
CREATE INDEX idx_rooms_workspace_id ON rooms (workspace_id);
CREATE INDEX idx_rooms_created_by ON rooms (created_by);

-- room_members (room_id is served by UNIQUE (room_id, user_id))
CREATE INDEX idx_room_members_user_id ON room_members (user_id);

-- work_items: keyset pagination per workspace / per owner, FK and status lookups
CREATE INDEX idx_work_items_workspace_created ON work_items (workspace_id, created_at, id);
CREATE INDEX idx_work_items_owner_created ON work_items (owner_id, created_at, id);
CREATE INDEX idx_work_items_room_id ON work_items (room_id);
CREATE INDEX idx_work_items_assignee_id ON work_items (assignee_id);
CREATE INDEX idx_work_items_status ON work_items (status);
CREATE INDEX idx_work_items_due_at ON work_items (due_at);

-- inbox_items: unread-first inbox per user, lookups by subject
CREATE INDEX idx_inbox_items_user_read_created ON inbox_items (user_id, is_read, created_at);
CREATE INDEX idx_inbox_items_subject ON inbox_items (subject_type, subject_id);

-- relationships
CREATE INDEX idx_relationships_user_id ON relationships (user_id);
CREATE INDEX idx_relationships_related_user_id ON relationships (related_user_id);

-- lists
CREATE INDEX idx_lists_workspace_id ON lists (workspace_id);
CREATE INDEX idx_lists_owner_id ON lists (owner_id);

-- list_items
CREATE INDEX idx_list_items_list_position ON list_items (list_id, position);
CREATE INDEX idx_list_items_completed_by ON list_items (completed_by);
CREATE INDEX idx_list_items_created_by ON list_items (created_by);

-- list_members (list_id is served by UNIQUE (list_id, user_id))
CREATE INDEX idx_list_members_user_id ON list_members (user_id);

-- hosted_events
CREATE INDEX idx_hosted_events_workspace_id ON hosted_events (workspace_id);
CREATE INDEX idx_hosted_events_host_id ON hosted_events (host_id);
CREATE INDEX idx_hosted_events_starts_at ON hosted_events (starts_at);
CREATE INDEX idx_hosted_events_status_starts ON hosted_events (status, starts_at);

-- event_participants (event_id is served by UNIQUE (event_id, user_id))
CREATE INDEX idx_event_participants_user_id ON event_participants (user_id);

-- admin_users (user_id is UNIQUE)
CREATE INDEX idx_admin_users_created_by ON admin_users (created_by);

-- audit_logs
CREATE INDEX idx_audit_logs_actor_id ON audit_logs (actor_id);
CREATE INDEX idx_audit_logs_action ON audit_logs (action);
CREATE INDEX idx_audit_logs_target ON audit_logs (target_type, target_id);
CREATE INDEX idx_audit_logs_created_at ON audit_logs (created_at);
