import { DurableObject } from 'cloudflare:workers';

/** What one counted request learns about its viewer's budget. */
export interface RateLimitResult {
  allowed: boolean;
  /** Requests allowed per window. */
  limit: number;
  /** Requests left in the current window after this one. */
  remaining: number;
  /** Seconds until the window resets (at least 1). */
  resetSeconds: number;
}

/** What `lease` grants: a standing, and requests the asking isolate may admit on its own. */
export interface RateLimitLease extends RateLimitResult {
  /** Requests granted to the isolate, this one included (0 when refused). */
  granted: number;
  /** When the window the grant belongs to ends (ms since the epoch): the grant dies with it. */
  windowEndsAt: number;
}

export const RATE_LIMIT_WINDOW_SECONDS = 60;
const WINDOW_MS = RATE_LIMIT_WINDOW_SECONDS * 1000;

/**
 * Counts one viewer's requests in fixed one-minute windows aligned to the clock. The gateway
 * addresses one object per viewer key (`idFromName`), so every isolate in every location counts
 * against the same number: a Durable Object runs single-threaded, which makes the count exact.
 *
 * The count lives in memory: an object stays alive while it receives requests, and one that
 * was evicted (idle for a while) starts a new window, which is the correct answer anyway.
 * Refused requests are not counted, so a client that waits for the reset gets its full budget.
 */
export class RateLimiter extends DurableObject<Env> {
  private windowStart = 0;
  private count = 0;

  /** Counts a request against `limit` per minute (an RPC method: one call per request). */
  hit(limit: number): RateLimitResult {
    const standing = this.standing(limit);
    if (!standing.allowed) return standing;
    this.count += 1;
    return { ...standing, remaining: limit - this.count };
  }

  /**
   * Counts a share of what is left in the window as spent and grants it to the calling isolate,
   * which admits that many requests (this one first) without calling again (src/rate-limit/
   * leases.ts): a quarter of what is left, at most a twentieth of the limit, at least one. Never
   * more than the limit is granted in a window, so the count stays an upper bound of what every
   * isolate together admits; near the limit each grant is one request, as exact as `hit`.
   */
  lease(limit: number): RateLimitLease {
    const standing = this.standing(limit);
    const windowEndsAt = this.windowStart + WINDOW_MS;
    if (!standing.allowed) return { ...standing, granted: 0, windowEndsAt };
    const left = limit - this.count;
    const granted = Math.max(1, Math.min(Math.ceil(left / 4), Math.floor(limit / 20)));
    this.count += granted;
    return { ...standing, remaining: limit - this.count, granted, windowEndsAt };
  }

  /**
   * Whether a request would be allowed now, without counting it: for counters that count only
   * some outcomes (failed authentications), read before the work and `hit` after a failure.
   */
  peek(limit: number): RateLimitResult {
    return this.standing(limit);
  }

  /** The current window's standing against `limit`, starting a new window when one began. */
  private standing(limit: number): RateLimitResult {
    const now = Date.now();
    const windowStart = now - (now % WINDOW_MS);
    if (windowStart !== this.windowStart) {
      this.windowStart = windowStart;
      this.count = 0;
    }
    const resetSeconds = Math.max(1, Math.ceil((windowStart + WINDOW_MS - now) / 1000));
    const allowed = this.count < limit;
    return { allowed, limit, remaining: Math.max(0, limit - this.count), resetSeconds };
  }
}
