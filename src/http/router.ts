import { limitInviteRequests } from '../hardening/invite-ip-limit';
import { logEvent } from '../log';
import { withRateLimitHeaders } from '../rate-limit/enforce';
import { handleInviteRoute } from './invite-pages';
import { clientIp, openRequest } from './request-context';
import { errorResponse } from './responses';
import { handleThreadsApi } from './threads-api';
import { yoga } from './yoga';

/**
 * The Worker's HTTP entry. A failure no handler expected (D1 down, a bug) is answered like
 * GraphQL's masked errors: a 500 saying only "Unexpected error." with the request id, and the
 * cause logged under that id, never sent.
 */
export async function handleRequest(
  request: Request,
  env: Env,
  execution: ExecutionContext,
): Promise<Response> {
  const requestId = crypto.randomUUID();
  try {
    return await route(request, env, execution, requestId);
  } catch (error) {
    logEvent('error', 'unexpected error outside GraphQL execution', {
      requestId,
      path: new URL(request.url).pathname.startsWith('/i/')
        ? '/i/*'
        : new URL(request.url).pathname,
      error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    });
    return errorResponse(500, 'INTERNAL_SERVER_ERROR', 'Unexpected error.', requestId);
  }
}

/** One place that maps paths to handlers. */
async function route(
  request: Request,
  env: Env,
  execution: ExecutionContext,
  requestId: string,
): Promise<Response> {
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
    const opened = await openRequest(request, env, execution, requestId);
    if (opened.refused) return opened.refused;
    const response = await yoga.fetch(request, opened.ctx);
    response.headers.set('X-Request-Id', requestId);
    return withRateLimitHeaders(opened.ctx, response);
  }
  return errorResponse(404, 'NOT_FOUND', `No route for ${url.pathname}.`, requestId);
}
