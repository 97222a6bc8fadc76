// When a failed attempt is tried again. Exponential backoff expressed by time: the next attempt
// waits twice the time since the round began (at least a minute), so the waits grow about
// threefold per attempt (1 min, 2, 6, 18, 54 min, 2.7 h, 8 h...), each moved by up to ±20 %
// (jitter, so endpoints that failed together do not all come back at once). No wait is longer
// than the queue's maximum delay (12 h), and the last attempt falls 24 h after the round began;
// when that one fails too, the delivery is `failed`. About ten attempts in all.

export const RETRY_WINDOW_SECONDS = 24 * 3600;
/** Cloudflare Queues delay a message by at most 12 hours. */
export const MAX_QUEUE_DELAY_SECONDS = 12 * 3600;
const MIN_DELAY_SECONDS = 60;
const JITTER = 0.2;

/**
 * Seconds until the next attempt of a round that began at `roundStartedAt`, after an attempt
 * that failed at `now`; null when the round's 24 hours are over (the delivery has failed).
 * `random` is in [0, 1) (Math.random by default; tests pass their own).
 */
export function retryDelaySeconds(
  roundStartedAt: Date,
  now: Date,
  random: () => number = Math.random,
): number | null {
  const elapsed = Math.max(0, (now.getTime() - roundStartedAt.getTime()) / 1000);
  const left = RETRY_WINDOW_SECONDS - elapsed;
  if (left <= 0) return null;
  const base = Math.max(MIN_DELAY_SECONDS, 2 * elapsed);
  const jittered = base * (1 - JITTER + 2 * JITTER * random());
  return Math.max(1, Math.ceil(Math.min(jittered, MAX_QUEUE_DELAY_SECONDS, left)));
}
