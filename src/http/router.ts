import { errorResponse } from '../hardening/responses';
import { BASE_SECURITY_HEADERS } from '../hardening/security-headers';
import { errorText, logEvent } from '../log';
import { handleSocketUpgrade, isWebSocketUpgrade } from '../realtime/socket/upgrade';
import { adminStatsPage } from './admin-stats-page';
import { discardUnreadBody } from './body';
import { graphqlCors } from './direct-operation';
import { type Door, throughDoor } from './door';
import { handleFile, isFileRoute } from './files';
import { handleInviteRoute } from './invite-pages';
import { handleThreadsApi } from './threads-api';
import { handleUpload, isUploadRoute } from './uploads';
import { runThroughYoga } from './yoga';

/**
 * The Worker's HTTP entry. A failure no handler expected (D1 down, a bug) is answered like
 * GraphQL's masked errors: a 500 saying only "Unexpected error." with the request id, and the
 * cause logged under that id, never sent. Whatever the answer, a body nobody read is cancelled.
 */
export async function handleRequest(
  request: Request,
  env: Env,
  execution: ExecutionContext,
): Promise<Response> {
  const requestId = crypto.randomUUID();
  try {
    return stamped(await route(request, env, execution, requestId), requestId);
  } catch (error) {
    logEvent('error', 'unexpected error outside GraphQL execution', {
      requestId,
      path: loggedPath(new URL(request.url).pathname),
      error: errorText(error),
    });
    return stamped(
      errorResponse(500, 'INTERNAL_SERVER_ERROR', 'Unexpected error.', requestId),
      requestId,
    );
  } finally {
    await discardUnreadBody(request);
  }
}

/**
 * What every answer carries, whichever route or refusal made it (a 404 for an unknown path, a
 * 405, /health, a limiter's 429 included): its request id and the base security headers. Set
 * here, on the way out, so that no route has to remember them. An answer whose headers cannot
 * change (one fetched from elsewhere) is copied first; a WebSocket's 101 cannot be copied and is
 * sent as it is.
 */
function stamped(response: Response, requestId: string): Response {
  try {
    return stamp(response, requestId);
  } catch (error) {
    if (response.status === 101) return response;
    if (!(error instanceof TypeError)) throw error;
    return stamp(new Response(response.body, response), requestId);
  }
}

function stamp(response: Response, requestId: string): Response {
  response.headers.set('X-Request-Id', requestId);
  for (const [name, value] of Object.entries(BASE_SECURITY_HEADERS)) {
    response.headers.set(name, value);
  }
  return response;
}

/** A path for the log: capability tokens (invites, uploads) never reach it. */
function loggedPath(pathname: string): string {
  if (pathname.startsWith('/i/')) return '/i/*';
  if (pathname.startsWith('/uploads/')) return '/uploads/*';
  return pathname;
}

/** /graphql: Yoga reads the body; the viewer comes from the Authorization header. */
const GRAPHQL_DOOR: Door = {
  body: 'graphql',
  viewer: 'bearer',
  overlapsAccountCheck: true,
  cors: graphqlCors,
};

/** /admin/stats: a page (its script runs its operations through /graphql as the admin). */
const STATS_PAGE_DOOR: Door = { body: 'ignored', viewer: 'link', page: true };

/** One place that maps paths to handlers. */
async function route(
  request: Request,
  env: Env,
  execution: ExecutionContext,
  requestId: string,
): Promise<Response> {
  const url = new URL(request.url);
  if (url.pathname === '/health') {
    return Response.json({ ok: true });
  }
  if (url.pathname.startsWith('/i/')) return handleInviteRoute(request, env, execution, requestId);
  if (isUploadRoute(url.pathname)) return handleUpload(request, env, execution, requestId);
  if (isFileRoute(url.pathname)) return handleFile(request, env, execution, requestId);
  if (url.pathname === '/api/threads') return handleThreadsApi(request, env, execution, requestId);
  if (url.pathname === '/graphql') {
    if (isWebSocketUpgrade(request)) return handleSocketUpgrade(request, env, execution, requestId);
    return throughDoor(request, env, execution, requestId, GRAPHQL_DOOR, (ctx) =>
      runThroughYoga(request, ctx),
    );
  }
  if (url.pathname === '/admin/stats') {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return errorResponse(405, 'METHOD_NOT_ALLOWED', 'Use GET.', requestId, {
        Allow: 'GET, HEAD',
      });
    }
    return throughDoor(request, env, execution, requestId, STATS_PAGE_DOOR, adminStatsPage);
  }
  return errorResponse(404, 'NOT_FOUND', `No route for ${url.pathname}.`, requestId);
}
