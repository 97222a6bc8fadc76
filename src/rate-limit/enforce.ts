import type { Context } from '../context';
import { systemSettingsOf } from '../resolvers/admin/settings';
import { admitLeased } from './leases';
import { RATE_LIMIT_WINDOW_SECONDS, type RateLimitResult } from './rate-limiter-do';
import { tooManyRequests } from './too-many-requests';

/** Whose budget a request spends: the user, the API token, or the address when anonymous. */
export function rateLimitKey(ctx: Context): string {
  switch (ctx.viewer.kind) {
    case 'user':
      return `user:${ctx.viewer.userId}`;
    case 'integrator':
      return `token:${ctx.viewer.tokenId}`;
    default:
      return `ip:${ctx.clientIp}`;
  }
}

/** The IETF RateLimit header fields for a counted request. */
export function rateLimitHeaders(result: RateLimitResult): Record<string, string> {
  return {
    'RateLimit-Limit': String(result.limit),
    'RateLimit-Remaining': String(result.remaining),
    'RateLimit-Reset': String(result.resetSeconds),
    'RateLimit-Policy': `${result.limit};w=${RATE_LIMIT_WINDOW_SECONDS}`,
  };
}

/**
 * Counts the request against `default_rate_limit` (from this isolate's lease of the viewer's
 * Durable Object counter, calling it when the lease is spent: leases.ts) and keeps the result
 * on the context. Returns the 429 response when the viewer is over the limit, null otherwise
 * (also when the limiter cannot be reached: see countAgainst).
 */
export async function enforceRateLimit(ctx: Context): Promise<Response | null> {
  const { values } = await systemSettingsOf(ctx);
  const result = await admitLeased(
    ctx.env,
    rateLimitKey(ctx),
    values.default_rate_limit,
    ctx.requestId,
  );
  if (!result) return null;
  ctx.rateLimit = {
    limit: result.limit,
    remaining: result.remaining,
    resetSeconds: result.resetSeconds,
  };
  if (result.allowed) return null;
  return tooManyRequests(
    'RATE_LIMITED',
    `Rate limit exceeded: ${result.limit} requests per minute. Retry in ${result.resetSeconds} s.`,
    result,
    ctx.requestId,
    rateLimitHeaders(result),
  );
}

/** Adds the RateLimit headers to a response when the request was counted. */
export function withRateLimitHeaders(ctx: Context, response: Response): Response {
  if (ctx.rateLimit) {
    for (const [name, value] of Object.entries(
      rateLimitHeaders({ allowed: true, ...ctx.rateLimit }),
    )) {
      response.headers.set(name, value);
    }
  }
  return response;
}
