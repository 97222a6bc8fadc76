-- Migration 0006: AI cost query indexes (usage per user / provider / feature / day, budgets)

CREATE INDEX idx_ai_usage_logs_user_id ON ai_usage_logs (user_id);
CREATE INDEX idx_ai_usage_logs_provider ON ai_usage_logs (provider);
CREATE INDEX idx_ai_usage_logs_feature ON ai_usage_logs (feature);
CREATE INDEX idx_ai_usage_logs_created_at ON ai_usage_logs (created_at);
CREATE INDEX idx_ai_usage_logs_user_created ON ai_usage_logs (user_id, created_at);

CREATE INDEX idx_ai_cost_budgets_user_id ON ai_cost_budgets (user_id);
