-- Migration 0016: AI provider configuration (one row per provider)

CREATE TABLE ai_provider_settings (
  id TEXT PRIMARY KEY NOT NULL,
  provider TEXT NOT NULL UNIQUE CHECK (provider IN ('gemini', 'openai')),
  is_enabled INTEGER NOT NULL DEFAULT 0 CHECK (is_enabled IN (0, 1)),
  default_model TEXT NOT NULL,
  fallback_provider TEXT CHECK (
    fallback_provider IS NULL OR fallback_provider IN ('gemini', 'openai', 'local')
  ),
  feature_routing_json TEXT NOT NULL DEFAULT '{}',
  timeout_ms INTEGER NOT NULL DEFAULT 15000 CHECK (timeout_ms > 0),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  CHECK (fallback_provider IS NULL OR fallback_provider <> provider)
);
