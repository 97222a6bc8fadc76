import { setBounded } from '../db/bounded-map';
import { askCounter } from './counter';
import type { RateLimitLease, RateLimitResult } from './rate-limiter-do';

/**
 * Requests this isolate may still admit for one key, granted by its `RateLimiter` object: the
 * `limit` it was granted under and the window it belongs to bound its use.
 */
interface Lease {
  limit: number;
  /** Granted requests not yet admitted. */
  left: number;
  /** The object's `remaining` when it granted: requests left to every other isolate. */
  elsewhere: number;
  windowEndsAt: number;
  /**
   * The object refused: it grants nothing more until the window ends. Requests still use what
   * `left` holds (granted before the refusal, already counted spent), then are refused.
   */
  refused: boolean;
}

/** Keys whose leases an isolate keeps at most (the oldest go first): a bound on memory. */
const MAX_KEYS = 10_000;

const leases = new Map<string, Lease>();

/**
 * Counts one request against `limit` per minute for `key`, as `RateLimiter.hit` would, calling
 * the object only when this isolate's lease for the key is spent (or from another limit or an
 * older window): about one call in `limit / 20` requests for a busy key, every request near the
 * limit. Why: the object call was the largest fixed cost of a request (issue 18's benchmark).
 *
 * What it gives up, and why that is safe: requests granted to an isolate count as spent at once,
 * so every isolate together never admits more than the limit in a window (a limit lowered takes
 * effect on an isolate's next request, its old lease dropped); an isolate that stops receiving
 * requests for the key strands at most a twentieth of the limit until the window ends, which
 * other isolates then refuse early. `remaining` is exact for a key served by one isolate.
 * Null when the object cannot be reached (the caller lets the request through, as with `hit`).
 */
export async function admitLeased(
  env: Env,
  key: string,
  limit: number,
  requestId: string,
): Promise<RateLimitResult | null> {
  const held = fromLease(key, limit);
  if (held) return held;
  // Each request asks for itself: a call in flight belongs to the request that made it, and
  // another request waiting on it would hang when that one ends first (workerd cancels it).
  const stub = env.RATE_LIMITER.get(env.RATE_LIMITER.idFromName(key));
  const granted: RateLimitLease | null = await askCounter(
    async () => stub.lease(limit),
    requestId,
    'rate limiter',
  );
  if (!granted) return null;
  keep(key, limit, granted);
  // What was just kept holds this request's share (taken in the same turn, so nobody else can).
  return fromLease(key, limit) ?? { ...granted, remaining: 0 };
}

/** One request admitted from the isolate's lease (or refused by its remembered refusal). */
function fromLease(key: string, limit: number): RateLimitResult | null {
  const now = Date.now();
  const lease = leases.get(key);
  if (!lease || lease.limit !== limit || now >= lease.windowEndsAt) return null;
  const resetSeconds = Math.max(1, Math.ceil((lease.windowEndsAt - now) / 1000));
  if (lease.left > 0) {
    lease.left -= 1;
    return { allowed: true, limit, remaining: lease.elsewhere + lease.left, resetSeconds };
  }
  // A refusal holds until the window ends (the count only grows): no call to learn it again.
  if (lease.refused) return { allowed: false, limit, remaining: 0, resetSeconds };
  return null;
}

/**
 * Adds a grant to the key's lease (grants of one window and limit add up), or its refusal. A
 * refusal keeps what the lease still holds: under a burst, every request that found the lease
 * empty asks the object, and the last answers are refusals arriving after grants the others have
 * not used yet; those were counted spent, and dropping them lost part of the limit.
 */
function keep(key: string, limit: number, granted: RateLimitLease): void {
  const current = leases.get(key);
  if (current && current.limit === limit && current.windowEndsAt === granted.windowEndsAt) {
    if (granted.allowed) current.left += granted.granted;
    else current.refused = true;
    // The later answer knows more of what other isolates and requests took.
    current.elsewhere = Math.min(current.elsewhere, granted.remaining);
    return;
  }
  setBounded(
    leases,
    key,
    {
      limit,
      left: granted.granted,
      elsewhere: granted.remaining,
      windowEndsAt: granted.windowEndsAt,
      refused: !granted.allowed,
    },
    MAX_KEYS,
  );
}

/** Drops every lease of this isolate: for tests that reset a window's count in the object. */
export function forgetLeases(): void {
  leases.clear();
}
