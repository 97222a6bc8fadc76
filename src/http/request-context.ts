import { requireActiveAccount } from '../auth/active-account';
import { authenticate } from '../auth/authenticate';
import { AuthenticationError } from '../auth/viewer';
import { type Context, createContext } from '../context';
import { traceSqlFor } from '../db/d1-stats';
import { errorResponse } from '../hardening/responses';
import { enforceRateLimit } from '../rate-limit/enforce';
import {
  FailedAuthLimit,
  TooManyFailedAuthenticationsError,
  tooManyFailedAuthentications,
} from '../rate-limit/failed-auth-limit';
import { afterCommit } from '../realtime/publish';

export function clientIp(request: Request): string {
  return request.headers.get('CF-Connecting-IP') ?? '127.0.0.1';
}

/**
 * Everything an API request goes through before its operation runs, for /graphql and
 * /api/threads alike: who the viewer is (401 when the token or its account is not good), a fresh
 * context, and the per-viewer rate limit (429); an address with too many failed authentications
 * gets a 429 before its credentials are looked up. Returns the context, or the refusal to send.
 */
export async function openRequest(
  request: Request,
  env: Env,
  execution: ExecutionContext,
  requestId: string,
): Promise<{ ctx: Context; refused?: undefined } | { refused: Response }> {
  try {
    const waitUntil = (promise: Promise<unknown>) => execution.waitUntil(promise);
    const address = clientIp(request);
    const failures = new FailedAuthLimit(env, address, requestId);
    const viewer = await authenticate(request, env, waitUntil, failures);
    const ctx = createContext({
      requestId,
      env,
      viewer,
      waitUntil,
      clientIp: address,
      onEvents: (events) => afterCommit(env, events, waitUntil),
    });
    traceSqlFor(ctx.stats, request, env);
    // Both read in the same tick: the account check shares the settings read's round trip.
    const [limited] = await Promise.all([enforceRateLimit(ctx), requireActiveAccount(ctx)]);
    return limited ? { refused: limited } : { ctx };
  } catch (error) {
    if (error instanceof AuthenticationError) {
      return {
        refused: errorResponse(401, error.code, error.message, requestId, {
          'WWW-Authenticate': 'Bearer error="invalid_token"',
        }),
      };
    }
    if (error instanceof TooManyFailedAuthenticationsError) {
      return { refused: tooManyFailedAuthentications(error, requestId) };
    }
    throw error;
  }
}
