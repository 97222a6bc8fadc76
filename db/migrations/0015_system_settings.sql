-- Migration 0015: system configuration (key-value settings with typed values)

CREATE TABLE system_settings (
  key TEXT PRIMARY KEY NOT NULL,
  value TEXT NOT NULL,
  value_type TEXT NOT NULL DEFAULT 'string' CHECK (value_type IN ('boolean', 'number', 'string', 'json')),
  description TEXT,
  updated_by TEXT REFERENCES users (id) ON DELETE SET NULL,
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE INDEX idx_system_settings_updated_by ON system_settings (updated_by);

INSERT INTO system_settings (key, value, value_type, description) VALUES
  ('maintenance_mode', 'false', 'boolean', 'When true, the API rejects non-admin requests'),
  ('max_ai_cost_per_user_daily', '1.00', 'number', 'Maximum AI spend per user per UTC day, in USD'),
  ('default_rate_limit', '120', 'number', 'Default rate limit per viewer, in requests per minute');
