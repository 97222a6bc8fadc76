-- Migration 0021: email notification preference per list member

ALTER TABLE list_members ADD COLUMN delivery_preference TEXT NOT NULL DEFAULT 'instant'
  CHECK (delivery_preference IN ('instant', 'daily_digest', 'none'));
