import { logEvent } from '../log';
import type { RateLimitResult } from './rate-limiter-do';

/**
 * One call to the `RateLimiter` object named `key` (one object per key, exact across isolates):
 * `hit` counts a request against `limit` per minute, `peek` only reads the window's standing.
 * When the counter cannot be reached the answer is null, logged under `what`: an outage of a
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
  try {
    const stub = env.RATE_LIMITER.get(env.RATE_LIMITER.idFromName(key));
    return how === 'hit' ? await stub.hit(limit) : await stub.peek(limit);
  } catch (error) {
    logEvent('error', `${what} unavailable`, {
      requestId,
      error: error instanceof Error ? error.message : String(error),
    });
    return null;
  }
}
