import type { RateLimitResult } from './rate-limiter-do';

/**
 * The 429 every counter of the gateway answers: a GraphQL-shaped error with its code, the limit
 * and the seconds to wait in `extensions`, and the same wait in `Retry-After`.
 */
export function tooManyRequests(
  code: 'RATE_LIMITED' | 'TOO_MANY_FAILED_AUTHENTICATIONS',
  message: string,
  result: RateLimitResult,
  requestId: string,
  headers: Record<string, string> = {},
): Response {
  return Response.json(
    {
      errors: [
        {
          message,
          extensions: { code, limit: result.limit, retryAfterSeconds: result.resetSeconds },
        },
      ],
      extensions: { requestId },
    },
    {
      status: 429,
      headers: {
        'X-Request-Id': requestId,
        'Retry-After': String(result.resetSeconds),
        ...headers,
      },
    },
  );
}
