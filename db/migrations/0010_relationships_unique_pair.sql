-- Migration 0010: fix relationship duplicates and make (user_id, related_user_id) unique

-- keep the oldest row of each pair (ties broken by id), delete the rest
DELETE FROM relationships
WHERE EXISTS (
  SELECT 1
  FROM relationships AS older
  WHERE older.user_id = relationships.user_id
    AND older.related_user_id = relationships.related_user_id
    AND (
      older.created_at < relationships.created_at
      OR (older.created_at = relationships.created_at AND older.id < relationships.id)
    )
);

CREATE UNIQUE INDEX ux_relationships_pair ON relationships (user_id, related_user_id);
