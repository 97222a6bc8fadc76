-- Migration 0024: work item visibility scope (private | room | quest | squad) and quest link

ALTER TABLE work_items ADD COLUMN visibility_scope TEXT NOT NULL DEFAULT 'private'
  CHECK (visibility_scope IN ('private', 'room', 'quest', 'squad'));

UPDATE work_items SET visibility_scope = visibility;

ALTER TABLE work_items ADD COLUMN list_id TEXT REFERENCES lists (id) ON DELETE SET NULL;

CREATE INDEX idx_work_items_visibility_scope ON work_items (visibility_scope);
CREATE INDEX idx_work_items_list_id ON work_items (list_id);
