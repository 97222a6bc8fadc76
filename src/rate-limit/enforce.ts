import type { Context } from '../context';
import { logEvent } from '../log';
import { systemSettingsOf } from '../resolvers/admin/settings';
import { RATE_LIMIT_WINDOW_SECONDS, type RateLimitResult } from './rate-limiter-do';

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
 * Counts the request against `default_rate_limit` (one Durable Object call) and keeps the result
 * on the context. Returns the 429 response when the viewer is over the limit, null otherwise.
 * When the limiter cannot be reached the request goes through (logged): an outage of the
 * counter should not take the API down with it.
 */
export async function enforceRateLimit(ctx: Context): Promise<Response | null> {
  const { values } = await systemSettingsOf(ctx);
  let result: RateLimitResult;
  try {
    const stub = ctx.env.RATE_LIMITER.get(ctx.env.RATE_LIMITER.idFromName(rateLimitKey(ctx)));
    result = await stub.hit(values.default_rate_limit);
  } catch (error) {
    logEvent('error', 'rate limiter unavailable', {
      requestId: ctx.requestId,
      error: error instanceof Error ? error.message : String(error),
    });
    return null;
  }
  ctx.rateLimit = {
    limit: result.limit,
    remaining: result.remaining,
    resetSeconds: result.resetSeconds,
  };
  if (result.allowed) return null;
  return Response.json(
    {
      errors: [
        {
          message: `Rate limit exceeded: ${result.limit} requests per minute. Retry in ${result.resetSeconds} s.`,
          extensions: {
            code: 'RATE_LIMITED',
            limit: result.limit,
            retryAfterSeconds: result.resetSeconds,
          },
        },
      ],
      extensions: { requestId: ctx.requestId },
    },
    {
      status: 429,
      headers: {
        'X-Request-Id': ctx.requestId,
        'Retry-After': String(result.resetSeconds),
        ...rateLimitHeaders(result),
      },
    },
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
