/**
 * Attempts per email message before its delivery ends. Keep it equal to `max_retries` of the
 * email queue's consumer in wrangler.toml, so the last attempt we make is the last one the queue
 * would deliver.
 */
export const EMAIL_MAX_ATTEMPTS = 5;
const BACKOFF_BASE_SECONDS = 30;
const BACKOFF_MAX_SECONDS = 3600;

/** Exponential backoff for every kind of email: 30 s, 60 s, 120 s ... up to an hour. */
export function retryDelaySeconds(attempt: number): number {
  return Math.min(BACKOFF_BASE_SECONDS * 2 ** Math.max(0, attempt - 1), BACKOFF_MAX_SECONDS);
}
