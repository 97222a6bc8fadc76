import type { FailedAuthLimit as FailedAuthBudget } from '../auth/authenticate';
import { setBounded } from '../db/bounded-map';
import { countAgainst } from './counter';
import type { RateLimitResult } from './rate-limiter-do';
import { tooManyRequests } from './too-many-requests';

/**
 * Failed authentications one client address may have per minute. A client with a good token fails
 * now and then (an expired JWT, a revoked token, a typo); a script guessing tokens fails every
 * time, and each unknown API token costs a D1 read.
 */
export const FAILED_AUTHENTICATIONS_PER_MINUTE = 20;

/**
 * How long an address the counter found under its budget is taken as such by this isolate without
 * asking again (ms). Why: the ask was a Durable Object call in front of every integrator request.
 * The cost: failures recorded by other isolates reach this one's lookups up to this much later
 * (its own failures drop the mark at once, so one isolate stays exact).
 */
export const CLEAN_ADDRESS_MS = 2_000;

/** Addresses found under budget, with when that answer stops being trusted (bounded, oldest out). */
const cleanUntil = new Map<string, number>();
const MAX_CLEAN_ADDRESSES = 10_000;
/** An address past its budget of failed authentications: answered 429, not 401. */
export class TooManyFailedAuthenticationsError extends Error {
  constructor(readonly result: RateLimitResult) {
    super(
      `Too many failed authentications from your address: at most ${result.limit} a minute. Try again in ${result.resetSeconds} s.`,
    );
    this.name = 'TooManyFailedAuthenticationsError';
  }
}

/**
 * The failed-authentication counter of one client address: a `RateLimiter` object of its own
 * (fixed one-minute windows, exact across isolates) that counts only failures.
 * - `beforeLookup` reads the count before a credential costs a D1 read (an API token): past the
 *   budget the request is refused without the read. An answer under budget is trusted by the
 *   isolate for `CLEAN_ADDRESS_MS`, so a busy integrator pays the call once in that time.
 * - `recordFailure` counts a credential that was refused; the failure that passes the budget, and
 *   every later one in the window, is answered 429 instead of 401.
 * A JWT is verified without D1, so a valid one is neither counted nor refused.
 * Lookups already under way when the budget is reached still finish: a parallel flood's first
 * wave is looked up, everything after it is not.
 */
export class FailedAuthLimit implements FailedAuthBudget {
  constructor(
    private readonly env: Env,
    private readonly clientIp: string,
    private readonly requestId: string,
  ) {}

  async beforeLookup(): Promise<void> {
    if ((cleanUntil.get(this.clientIp) ?? 0) > Date.now()) return;
    const result = await this.count('peek');
    if (result && !result.allowed) throw new TooManyFailedAuthenticationsError(result);
    if (result) {
      const until = Date.now() + Math.min(CLEAN_ADDRESS_MS, result.resetSeconds * 1000);
      setBounded(cleanUntil, this.clientIp, until, MAX_CLEAN_ADDRESSES);
    }
  }

  async recordFailure(): Promise<void> {
    cleanUntil.delete(this.clientIp);
    const result = await this.count('hit');
    if (result && !result.allowed) throw new TooManyFailedAuthenticationsError(result);
  }

  private count(how: 'hit' | 'peek') {
    return countAgainst(
      this.env,
      `auth-failures:${this.clientIp}`,
      FAILED_AUTHENTICATIONS_PER_MINUTE,
      this.requestId,
      'failed-authentication limiter',
      how,
    );
  }
}

/** The 429 for an address past its budget, with Retry-After. */
export function tooManyFailedAuthentications(
  error: TooManyFailedAuthenticationsError,
  requestId: string,
): Response {
  return tooManyRequests(
    'TOO_MANY_FAILED_AUTHENTICATIONS',
    error.message,
    error.result,
    requestId,
    {
      'Cache-Control': 'no-store',
    },
  );
}
