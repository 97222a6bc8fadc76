-- Migration 0017: AI provider API keys (encrypted at rest, only masked_preview is ever shown)

CREATE TABLE ai_provider_keys (
  id TEXT PRIMARY KEY NOT NULL,
  provider TEXT NOT NULL CHECK (provider IN ('gemini', 'openai')),
  encrypted_key TEXT NOT NULL,
  masked_preview TEXT NOT NULL,
  is_active INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
  created_by TEXT REFERENCES users (id) ON DELETE SET NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  rotated_at TEXT
);

CREATE INDEX idx_ai_provider_keys_created_by ON ai_provider_keys (created_by);
