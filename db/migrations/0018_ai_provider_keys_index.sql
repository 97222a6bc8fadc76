-- Migration 0018: API key lookup by provider

CREATE INDEX idx_ai_provider_keys_provider ON ai_provider_keys (provider);
