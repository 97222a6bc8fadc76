import { authenticate } from '../auth/authenticate';
import { AuthenticationError } from '../auth/viewer';
import { createContext } from '../context';
import { traceSqlFor } from '../db/d1-stats';
import { limitInviteRequests } from '../hardening/invite-ip-limit';
import { enforceRateLimit, withRateLimitHeaders } from '../rate-limit/enforce';
import { handleInviteRoute } from './invite-pages';
import { errorResponse } from './responses';
import { handleThreadsApi } from './threads-api';
import { yoga } from './yoga';

function clientIp(request: Request): string {
  return request.headers.get('CF-Connecting-IP') ?? '127.0.0.1';
}

/** The Worker's HTTP entry: one place that maps paths to handlers. */
export async function handleRequest(
  request: Request,
  env: Env,
  execution: ExecutionContext,
): Promise<Response> {
  const requestId = crypto.randomUUID();
  const url = new URL(request.url);
  if (url.pathname === '/health') {
    return Response.json({ ok: true }, { headers: { 'X-Request-Id': requestId } });
  }
  if (url.pathname.startsWith('/i/')) {
    // Per-address limit first: invite tokens must not be guessable by brute force.
    const limited = await limitInviteRequests(request, env, clientIp(request), requestId);
    return limited ?? handleInviteRoute(request, env, execution, requestId);
  }
  if (url.pathname === '/api/threads') return handleThreadsApi(request, env, execution, requestId);
  if (url.pathname === '/graphql') {
    try {
      const viewer = await authenticate(request, env, (promise) => execution.waitUntil(promise));
      const context = createContext({
        requestId,
        env,
        viewer,
        waitUntil: (promise) => execution.waitUntil(promise),
        clientIp: clientIp(request),
      });
      traceSqlFor(context.stats, request, env);
      const limited = await enforceRateLimit(context);
      if (limited) return limited;
      const response = await yoga.fetch(request, context);
      response.headers.set('X-Request-Id', requestId);
      return withRateLimitHeaders(context, response);
    } catch (error) {
      if (error instanceof AuthenticationError) {
        return errorResponse(401, error.code, error.message, requestId, {
          'WWW-Authenticate': 'Bearer error="invalid_token"',
        });
      }
      throw error;
    }
  }
  return errorResponse(404, 'NOT_FOUND', `No route for ${url.pathname}.`, requestId);
}
