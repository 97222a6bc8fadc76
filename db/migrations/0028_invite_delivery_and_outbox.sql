-- Migration 0028: invite email delivery state, invited user link, response time, local email outbox

ALTER TABLE thread_invites ADD COLUMN email_status TEXT NOT NULL DEFAULT 'queued'
  CHECK (email_status IN ('queued', 'sent', 'failed'));
ALTER TABLE thread_invites ADD COLUMN email_attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE thread_invites ADD COLUMN email_error TEXT;
ALTER TABLE thread_invites ADD COLUMN invited_user_id TEXT REFERENCES users (id) ON DELETE SET NULL;
ALTER TABLE thread_invites ADD COLUMN responded_at TEXT;

CREATE INDEX idx_thread_invites_invited_user_id ON thread_invites (invited_user_id);
CREATE INDEX idx_thread_invites_email_status ON thread_invites (email_status);

-- mails kept by the local email sender (development / tests)
CREATE TABLE email_outbox (
  id TEXT PRIMARY KEY NOT NULL,
  to_address TEXT NOT NULL,
  subject TEXT NOT NULL,
  text_body TEXT NOT NULL,
  html_body TEXT NOT NULL,
  related_type TEXT,
  related_id TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE INDEX idx_email_outbox_to_address ON email_outbox (to_address);
CREATE INDEX idx_email_outbox_related ON email_outbox (related_type, related_id);
