-- Migration 0042: the API token that asked for an upload URL, when an integrator did. The URL is
-- used later, anonymously (the PUT carries no Authorization header): to refuse it once that token
-- is revoked or expired, as every request with the token is, the upload row names it. No foreign
-- key: a token row that is gone refuses the upload just the same (src/resolvers/attachments/upload.ts).
ALTER TABLE attachments ADD COLUMN uploader_token_id TEXT;
