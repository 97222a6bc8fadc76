import { logEvent } from '../log';
import type { RateLimitResult } from './rate-limiter-do';

/**
 * How long a counter's answer is waited for (ms). A Durable Object that does not answer (an
 * outage, a stuck call) must not hold every request behind it: past this, the request goes
 * through as when the object cannot be reached.
 */
export const COUNTER_TIMEOUT_MS = 2_000;

/**
 * Calls a `RateLimiter` object: its answer, or null when it failed or did not answer within
 * COUNTER_TIMEOUT_MS, logged under `what` ("rate limiter unavailable").
 */
export async function askCounter<T>(
  call: () => Promise<T>,
  requestId: string,
  what: string,
): Promise<T | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`no answer within ${COUNTER_TIMEOUT_MS} ms`)),
        COUNTER_TIMEOUT_MS,
      );
    });
    return await Promise.race([call(), late]);
  } catch (error) {
    logEvent('error', `${what} unavailable`, {
      requestId,
      error: error instanceof Error ? error.message : String(error),
    });
    return null;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * One call to the `RateLimiter` object named `key` (one object per key, exact across isolates):
 * `hit` counts a request against `limit` per minute, `peek` only reads the window's standing.
 * When the counter cannot be reached (or is slow: askCounter) the answer is null, logged under
 * `what`: an outage of a
 * counter should not take the API down with it, so callers let the request through.
 */
export async function countAgainst(
  env: Env,
  key: string,
  limit: number,
  requestId: string,
  what: string,
  how: 'hit' | 'peek' = 'hit',
): Promise<RateLimitResult | null> {
  const stub = env.RATE_LIMITER.get(env.RATE_LIMITER.idFromName(key));
  return askCounter(
    async () => (how === 'hit' ? stub.hit(limit) : stub.peek(limit)),
    requestId,
    what,
  );
}
