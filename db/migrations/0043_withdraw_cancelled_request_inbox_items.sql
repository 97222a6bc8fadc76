-- Migration 0043: a cancelled relationship request now leaves its recipient's inbox when it is
-- cancelled (archived and read, src/resolvers/relationships/mutations.ts). Requests cancelled
-- before that kept their "wants to connect" items: withdraw them the same way, once. Idempotent
-- (archived and read items keep their first times).
UPDATE inbox_items
SET archived_at = coalesce(archived_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    is_read = 1,
    read_at = coalesce(read_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
WHERE kind = 'relationship_request'
  AND subject_type = 'relationship_request'
  AND subject_id IN (SELECT id FROM relationship_requests WHERE status = 'cancelled')
  AND (archived_at IS NULL OR is_read = 0);
