-- Composable filters, any order and aggregates (issue 16): indexes for the orders and groupings
-- of the admin lists that would otherwise read every row. Work-item filters and orders need
-- none: each visibility arm is already an index lookup (0029), and the client's where narrows
-- what those lookups find.

-- adminUsers' default order (oldest first) as an index walk, and adminUserStats grouped by
-- creation week/month and status read from the index alone (a covering scan, not the table).
CREATE INDEX idx_users_created_id_status ON users (created_at, id, status);
-- adminUsers ordered by UPDATED_AT.
CREATE INDEX idx_users_updated_id ON users (updated_at, id);
-- adminUsers ordered by DISPLAY_NAME, and the count of a displayName + status filter read
-- from the index (LIKE cannot seek an index here: it is case-insensitive).
CREATE INDEX idx_users_display_name_status ON users (display_name, status);
-- aiUsageLogs ordered by COST_USD.
CREATE INDEX idx_ai_usage_logs_cost_id ON ai_usage_logs (cost_usd, id);
