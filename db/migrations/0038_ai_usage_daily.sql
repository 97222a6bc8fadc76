-- AI usage summed per UTC day, feature and provider (the admin AI usage report's day, feature and
-- provider groupings read these rows: 30 days x groups, not every call of the range).
-- Maintained by triggers, so every write of ai_usage_logs (a call recorded, a call in flight
-- settled, the stuck-call sweep) updates the sum in the same statement, hence the same batch and
-- transaction: the two never disagree. Backfilled from the rows already there.
CREATE TABLE ai_usage_daily (
  day TEXT NOT NULL,
  feature TEXT NOT NULL,
  provider TEXT NOT NULL,
  calls INTEGER NOT NULL DEFAULT 0,
  success_calls INTEGER NOT NULL DEFAULT 0,
  in_flight_calls INTEGER NOT NULL DEFAULT 0,
  fallback_calls INTEGER NOT NULL DEFAULT 0,
  error_calls INTEGER NOT NULL DEFAULT 0,
  refused_calls INTEGER NOT NULL DEFAULT 0,
  input_tokens INTEGER NOT NULL DEFAULT 0,
  output_tokens INTEGER NOT NULL DEFAULT 0,
  cost_usd REAL NOT NULL DEFAULT 0,
  PRIMARY KEY (day, feature, provider)
);

INSERT INTO ai_usage_daily (day, feature, provider, calls, success_calls, in_flight_calls, fallback_calls, error_calls, refused_calls, input_tokens, output_tokens, cost_usd)
SELECT substr(l.created_at, 1, 10), l.feature, l.provider, sum(1),
  sum(CASE WHEN l.error_code IS 'in_flight' THEN 0 WHEN l.outcome = 'success' THEN 1 ELSE 0 END),
  sum(CASE WHEN l.error_code IS 'in_flight' THEN 1 ELSE 0 END),
  sum(CASE WHEN l.outcome = 'fallback' THEN 1 ELSE 0 END),
  sum(CASE WHEN l.outcome = 'error' THEN 1 ELSE 0 END),
  sum(CASE WHEN l.outcome = 'refused' THEN 1 ELSE 0 END),
  sum(l.input_tokens),
  sum(l.output_tokens),
  sum(l.cost_usd)
FROM ai_usage_logs l
GROUP BY 1, 2, 3;

CREATE TRIGGER ai_usage_daily_after_insert AFTER INSERT ON ai_usage_logs
BEGIN
  INSERT OR IGNORE INTO ai_usage_daily (day, feature, provider) VALUES (substr(NEW.created_at, 1, 10), NEW.feature, NEW.provider);
  UPDATE ai_usage_daily SET
    calls = calls + (1),
    success_calls = success_calls + (CASE WHEN NEW.error_code IS 'in_flight' THEN 0 WHEN NEW.outcome = 'success' THEN 1 ELSE 0 END),
    in_flight_calls = in_flight_calls + (CASE WHEN NEW.error_code IS 'in_flight' THEN 1 ELSE 0 END),
    fallback_calls = fallback_calls + (CASE WHEN NEW.outcome = 'fallback' THEN 1 ELSE 0 END),
    error_calls = error_calls + (CASE WHEN NEW.outcome = 'error' THEN 1 ELSE 0 END),
    refused_calls = refused_calls + (CASE WHEN NEW.outcome = 'refused' THEN 1 ELSE 0 END),
    input_tokens = input_tokens + (NEW.input_tokens),
    output_tokens = output_tokens + (NEW.output_tokens),
    cost_usd = cost_usd + (NEW.cost_usd)
  WHERE day = substr(NEW.created_at, 1, 10) AND feature = NEW.feature AND provider = NEW.provider;
END;

CREATE TRIGGER ai_usage_daily_after_update
AFTER UPDATE OF created_at, feature, provider, outcome, error_code, input_tokens, output_tokens, cost_usd
ON ai_usage_logs
BEGIN
  UPDATE ai_usage_daily SET
    calls = calls - (1),
    success_calls = success_calls - (CASE WHEN OLD.error_code IS 'in_flight' THEN 0 WHEN OLD.outcome = 'success' THEN 1 ELSE 0 END),
    in_flight_calls = in_flight_calls - (CASE WHEN OLD.error_code IS 'in_flight' THEN 1 ELSE 0 END),
    fallback_calls = fallback_calls - (CASE WHEN OLD.outcome = 'fallback' THEN 1 ELSE 0 END),
    error_calls = error_calls - (CASE WHEN OLD.outcome = 'error' THEN 1 ELSE 0 END),
    refused_calls = refused_calls - (CASE WHEN OLD.outcome = 'refused' THEN 1 ELSE 0 END),
    input_tokens = input_tokens - (OLD.input_tokens),
    output_tokens = output_tokens - (OLD.output_tokens),
    cost_usd = cost_usd - (OLD.cost_usd)
  WHERE day = substr(OLD.created_at, 1, 10) AND feature = OLD.feature AND provider = OLD.provider;
  INSERT OR IGNORE INTO ai_usage_daily (day, feature, provider) VALUES (substr(NEW.created_at, 1, 10), NEW.feature, NEW.provider);
  UPDATE ai_usage_daily SET
    calls = calls + (1),
    success_calls = success_calls + (CASE WHEN NEW.error_code IS 'in_flight' THEN 0 WHEN NEW.outcome = 'success' THEN 1 ELSE 0 END),
    in_flight_calls = in_flight_calls + (CASE WHEN NEW.error_code IS 'in_flight' THEN 1 ELSE 0 END),
    fallback_calls = fallback_calls + (CASE WHEN NEW.outcome = 'fallback' THEN 1 ELSE 0 END),
    error_calls = error_calls + (CASE WHEN NEW.outcome = 'error' THEN 1 ELSE 0 END),
    refused_calls = refused_calls + (CASE WHEN NEW.outcome = 'refused' THEN 1 ELSE 0 END),
    input_tokens = input_tokens + (NEW.input_tokens),
    output_tokens = output_tokens + (NEW.output_tokens),
    cost_usd = cost_usd + (NEW.cost_usd)
  WHERE day = substr(NEW.created_at, 1, 10) AND feature = NEW.feature AND provider = NEW.provider;
END;

CREATE TRIGGER ai_usage_daily_after_delete AFTER DELETE ON ai_usage_logs
BEGIN
  UPDATE ai_usage_daily SET
    calls = calls - (1),
    success_calls = success_calls - (CASE WHEN OLD.error_code IS 'in_flight' THEN 0 WHEN OLD.outcome = 'success' THEN 1 ELSE 0 END),
    in_flight_calls = in_flight_calls - (CASE WHEN OLD.error_code IS 'in_flight' THEN 1 ELSE 0 END),
    fallback_calls = fallback_calls - (CASE WHEN OLD.outcome = 'fallback' THEN 1 ELSE 0 END),
    error_calls = error_calls - (CASE WHEN OLD.outcome = 'error' THEN 1 ELSE 0 END),
    refused_calls = refused_calls - (CASE WHEN OLD.outcome = 'refused' THEN 1 ELSE 0 END),
    input_tokens = input_tokens - (OLD.input_tokens),
    output_tokens = output_tokens - (OLD.output_tokens),
    cost_usd = cost_usd - (OLD.cost_usd)
  WHERE day = substr(OLD.created_at, 1, 10) AND feature = OLD.feature AND provider = OLD.provider;
END;
